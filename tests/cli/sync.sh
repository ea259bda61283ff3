#!/bin/bash
# `atelier bench --sync`: a short smoke of the sync simulation (the long run is in the README);
# argument mistakes are refused with the reason.
set -euo pipefail
atelier="$1"
out=$("$atelier" bench --sync --seeds 5 --steps 60)
echo "$out" | grep -q '"failures":0'
echo "$out" | grep -q '"seeds":5'
if "$atelier" bench --sync --devices 2> /dev/null; then echo "FAIL: --sync and --devices together"; exit 1; fi
if "$atelier" bench --sync --orders 10 2> /dev/null; then echo "FAIL: --orders with --sync"; exit 1; fi
if "$atelier" bench --sync --keep-going 2> /dev/null; then echo "FAIL: --keep-going with --sync"; exit 1; fi
"$atelier" bench --help | grep -q -- '--sync'
