#!/usr/bin/env bash
# query / board / dashboard share one option parser (native/query_args.cpp): each refuses what it
# does not take, with exit 2 and the same texts.
set -euo pipefail
ATELIER="$1"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
"$ATELIER" demo --orders 20 --today 2026-06-01 > "$tmp/demo.json"

# refused CMD EXPECTED-STDERR ARGS...: exit 2, exactly that message, nothing on stdout.
refused() {
  local cmd="$1" want="$2"; shift 2
  set +e
  "$ATELIER" "$cmd" "$@" > "$tmp/out" 2> "$tmp/err"; local rc=$?
  set -e
  [ "$rc" -eq 2 ] || fail "$cmd $*: exit $rc, expected 2"
  [ "$(cat "$tmp/err")" = "$want" ] || fail "$cmd $*: said '$(cat "$tmp/err")', expected '$want'"
  [ ! -s "$tmp/out" ] || fail "$cmd $*: wrote to stdout"
}

for cmd in query board dashboard; do
  refused "$cmd" "atelier $cmd: unexpected argument '--bogus' (see atelier $cmd --help)" "$tmp/demo.json" --bogus
  refused "$cmd" "atelier $cmd: --today needs a date YYYY-MM-DD" "$tmp/demo.json" --today 2026-13-01
  refused "$cmd" "atelier $cmd: unexpected argument 'second.json' (see atelier $cmd --help)" "$tmp/demo.json" second.json
  # A flag without its value is not taken as a flag.
  refused "$cmd" "atelier $cmd: unexpected argument '--today' (see atelier $cmd --help)" "$tmp/demo.json" --today
  "$ATELIER" "$cmd" --help | grep -q "^usage: atelier $cmd FILE" || fail "$cmd --help"
done
refused query "atelier query: --format is table, json or csv" "$tmp/demo.json" --format xml
refused board "atelier board: --format is table or json" "$tmp/demo.json" --format csv
refused dashboard "atelier dashboard: --format is table or json" "$tmp/demo.json" --format csv
refused query "atelier query: --limit needs a number" "$tmp/demo.json" --limit -3
refused query "atelier query: --order needs an order number" "$tmp/demo.json" --order x-ATL
refused query "atelier query: unknown sort 'colour' (see atelier query --help)" "$tmp/demo.json" --sort colour
refused board "atelier board: unknown filter 'colour' (see atelier query --help)" "$tmp/demo.json" --filter colour=red
# What only query takes, the others refuse.
refused board "atelier board: unexpected argument '--sort' (see atelier board --help)" "$tmp/demo.json" --sort deadline
refused board "atelier board: unexpected argument '--limit' (see atelier board --help)" "$tmp/demo.json" --limit 3
refused dashboard "atelier dashboard: unexpected argument '--filter' (see atelier dashboard --help)" "$tmp/demo.json" --filter rush
# No FILE: the subcommand's usage line, as `atelier --help` lists it.
refused query "usage: atelier query FILE [--filter EXPR]... [--sort KEY[:desc]] [--limit N] [--format table|json|csv]"
refused board "usage: atelier board FILE [--filter EXPR]... [--today YYYY-MM-DD] [--format table|json]" --today 2026-06-01
refused dashboard "usage: atelier dashboard FILE [--today YYYY-MM-DD] [--format table|json]"
"$ATELIER" --help | grep -qF "atelier board FILE [--filter EXPR]... [--today YYYY-MM-DD] [--format table|json]" || fail "--help"
# Accepted: the same options read the same way ("12-ATL" is order 12; stdin as "-").
"$ATELIER" query - --today 2026-06-01 --limit 2 --format csv < "$tmp/demo.json" | [ "$(wc -l)" -eq 3 ] || fail "query from stdin"
"$ATELIER" board "$tmp/demo.json" --filter rush --today 2026-06-01 --format json | grep -q '"today": "2026-06-01"' || fail "board"
"$ATELIER" dashboard "$tmp/demo.json" --today 2026-06-01 --format text | grep -q '2026-06-01' || fail "dashboard"
echo ok
