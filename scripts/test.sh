#!/usr/bin/env bash
# Sets up, builds and runs every test: the CTest suite (doctest unit tests natively and under
# ASan+UBSan, CLI tests, serve.py tests, the fuzz smoke `fuzz.smoke`), then the Playwright
# end-to-end tests in headless Chromium (with tests/e2e/cli-wasm.spec.js, the CLI native vs WASM
# under node). Ends with one line `N passed, N failed` over both.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
bash scripts/setup.sh || exit 1
# The fuzz targets are built here, so the smoke's own time is only its runs. Natively only what
# the tests run: the release CLI and its plain core are for `atelier bench` (build.sh native).
bash scripts/build.sh native-tests web web-cli fuzz || { echo "0 passed, 1 failed"; exit 1; }
export ATELIER_NATIVE_CLI="$here/build/tests/atelier-checked"  # cli-wasm.spec.js's native side

mkdir -p build/e2e
ctest_log=build/ctest.log
# One test per core. With one more (the serve.py suites wait on sockets and timers a third of
# their time) a fresh-clone CI took 394 s for CTest against 346 the run before, core.laws 198 s
# against 101: every test slowed down more than the waits gave back.
(cd build/tests && ctest --output-on-failure -j"$(nproc 2>/dev/null || echo 2)") 2>&1 | tee "$ctest_log"
ctest_status=${PIPESTATUS[0]}

rm -f build/e2e/report.json
npx playwright test -c tests/e2e/playwright.config.js
e2e_status=$?

# The totals line: CTest's "N% tests passed, F tests failed out of T" plus Playwright's JSON report.
read -r c_total c_failed < <(sed -n 's/.*tests passed, \([0-9]*\) tests\? failed out of \([0-9]*\).*/\2 \1/p' "$ctest_log" | tail -1)
read -r e_passed e_failed < <(node -e '
  try {
    const s = require(process.argv[1]).stats;
    console.log(s.expected + s.flaky, s.unexpected);
  } catch (e) { console.log("0 1"); }' "$here/build/e2e/report.json")
c_total=${c_total:-0}; c_failed=${c_failed:-1}
passed=$(( c_total - c_failed + e_passed ))
failed=$(( c_failed + e_failed ))
[ "$ctest_status" -eq 0 ] || [ "$c_failed" -gt 0 ] || failed=$(( failed + 1 ))
[ "$e2e_status" -eq 0 ] || [ "$e_failed" -gt 0 ] || failed=$(( failed + 1 ))
echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
