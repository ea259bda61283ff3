#!/usr/bin/env bash
# Builds what is asked: `native` (core, CLI, unit tests incl. the ASan+UBSan copy) or
# `native-tests` (only what CTest runs: the tests and the CLI on the ASan+UBSan core, in
# build/tests) and/or
# `web` (the browser app into build/web/dist) and/or `web-cli` (the CLI built for node, for the
# native-vs-WASM test) and/or `fuzz` (the libFuzzer targets into build/fuzz,
# with clang-14). Incremental: a second run rebuilds only changes.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
jobs="$(nproc 2>/dev/null || echo 2)"
# Debian's emscripten finds its JS optimizer's acorn only through NODE_PATH.
export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}"
# New build folders use Ninja (setup installs it): it compiles a target's files while the
# library it links is still compiling, where make waits for it with a core idle. From scratch,
# the tests' native build took 704 s against 791 with make (7 December, 2-core machine).
# A folder already configured keeps its generator.
generator=()
command -v ninja >/dev/null && generator=(-G Ninja)

targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(native web)
for what in "${targets[@]}"; do
  case "$what" in
    native)
      [ -f build/native/CMakeCache.txt ] || cmake "${generator[@]}" -S . -B build/native -DCMAKE_BUILD_TYPE=Release >/dev/null
      cmake --build build/native -j"$jobs"
      ;;
    native-tests)  # only what CTest runs: the tests and atelier-checked, on the ASan+UBSan core
      # With clang-14 (setup installs it for the fuzz targets) where there is one: from scratch it
      # compiled these in 586-639 s against GCC 12's 663-704 (1,150 s of compiler time against 1,306).
      # Its own folder, so the release CLI of `native` (the benchmarks' figures) stays as it was.
      if [ ! -f build/tests/CMakeCache.txt ]; then
        compilers=()
        command -v clang++-14 >/dev/null && compilers=(CC=clang-14 CXX=clang++-14)
        env "${compilers[@]}" cmake "${generator[@]}" -S . -B build/tests -DCMAKE_BUILD_TYPE=Release >/dev/null
      fi
      cmake --build build/tests -j"$jobs" --target atelier_tests atelier_ui_tests atelier_checked
      ;;
    web)
      [ -f build/web/CMakeCache.txt ] || emcmake cmake "${generator[@]}" -S . -B build/web -DCMAKE_BUILD_TYPE=Release >/dev/null
      cmake --build build/web -j"$jobs"
      ;;
    web-cli)  # the `atelier` CLI in WASM for node (build/web/atelier-cli.js), for tests/e2e/cli-wasm.spec.js
      [ -f build/web/CMakeCache.txt ] || emcmake cmake "${generator[@]}" -S . -B build/web -DCMAKE_BUILD_TYPE=Release >/dev/null
      cmake --build build/web -j"$jobs" --target atelier_cli_node
      ;;
    fuzz)
      [ -f build/fuzz/CMakeCache.txt ] || CC=clang-14 CXX=clang++-14 cmake "${generator[@]}" -S tests/fuzz -B build/fuzz >/dev/null
      cmake --build build/fuzz -j"$jobs"
      ;;
    *) echo "build.sh: unknown target '$what' (native, native-tests, web, web-cli, fuzz)" >&2; exit 2 ;;
  esac
done
