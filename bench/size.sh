#!/usr/bin/env bash
# Size of the engine and the packages, and what each part of the .wasm costs.
#   bench/size.sh        after ./build.sh (packages) or bench/wasm-build.sh (engine only)
# Prints: the shipped .wasm raw and gzipped (-9), each package in dist/, the wasm sections, and
# a breakdown by origin from twiggy (cargo install twiggy) on the unoptimised, name-carrying
# copy in target/wasm-pkg-raw/: regex engine code, word-list/aho-corasick code, the embedded
# rule packs (word lists and phrases), other data, and the rest. Shares are of the raw copy;
# wasm-opt -Oz shrinks code but not data, so data's share of the shipped file is larger.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
gz() { gzip -9c "$1" | wc -c; }

wasm=dist/chrome/engine/replyguard_bg.wasm
[ -f "$wasm" ] || wasm=target/wasm-pkg/nodejs/replyguard_bg.wasm
[ -f "$wasm" ] || { echo "no .wasm yet: run ./build.sh or bench/wasm-build.sh" >&2; exit 1; }
printf 'shipped .wasm (%s): %s bytes raw, %s bytes gzipped\n' "$wasm" "$(stat -c %s "$wasm")" "$(gz "$wasm")"
found=0
for p in dist/*.zip dist/*.xpi; do
  [ -f "$p" ] || continue
  found=1
  printf 'package %s: %s bytes\n' "$p" "$(stat -c %s "$p")"
done
[ $found = 1 ] || echo "packages: none in dist/ (./build.sh assembles them once extension/ exists)"

raw=target/wasm-pkg-raw/replyguard_bg.wasm
[ -f "$raw" ] || { echo "no $raw: run bench/wasm-build.sh for the breakdown" >&2; exit 0; }
packs=$(ls -t target/wasm32-unknown-unknown/release/build/replyguard-*/out/*.json 2>/dev/null | head -1 || true)
python3 - "$raw" "$wasm" "${packs:-}" <<'EOF'
import csv, io, os, re, subprocess, sys, gzip
raw, shipped, packs = sys.argv[1], sys.argv[2], sys.argv[3]
data = open(raw, "rb").read()

# Sections of the shipped file (after wasm-opt).
def sections(buf, bodies=None):
    i, out = 8, []
    names = {0: "custom", 1: "type", 2: "import", 3: "function", 4: "table", 5: "memory", 6: "global",
             7: "export", 8: "start", 9: "element", 10: "code", 11: "data", 12: "datacount"}
    while i < len(buf):
        sid = buf[i]; i += 1
        n = shift = 0
        while True:
            b = buf[i]; i += 1
            n |= (b & 0x7F) << shift; shift += 7
            if b < 0x80: break
        out.append((names.get(sid, str(sid)), n))
        if bodies is not None:
            bodies[names.get(sid, str(sid))] = buf[i:i + n]
        i += n
    return out
sh = open(shipped, "rb").read()
print("\nsections of the shipped .wasm (gzipped on its own: what it adds to the download, roughly):")
bodies = {}
for name, n in sections(sh, bodies):
    if n > 1000:
        print(f"  {name:10} {n:>9,} bytes ({n / len(sh):.0%}), {len(gzip.compress(bodies[name], 9)):>9,} gzipped")

if packs and os.path.exists(packs):
    pj = open(packs, "rb").read()
    inside = pj[:64] in data
    print(f"\nembedded rule packs (word lists, phrases, messages): {len(pj):,} bytes raw, "
          f"{len(gzip.compress(pj, 9)):,} gzipped{'' if inside else ' (not found verbatim in the .wasm)'}")

# Every file the engine embeds with include_str!: build.rs outputs (front-coded name and word
# lists, clinical lists, rule packs) and the source-tree files. Found verbatim in the shipped
# data segment or not; what is left of the data segment is regex-syntax's Unicode tables,
# messages and format strings.
if packs:
    out_dir = os.path.dirname(packs)
    embedded = [os.path.join(out_dir, f) for f in sorted(os.listdir(out_dir))]
    embedded += ["src/clinical/core.txt", "policies/default.json"]
    data_sec = dict((n, s) for n, s in sections(sh)).get("data", 0)
    total_raw = total_gz = 0
    print("\nembedded files (include_str!) in the shipped .wasm:")
    for f in embedded:
        if not os.path.isfile(f):
            continue
        b = open(f, "rb").read()
        found = b[:64] in sh and b[-64:] in sh
        gz = len(gzip.compress(b, 9))
        if found:
            total_raw += len(b); total_gz += gz
        label = f.replace(out_dir, "OUT_DIR")
        print(f"  {label:40} {len(b):>9,} bytes raw, {gz:>8,} gzipped alone{'' if found else ' (not found verbatim: not counted)'}")
    print(f"  {'all embedded files':40} {total_raw:>9,} bytes raw ({total_raw / len(sh):.0%} of the .wasm), {total_gz:>8,} gzipped alone")
    print(f"  {'rest of the data section':40} {data_sec - total_raw:>9,} bytes (regex Unicode tables, messages, format strings)")

try:
    out = subprocess.run(["twiggy", "top", "-n", "1000000", "--format", "csv", raw],
                         check=True, capture_output=True, text=True).stdout
except (OSError, subprocess.CalledProcessError) as e:
    sys.exit(f"twiggy unavailable ({e}); `cargo install twiggy` for the breakdown")
groups = {}
def group(name):
    n = name.lower()
    if "subsection" in n or n.startswith("custom section"):
        return "debug names (not shipped: wasm-opt drops them)"
    if n.startswith("data[") or n.startswith("data segment"):
        return "data segments (rule packs, regex Unicode tables, strings)"
    for key, label in (("regex_automata", "regex code"), ("regex_syntax", "regex code"),
                       ("regex::", "regex code"), ("aho_corasick", "aho-corasick (word lists) code"),
                       ("serde_json", "serde/JSON code"), ("serde", "serde/JSON code"),
                       ("replyguard", "replyguard code"), ("wasm_bindgen", "wasm-bindgen glue"),
                       ("js_sys", "wasm-bindgen glue"), ("dlmalloc", "allocator")):
        if key in n:
            return label
    if re.match(r"^<?&?(mut )?(core|alloc|std)(\[[0-9a-f]+\])?::", n) or n.startswith("<str>") or "fmt::" in n:
        return "Rust std/core/alloc (formatting, strings, collections)"
    return "other"
for row in csv.DictReader(io.StringIO(out)):
    size = int(row["ShallowSize"])
    g = group(row["Name"])
    groups[g] = groups.get(g, 0) + size
names = {g: s for g, s in groups.items() if g.startswith("debug names")}
total = sum(s for g, s in groups.items() if g not in names)
print(f"\nbreakdown of {raw} by twiggy (unoptimised; {total:,} bytes without debug names):")
for g, s in sorted(groups.items(), key=lambda kv: -kv[1]):
    share = "" if g in names else f" ({s / total:.0%})"
    print(f"  {g:58} {s:>9,} bytes{share}")
EOF
