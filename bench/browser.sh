#!/usr/bin/env bash
# In-browser benchmarks (issue 6) of the extension as built in dist/: keystroke to underline,
# background scan time, cold start with the service worker stopped, memory per tab, in headless
# Chromium (and Firefox ESR when installed) through the end-to-end harness in tests/browser/lib.
# Assumes ./build.sh ran (it builds dist/ and installs the browsers and tests/browser/node_modules).
# Writes bench/results/browser.txt and bench/results/browser.json.
#   bench/browser.sh                  full run (a few minutes)
#   bench/browser.sh --quick          a smoke run
#   bench/browser.sh --no-firefox     Chromium only
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f dist/chrome/manifest.json ] || [ ! -d tests/browser/node_modules/playwright-core ]; then
  echo "dist/chrome or tests/browser/node_modules missing: run ./build.sh first" >&2
  exit 2
fi
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores" >&2
exec node bench/browser-bench.mjs "$@"
