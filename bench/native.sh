#!/usr/bin/env bash
# Native engine benchmarks (divan, benches/engine.rs) with the speed-optimised `native` profile.
# Prints divan's table and keeps a copy in bench/results/native.txt for bench/report.py.
#   bench/native.sh                 every benchmark
#   bench/native.sh scaling_scan    only benchmarks whose name contains the filter
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/results
cargo bench --profile native --bench engine -- "$@" 2>&1 | tee bench/results/native.txt
