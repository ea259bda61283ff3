#!/bin/bash
# atelier check: a large demo passes; each hand-broken snapshot fails naming the place.
set -euo pipefail
atelier="$1"; data="$2"
"$atelier" demo --orders 10000 --seed 3 --today 2026-06-01 | "$atelier" check - | grep -q '^ok: .*10000 orders'
"$atelier" check "$data/valid.json" >/dev/null
while read -r name expect; do
  if out=$("$atelier" check "$data/broken/$name.json" 2>&1); then
    echo "FAIL: $name passed check"; exit 1
  fi
  grep -qF "$expect" <<<"$out" || { echo "FAIL: $name: expected '$expect' in: $out"; exit 1; }
done < "$data/broken/expected.txt"
# A newer schema is refused with a message.
if out=$(echo '{"schema":99}' | "$atelier" check - 2>&1); then echo "FAIL: schema 99 accepted"; exit 1; fi
grep -qF "/schema" <<<"$out"
# Deterministic for a seed.
a=$("$atelier" demo --orders 50 --seed 9 --today 2026-06-01 | md5sum)
b=$("$atelier" demo --orders 50 --seed 9 --today 2026-06-01 | md5sum)
[ "$a" = "$b" ]
echo ok
