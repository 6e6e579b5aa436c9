#!/usr/bin/env python3
"""Validate every list under data/: UTF-8, '#' header then sorted unique lower-case entries,
`entry<TAB>flags` with only the allowed flag letters, no digits-only or one-letter entries, and
the total size within the budget the wasm build can afford. Prints a size table.

What the budget measures: the raw bytes of every list the engine embeds (every data/**/*.txt
but the licence texts, which ship as notices, not in the .wasm). Raw bytes are an upper bound:
build.rs front-codes the name lists (313,703 bytes raw, 214,931 embedded at 2026-11-24).

Run: python3 tools/data/check_lists.py   (exit status 1 on any problem; run by
`./build.sh test` in python_checks since mend14, so an over-budget list fails the build)
"""

import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "data"
# 450 KiB until 2026-11-24; raised to 500 KiB when data/roles/en.txt (WordNet occupations, 35 KB,
# about 12 KB gzipped in the .wasm) was added for the phi-unique grammar.
# mend14 (2026-11-24): 509,990 bytes of embedded lists against this budget of 512,000; the
# 528,456 this script printed before counted data/conduct/LICENSE-LDNOOBW-CC-BY-4.0.txt (18,466
# bytes, not a list, not embedded), and it failed on every run since the conduct lists (one
# phrase a line, no flags) were checked as `entry<TAB>flags` lists, so nothing ran it as a gate.
BUDGET = 500 * 1024
# Lists with a format of their own, checked elsewhere: lang-words.txt (`lang: word word ...`,
# read and tested by src/lang.rs and tests/lang.rs).
OWN_FORMAT = {"lang-words.txt"}
# Phrase lists (conduct/profanity-<lang>.txt): '#' header, then one sorted unique lower-case
# phrase a line with no flags; read by rules/conduct.toml through `file:` classes.
PHRASES = "conduct/profanity-"
# Licence texts beside the lists: not lists, not embedded, not counted.
NOT_LISTS = "LICENSE"
ALLOWED = {"names/first.txt": "wxmf", "names/last.txt": "wx", "clinical/drugs.txt": "wn",
           "roles/en.txt": ""}


def check(path: Path, allowed: str, single: bool) -> list:
    errors, entries = [], []
    for n, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        if not line or (line.startswith("#") and not entries):
            continue
        parts = line.split("\t")
        if len(parts) != 2:
            errors.append(f"{path}:{n}: expected entry<TAB>flags")
            continue
        entry, flags = parts
        if entry != entry.lower() or entry != entry.strip() or "  " in entry:
            errors.append(f"{path}:{n}: entry must be lower case, trimmed: {entry!r}")
        if len(entry) < 2 or entry.isdigit():
            errors.append(f"{path}:{n}: junk entry {entry!r}")
        if single and (flags[:1] not in allowed or flags[1:] not in ("", "w") or not flags):
            errors.append(f"{path}:{n}: category must be one of {allowed}, optionally followed by w: {flags!r}")
        if not single and any(c not in allowed for c in flags):
            errors.append(f"{path}:{n}: flags must be among {allowed}: {flags!r}")
        entries.append(line)
    if entries != sorted(set(entries)):
        errors.append(f"{path}: entries are not sorted and unique")
    return errors


def check_phrases(path: Path) -> list:
    errors, entries = [], []
    for n, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        if not line or (line.startswith("#") and not entries):
            continue
        if line != line.lower() or line != line.strip() or "\t" in line:
            errors.append(f"{path}:{n}: phrase must be lower case, trimmed, without flags: {line!r}")
        entries.append(line)
    if entries != sorted(set(entries)):
        errors.append(f"{path}: phrases are not sorted and unique")
    return errors


def main() -> int:
    errors, total = [], 0
    for path in sorted(DATA.rglob("*.txt")):
        rel = path.relative_to(DATA).as_posix()
        if path.name.startswith(NOT_LISTS):
            continue
        if rel in OWN_FORMAT:
            total += path.stat().st_size
            continue
        if rel.startswith(PHRASES):
            errors += check_phrases(path)
        else:
            allowed = ALLOWED.get(rel, "dpmt")
            errors += check(path, allowed, single=rel not in ALLOWED)
        size = path.stat().st_size
        total += size
        count = sum(1 for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#"))
        print(f"{rel:24} {count:6} entries {size:8} bytes")
    print(f"{'total':24} {'':6}         {total:8} bytes (budget {BUDGET})")
    if total > BUDGET:
        errors.append(f"total {total} bytes is over the {BUDGET} byte budget")
    for e in errors:
        print(e, file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
