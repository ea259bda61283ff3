#!/usr/bin/env bash
# Sets up, builds the browser app and serves it on localhost (Ctrl+C stops it).
# Extra arguments go to serve.py, e.g. `scripts/run.sh --port 9000` or `--host 0.0.0.0 --cert c.pem --key k.pem`.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$here/scripts/setup.sh"
bash "$here/scripts/build.sh" native web
echo
exec python3 "$here/serve.py" --root "$here/build/web/dist" "$@"
