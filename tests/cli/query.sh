#!/usr/bin/env bash
# atelier query / board / dashboard on a demo snapshot, as a user runs them.
set -euo pipefail
ATELIER="$1"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

"$ATELIER" demo --orders 300 --today 2026-06-01 > "$tmp/demo.json"

# --help documents every filter and sort name.
"$ATELIER" query --help > "$tmp/help.txt"
for name in overdue due-soon fitting-within=N draft completed cancelled stage=ID pipeline=ID collection=NAME team=NAME \
            salesperson=NAME payment= owes rush priority delivery= payment-kind= kind= status= text=WORDS stuck at-risk \
            created number client deadline owed stage days-in-production; do
  grep -q -- "$name" "$tmp/help.txt" || fail "query --help does not mention $name"
done

# JSON: every listed order matches; the sort holds; --limit cuts; total counts all.
"$ATELIER" query "$tmp/demo.json" --today 2026-06-01 --filter 'overdue|due-soon' --filter team=sewing --sort deadline \
  --format json > "$tmp/q.json"
python3 - "$tmp/q.json" <<'PY'
import json, sys
j = json.load(open(sys.argv[1]))
rows = j["orders"]
assert j["total"] == len(rows) and rows, j["total"]
assert all(r["team"] == "Sewing" and (r["overdue"] or r["due_soon"]) for r in rows)
keys = [(r["deadline"], r["number"]) for r in rows]
assert keys == sorted(keys), "not sorted by deadline then number"
assert j["filter"] == ["overdue|due-soon", "team=sewing"]
PY

# Flags follow the board's badge rule: at most one of overdue / at-risk / due-soon, the most urgent.
"$ATELIER" query "$tmp/demo.json" --today 2026-06-01 --format json > "$tmp/all.json"
python3 - "$tmp/all.json" <<'PY'
import json, sys
rows = json.load(open(sys.argv[1]))["orders"]
deadline = {"overdue", "at-risk", "due-soon"}
assert all(len(deadline & set(r["badges"])) <= 1 for r in rows)
assert all(r["badges"][0] == "overdue" for r in rows if r["overdue"])
assert any(r["overdue"] for r in rows) and any("due-soon" in r["badges"] for r in rows)
PY
"$ATELIER" query "$tmp/demo.json" --today 2026-06-01 --format csv > "$tmp/all.csv"
python3 - "$tmp/all.csv" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1])))
deadline = {"overdue", "at-risk", "due-soon"}
assert rows and all(len(deadline & set(r["flags"].split())) <= 1 for r in rows), "two deadline flags on one order"
PY
n=$("$ATELIER" query "$tmp/demo.json" --today 2026-06-01 --filter owes --limit 3 --format csv | wc -l)
[ "$n" -eq 4 ] || fail "csv with --limit 3 should have a header and 3 rows, got $n lines"
"$ATELIER" query "$tmp/demo.json" --today 2026-06-01 --filter text=nobody-at-all | grep -q '^0 orders$' || fail "empty result"
"$ATELIER" query "$tmp/demo.json" --today 2026-06-01 --filter text=hoxha --sort client:desc --limit 2 | grep -qi 'hoxh' \
  || fail "text=hoxha finds no Hoxha"

# Bad input: exit 2 and a reason.
set +e
"$ATELIER" query "$tmp/demo.json" --filter colour=red 2> "$tmp/err.txt"; rc=$?
set -e
[ "$rc" -eq 2 ] && grep -q "unknown filter 'colour'" "$tmp/err.txt" || fail "unknown filter not refused"

# One order's backward plan.
"$ATELIER" query "$tmp/demo.json" --today 2026-06-01 --order 10002 | grep -q 'slack' || fail "--order prints no plan"

# Board and dashboard, text and JSON.
"$ATELIER" board "$tmp/demo.json" --today 2026-06-01 | grep -q '^total ' || fail "board text"
"$ATELIER" board "$tmp/demo.json" --today 2026-06-01 --format json | python3 -c '
import json, sys
b = json.load(sys.stdin)
assert sum(c["count"] for c in b["columns"]) == b["count"]
assert sum(c["owed"] for c in b["columns"]) == b["owed"]
assert all(len(c["orders"]) == c["count"] for c in b["columns"])'
"$ATELIER" dashboard "$tmp/demo.json" --today 2026-06-01 | grep -q 'balance outstanding' || fail "dashboard text"
"$ATELIER" dashboard "$tmp/demo.json" --today 2026-06-01 --format json | python3 -c '
import json, sys
d = json.load(sys.stdin)
for k in ["due_this_week", "overdue", "stuck", "at_risk", "fittings_today", "fittings_this_week"]:
    assert d[k]["count"] == len(d[k]["orders"]), k
assert d["outstanding"] > 0 and d["received_this_month"] >= 0'
echo "ok"
