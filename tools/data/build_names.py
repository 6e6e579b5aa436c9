#!/usr/bin/env python3
"""Build data/names/first.txt and data/names/last.txt.

Sources (see data/SOURCES.md):
  * PyPI `names` 0.3.0 (MIT): ships the 1990 US Census name frequency files
    dist.male.first, dist.female.first, dist.all.last (US government work, public domain).
  * PyPI `names-dataset` 3.3.1 (Apache-2.0): per-country first/last name ranks. We keep only the
    most common single-token names for the communities the product serves: Spanish/Mexican,
    French, German, Russian, Arabic-speaking (SA, EG, MA, DZ, IQ, JO, AE) and Indonesian, plus a
    shorter head for 30 other countries whose communities US and European practices serve.
  * Debian word lists (apt): wamerican-small (SCOWL, permissive licence) decides the `w` flag;
    wspanish, wfrench, wngerman decide the `x` flag.

Output line format: `name<TAB>flags`, flags a (possibly empty) string of letters:
  w  the lower-case form is also a common English word (will, grace, brown, king)
  x  the lower-case form is a word in Spanish, French or German (rosa, blanca, pierre, klein)
  m  first names only: mostly male;  f  mostly female
Accented names also appear accent-folded (josé and jose) so unaccented typing matches.

Run: python3 tools/data/build_names.py   (needs pip access to PyPI and the apt word lists)
"""

import gzip
import pickle
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import DATA, fetch_pypi, fold, read_dict, write_list  # noqa: E402

CENSUS_LAST_TOP = 12000
# Top-N per country from names-dataset. Its ranks come from social-network profile names, so the
# tail is noisy (nicknames, words, place names); these cut-offs keep the clean head.
FIRST_TOP = {"ES": 900, "MX": 900, "FR": 900, "DE": 900, "RU": 1200, "ID": 900,
             "SA": 500, "EG": 500, "MA": 500, "DZ": 500, "IQ": 500, "JO": 500, "AE": 300}
# Other communities a US/European practice commonly serves: a shorter head each.
OTHER = ("IT PL PT BR UA GR NL IE SE NO DK FI IS CZ SK HU HR RS RO BG TR IR IN PK PH VN CN KR JP "
         "NG ET").split()
OTHER_TOP = 200
FIRST_TOP.update({c: OTHER_TOP for c in OTHER if c not in FIRST_TOP})
LAST_TOP = {"ES": 800, "MX": 800, "FR": 800, "DE": 800, "RU": 1200, "ID": 600,
            "SA": 250, "EG": 250, "MA": 250, "DZ": 250, "IQ": 250, "JO": 250, "AE": 150}
LAST_TOP.update({c: OTHER_TOP for c in OTHER if c not in LAST_TOP})

# Tokens that rank high in the social-network data but are not names on their own:
# kinship prefixes (abu/umm), pronouns, titles, abbreviations, words, places, clubs.
NOT_NAMES = set("""
ابو أبو ام أم انا أنا الله الرحمن الرحمان السيد سيد عبد ابن بن بنت
abu abo um umm om oum ana ben bin el al ell abd abdel mr mrs ms dr md mohd med moh simo fati
mama papa baby love lady king queen prince princess miss angel
мама папа нет да
kech wac rajawi widadi usma mca tlm oran mosta madrid milano lacoste dz mks sk gm aj
""".split())
# English function words, greetings and role words that also occur as (rare) census surnames
# ("To", "He", "Her", "Good", "Dear", "Nurse"): as names they would fire at every sentence start or
# salutation, so they are dropped from both lists.
FUNCTION_WORDS = set("""
a an the and or but if of to in on at by for with from as is are was were be been am do does did
have has had he she it we they me him her his hers its us our ours you your yours my mine them
their this that these those there here what which who whom when where why how not no yes all any
some one two new good best great dear doctor nurse hi hello thanks thank please sorry welcome
team staff office sir madam so up out over just also very
""".split())
# Arabic-script entries that are ordinary words (rose, flower, light, perfume, the sea, ...):
# kept as names but flagged `w` so the engine wants more evidence.
ARABIC_WORDS = set("""
نور وردة زهرة عطر العراقي المصري
""".split())
# Arabic-script "surnames" in the social-network data that are words or places (the sea, the king,
# sorrows, nostalgia, roses, narcissus, the Levant): dropped.
ARABIC_JUNK = set("""
الملك البحر الورد النرجس الشام الحنين الاحزان
""".split())
# Census entries that are also English words are kept only when the name is not rare (at least
# CENSUS_WORDLIKE_MIN percent of people) or is a recognised word-like given name listed here:
# the census tail holds data-entry noise such as "an", "in", "my", "so", "carry", "numbers".
CENSUS_WORDLIKE_MIN = 0.004
# Two-letter census first names are mostly initials or noise ("jc", "wm", "ok"); keep real ones.
TWO_LETTER_FIRST = set("al bo ed jo ty li lu su yu mi ji yi ai".split())
CENSUS_JUNK = set("brain numbers man manual".split())
WORDLIKE_KEEP = set("""
amber angel autumn blossom crystal daisy dean delta destiny drew dusty echo emerald fairy genesis
glory harmony honey hyacinth jay kit lane liberty maple mercy omega page patience sage scarlet spring
star stormy summer sunshine trinity valentine van velvet willow winter frank jack martin mike peter
victor
amir ameer emir fares hardy maxim sultan shaikh sheikh tamer hind wolf said made shady saber wail
till ferry marina sari román martín maría víctor ángel bär bürger lück münch
""".split())
# Lower-case entries that the SCOWL list lacks because they are capitalised there (months, days,
# nationalities, places) or rare, but which readers take as words in a reply.
EXTRA_WORDS = set("""
april may june july august january christian summer autumn winter spring hope faith grace
joy patience charity honor honour will bill mark rose art guy jean dale sunny
sunday monday tuesday wednesday thursday friday saturday easter christmas
english french german irish welsh scottish dutch spanish italian polish russian american
british canadian mexican chinese japanese indian african catholic jewish muslim baptist
london paris holland england france america china india israel mexico canada iban
""".split())
EXTRA_OTHER_WORDS = set("""dolores consuelo esperanza soledad mercedes angeles rocio amparo
socorro milagros remedios luz paz cruz""".split())

LATIN_OK = re.compile(r"^[a-zà-öø-ÿāăąćčďđēėęěğīįıķłńņňōőœřśşšţťūůűųźżžß'\-]+$")
CYRILLIC_OK = re.compile(r"^[а-яё\-]+$")
ARABIC_OK = re.compile(r"^[\u0621-\u064a]+$")


def census(path: Path) -> list:
    """(name, frequency%) rows of a 1990 Census dist.* file, most common first."""
    rows = []
    for line in path.read_text().splitlines():
        parts = line.split()
        if len(parts) >= 2:
            rows.append((parts[0].lower(), float(parts[1])))
    return rows


def acceptable(name: str, from_dataset: bool = False) -> bool:
    """A clean single-token name in one of the scripts we handle. The NOT_NAMES block list applies
    to the social-network data only: the census lists are clean (Al, Ben, Ana are real names)."""
    if name in FUNCTION_WORDS:
        return False
    if " " in name or (from_dataset and (name in NOT_NAMES or name in ARABIC_JUNK)):
        return False
    if ARABIC_OK.match(name):
        return len(name) >= 2
    if CYRILLIC_OK.match(name):
        return len(name) >= 3 and not name.startswith("-") and not name.endswith("-")
    if not LATIN_OK.match(name) or len(name) < 2:
        return False
    if name.startswith(("-", "'")) or name.endswith(("-", "'")):
        return False
    # Abbreviations such as "md", "mks", "tlm" have no vowel; real names do (except rare "y" ones).
    if len(name) < 3:
        return not from_dataset
    return bool(re.search(r"[aeiouyà-öø-ÿāēīōūő]", name))


def top_from_dataset(d: dict, tops: dict) -> dict:
    """name -> gender letter ('' if unknown) for the top names per country."""
    out = {}
    for country, n in tops.items():
        ranked = sorted((v["rank"][country], k) for k, v in d.items() if country in v.get("rank", {}))
        taken = 0
        for _, raw in ranked:
            if taken >= n:
                break
            name = raw.strip().lower()
            if not acceptable(name, from_dataset=True):
                continue
            taken += 1
            g = d[raw].get("gender") or {}
            letter = ""
            if g.get("M", 0) >= 0.8:
                letter = "m"
            elif g.get("F", 0) >= 0.8:
                letter = "f"
            out.setdefault(name, letter)
    return out


def is_word(name: str, english: set) -> bool:
    """True when the name, or its accent-folded form, is a common English word."""
    return name in english or fold(name) in english or name in EXTRA_WORDS


def flags(name: str, english: set, other: set, gender: str = "") -> str:
    f = ""
    base = fold(name)
    if is_word(name, english) or name in ARABIC_WORDS:
        f += "w"
    if name in other or name in EXTRA_OTHER_WORDS or base in EXTRA_OTHER_WORDS:
        f += "x"
    return f + gender


def with_folded(entries: dict) -> dict:
    """Add the accent-folded spelling of every accented Latin name (keeps the first gender seen)."""
    out = dict(entries)
    for name, g in entries.items():
        b = fold(name)
        if b != name and LATIN_OK.match(b):
            out.setdefault(b, g)
    return out


def main() -> None:
    names_pkg = fetch_pypi("names", "0.3.0") / "names-0.3.0" / "names"
    nd_pkg = fetch_pypi("names-dataset", "3.3.1") / "names_dataset" / "v3"
    english = read_dict("/usr/share/dict/american-english-small")
    other = set()
    for lang in ("spanish", "french", "ngerman"):
        other |= read_dict(f"/usr/share/dict/{lang}")

    # First names: census male + female, gender from which list is more frequent.
    male = dict(census(names_pkg / "dist.male.first"))
    female = dict(census(names_pkg / "dist.female.first"))
    first = {}
    for n in set(male) | set(female):
        if not acceptable(n):
            continue
        m, f = male.get(n, 0.0), female.get(n, 0.0)
        if n in CENSUS_JUNK or (len(n) == 2 and n not in TWO_LETTER_FIRST):
            continue
        if is_word(n, english) and max(m, f) < CENSUS_WORDLIKE_MIN and n not in WORDLIKE_KEEP:
            continue
        first[n] = "m" if m > 4 * f else "f" if f > 4 * m else ""
    print(f"census first names: {len(first)}")
    d = pickle.load(gzip.open(nd_pkg / "first_names.pkl.gz"))
    for n, g in top_from_dataset(d, FIRST_TOP).items():
        if n not in first and (not is_word(n, english) or n in WORDLIKE_KEEP):
            first[n] = g
    del d
    first = with_folded(first)

    last = {}
    for n, _ in census(names_pkg / "dist.all.last")[:CENSUS_LAST_TOP]:
        if acceptable(n):
            last[n] = ""
    print(f"census surnames: {len(last)}")
    d = pickle.load(gzip.open(nd_pkg / "last_names.pkl.gz"))
    for n in top_from_dataset(d, LAST_TOP):
        if n not in last and (not is_word(n, english) or n in WORDLIKE_KEEP):
            last[n] = ""
    del d
    last = with_folded(last)

    head = ["First names. name<TAB>flags; w=common English word, x=Spanish/French/German word,",
            "m/f=mostly male/female. Sources: 1990 US Census name files (public domain) via PyPI names 0.3.0;",
            "names-dataset 3.3.1 (Apache-2.0) top names for ES MX FR DE RU ID SA EG MA DZ IQ JO AE,",
            f"and the top {OTHER_TOP} for {' '.join(OTHER)};",
            "flags from Debian wamerican-small/wspanish/wfrench/wngerman. Built by tools/data/build_names.py"]
    write_list(DATA / "names" / "first.txt", head,
               [f"{n}\t{flags(n, english, other, g)}" for n, g in first.items()])
    head = ["Surnames. name<TAB>flags; w=common English word, x=Spanish/French/German word.",
            f"Sources: top {CENSUS_LAST_TOP} 1990 US Census surnames (public domain) via PyPI names 0.3.0;",
            "names-dataset 3.3.1 (Apache-2.0) top surnames for ES MX FR DE RU ID SA EG MA DZ IQ JO AE,",
            f"and the top {OTHER_TOP} for {' '.join(OTHER)};",
            "flags from Debian wamerican-small/wspanish/wfrench/wngerman. Built by tools/data/build_names.py"]
    write_list(DATA / "names" / "last.txt", head,
               [f"{n}\t{flags(n, english, other)}" for n in last])


if __name__ == "__main__":
    main()
