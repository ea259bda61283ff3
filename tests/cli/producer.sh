#!/bin/bash
# A producer through the CLI (issue 18): `atelier demo --producer` makes 500 styles and 2,000
# production orders with their batches, and `atelier check` accepts it; a style taken to Production
# Ready through `atelier apply`, a production order released on it, a batch through every stage and
# the order completed; a release before Production Ready stops apply with the reason; the benchmark
# prints the materials summary's timings.
set -euo pipefail
atelier="$1"; data="$2"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

"$atelier" demo --producer --orders 50 --seed 3 --today 2026-06-01 > "$tmp/p.json"
"$atelier" check "$tmp/p.json" > "$tmp/check.txt"
grep -q ', 500 styles, 2000 production orders (' "$tmp/check.txt" || fail "check: $(cat "$tmp/check.txt")"
python3 - "$tmp/p.json" <<'PY'
import json, sys
a = json.load(open(sys.argv[1]))
states = {p["state"] for p in a["productions"]}
assert {"draft", "planned", "released", "in_progress", "completed", "cancelled"} <= states, states
batches = sum(len(p.get("batches", [])) for p in a["productions"])
assert batches >= 10000, batches
numbers = [o["number"] for o in a["orders"]] + [p["number"] for p in a["productions"]]
assert len(numbers) == len(set(numbers)), "a number given twice"
assert a["atelier"]["next_order"] > max(numbers)
PY

"$atelier" demo --orders 5 --today 2026-06-01 > "$tmp/a.json"
next=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['atelier']['next_order'])" "$tmp/a.json")
cat > "$tmp/early.jsonl" <<EOF2
{"type":"pipeline.put","pipeline":{"id":"floor","name":"Floor","stages":[{"id":"cut","name":"Cut"},{"id":"sew","name":"Sew"}]}}
{"type":"style.create","code":"SS27-DR01","name":"Wrap dress","pack":{"sizes":["S","M"],"colours":["Navy"],"bom":[{"material":"Crepe","unit":"m","per_size":["2","2.5"]}]}}
{"type":"production.create","style":"SS27-DR01","pipeline":"floor","due":"2026-07-01","matrix":[{"colour":"Navy","size":"S","quantity":4},{"colour":"Navy","size":"M","quantity":6}]}
{"type":"production.release","production":$next}
EOF2
if "$atelier" apply "$tmp/a.json" --now 2026-06-01T09:00 < "$tmp/early.jsonl" > "$tmp/out" 2> "$tmp/err"; then fail "an early release was accepted"; fi
grep -q "line 4" "$tmp/err" || fail "no line number: $(cat "$tmp/err")"
grep -q "released only on a Production Ready tech pack" "$tmp/err" || fail "no reason: $(cat "$tmp/err")"
[ ! -s "$tmp/out" ] || fail "wrote a snapshot after a refusal"

head -3 "$tmp/early.jsonl" > "$tmp/good.jsonl"
cat >> "$tmp/good.jsonl" <<EOF2
{"type":"style.state","style":"SS27-DR01","state":"design"}
{"type":"style.state","style":"SS27-DR01","state":"approval"}
{"type":"style.state","style":"SS27-DR01","state":"production_ready"}
{"type":"production.release","production":$next}
{"type":"production.batch","production":$next,"colour":"Navy","sizes":[{"size":"S","quantity":4},{"size":"M","quantity":6}]}
{"type":"production.progress","production":$next,"batch":1,"stage":"cut","done":10}
{"type":"production.progress","production":$next,"batch":1,"stage":"sew","done":9,"rejected":1}
{"type":"production.complete","production":$next}
EOF2
"$atelier" apply "$tmp/a.json" --now 2026-06-01T09:00 < "$tmp/good.jsonl" > "$tmp/b.json"
"$atelier" check "$tmp/b.json" | grep -q '1 styles, 1 production orders (1 batches)' || fail "after apply: $("$atelier" check "$tmp/b.json")"
python3 - "$tmp/b.json" <<'PY'
import json, sys
a = json.load(open(sys.argv[1]))
p = a["productions"][0]
assert p["state"] == "completed" and p["version"] == 1, p
assert a["styles"][0]["versions"][0]["released"] is True
PY

"$atelier" bench --orders 1000 --import-rows 0 --producer-orders 300 --runs 1 > "$tmp/bench.json"
python3 - "$tmp/bench.json" <<'PY'
import json, sys
b = json.load(open(sys.argv[1]))
assert b["producer_orders"] == 300 and b["producer_valid"] is True, b
for k in ("materials_one_ms", "materials_open_ms", "producer_validate_ms", "floor_board_ms", "production_risks_ms"):
    assert b[k] >= 0, k
assert b["materials_open_orders"] > 0
assert b["floor_pieces_waiting"] > 0 and b["producer_sales_orders"] > 0, b
PY
echo "ok"
