#!/usr/bin/env bash
# Builds what the WebAssembly benchmarks need: ./build.sh (engine for node and the browsers,
# dist/ packages), plus an unoptimised copy of the module that keeps its function names, in
# target/wasm-pkg-raw/, for the size breakdown in bench/size.sh (wasm-opt drops the names).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
./build.sh
rm -rf target/wasm-pkg-raw && mkdir -p target/wasm-pkg-raw
wasm-bindgen target/wasm32-unknown-unknown/release/replyguard.wasm --target no-modules \
  --no-typescript --keep-debug --out-dir target/wasm-pkg-raw
