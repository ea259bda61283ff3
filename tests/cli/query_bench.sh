#!/usr/bin/env bash
# `atelier bench` prints one JSON object with every key (a smoke test, not a timed one).
set -euo pipefail
"$1" bench --orders 2000 --runs 1 --import-rows 500 | python3 -c '
import json, sys
j = json.loads(sys.stdin.read())
need = ["orders", "snapshot_bytes", "serialize_ms", "parse_validate_ms", "index_ms", "filter_sort_ms", "board_ms",
        "dashboard_ms", "peak_rss_mb", "bytes_per_order"]
missing = [k for k in need if k not in j]
assert not missing, missing
assert j["orders"] == 2000 and j["valid"] is True and j["peak_rss_mb"] > 0
# The CSV import benchmark imported every row of its file (a refusal would be named).
assert j["import_rows"] == 500 and j["import_orders_made"] == 500 and j["import_refused"] == "", j
print("ok")'
