"""What one request may cost: body sizes, and a token bucket per token and per address."""

from __future__ import annotations

import math
import threading
import time

MAX_BODY_BYTES = 16 * 1024 * 1024  # room for a push holding the largest entry (entries.py)
MAX_SNAPSHOT_BYTES = 64 * 1024 * 1024
# A photo or thumbnail (PUT /api/v1/blobs/<sha256>); the app's own limit is the same
# (kMaxPhotoBytes in core/model/limits.hpp).
MAX_BLOB_BYTES = 16 * 1024 * 1024
DEFAULT_RATE = 50.0   # requests per second, refilled continuously
DEFAULT_BURST = 100   # requests at once
MAX_TRACKED = 10_000  # buckets kept before full ones are forgotten


class RateLimiter:
    """Token buckets by key ("addr:1.2.3.4", "token:<hash>")."""

    def __init__(self, rate: float = DEFAULT_RATE, burst: int = DEFAULT_BURST):
        if not rate > 0 or burst < 1:
            raise ValueError("the rate must be more than 0 and the burst at least 1")
        self.rate = rate
        self.burst = burst
        self._buckets: dict[str, tuple[float, float]] = {}  # key -> (tokens, at)
        self._lock = threading.Lock()

    def take(self, key: str) -> float:
        """0 if the request may go ahead, else the seconds until it may."""
        now = time.monotonic()
        with self._lock:
            tokens, at = self._buckets.get(key, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - at) * self.rate)
            if tokens >= 1:
                self._buckets[key] = (tokens - 1, now)
                wait = 0.0
            else:
                self._buckets[key] = (tokens, now)
                wait = (1 - tokens) / self.rate
            if len(self._buckets) > MAX_TRACKED:
                self._forget_full(now)
        return wait

    def _forget_full(self, now: float) -> None:
        # A bucket that has refilled is the same as no bucket.
        for key, (tokens, at) in list(self._buckets.items()):
            if tokens + (now - at) * self.rate >= self.burst:
                del self._buckets[key]


def retry_after(wait: float) -> str:
    """Retry-After takes whole seconds; never 0 for a refusal."""
    return str(max(1, math.ceil(wait)))
