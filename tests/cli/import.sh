#!/bin/bash
# atelier import: clients and orders from a CSV, all rows or none, with --map and --preview.
set -euo pipefail
atelier="$1"; data="$2"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"$atelier" demo --orders 50 --seed 3 --today 2026-06-01 > "$tmp/a.json"
orders() { python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["orders"]))' "$1"; }
clients() { python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["clients"]))' "$1"; }
n0=$(orders "$tmp/a.json"); c0=$(clients "$tmp/a.json")

# A European spreadsheet: ';', a BOM, day-first dates, decimal commas, a header --map has to name.
printf '\xEF\xBB\xBFKunde;Termin;Betrag;Vorkasse;Notes\r\nAmira Hoxha;01/09/2026;1 200,00;300,00;"hem; 2 cm"\r\nOla Nordmann;2026-09-02;90;;\r\n' > "$tmp/good.csv"
# Unmapped (Kunde is known, Termin is not), the orders have no deadline: refused, nothing written.
if "$atelier" import "$tmp/good.csv" --into "$tmp/a.json" > "$tmp/out.json" 2> "$tmp/err"; then echo "FAIL: imported without a deadline column"; exit 1; fi
grep -q 'orders need a deadline' "$tmp/err" || { echo "FAIL: $(cat "$tmp/err")"; exit 1; }
[ ! -s "$tmp/out.json" ] || { echo "FAIL: wrote a snapshot after a refusal"; exit 1; }
map='Termin=deadline,Betrag=price,Vorkasse=deposit'
"$atelier" import "$tmp/good.csv" --into "$tmp/a.json" --map "$map" --preview > "$tmp/preview"
grep -q '^  Kunde -> client$' "$tmp/preview" || { echo "FAIL: preview: $(cat "$tmp/preview")"; exit 1; }
grep -q '^2 rows, 0 with problems, 2 new clients, 0 merged, 2 orders$' "$tmp/preview" || { echo "FAIL: preview: $(cat "$tmp/preview")"; exit 1; }
"$atelier" import "$tmp/good.csv" --into "$tmp/a.json" --map "$map" --now 2026-06-01T10:00 > "$tmp/b.json" 2> "$tmp/err"
grep -q 'imported 2 rows: 2 new clients, 0 merged, 2 orders (one batch, one undo)' "$tmp/err" || { echo "FAIL: $(cat "$tmp/err")"; exit 1; }
"$atelier" check "$tmp/b.json" > /dev/null
[ "$(orders "$tmp/b.json")" -eq $((n0 + 2)) ] || { echo "FAIL: orders not added"; exit 1; }
[ "$(clients "$tmp/b.json")" -eq $((c0 + 2)) ] || { echo "FAIL: clients not added"; exit 1; }
python3 - "$tmp/b.json" <<'PY'
import json, sys
a = json.load(open(sys.argv[1]))
o = [o for o in a["orders"] if o.get("notes") == "hem; 2 cm"]
assert len(o) == 1, "the imported order with its notes"
o = o[0]
assert o["deadline"] == "2026-09-01" and o["price"] == 120000, o
assert sum(p["amount"] for p in o.get("payments", [])) == 30000, o.get("payments")
PY
# Stdin as the snapshot, stdout the result: one step of a pipe.
"$atelier" import "$tmp/good.csv" --map "$map" < "$tmp/a.json" 2> /dev/null | "$atelier" check - > /dev/null

# One bad row: refused with its line, nothing written, the atelier unchanged.
printf 'Client,Deadline,Price\nAmira,2026-09-01,100\nOla,31/02/2026,-5\n' > "$tmp/bad.csv"
if "$atelier" import "$tmp/bad.csv" --into "$tmp/a.json" > "$tmp/out.json" 2> "$tmp/err"; then echo "FAIL: imported a bad row"; exit 1; fi
grep -q 'bad.csv: line 3: deadline “31/02/2026” is not a date' "$tmp/err" || { echo "FAIL: $(cat "$tmp/err")"; exit 1; }
grep -q 'line 3: price “-5”: a negative amount' "$tmp/err" || { echo "FAIL: $(cat "$tmp/err")"; exit 1; }
grep -q '^nothing written$' "$tmp/err"
[ ! -s "$tmp/out.json" ]

# A returning client (same phone as one in the atelier) is used, not made again; --no-merge makes one.
phone=$(python3 -c 'import json,sys; print(next(c["phone"] for c in json.load(open(sys.argv[1]))["clients"] if c.get("phone")))' "$tmp/a.json")
printf 'Name,Phone\nSomeone,%s\n' "$phone" > "$tmp/dup.csv"
if "$atelier" import "$tmp/dup.csv" --into "$tmp/a.json" > /dev/null 2> "$tmp/err"; then echo "FAIL: imported only a known client"; exit 1; fi
grep -q 'every row is a client the atelier has' "$tmp/err" || { echo "FAIL: $(cat "$tmp/err")"; exit 1; }
"$atelier" import "$tmp/dup.csv" --into "$tmp/a.json" --no-merge > "$tmp/c.json" 2> /dev/null
[ "$(clients "$tmp/c.json")" -eq $((c0 + 1)) ]

# Bad arguments and bad files.
if "$atelier" import "$tmp/good.csv" --into "$tmp/a.json" --map 'Kunde=customer' 2> "$tmp/err" > /dev/null; then exit 1; fi
grep -q 'no field “customer”' "$tmp/err"
printf 'Client\n"never closed\n' > "$tmp/broken.csv"
if "$atelier" import "$tmp/broken.csv" --into "$tmp/a.json" 2> "$tmp/err" > /dev/null; then exit 1; fi
grep -q 'line 2: a quote is never closed' "$tmp/err"
"$atelier" import --help | grep -q -- '--no-merge'
echo "import: ok"
