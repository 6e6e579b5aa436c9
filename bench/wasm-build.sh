#!/usr/bin/env bash
# Builds only what the WebAssembly benchmarks need, the same way ./build.sh does (same cargo
# profile, wasm-bindgen and wasm-opt flags), without assembling the extension packages:
# target/wasm-pkg/nodejs/ for node, target/wasm-pkg/raw/ for the size breakdown.
# Prefer ./build.sh when the extension sources exist; this is for the engine alone.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
command -v wasm-bindgen >/dev/null || { echo "wasm-bindgen missing: run ./build.sh once to install it" >&2; exit 1; }
# Debian's binaryen (wasm-opt 108) rewrites wasm-bindgen's externref table into one that node and
# the browsers reject at load ("Table.set(): Argument 1 is invalid"), even with
# --enable-reference-types. npm's binaryen (wasm-opt 132) keeps it valid; install it once under
# target/ (gitignored), or set WASM_OPT to another wasm-opt >= 116.
WASM_OPT=${WASM_OPT:-target/tools/binaryen/node_modules/.bin/wasm-opt}
if [ ! -x "$WASM_OPT" ]; then
  echo "== npm install binaryen@132 (into target/tools/binaryen)" >&2
  npm install --silent --no-audit --no-fund --prefix target/tools/binaryen binaryen@132
fi
cargo build --release --lib --target wasm32-unknown-unknown
raw=target/wasm32-unknown-unknown/release/replyguard.wasm
rm -rf target/wasm-pkg/nodejs target/wasm-pkg/raw
mkdir -p target/wasm-pkg/nodejs target/wasm-pkg/raw
wasm-bindgen "$raw" --target nodejs --no-typescript --out-dir target/wasm-pkg/nodejs
# Unoptimised but name-carrying copy for twiggy (wasm-opt strips the name section).
wasm-bindgen "$raw" --target no-modules --no-typescript --keep-debug --out-dir target/wasm-pkg/raw
"$WASM_OPT" -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types target/wasm-pkg/nodejs/replyguard_bg.wasm -o target/wasm-pkg/nodejs/replyguard_bg.wasm
ls -l target/wasm-pkg/nodejs/replyguard_bg.wasm
