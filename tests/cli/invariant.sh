#!/bin/bash
# Issue 11 from the command line: the reproduction is refused with its reason and nothing written;
# a rename goes through and the result still checks; `apply` reads the journal's undo/redo lines.
set -euo pipefail
atelier="$1"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"$atelier" demo --orders 200 --seed 3 > "$tmp/d.json"
echo '{"type":"atelier.update","teams":["Design","Cutting","Finishing"]}' > "$tmp/drop.jsonl"
if "$atelier" apply "$tmp/d.json" < "$tmp/drop.jsonl" > "$tmp/e.json" 2> "$tmp/e.err"; then echo "FAIL: accepted"; exit 1; fi
grep -q '^line 1: atelier.update refused: /teams: team "[A-Za-z]*" is used by [0-9]* orders' "$tmp/e.err"
grep -q 'move them to another team first' "$tmp/e.err"
[ ! -s "$tmp/e.json" ]

team=$(grep -m1 -o '"teams":\["[^"]*"' "$tmp/d.json" | head -1 | sed 's/.*\["//; s/"$//')
printf '{"type":"team.rename","from":"%s","to":"Atelier %s"}\n' "$team" "$team" > "$tmp/rename.jsonl"
"$atelier" apply "$tmp/d.json" < "$tmp/rename.jsonl" > "$tmp/r.json"
"$atelier" check "$tmp/r.json" > /dev/null
grep -q "\"team\":\"Atelier $team\"" "$tmp/r.json"
if grep -q "\"team\":\"$team\"" "$tmp/r.json"; then echo "FAIL: a reference kept the old name"; exit 1; fi

# Settings numbers out of range: refused with the range.
echo '{"type":"atelier.update","due_soon_days":400}' > "$tmp/neg.jsonl"
if "$atelier" apply "$tmp/d.json" < "$tmp/neg.jsonl" > /dev/null 2> "$tmp/neg.err"; then echo "FAIL: accepted"; exit 1; fi
grep -q '/due_soon_days: must be from 0 to 365' "$tmp/neg.err"

# Journal lines: a command line needs its time; undo/redo lines carry their entities.
echo '{"who":"ana","command":{"type":"order.confirm","order":1}}' > "$tmp/noat.jsonl"
if "$atelier" apply "$tmp/d.json" < "$tmp/noat.jsonl" > /dev/null 2> "$tmp/noat.err"; then echo "FAIL: accepted"; exit 1; fi
grep -q '^line 1: invalid journal line' "$tmp/noat.err"
grep -q '/at: is missing' "$tmp/noat.err"
printf '%s\n' "{\"at\":\"2026-06-01T09:00\",\"who\":\"ana\",\"redo\":\"atelier.update\",\"put\":{\"profile\":$(sed -n 's/^"atelier": \(.*\),$/\1/p' "$tmp/d.json" | head -1 | sed 's/"due_soon_days":[0-9]*,//; s/^{/{"due_soon_days":3,/')}}" > "$tmp/redo.jsonl"
"$atelier" apply "$tmp/d.json" < "$tmp/redo.jsonl" > "$tmp/redo.json"
grep -q '"due_soon_days":3' "$tmp/redo.json"
"$atelier" check "$tmp/redo.json" > /dev/null
echo ok
