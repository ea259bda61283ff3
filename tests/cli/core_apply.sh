#!/bin/bash
# atelier apply: commands in order; the first bad line stops it with its number and nothing written.
set -euo pipefail
atelier="$1"; data="$2"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/good.jsonl" <<'JSONL'
{"type":"order.confirm","order":12}

{"type":"order.pay","order":12,"amount":"5.00","method":"cash"}
{"at":"2026-03-02T10:00","who":"ana","command":{"type":"order.start","order":12}}
JSONL
"$atelier" apply "$data/valid.json" --now 2026-03-01T09:00 < "$tmp/good.jsonl" > "$tmp/out.json"
"$atelier" check "$tmp/out.json" >/dev/null
grep -q '"status":"in_production"' "$tmp/out.json"
grep -q '"wip_start":"2026-03-02"' "$tmp/out.json"
# Line 2 refused by a rule (overpayment): exit 1, line number, nothing on stdout.
printf '%s\n' '{"type":"order.confirm","order":12}' '{"type":"order.pay","order":12,"amount":999999}' '{"type":"order.start","order":12}' > "$tmp/bad.jsonl"
if "$atelier" apply "$data/valid.json" < "$tmp/bad.jsonl" > "$tmp/bad.out" 2> "$tmp/bad.err"; then echo "FAIL: accepted"; exit 1; fi
grep -q '^line 2: order.pay refused: /amount' "$tmp/bad.err"
[ ! -s "$tmp/bad.out" ]
# Line 3 malformed (unknown field): named too.
printf '%s\n' '{"type":"order.confirm","order":12}' '' '{"type":"order.start","order":12,"speed":3}' > "$tmp/bad2.jsonl"
if "$atelier" apply "$data/valid.json" < "$tmp/bad2.jsonl" > "$tmp/bad2.out" 2> "$tmp/bad2.err"; then echo "FAIL: accepted"; exit 1; fi
grep -q '^line 3: invalid command' "$tmp/bad2.err"
grep -q '/speed' "$tmp/bad2.err"
[ ! -s "$tmp/bad2.out" ]
echo ok
