#!/bin/bash
# atelier random-log: seeded journal lines that `atelier apply` takes whole; bad arguments refused.
set -euo pipefail
atelier="$1"; data="$2"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"$atelier" demo --orders 80 --seed 3 --today 2026-06-01 > "$tmp/a.json"
gen=(random-log "$tmp/a.json" --steps 300 --seed 8 --now 2026-06-01T08:00)
"$atelier" "${gen[@]}" > "$tmp/log1.jsonl" 2> "$tmp/err"
"$atelier" "${gen[@]}" > "$tmp/log2.jsonl" 2>/dev/null
cmp -s "$tmp/log1.jsonl" "$tmp/log2.jsonl" || { echo "FAIL: same seed, different log"; exit 1; }
"$atelier" random-log "$tmp/a.json" --steps 300 --seed 9 --now 2026-06-01T08:00 > "$tmp/log3.jsonl" 2>/dev/null
if cmp -s "$tmp/log1.jsonl" "$tmp/log3.jsonl"; then echo "FAIL: another seed, same log"; exit 1; fi
lines=$(wc -l < "$tmp/log1.jsonl")
grep -q "^$lines lines (" "$tmp/err" || { echo "FAIL: summary"; cat "$tmp/err"; exit 1; }
[ "$lines" -gt 100 ] && [ "$lines" -lt 300 ] || { echo "FAIL: $lines lines of 300 steps"; exit 1; }
grep -q '"type":"undo"' "$tmp/log1.jsonl"
# Every line applies (the refused steps were left out), and the state moved.
"$atelier" apply "$tmp/a.json" < "$tmp/log1.jsonl" > "$tmp/b.json" 2> "$tmp/apply.err"
grep -q "^applied $lines commands" "$tmp/apply.err"
[ "$("$atelier" state-hash "$tmp/b.json")" != "$("$atelier" state-hash "$tmp/a.json")" ] || { echo "FAIL: the log changed nothing"; exit 1; }
# Refusals: exit 2 for usage, 1 for a snapshot that does not read.
for args in "" "$tmp/a.json --steps -1" "$tmp/a.json --seed x" "$tmp/a.json --now tomorrow" "$tmp/a.json extra"; do
  set +e; "$atelier" random-log $args > /dev/null 2>&1; rc=$?; set -e
  [ "$rc" -eq 2 ] || { echo "FAIL: 'random-log $args' exited $rc"; exit 1; }
done
set +e; "$atelier" random-log "$data/broken/dangling-client.json" > "$tmp/out" 2>/dev/null; rc=$?; set -e
[ "$rc" -eq 1 ] && [ ! -s "$tmp/out" ] || { echo "FAIL: a broken snapshot gave exit $rc or output"; exit 1; }
echo ok
