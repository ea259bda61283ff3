#!/bin/bash
# atelier state-hash: one line of 64 hex digits that follows the state, not the file.
set -euo pipefail
atelier="$1"; data="$2"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
hex='^[0-9a-f]{64}$'
"$atelier" demo --orders 300 --seed 4 --today 2026-06-01 > "$tmp/a.json"
"$atelier" demo --orders 300 --seed 4 --today 2026-06-01 > "$tmp/a2.json"
"$atelier" demo --orders 300 --seed 5 --today 2026-06-01 > "$tmp/b.json"
ha=$("$atelier" state-hash "$tmp/a.json")
grep -Eq "$hex" <<<"$ha" || { echo "FAIL: not a hash: $ha"; exit 1; }
[ "$("$atelier" state-hash "$tmp/a.json" | wc -l)" -eq 1 ]
# Same seed, same hash (from a file and from stdin); another seed, another hash.
[ "$("$atelier" state-hash "$tmp/a2.json")" = "$ha" ] || { echo "FAIL: same seed, different hash"; exit 1; }
[ "$("$atelier" state-hash - < "$tmp/a.json")" = "$ha" ] || { echo "FAIL: stdin differs"; exit 1; }
[ "$("$atelier" state-hash "$tmp/b.json")" != "$ha" ] || { echo "FAIL: another seed, same hash"; exit 1; }
# The hash is SHA-256 of the snapshot as the writer lays it out (the demo is written by that writer).
[ "$(sha256sum < "$tmp/a.json" | cut -d' ' -f1)" = "$ha" ] || { echo "FAIL: not the SHA-256 of the canonical snapshot"; exit 1; }
# Of the state, not the bytes: the same document re-indented hashes the same.
python3 -c 'import json,sys; json.dump(json.load(open(sys.argv[1])), open(sys.argv[2], "w"), indent=3, ensure_ascii=True)' "$tmp/a.json" "$tmp/a-pretty.json"
if cmp -s "$tmp/a.json" "$tmp/a-pretty.json"; then echo "FAIL: the re-indented copy is the same file"; exit 1; fi
[ "$("$atelier" state-hash "$tmp/a-pretty.json")" = "$ha" ] || { echo "FAIL: layout changed the hash"; exit 1; }
# One applied command changes it; applying it again from the same state gives the same new hash.
order=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["orders"][0]["number"])' "$tmp/a.json")
echo "{\"type\":\"order.update\",\"order\":$order,\"notes\":\"hem 2 cm\"}" > "$tmp/cmd.jsonl"
"$atelier" apply "$tmp/a.json" --now 2026-06-02T10:00 < "$tmp/cmd.jsonl" > "$tmp/c.json" 2>/dev/null
"$atelier" apply "$tmp/a.json" --now 2026-06-02T10:00 < "$tmp/cmd.jsonl" > "$tmp/c2.json" 2>/dev/null
hc=$("$atelier" state-hash "$tmp/c.json")
[ "$hc" != "$ha" ] || { echo "FAIL: apply left the hash unchanged"; exit 1; }
[ "$("$atelier" state-hash "$tmp/c2.json")" = "$hc" ] || { echo "FAIL: the same command gave another hash"; exit 1; }
# A file that does not read: its problems, exit 1, nothing on stdout.
for bad in "$data/broken/dangling-client.json" "$data/broken/truncated.json"; do
  if "$atelier" state-hash "$bad" > "$tmp/out" 2> "$tmp/err"; then echo "FAIL: $bad hashed"; exit 1; fi
  [ ! -s "$tmp/out" ]
  grep -Eq 'problems?$' "$tmp/err" || { echo "FAIL: no problem count for $bad"; cat "$tmp/err"; exit 1; }
done
grep -q '/orders/1/client' <(! "$atelier" state-hash "$data/broken/dangling-client.json" 2>&1)
# Usage errors: exit 2.
set +e
"$atelier" state-hash 2>/dev/null; [ $? -eq 2 ] || { echo "FAIL: no argument"; exit 1; }
"$atelier" state-hash "$tmp/missing.json" 2>"$tmp/err"; [ $? -eq 2 ] || { echo "FAIL: missing file"; exit 1; }
set -e
grep -q "cannot open" "$tmp/err"
echo ok
