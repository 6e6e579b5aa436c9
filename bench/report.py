#!/usr/bin/env python3
"""Turns the saved benchmark outputs into the linearity table and the latency plot.

Reads bench/results/native.txt (divan's table, from bench/native.sh) and
bench/results/wasm.json (from `node bench/wasm-bench.mjs --json bench/results/wasm.json`).
Prints time per character at each reply length (flat = linear) and writes
docs/latency-vs-length.png (needs matplotlib: run it with bench/.venv/bin/python, which
bench/presidio.sh sets up).

Run: bench/.venv/bin/python bench/report.py
"""
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
RES = ROOT / "bench/results"
UNITS = {"ps": 1e-12, "ns": 1e-9, "µs": 1e-6, "us": 1e-6, "ms": 1e-3, "s": 1.0}
ROW = re.compile(r"[├╰]─ (\d+)\s+([\d.]+) (\S+)\s+│\s+([\d.]+) (\S+)\s+│\s+([\d.]+) (\S+)")
GROUP = re.compile(r"[├╰]─ (scaling_\w+)")


def native_scaling(col=6):
    """{mode: {chars: seconds}} from divan's table: median (col 6) or fastest (col 2)."""
    path = RES / "native.txt"
    if not path.exists():
        return {}
    out, group = {}, None
    for line in path.read_text(encoding="utf-8").splitlines():
        g = GROUP.search(line)
        if g:
            group = g.group(1).removeprefix("scaling_")
            continue
        m = ROW.search(line)
        if m and group:
            out.setdefault(group, {})[int(m.group(1))] = float(m.group(col)) * UNITS[m.group(col + 1)]
        elif re.search(r"[├╰]─ [a-z]", line):
            group = None
    return out


def wasm_scaling():
    """{mode: {chars: (p50 s, p95 s)}} from the node benchmark's JSON."""
    path = RES / "wasm.json"
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    out = {}
    for r in data["scaling"]:
        for mode in ("scan", "identifiers"):
            out.setdefault(mode, {})[r["chars"]] = (r[mode]["p50"] / 1e3, r[mode]["p95"] / 1e3)
    return out


def browser_series():
    """{name: {chars: ms}} from bench/browser-bench.mjs's JSON (keystroke to underline, worker scan)."""
    path = RES / "browser.json"
    if not path.exists():
        return {}
    typing = json.loads(path.read_text(encoding="utf-8")).get("typing", {})
    out = {}
    for chars, t in typing.items():
        for key, name in (("underlineRendered", "Chromium keystroke to underline"), ("workerScan", "Chromium worker scan")):
            if t.get(key):
                for p in ("p50", "p95"):
                    out.setdefault(f"{name} ({p})", {})[int(chars)] = t[key][p]
    return out


def main():
    nat, wasm = native_scaling(), wasm_scaling()
    browser = browser_series()
    if not nat and not wasm:
        sys.exit("no results yet: run bench/native.sh and "
                 "node bench/wasm-bench.mjs --json bench/results/wasm.json first")
    print("time per character (ns/char) by reply length; linear = flat row")
    lengths = sorted({n for d in [*nat.values(), *wasm.values()] for n in d})
    print("series".ljust(28) + "".join(f"{n:>11,}" for n in lengths) + "   max/min")
    series = []
    for mode, d in nat.items():
        series.append((f"native {mode} (median)", dict(d)))
    # The fastest sample is the least disturbed by other processes on a shared machine.
    for mode, d in native_scaling(col=2).items():
        series.append((f"native {mode} (fastest)", dict(d)))
    for mode, d in wasm.items():
        series.append((f"wasm {mode} (p50)", {n: t[0] for n, t in d.items()}))
    for name, d in browser.items():
        # The keystroke series is plotted, not tabled: it is a round trip plus a frame, not a per-char cost.
        if name.endswith("(p50)") and "worker" in name:
            series.append((name.replace("Chromium ", "browser "), {n: ms / 1e3 for n, ms in d.items()}))
    for name, d in series:
        per = [d[n] / n * 1e9 if n in d else None for n in lengths]
        vals = [p for p in per if p]
        cells = "".join(f"{p:>11.1f}" if p else " " * 11 for p in per)
        print(name.ljust(28) + cells + f"   {max(vals) / min(vals):.1f}x")

    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        sys.exit("matplotlib missing: run with bench/.venv/bin/python (bench/presidio.sh installs it)")
    fig, ax = plt.subplots(figsize=(7.5, 4.6), dpi=120)
    style = {"native": "-", "wasm": "--"}
    for mode, d in nat.items():
        xs = sorted(d)
        ax.plot(xs, [d[x] * 1e3 for x in xs], style["native"], marker="o",
                label=f"native {mode} (median)")
    for mode, d in wasm.items():
        xs = sorted(d)
        ax.plot(xs, [d[x][0] * 1e3 for x in xs], style["wasm"], marker="s",
                label=f"WebAssembly/node {mode} (p50)")
        if mode == "scan":
            ax.plot(xs, [d[x][1] * 1e3 for x in xs], ":", marker="^",
                    label="WebAssembly/node scan (p95)")
    # In the browser: from the keydown to the frame holding the updated underline (includes the
    # content script's message round trip and a frame), and Engine.scan timed inside the service worker.
    for name, d in browser.items():
        if "(p95)" in name and "worker" in name:
            continue
        xs = sorted(d)
        ax.plot(xs, [d[x] for x in xs], "-." if "p95" in name else "-", marker="D" if "keystroke" in name else "v",
                color="black" if "keystroke" in name else "teal", alpha=0.6 if "p95" in name else 1.0, label=name)
    ref = wasm.get("scan") or {}
    if 2000 in ref:  # a line of constant time per char through the 2,000-char point
        k = ref[2000][0] * 1e3 / 2000
        ax.plot(lengths, [k * n for n in lengths], color="grey", lw=0.8,
                label="linear from 2,000 chars (wasm)")
    ax.axhline(16, color="red", lw=0.8)
    ax.text(lengths[-1], 18, "one frame (16 ms)", color="red", fontsize=8, ha="right")
    ax.axhline(1, color="orange", lw=0.8)
    ax.text(lengths[-1], 1.15, "1 ms target at 2,000 chars", color="orange", fontsize=8, ha="right")
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("reply length (characters)")
    ax.set_ylabel("time per scan, or keystroke to underline (ms)")
    ax.set_title("Reply Guard scan latency against reply length")
    ax.grid(True, which="major", alpha=0.3)
    ax.legend(fontsize=7, loc="upper left")
    fig.tight_layout()
    out = ROOT / "docs/latency-vs-length.png"
    out.parent.mkdir(exist_ok=True)
    fig.savefig(out)
    print(f"wrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
