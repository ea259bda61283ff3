#!/usr/bin/env python3
"""Render the app icons (PNG) for the web manifest from the motif of assets/icons/icon.svg.

Standard library only (zlib + struct), so no image tool is needed at build time and no binary
is committed. The output is deterministic: same script, same bytes.

    python3 make_icons.py OUT_DIR      # writes icon-192.png, icon-512.png, icon-maskable-512.png
"""

from __future__ import annotations

import math
import os
import struct
import sys
import zlib

# Colours of icon.svg and style.css.
BACKGROUND = (0x1C, 0x1C, 0x21)
GOLD = (0xC9, 0xA8, 0x6A)
LIGHT = (0xE8, 0xE6, 0xE3)


def _rounded_rect(px, py, cx, cy, half, radius):
    # Signed distance to a square of half-size `half` with rounded corners (negative inside).
    qx = abs(px - cx) - half + radius
    qy = abs(py - cy) - half + radius
    outside = math.hypot(max(qx, 0.0), max(qy, 0.0))
    return outside + min(max(qx, qy), 0.0) - radius


def _bar(px, py, ax, ay, bx, by, width):
    # Signed distance to a stroke from a to b with butt ends (SVG's default linecap).
    dx, dy = bx - ax, by - ay
    length = math.hypot(dx, dy)
    ux, uy = dx / length, dy / length
    rx, ry = px - ax, py - ay
    along = rx * ux + ry * uy
    across = -rx * uy + ry * ux
    qx = abs(along - length / 2) - length / 2
    qy = abs(across) - width / 2
    return math.hypot(max(qx, 0.0), max(qy, 0.0)) + min(max(qx, qy), 0.0)


def _circle(px, py, cx, cy, r):
    return math.hypot(px - cx, py - cy) - r


def render(size: int, maskable: bool) -> bytes:
    """RGBA rows of one icon. Shapes are in icon.svg's 64-unit viewBox."""
    if maskable:
        # Platforms crop maskable icons to any shape inside the central circle of radius 40%:
        # fill the whole square and shrink the motif well inside that circle.
        motif_scale, corner = 0.72, 0.0
    else:
        motif_scale, corner = 1.0, 12.0
    unit = size / 64.0
    centre_x, centre_y = 32.0, 31.0  # middle of the "A" including its strokes

    def to_svg(v, c):
        return c + (v - c) / motif_scale

    layers = [
        (BACKGROUND, lambda x, y: _rounded_rect(x, y, 32.0, 32.0, 32.0, corner) if corner
         else max(abs(x - 32.0), abs(y - 32.0)) - 32.0, 1.0),
        (GOLD, lambda x, y: min(_bar(x, y, 14, 50, 32, 12, 5), _bar(x, y, 32, 12, 50, 50, 5),
                                _circle(x, y, 32, 12, 2.5),  # stroke-linejoin="round" at the apex
                                _bar(x, y, 21, 37, 43, 37, 4)), motif_scale),
        (LIGHT, lambda x, y: _circle(x, y, 32, 12, 3), motif_scale),
    ]
    rows = []
    for j in range(size):
        row = bytearray(b"\x00")  # PNG filter type 0 (None) for every row
        for i in range(size):
            # Pixel centre in viewBox units.
            x = (i + 0.5) / unit
            y = (j + 0.5) / unit
            r = g = b = a = 0.0  # premultiplied
            for colour, sdf, scale in layers:
                if scale != 1.0:
                    d = sdf(to_svg(x, centre_x), to_svg(y, centre_y)) * scale
                else:
                    d = sdf(x, y)
                # Distance in pixels gives a one-pixel anti-aliased edge.
                cover = min(max(0.5 - d * unit, 0.0), 1.0)
                if cover:
                    keep = 1.0 - cover
                    r = colour[0] * cover + r * keep
                    g = colour[1] * cover + g * keep
                    b = colour[2] * cover + b * keep
                    a = cover + a * keep
            if a > 0:
                row += bytes((round(r / a), round(g / a), round(b / a), round(a * 255)))
            else:
                row += b"\x00\x00\x00\x00"
        rows.append(bytes(row))
    return b"".join(rows)


def png(size: int, raw_rows: bytes) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA, not interlaced
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(raw_rows, 9)) + chunk(b"IEND", b""))


ICONS = (("icon-192.png", 192, False), ("icon-512.png", 512, False),
         ("icon-maskable-512.png", 512, True))


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    out_dir = argv[0]
    os.makedirs(out_dir, exist_ok=True)
    for name, size, maskable in ICONS:
        data = png(size, render(size, maskable))
        path = os.path.join(out_dir, name)
        # Write to a temporary name first: a server reading dist/ mid-build never sees half a PNG.
        with open(path + ".tmp", "wb") as f:
            f.write(data)
        os.replace(path + ".tmp", path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
