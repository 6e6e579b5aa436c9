#!/usr/bin/env bash
# Reply Guard build and test entry point.
#   ./build.sh         install what is missing, build the engine for WebAssembly, assemble
#                      dist/chrome, dist/firefox and their .zip/.xpi, print sizes
#   ./build.sh test    build, then every check: fmt, clippy, cargo test, wasm tests under node,
#                      browser tests in Chromium and Firefox ESR; ends with a summary line
#   ./build.sh demo    build, then open the demo page in Chromium with the extension loaded
# Every install step skips what is already present, so a warm machine builds fast.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD
export PATH="$HOME/.cargo/bin:$PATH"

log() { printf '\033[1m== %s\033[0m\n' "$*" >&2; }

# --- installs ---------------------------------------------------------------------------
wasm_bindgen_version() {
  # The wasm-bindgen version pinned in Cargo.lock (the CLI must match it exactly).
  awk '/^name = "wasm-bindgen"$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock
}

apt_updated=0
apt_install() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "apt-get install ${missing[*]}"
  if [ $apt_updated = 0 ]; then apt-get update -qq; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

install_build_tools() {
  rustup target list --installed 2>/dev/null | grep -q wasm32-unknown-unknown ||
    { log "rustup target add wasm32-unknown-unknown"; rustup target add wasm32-unknown-unknown; }
  [ -f Cargo.lock ] || cargo generate-lockfile
  local want; want=$(wasm_bindgen_version)
  if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$want" ]; then
    log "cargo install wasm-bindgen-cli $want"
    # --locked first, as pinned upstream; when the registry no longer serves a locked
    # dependency of the CLI, resolve its dependencies afresh (same CLI version).
    cargo install wasm-bindgen-cli --version "$want" --locked --force ||
      cargo install wasm-bindgen-cli --version "$want" --force
  fi
  if [ ! -x tools/node_modules/.bin/wasm-opt ] || [ tools/package.json -nt tools/node_modules/.stamp ]; then
    log "npm install (tools: binaryen's wasm-opt)"
    (cd tools && npm install --no-audit --no-fund --loglevel=error && touch node_modules/.stamp)
  fi
  command -v zip >/dev/null || apt_install zip
}

install_test_tools() {
  apt_install chromium chromium-driver firefox-esr openssl
  command -v geckodriver >/dev/null || { log "cargo install geckodriver"; cargo install geckodriver --locked; }
  if [ ! -d tests/browser/node_modules ] || [ tests/browser/package-lock.json -nt tests/browser/node_modules/.stamp ]; then
    log "npm ci (tests/browser)"
    (cd tests/browser && npm ci --no-audit --no-fund --loglevel=error && touch node_modules/.stamp)
  fi
}

# wasm-opt from npm's binaryen (Debian's 108 rewrites wasm-bindgen's externref table as anyref and
# the module then fails to load).
wasm_opt() { echo "$ROOT/tools/node_modules/.bin/wasm-opt"; }

# --- build ------------------------------------------------------------------------------
build_wasm() {
  log "cargo build --release --target wasm32-unknown-unknown"
  cargo build --release --lib --target wasm32-unknown-unknown
  local raw=target/wasm32-unknown-unknown/release/replyguard.wasm out=target/wasm-pkg
  rm -rf "$out"; mkdir -p "$out/no-modules" "$out/web" "$out/nodejs"
  wasm-bindgen "$raw" --target no-modules --no-typescript --out-dir "$out/no-modules"
  wasm-bindgen "$raw" --target web --no-typescript --out-dir "$out/web"
  wasm-bindgen "$raw" --target nodejs --no-typescript --out-dir "$out/nodejs"
  # The three targets share one .wasm: optimise it once for size, copy it to the others.
  log "wasm-opt -Oz"
  "$(wasm_opt)" -Oz --enable-reference-types --enable-bulk-memory --enable-nontrapping-float-to-int \
    --enable-sign-ext --enable-mutable-globals --enable-multivalue \
    "$out/web/replyguard_bg.wasm" -o "$out/opt.wasm"
  for d in no-modules web nodejs; do cp "$out/opt.wasm" "$out/$d/replyguard_bg.wasm"; done
  rm "$out/opt.wasm"
}

assemble() {
  log "assemble dist/chrome and dist/firefox"
  rm -rf dist; mkdir -p dist
  for b in chrome firefox; do
    local d=dist/$b
    mkdir -p "$d/engine"
    cp -r extension/. "$d/"
    cp target/wasm-pkg/no-modules/replyguard.js "$d/engine/replyguard.js"
    cp target/wasm-pkg/no-modules/replyguard_bg.wasm "$d/engine/replyguard_bg.wasm"
    cp target/wasm-pkg/web/replyguard.js "$d/engine/replyguard.mjs"
    cp manifest.json "$d/manifest.json"
    cp managed_schema.json "$d/managed_schema.json"   # storage.managed schema (docs/policy.md)
    cp THIRD_PARTY_NOTICES.txt "$d/THIRD_PARTY_NOTICES.txt"   # data attributions and crate licences (tools/notices.py)
  done
  # Firefox ignores background.service_worker (it runs background.scripts) and web-ext lint warns
  # about it; the source manifest keeps both keys because Chrome needs service_worker.
  node -e 'const fs = require("fs"), f = process.argv[1], m = JSON.parse(fs.readFileSync(f, "utf8"));
    delete m.background.service_worker; fs.writeFileSync(f, JSON.stringify(m, null, 2) + "\n");' dist/firefox/manifest.json
  (cd dist/chrome && zip -qr ../replyguard-chrome.zip .)
  (cd dist/firefox && zip -qr ../replyguard-firefox.xpi .)
}

sizes() {
  local w=dist/chrome/engine/replyguard_bg.wasm
  printf 'wasm: %s bytes raw, %s bytes gzipped\n' "$(stat -c %s $w)" "$(gzip -9c $w | wc -c)"
  printf 'packages: replyguard-chrome.zip %s bytes, replyguard-firefox.xpi %s bytes\n' \
    "$(stat -c %s dist/replyguard-chrome.zip)" "$(stat -c %s dist/replyguard-firefox.xpi)"
}

build() { install_build_tools; build_wasm; assemble; sizes; }

# --- tests ------------------------------------------------------------------------------
results=()
step() { # step NAME COMMAND...: runs a check, records pass/fail, keeps going
  local name=$1; shift
  log "$name"
  if "$@"; then results+=("PASS $name"); else results+=("FAIL $name"); fi
}

wasm_node_tests() {
  local runner; runner=$(command -v wasm-bindgen-test-runner)
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=$runner cargo test --target wasm32-unknown-unknown --test wasm
}

js_checks() {
  for f in $(git ls-files 'extension/*.js' 'tests/browser/*.mjs'); do
    node --check "$f" || return 1
  done
}

fuzz_smoke() {
  # A short libFuzzer run of each target on the committed corpus (the long run is in SECURITY.md).
  command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked || cargo install cargo-fuzz
  local t
  for t in scan policy; do
    # New inputs go to a scratch directory (libFuzzer writes to the first corpus given);
    # the committed corpus is read as seeds.
    local scratch; scratch=$(mktemp -d)
    (cd fuzz && cargo fuzz run -s none "$t" "$scratch" "corpus/$t" -- -max_total_time=30 -rss_limit_mb=2048 2>&1 | tail -n 3) || return 1
    rm -rf "$scratch"
  done
}

python_checks() {
  # The corpus builder, the label-agreement tool and the notices generator (stdlib Python); then
  # THIRD_PARTY_NOTICES.txt, which ships in both packages, must list what the .wasm compiles in;
  # then the data lists' format and size budget (tools/data/check_lists.py, errors on stderr).
  python3 -m unittest discover -q -s tools/corpus -p 'test_*.py' &&
    python3 -m unittest -q tools/test_notices.py &&
    python3 tools/notices.py --check &&
    python3 tools/data/check_lists.py >/dev/null
}

run_tests() {
  build
  install_test_tools
  step "cargo fmt --check" cargo fmt --all -- --check
  step "cargo clippy -D warnings" cargo clippy --all-targets -- -D warnings
  step "cargo test" cargo test
  step "wasm tests (node)" wasm_node_tests
  step "js syntax" js_checks
  step "python tools, third-party notices" python_checks
  export RG_FAILURES; RG_FAILURES=$(mktemp)
  step "browser tests" bash tests/browser/run.sh
  step "fuzz smoke" fuzz_smoke
  local pass=0 fail=0
  for r in "${results[@]}"; do
    echo "$r"
    case $r in PASS*) pass=$((pass + 1)) ;; *) fail=$((fail + 1)) ;; esac
  done
  if [ -s "$RG_FAILURES" ]; then echo "== what failed in the browser tests"; cat "$RG_FAILURES"; fi
  echo "replyguard: $pass passed, $fail failed"
  [ "$fail" = 0 ]
}

case "${1:-build}" in
  build) build ;;
  test) run_tests ;;
  demo) build; install_test_tools; node tests/browser/demo.mjs ;;
  *) echo "usage: ./build.sh [build|test|demo]" >&2; exit 2 ;;
esac
