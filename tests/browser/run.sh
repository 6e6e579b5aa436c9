#!/usr/bin/env bash
# Reply Guard browser tests: the production extension in dist/ (built by ./build.sh) in real
# Chromium and Firefox ESR, plus `web-ext lint` of the Firefox package.
# Prints one PASS/FAIL line per part and exits non-zero when any part fails.
# Each suite runs in its own process group, killed on exit, so no browser outlives the run.
set -uo pipefail
cd "$(dirname "$0")"
DIST=../../dist
SUITE_TIMEOUT=${SUITE_TIMEOUT:-600}

if [ ! -f "$DIST/chrome/manifest.json" ] || [ ! -f "$DIST/firefox/manifest.json" ]; then
  echo "FAIL browser tests: $DIST/chrome and $DIST/firefox are missing; run ./build.sh first"
  exit 1
fi
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.stamp ]; then
  npm ci --no-audit --no-fund --loglevel=error && touch node_modules/.stamp || {
    echo "FAIL browser tests: npm ci in tests/browser failed"; exit 1; }
fi

# Failure details (node's "failing tests" section of each failed suite) are collected here and
# printed again after the summary, so that the end of a long CI log says which check failed.
FAILURES=${RG_FAILURES:-$(mktemp)}
: > "$FAILURES"
groups=()
cleanup() { for g in "${groups[@]}"; do kill -TERM -- "-$g" 2>/dev/null; done; }
trap cleanup EXIT INT TERM

results=()
# run_part NAME COMMAND...: runs COMMAND in a new process group with a time limit.
run_part() {
  local name=$1; shift
  echo "== $name"
  local start=$SECONDS
  local out; out=$(mktemp)
  setsid "$@" > "$out" 2>&1 &
  local pid=$!
  groups+=("$pid")
  ( sleep "$SUITE_TIMEOUT"; kill -TERM -- "-$pid" 2>/dev/null; sleep 5; kill -KILL -- "-$pid" 2>/dev/null ) &
  local watchdog=$!
  wait "$pid"; local rc=$?
  kill "$watchdog" 2>/dev/null; wait "$watchdog" 2>/dev/null
  kill -TERM -- "-$pid" 2>/dev/null # anything the suite left behind
  cat "$out"
  local took=$((SECONDS - start))
  if [ $rc = 0 ]; then results+=("PASS $name (${took}s)"); else
    results+=("FAIL $name (exit $rc, ${took}s)")
    {
      echo "-- $name: exit $rc after ${took}s"
      if grep -q '^✖ failing tests:' "$out"; then
        sed -n '/^✖ failing tests:/,$p' "$out" | grep -v '^ *at ' | grep -v '^$' | head -n 25
      else
        tail -n 40 "$out"
      fi
    } >> "$FAILURES"
  fi
  rm -f "$out"
}

lint() {
  local out
  out=$(node_modules/.bin/web-ext lint --source-dir "$DIST/firefox" --output json --no-input 2>/dev/null)
  node -e '
    const r = JSON.parse(process.argv[1]);
    const show = (k) => r[k].forEach((m) => console.log(`  ${k.slice(0, -1)}: ${m.code} ${m.file || ""} ${m.message}`));
    console.log(`web-ext lint: ${r.summary.errors} errors, ${r.summary.warnings} warnings, ${r.summary.notices} notices`);
    show("errors"); show("warnings");
    // Warnings fail too: the Firefox package must lint clean (issue 7).
    process.exit(r.summary.errors === 0 && r.summary.warnings === 0 ? 0 : 1);' "$out"
}

# Each browser suite runs REPEAT times (default 3) with no retries, so that a flaky check fails
# the run instead of passing by luck.
REPEAT=${REPEAT:-3}
for i in $(seq 1 "$REPEAT"); do
  run_part "chromium (run $i of $REPEAT)" node --test --test-force-exit --test-reporter=spec chromium.test.mjs
  run_part "firefox (run $i of $REPEAT)" node --test --test-force-exit --test-reporter=spec firefox.test.mjs
done
run_part "web-ext lint" bash -c "DIST=$DIST; $(declare -f lint); lint"

pass=0; fail=0
for r in "${results[@]}"; do
  echo "$r"
  case $r in PASS*) pass=$((pass + 1)) ;; *) fail=$((fail + 1)) ;; esac
done
if [ -s "$FAILURES" ] && [ -z "${RG_FAILURES:-}" ]; then echo "== what failed"; cat "$FAILURES"; fi
echo "browser: $pass passed, $fail failed"
[ "$fail" = 0 ]
