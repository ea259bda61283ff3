#!/usr/bin/env bash
# Installs everything Atelier needs on a fresh Debian 12 machine, idempotently:
# Debian packages, the Dear ImGui 1.86 and qrcodegen 1.8.0 sources (pinned, checksummed) and the npm test tools.
# A second run finds everything in place and returns in a second or two.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

log() { printf '[setup] %s\n' "$*"; }

if [ "$(id -u)" -ne 0 ]; then
  SUDO=sudo
else
  SUDO=
fi

# --- Debian packages -------------------------------------------------------
packages=(cmake make ninja-build g++ python3 xz-utils ca-certificates openssl
          emscripten nlohmann-json3-dev doctest-dev libstb-dev libglfw3-dev
          chromium fonts-inter fonts-noto-core nodejs npm
          clang-14 libclang-rt-14-dev  # libFuzzer + sanitizers for tests/fuzz
          poppler-utils  # pdftotext: the e2e test reads the invoice printed to PDF
          postgresql python3-psycopg  # serve.py --db postgresql://...; the backend tests run on both stores
          python3-aiosmtpd)  # the mail tests' SMTP server on loopback (tests/serve/smtp_sink.py)
missing=()
for p in "${packages[@]}"; do
  # nodejs/npm may come from elsewhere on the machine (e.g. a newer Node): accept what is on PATH.
  case "$p" in
    nodejs) command -v node >/dev/null && continue ;;
    npm) command -v npm >/dev/null && continue ;;
  esac
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
apt_updated=0
if [ ${#missing[@]} -gt 0 ]; then
  log "installing Debian packages: ${missing[*]}"
  $SUDO apt-get update -q
  apt_updated=1
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# --- Third-party sources from Debian's source packages (pinned, checksummed) --------------
# deb-src entries mirroring the machine's own deb entries of its release (same URIs, suites,
# components and keyring: scripts/deb_src.py), so the sources come from where its apt goes — a
# mirror, a proxy, a cache. The SHA-256 pins below are the guarantee of what is unpacked.
deb_src_ready() {
  [ "${deb_src_done:-0}" = 1 ] && return 0
  src_list=/etc/apt/sources.list.d/atelier-deb-src.sources
  entries="$(python3 "$here/scripts/deb_src.py")" || exit 1
  if [ -n "$entries" ]; then
    log "adding deb-src entries beside the machine's deb entries ($src_list)"
    printf '%s\n' "$entries" | $SUDO tee "$src_list" >/dev/null
    apt_updated=0
  fi
  [ "$apt_updated" = 1 ] || $SUDO apt-get update -q
  apt_updated=1
  deb_src_done=1
}

# Dear ImGui 1.86
imgui_version="1.86"
imgui_tarball="imgui_1.86+ds.orig.tar.xz"
imgui_sha256="0dace0e8e57d298eb6e93af12dc19420cb96330832f6495c733b90aeeef11f64"
imgui_dir="$here/third_party/imgui"
if [ ! -f "$imgui_dir/.stamp-$imgui_sha256" ]; then
  log "fetching Dear ImGui $imgui_version source from Debian"
  deb_src_ready
  dl="$(mktemp -d)"
  (cd "$dl" && apt-get source --download-only "imgui=1.86+ds-1" >/dev/null 2>&1 || apt-get source --download-only imgui)
  echo "$imgui_sha256  $dl/$imgui_tarball" | sha256sum -c --quiet - || { echo "imgui source checksum mismatch" >&2; exit 1; }
  rm -rf "$imgui_dir" && mkdir -p "$imgui_dir"
  tar -xJf "$dl/$imgui_tarball" -C "$imgui_dir" --strip-components=1
  rm -rf "$dl"
  touch "$imgui_dir/.stamp-$imgui_sha256"
fi

# qrcodegen 1.8.0 (Nayuki's QR Code generator, MIT): the sync invitation and the job card's QR codes. Its C++ part only.
qr_tarball="qr-code-generator_1.8.0.orig.tar.gz"
qr_sha256="2ec0a4d33d6f521c942eeaf473d42d5fe139abcfa57d2beffe10c5cf7d34ae60"
qr_dir="$here/third_party/qrcodegen"
if [ ! -f "$qr_dir/.stamp-$qr_sha256" ]; then
  log "fetching qrcodegen 1.8.0 source from Debian"
  deb_src_ready
  dl="$(mktemp -d)"
  (cd "$dl" && { apt-get source --download-only --tar-only "qr-code-generator=1.8.0-1.1" >/dev/null 2>&1 ||
                 apt-get source --download-only --tar-only qr-code-generator; })
  echo "$qr_sha256  $dl/$qr_tarball" | sha256sum -c --quiet - || { echo "qrcodegen source checksum mismatch" >&2; exit 1; }
  rm -rf "$qr_dir" && mkdir -p "$qr_dir"
  tar -xzf "$dl/$qr_tarball" -C "$qr_dir" --strip-components=2 \
    QR-Code-generator-1.8.0/cpp/qrcodegen.hpp QR-Code-generator-1.8.0/cpp/qrcodegen.cpp
  rm -rf "$dl"
  touch "$qr_dir/.stamp-$qr_sha256"
fi

# --- npm test tools (Playwright's runner; the browser is Debian's chromium) --
if [ ! -f node_modules/.stamp ] || [ package-lock.json -nt node_modules/.stamp ]; then
  log "installing npm test tools"
  # Playwright must never download a browser of its own: this machine cannot, and we use /usr/bin/chromium.
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
  touch node_modules/.stamp
fi

log "ready"
