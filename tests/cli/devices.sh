#!/bin/bash
# `atelier bench --devices`: a short smoke of the multi-device simulation (the long run is in the
# README); argument mistakes are refused with the reason.
set -euo pipefail
atelier="$1"
out=$("$atelier" bench --devices --seeds 3 --steps 80)
echo "$out" | grep -q '"failures":0'
echo "$out" | grep -q '"seeds":3'
if "$atelier" bench --devices --laws 2> /dev/null; then echo "FAIL: --laws and --devices together"; exit 1; fi
if "$atelier" bench --devices --orders 10 2> /dev/null; then echo "FAIL: --orders with --devices"; exit 1; fi
"$atelier" bench --help | grep -q -- '--devices'
