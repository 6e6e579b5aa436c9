#!/usr/bin/env python3
"""Build data/roles/en.txt: English nouns for an occupation, office, trade or standing.

A reply that says "the dispatcher at the Millbrook 911 center" or "our town's only electrician"
in a sentence about care singles a patient out (phi-unique). Which words are roles is taken from
a published vocabulary, not a hand list: every noun lemma under the WordNet 3.0 synsets for a
worker, professional, leader, official, serviceman, athlete, performer, contestant, winner,
expert, owner, lawman, religious leader, creator and communicator (hyponym closure, instances
left out). WordNet 3.0 (Princeton University, WordNet 3.0 licence: free use, copy and
distribution with the copyright notice kept) is read from Debian's `wordnet-base` package
(`apt-get install wordnet-base`, /usr/share/wordnet/data.noun).

Left out: lemmas with capitals or digits (proper names), lemmas longer than three words, and the
STOP words below, which are also everyday words or name people in general ("hand", "model",
"patient", "person") rather than a role that picks one out.

Line format: the lemma, lower case, words joined by one space, then a TAB (no flags). Sorted,
unique, `#` header lines.
Run: python3 tools/data/build_roles.py  (needs wordnet-base and wamerican)
"""

import sys
from pathlib import Path

WORDNET = Path("/usr/share/wordnet/data.noun")
INDEX = Path("/usr/share/wordnet/index.noun")
DICT = Path("/usr/share/dict/american-english")
OUT = Path(__file__).resolve().parents[2] / "data" / "roles" / "en.txt"

# (lemma, sense number): every sense of the lemma that is a kind of person is taken; the number
# only records which sense the list was checked against.
ROOTS = [
    ("worker", 1), ("professional", 1), ("leader", 1), ("official", 1), ("official", 2),
    ("serviceman", 1), ("athlete", 1), ("performer", 1), ("contestant", 1), ("winner", 1),
    ("winner", 2), ("expert", 1), ("owner", 1), ("owner", 2), ("lawman", 1), ("clergyman", 1),
    ("religious_leader", 1), ("creator", 2), ("communicator", 1), ("celebrity", 1),
    ("employee", 1), ("skilled_worker", 1), ("volunteer", 1), ("student", 1),
    ("preserver", 1), ("religious_person", 1), ("council_member", 1), ("capitalist", 1),
    ("cheerleader", 1), ("intellectual", 1), ("adventurer", 1),
]

# Words of today's trades that WordNet 3.0 (2006) predates; ours, added to the derived list.
EXTRA = ["barista", "influencer", "youtuber", "tiktoker", "streamer", "podcaster", "vlogger",
         "blogger", "dj", "uber driver", "lyft driver", "drag queen", "esports player"]

STOP = set("""
hand help temp model page party head lead saint angel guide fighter warrior survivor sweetheart
patient person people individual adult human being worker employee professional leader
official expert member user client customer friend student pupil scholar learner
volunteer loser contestant performer creator communicator celebrity
hero heroine idol lion giant genius master mistress gem jewel pro ace
slave servant help assistant aide attendant mate partner associate colleague fellow
staff crew team cast band company unit force party group
man woman boy girl guy lady gentleman kid child baby
doctor physician nurse dentist hygienist surgeon therapist receptionist
tech technician clinician practitioner specialist provider
scab drone hack hireling hired hand stooge tool pawn
beginner novice trainee intern apprentice
preserver defender keeper protector guardian religious intellectual adventurer capitalist
supporter advocate authority
father mother sister brother resident fellow
back bass bear beat better brain bull calculator cat center chair char checker classic closer
companion competition computer connection contact cookie copper count divine domestic don end
enemy extra factor familiar fence foot forward fuller general generator ghost god grass great
grip gun gutter ham hangover heavy hire holder ideal immortal independent initiate instrument
intellect jack junior letter loader lovely lunatic major maker mind mole monitor natural noble
notable opposite opposition ordinary pacifier personality pig pink plant poster power prayer
prior private processor qualifier rat reader receiver recorder regular reminder reserve
romantic scanner scratch screw second seed sender senior sensation server shot shower sneak
source sport stroke subsidiary substitute success suit super superior supplier sweep
synthesizer tackle talent temporary tender timer toast transmitter voice voluntary watch wing
wrecker favorite fool witch participant believer peer opponent competitor rival friend
""".split())

def load():
    offsets = {}
    for line in INDEX.read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        parts = line.split()
        lemma, synset_cnt, p_cnt = parts[0], int(parts[2]), int(parts[3])
        offsets[lemma] = parts[6 + p_cnt:6 + p_cnt + synset_cnt]
    synsets = {}
    for line in WORDNET.read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        head = line.split(" | ")[0].split()
        off, w_cnt = head[0], int(head[3], 16)
        words = [head[4 + 2 * i] for i in range(w_cnt)]
        rest = head[4 + 2 * w_cnt:]
        p_cnt = int(rest[0])
        hypos = []
        for i in range(p_cnt):
            sym, target, pos = rest[1 + 4 * i], rest[2 + 4 * i], rest[3 + 4 * i]
            if sym == "~" and pos == "n":
                hypos.append(target)
        synsets[off] = (words, hypos)
    return offsets, synsets

def main():
    if not WORDNET.exists():
        sys.exit(f"{WORDNET} is missing: run `apt-get install wordnet-base` first.")
    if not DICT.exists():
        sys.exit(f"{DICT} is missing: run `apt-get install wamerican` first.")
    offsets, synsets = load()
    seen, todo = set(), []
    # Every sense of a root lemma that is a kind of person ("preserver" is also a jam jar).
    parents = {}
    for off, (_, hypos) in synsets.items():
        for h in hypos:
            parents.setdefault(h, []).append(off)
    person = offsets["person"][0]

    def is_person(off, depth=0):
        return off == person or (depth < 20 and any(is_person(p, depth + 1) for p in parents.get(off, [])))

    for lemma in sorted({lemma for lemma, _ in ROOTS}):
        todo.extend(off for off in offsets[lemma] if is_person(off))
    while todo:
        off = todo.pop()
        if off in seen:
            continue
        seen.add(off)
        todo.extend(synsets[off][1])
    out = set()
    for off in seen:
        for w in synsets[off][0]:
            w = w.split("(")[0]
            if any(c.isupper() or c.isdigit() for c in w):
                continue
            w = w.replace("_", " ").lower()
            if len(w.split()) > 3 or len(w) < 3 or w in STOP:
                continue
            out.add(w)
    # Everyday roles only: every word of the lemma must be in the Debian American English
    # word list (wamerican), which drops WordNet's rare and archaic trades ("abecedarian",
    # "fuller") and keeps the list small enough for the wasm budget.
    common = {w.strip().lower() for w in DICT.read_text(encoding="latin-1").splitlines()}
    out = {w for w in out if all(part in common for part in w.replace("-", " ").split())}
    out.update(EXTRA)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    header = ("# English role nouns (occupation, office, trade, standing): hyponyms of WordNet 3.0\n"
              "# worker, professional, leader, official, serviceman, athlete, performer, ... synsets.\n"
              "# Source: WordNet 3.0, Princeton University (WordNet 3.0 licence), Debian wordnet-base.\n"
              "# Built by tools/data/build_roles.py; edit the script, not this file.\n")
    # `entry<TAB>` like the other lists (no flags), so tools/data/check_lists.py reads it.
    OUT.write_text(header + "".join(f"{w}\t\n" for w in sorted(out)), encoding="utf-8")
    print(f"wrote {len(out)} roles to {OUT}")

if __name__ == "__main__":
    main()
