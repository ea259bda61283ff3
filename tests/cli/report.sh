#!/bin/bash
# atelier report: the app's reports from a snapshot, as a table and as the CSV the app exports;
# the revenue total agrees with the snapshot's ledger; bad arguments are refused with the reason.
set -euo pipefail
atelier="$1"; data="$2"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"$atelier" demo --orders 300 --seed 5 --today 2026-06-01 > "$tmp/a.json"
fail() { echo "FAIL: $*"; exit 1; }

"$atelier" report "$tmp/a.json" revenue-by-month --today 2026-06-01 --format csv > "$tmp/m.csv"
head -c 3 "$tmp/m.csv" | od -An -tx1 | grep -q 'ef bb bf' || fail "no BOM"
# Twelve months, July 2025 to June 2026, then the total.
[ "$(grep -c '^20[0-9][0-9]-[0-9][0-9],' "$tmp/m.csv")" -eq 12 ] || fail "months: $(cat "$tmp/m.csv")"
grep -q '^2025-07,' "$tmp/m.csv" || fail "first month: $(cat "$tmp/m.csv")"
python3 - "$tmp/a.json" "$tmp/m.csv" <<'PY'
import json, sys
a = json.load(open(sys.argv[1]))
lines = open(sys.argv[2], encoding="utf-8-sig", newline="").read().split("\r\n")
total = [l for l in lines if l.startswith("Total,")][0].split(",")
net = 0
for o in a["orders"]:
    for p in o.get("payments", []):
        if "2025-07-01" <= p["at"][:10] <= "2026-06-01":
            sign = -1 if p.get("correction", False) != p.get("refund", False) else 1
            net += sign * p["amount"]
assert round(float(total[1]) * 100) == net, (total, net)
PY

"$atelier" report "$tmp/a.json" outstanding-by-age --today 2026-06-01 > "$tmp/age.txt"
grep -q '^Outstanding by age, on 2026-06-01$' "$tmp/age.txt" || fail "title: $(cat "$tmp/age.txt")"
for bucket in '0–30 days' '31–60 days' '61–90 days' 'over 90 days' 'not due yet' 'Total'; do
  grep -q "^$bucket " "$tmp/age.txt" || fail "no $bucket row: $(cat "$tmp/age.txt")"
done
"$atelier" report - days-per-stage --from 2026-01-01 --to 2026-06-01 --today 2026-06-01 < "$tmp/a.json" | grep -q '^Cutting ' || fail "days per stage"
"$atelier" report "$tmp/a.json" revenue-by-salesperson --period this-year --today 2026-06-01 --format csv | grep -q 'Salesperson,Received' || fail "salesperson"

# Refusals: exit 2, the reason on stderr, nothing on stdout.
refused() {
  local want="$1"; shift
  if "$atelier" report "$@" > "$tmp/out" 2> "$tmp/err"; then fail "accepted: $*"; fi
  grep -q "$want" "$tmp/err" || fail "$*: $(cat "$tmp/err")"
  [ ! -s "$tmp/out" ] || fail "$*: wrote $(cat "$tmp/out")"
}
refused 'unknown report "profit"' "$tmp/a.json" profit
refused 'unknown period "fortnight"' "$tmp/a.json" revenue-by-month --period fortnight
refused 'ends (2026-01-01) before it starts (2026-02-01)' "$tmp/a.json" revenue-by-month --from 2026-02-01 --to 2026-01-01
refused 'give --from and --to together' "$tmp/a.json" revenue-by-month --from 2026-02-01
refused 'is not a date' "$tmp/a.json" revenue-by-month --from 2026-02-30 --to 2026-03-01
echo '{"atelier":' > "$tmp/bad.json"
refused 'is not a valid snapshot' "$tmp/bad.json" revenue-by-month
echo "report: ok"
