#!/usr/bin/env bash
# Sets up, builds the browser app and serves it on localhost (Ctrl+C stops it), with the sync API on.
# Extra arguments go to serve.py, e.g. `scripts/run.sh --port 9000` or `--host 0.0.0.0 --cert c.pem --key k.pem`.
# The sync server keeps its data in data/ (git-ignored); ATELIER_DATA=DIR picks another folder,
# and ATELIER_DB=postgresql://... keeps it in PostgreSQL instead (the photos stay in the folder).
# The first run creates an atelier and prints its owner's token, once.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${ATELIER_DATA:-$here/data}"
db=()
[ -z "${ATELIER_DB:-}" ] || db=(--db "$ATELIER_DB")
bash "$here/scripts/setup.sh"
bash "$here/scripts/build.sh" web  # the app only: the native CLI and tests are test.sh's
echo
python3 "$here/serve.py" admin --data "$data" "${db[@]}" init
echo
exec python3 "$here/serve.py" --root "$here/build/web/dist" --data "$data" "${db[@]}" "$@"
