#!/usr/bin/env bash
# Reply Guard vs Presidio on the same 1,500 sentences (../shared/data/presidio-research/synth.jsonl),
# in one run, single thread, loading included: each tool is a fresh process that loads its
# rules/models and then checks every sentence; wall-clock time of the whole process counts.
#
#   bench/compare.sh            both Presidio modes (regex-only and full)
#   bench/compare.sh regex      only Presidio's regex-only mode (faster)
#
# Ours: the `replyguard scan` CLI (native profile), JSON lines in, findings out, in both modes
# (full check, and --identifiers, which is what Presidio does). Median of 5 runs, since one run
# takes milliseconds. Presidio: bench/presidio_bench.py, one run per mode (seconds each).
# Writes bench/results/compare.json and prints the ratios. Target: ours >= 100x Presidio
# regex-only, loading included.
set -euo pipefail
cd "$(dirname "$0")/.."
MODES=${1:-regex full}
mkdir -p bench/results
export OMP_NUM_THREADS=1 MKL_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 # single thread for spaCy/numpy

SYNTH=${REPLYGUARD_SYNTH:-}
if [ -z "$SYNTH" ]; then
  d=$PWD
  while [ "$d" != / ]; do
    [ -f "$d/shared/data/presidio-research/synth.jsonl" ] && { SYNTH=$d/shared/data/presidio-research/synth.jsonl; break; }
    d=$(dirname "$d")
  done
fi
[ -f "$SYNTH" ] || { echo "synth.jsonl not found beside the repository (../shared/data/presidio-research/); set REPLYGUARD_SYNTH" >&2; exit 1; }

echo "== building replyguard (native profile)" >&2
cargo build -q --profile native --bin replyguard
BIN=target/native/replyguard

# Presidio's venv (installs on first use).
bench/presidio.sh --help >/dev/null

python3 - "$BIN" "$SYNTH" "$MODES" <<'EOF'
import json, statistics, subprocess, sys, time
bin_, synth, modes = sys.argv[1], sys.argv[2], sys.argv[3].split()
n = sum(1 for l in open(synth, encoding="utf-8") if l.strip())

def wall(cmd, stdin_path=None):
    with open(stdin_path or "/dev/null", "rb") as f:
        t = time.perf_counter()
        p = subprocess.run(cmd, stdin=f, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        dt = time.perf_counter() - t
    if p.returncode != 0:  # the CLI exits 1 when a line was not valid JSON
        sys.exit(f"{' '.join(cmd)} failed ({p.returncode}): {p.stderr.decode()[-2000:]}")
    return dt, p.stdout

ours = {}
for label, extra in (("scan", []), ("identifiers", ["--identifiers"])):
    runs = [wall([bin_, "scan", *extra], synth) for _ in range(5)]
    dt = statistics.median(r[0] for r in runs)
    findings = sum(len(json.loads(l).get("findings", [])) for l in runs[0][1].splitlines() if l.strip())
    ours[label] = {"wall_s": dt, "sentences_per_s": n / dt, "findings": findings}
    print(f"replyguard {label:11}: {n} sentences in {dt*1000:.1f} ms wall (median of 5, process start, "
          f"policy load and JSON in/out included) = {n/dt:,.0f} sentences/s; {findings} findings")

presidio = {}
for mode in modes:
    out = f"bench/results/presidio-{mode}.json"
    t = time.perf_counter()
    subprocess.run(["bench/.venv/bin/python", "bench/presidio_bench.py", "--mode", mode, "--json", out],
                   check=True)
    dt = time.perf_counter() - t
    r = json.load(open(out))
    r["wall_s"] = dt
    r["sentences_per_s_wall"] = n / dt
    presidio[mode] = r
    print(f"presidio {mode:5} wall  : {dt:.2f} s = {n/dt:,.1f} sentences/s (interpreter start and loading included)")

print("\nratios (sentences/s, loading included, one run):")
summary = {}
for mode, r in presidio.items():
    for label, o in ours.items():
        ratio = o["sentences_per_s"] / r["sentences_per_s_wall"]
        summary[f"{label}_vs_presidio_{mode}"] = ratio
        print(f"  replyguard {label:11} / presidio {mode:5}: {ratio:,.1f}x")
if "regex" in presidio:
    best = min(summary[k] for k in summary if k.endswith("_regex"))
    print(f"\ntarget ours >= 100x Presidio regex-only: lowest ratio {best:,.1f}x -> {'MET' if best >= 100 else 'MISSED'}")
json.dump({"sentences": n, "ours": ours, "presidio": presidio, "ratios": summary},
          open("bench/results/compare.json", "w"), indent=2)
print("wrote bench/results/compare.json")
EOF
