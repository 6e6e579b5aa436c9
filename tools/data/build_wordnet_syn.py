#!/usr/bin/env python3
"""Build src/clinical/wordnet.en.txt: WordNet synonyms of the English clinical terms we already list.

A paraphrase names the same diagnosis, procedure, device or drug with another word ("renal calculus" for
"kidney stone", "regional anesthesia" for "nerve block"). Adding the one failing word fixes one sentence;
this script widens the whole class from a published thesaurus instead.

Source: Princeton WordNet 3.0 (Debian `wordnet-base`, /usr/share/wordnet/data.noun), WordNet licence
(permissive: use, copy, modify and distribute with the copyright notice; see THIRD_PARTY_NOTICES.txt).
Only synonyms (members of the same synset) are taken, never hypernyms, and only from synsets in the
lexicographer files for acts, artifacts, natural objects, states, substances and processes (04, 06, 17,
26, 27, 22), so "crown"
as a royal headdress never comes in: a source term marked `w` (everyday word) in our lists is skipped
altogether. A synonym is kept when it is not listed already, has at least 4 letters, and is either
several words or a single word that is not ordinary English (Debian `wamerican-small`, SCOWL 35) unless
it carries a medical suffix. Output sections follow the kind of the source term.

Run: apt-get install wordnet-base wamerican-small && python3 tools/data/build_wordnet_syn.py
"""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WN = Path("/usr/share/wordnet/data.noun")
DICT = Path("/usr/share/dict/american-english-small")
OUT = ROOT / "src/clinical/wordnet.en.txt"
LEXFILES = {"04", "06", "17", "22", "26", "27"}
SUFFIX = re.compile(r"(itis|osis|oma|ectomy|otomy|ostomy|plasty|scopy|emia|algia|pathy|iasis|ism|lith|gram|graphy|cillin|mycin|olol|pril|sartan|statin|azole|idine|amine|ase)$")
KINDS = {"conditions", "procedures", "drugs", "tests"}
KIND_OF_FLAG = {"d": "conditions", "p": "procedures", "m": "drugs", "t": "tests"}
# Synonyms that WordNet gives but that read as everyday or non-clinical English in a reply.
DROP = {"operation", "surgery", "process", "block", "cut", "stone", "shot", "jab", "pill", "drug",
        "medicine", "medication", "treatment", "therapy", "care", "check", "test", "exam", "examination",
        "discussion", "talk", "delivery", "labor", "labour", "bridge", "plate", "cap", "crown", "filling",
        # other senses of a shared synset, read by hand in the first output: wear, vomit slang, street
        # drugs, crimes, a fish, photography, everyday states
        "attrition", "corrasion", "detrition", "barf", "sewerage", "sex crime", "sex offense",
        "sexual assault", "sleepiness", "shiner", "fixer", "family planning", "birth prevention", "anodyne",
        "cutting out", "walleye", "wasting away", "neuroticism", "angel dust", "psychedelic drug",
        "psychodelic drug", "phencyclidine hydrochloride", "synthetic heroin", "absolution", "backsliding",
        "mongolism", "mongolianism", "social disease", "venus's curse", "cupid's itch", "cupid's disease"}


def ours():
    """(term -> kind, everyday terms) from core.txt's English sections and data/clinical/terms-en.txt."""
    kinds, everyday = {}, set()
    section = None
    for line in (ROOT / "src/clinical/core.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("@file "):
            section = line[6:].strip()
            continue
        if not line.strip() or line.startswith("#") or not section or ".en." not in section:
            continue
        word, _, flags = line.partition("\t")
        word = word.strip().lower()
        if "w" in flags or "n" in flags:
            everyday.add(word)
        kinds.setdefault(word, section.split(".")[0])
    for line in (ROOT / "data/clinical/terms-en.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        word, _, flags = line.partition("\t")
        word = word.strip().lower()
        if "w" in flags[1:]:
            everyday.add(word)
        kinds.setdefault(word, KIND_OF_FLAG.get(flags[:1], "conditions"))
    listed = set(kinds)
    for p in (ROOT / "data/clinical").glob("*.txt"):
        for line in p.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                listed.add(line.split("\t")[0].strip().lower())
    return kinds, everyday, listed


common = {w.strip().lower() for w in DICT.read_text(encoding="latin-1").split()}


def main():
    kinds, everyday, listed = ours()
    out = {}
    for line in WN.read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        f = line.split()
        if f[1] not in LEXFILES:
            continue
        n = int(f[3], 16)
        members = [re.sub(r"\(.*\)$", "", f[4 + 2 * i]).replace("_", " ").lower() for i in range(n)]
        # A source that is one ordinary English word ("relapse", "vomit", "shoulder") has synsets full of
        # everyday synonyms ("backsliding", "barf"): only multi-word or medical-looking sources count.
        srcs = [m for m in members if m in kinds and m not in everyday
                and kinds[m] in KINDS and (" " in m or m not in common or SUFFIX.search(m))]
        if not srcs:
            continue
        kind = kinds[srcs[0]]
        for m in members:
            if m in listed or m in DROP or len(m) < 4 or not re.fullmatch(r"[a-z][a-z' -]*[a-z]", m):
                continue
            if " " not in m and "-" not in m and m in common and not SUFFIX.search(m):
                continue
            out.setdefault(kind, {})[m] = srcs[0]
    lines = ["# WordNet 3.0 synonyms of our English clinical terms, generated by tools/data/build_wordnet_syn.py",
             "# (Princeton WordNet 3.0, WordNet licence, permissive; notice in THIRD_PARTY_NOTICES.txt)."]
    for kind in sorted(out):
        lines.append(f"@file {kind}.en.txt")
        for m in sorted(out[kind]):
            lines.append(m)
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({sum(len(v) for v in out.values())} synonyms)")


if __name__ == "__main__":
    main()
