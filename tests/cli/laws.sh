#!/usr/bin/env bash
# `atelier bench --laws`: a short run ends with its one-line JSON summary; a failure's report names
# a reproduction that fails again; bad arguments are refused. (Whether the laws hold is the unit
# test's business: tests/core/unit-laws.cpp.)
set -uo pipefail
atelier="$1"
fail() { echo "FAIL: $*"; exit 1; }

out=$("$atelier" bench --laws --seeds 3 --steps 40 2>/dev/null); status=$?
summary=$(tail -n 1 <<<"$out")
python3 - "$summary" "$status" <<'EOF' || fail "summary: $summary"
import json, sys
j = json.loads(sys.argv[1])["laws"]
for k in ["seeds", "steps", "commands", "accepted", "refused", "undo", "redo", "failures", "seconds"]:
    assert k in j, k
assert j["steps"] == 40 and j["commands"] == j["accepted"] + j["refused"] and j["commands"] > 0
# Stops at the first failure; exit status 1 exactly when a law broke.
assert (j["failures"] == 0 and j["seeds"] == 3 and sys.argv[2] == "0") or (j["failures"] == 1 and sys.argv[2] == "1"), j
EOF
if [ "$status" -ne 0 ]; then
  repro=$(grep -o 'atelier bench --laws --seed [0-9]* --steps [0-9]*' <<<"$out" | tail -n 1)
  [ -n "$repro" ] || fail "a failure without a reproduction: $out"
  grep -q '^law [a-z_]* broken: seed [0-9]*, step [0-9]*' <<<"$out" || fail "a failure without its law: $out"
  # The reproduction is the shortest failing prefix: it fails again.
  "$atelier" ${repro#atelier } >/dev/null 2>&1 && fail "'$repro' passes"
fi

# One seed, deterministic: the same summary counts twice.
a=$("$atelier" bench --laws --seed 5 --steps 30 2>/dev/null | tail -n 1 | sed 's/"seconds":[0-9.e-]*//')
b=$("$atelier" bench --laws --seed 5 --steps 30 2>/dev/null | tail -n 1 | sed 's/"seconds":[0-9.e-]*//')
[ "$a" = "$b" ] || fail "seed 5 differs between runs: $a / $b"
grep -q '"seeds":1' <<<"$a" || fail "--seed runs one seed: $a"

# A range shared between processes: --seed 5 --seeds 2 runs seeds 5 and 6, the commands of each alone.
r=$("$atelier" bench --laws --seed 5 --seeds 2 --steps 30 2>/dev/null | tail -n 1)
f=$("$atelier" bench --laws --seed 5 --steps 30 2>/dev/null | tail -n 1)
c=$("$atelier" bench --laws --seed 6 --steps 30 2>/dev/null | tail -n 1)
python3 - "$r" "$f" "$c" <<'PY' || fail "--seed 5 --seeds 2 is not seeds 5 and 6: $r"
import json, sys
r, a, c = (json.loads(x)["laws"] for x in sys.argv[1:])
assert r["first_seed"] == 5 and r["seeds"] == 2, r
assert r["commands"] == a["commands"] + c["commands"], (r, a, c)
PY

# Bad arguments: refused with status 2 and a message.
for args in "--laws --seeds 0" "--laws --seeds x" "--laws --steps -3" "--laws --orders 50" "--steps 10" "--laws --bogus"; do
  # shellcheck disable=SC2086
  err=$("$atelier" bench $args 2>&1 >/dev/null); st=$?
  [ "$st" -eq 2 ] || fail "bench $args: status $st"
  grep -q "atelier bench:" <<<"$err" || fail "bench $args: no message ($err)"
done
echo ok
