#!/usr/bin/env python3
"""Build data/clinical/terms-*.txt: clinical vocabulary that marks a reply as disclosing health detail.

English = hand-written lay glossary (ours, tools/data/glossary/en.txt) + short diagnosis terms
derived from the ICD-10-CM tabular list shipped by PyPI `simple-icd-10-cm` 1.5.0 (code table
from CMS/NCHS, a US government work in the public domain; package MIT).
Other languages = hand-written glossaries (ours, tools/data/glossary/{es,fr,de,ru,ar,id}.txt).

Line format: `term<TAB>category`, category one letter:
  d  diagnosis / condition / injury      p  procedure / treatment / device
  m  medication word (meds, dose, refill) t  test / result / measurement
  followed by `w` when the term is also an everyday word that needs a stronger tie to a person
  ("crown\tpw", "cast\tpw", "flu\tdw"); the engine reads `w` the same way in every list.

ICD-10-CM descriptions are long ("Type 2 diabetes mellitus without complications"); we keep the
head term of each description ("diabetes mellitus"): cut at the first qualifier clause (", with",
"due to", "of unspecified"...), strip leading qualifiers (acute, chronic, other...), keep heads of
at most three words seen at least twice or naming a three-character category, and drop
external-cause and status chapters (V-Z), plurals of listed singulars, body-part injury phrasings
and single words that are ordinary English unless they carry a medical suffix (-itis, -oma...).

Too generic to signal clinical detail alone, so never listed (the rel-confirm rules handle
"your visit/appointment"): care, health, healthy, wellness, visit, appointment, checkup, pain,
condition, problem, issue, doctor, patient, clinic, office, treatment, procedure, symptoms.

Run: python3 tools/data/build_terms.py  (needs PyPI and wamerican-small)
"""

import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import DATA, fetch_pypi, fold, read_dict, write_list  # noqa: E402

GLOSSARY = Path(__file__).resolve().parent / "glossary"
LANGS = {"es": "Spanish", "fr": "French", "de": "German", "ru": "Russian", "ar": "Arabic",
         "id": "Indonesian"}
CATEGORIES = set("dpmt")
FOLD_LANGS = ("es", "fr", "de")
# The glossaries mark everyday words with `w`, but the lists are written without it for now: the
# engine (src/clinical.rs) keeps an entry's `w` only when every list agrees, so emitting it here
# switches on its core list's `w` for crown/cast/flu/plâtre... Measured with `replyguard eval
# --policy tests/corpus/practice-policy.json`: with the marks, dev clean replies flagged 5.9% ->
# 5.4% but clin-detail recall 111 -> 109 of 162 on dev and 38 -> 33 of 56 on the held-out set.
# That trade-off is the engine's call: set True to emit the marks.
EMIT_EVERYDAY_MARKS = False
# An ICD head must recur this often (or name a 3-character category) to be kept: rarer heads are
# mostly long-tail anatomy or fragments and cost wasm bytes.
ICD_MIN_COUNT = {1: 2, 2: 2, 3: 3}  # by number of words
GENERIC = set("""care health healthy wellness visit appointment checkup check-up pain condition
problem issue doctor patient clinic office treatment procedure symptoms symptom""".split())

QUALIFIERS = re.compile(
    r"^(?:(?:other specified|other|unspecified|acute|chronic|subacute|recurrent|primary|secondary|"
    r"congenital|personal history of|family history of|history of|complications? of|sequelae of|"
    r"suspected|mild|moderate|severe|benign|malignant|nontraumatic|traumatic|hereditary|idiopathic|"
    r"simple|specified|localized|generalized|bilateral|unilateral|left|right|multiple|single|partial|"
    r"complete|juvenile|adult|infantile|neonatal|postprocedural|drug-induced|alcohol-induced|"
    r"persistent|intermittent|essential|displaced|nondisplaced|superficial|deep|open|closed|early|"
    r"late|initial|subsequent|abnormal|minor|major|mixed|atypical|unstable|stable|small|large|true|"
    r"false|old|new|transient|spontaneous)\s+)+")
CUT = re.compile(r",|;| with | without | due to | in | of unspecified| of other| following | "
                 r"complicating | associated with | not\b| nec\b| nos\b| by | from | and other| or other|"
                 r" of (?:left|right|bilateral)| that | resulting| caused| induced| identified| characterized| listed| affecting| involving| requiring| presenting| left\b| right\b| complicated\b| originating\b")
BAD_HEAD = set(
    "poisoning injury contact activity neoplasm fall assault struck place presence absence "
    "complications conditions infections sequelae food breakdown displacement perforation "
    "obstruction rupture hemorrhage embolism shock effusion instability disorder disorders disease "
    "diseases syndrome lesion lesions deformity deformities abnormality abnormalities anomaly "
    "anomalies finding findings complication symptoms signs problems problem status type gestation "
    "lump swelling endocrine leakage level drop dissection attacks individual effects female male "
    "glucose underdosing hypofunction exfoliation".split()) | {"toxic effect", "adverse effect", "mechanical complication", "foreign body",
                          "foreign object", "gastric contents", "coma scale", "fitting and adjustment"}
BAD_WORDS = set("""other unspecified specified site region part classified elsewhere nec nos
newborn affected fetus pedal cyclist occupant injured driver motorcycle bus truck pickup van
animal-rider the certain specific individual various stated such""".split())
BAD_PREFIX = re.compile(r"^(?:injury|injuries|disorders?|diseases?|abscess|cyst|fracture|laceration|"
                        r"contusion|strain|sprain|dislocation|burn|corrosion|neoplasm|bite|wound|"
                        r"amputation|frostbite|crushing injury|avulsion|blister|abrasion|"
                        r"osteonecrosis|carcinoma in situ) of ")
# first words of description fragments that are not condition names ("codes also", "sided colitis")
JUNK_FIRST = set("and or codes cause effects forms noise sided increased decreased direct bent "
                 "thoracic derangement malaise torsion pica any on broken reattached mechanical hypoplastic "
                 "menopausal withdrawal".split())
MEDICAL_SUFFIX = re.compile(r"(itis|osis|oma|emia|pathy|algia|plegia|iasis|ism|ectomy|otomy|ostomy|"
                            r"trophy|phobia|rrhea|rrhage|cele|uria|penia|cytosis|plasia|spasm|sepsis|"
                            r"virus|itides)$")


def icd_terms(xml_path: Path, english: set) -> set:
    root = ET.parse(xml_path).getroot()
    counts, categories = Counter(), set()
    for diag in root.iter("diag"):
        code = diag.findtext("name") or ""
        if not code or code[0] in "VWXYZ":  # external causes and health-status factors
            continue
        texts = [diag.findtext("desc")]
        for inc in diag.findall("inclusionTerm"):
            texts += [n.text for n in inc.findall("note")]
        for text in texts:
            head = head_term(text)
            if head:
                counts[head] += 1
                if "." not in code:
                    categories.add(head)
    vocab = {w for h in counts for w in h.split()}
    out = set()
    for head, n in counts.items():
        if (n >= ICD_MIN_COUNT[min(len(head.split()), 3)] or head in categories) and keep_head(head, vocab, english):
            out.add(head)
    return out


def head_term(text) -> str:
    if not text:
        return ""
    t = re.sub(r"\([^)]*\)|\[[^\]]*\]", "", text.lower())
    head = CUT.split(t)[0].strip()
    head = QUALIFIERS.sub("", head).strip()
    head = re.sub(r"\s+", " ", head).strip(" -'")
    words = head.split()
    if not head or len(words) > 3 or len(head) < 4 or re.search(r"[\d/]", head):
        return ""
    if head in BAD_HEAD or any(w in BAD_WORDS for w in words) or BAD_PREFIX.match(head):
        return ""
    if words[-1] in ("and", "or", "of", "on", "to", "for") or words[-1].endswith("ly"):
        return ""
    if words[0] in JUNK_FIRST or (len(words) > 1 and words[1] == "of" and words[0].endswith("s")):
        return ""
    return head


def keep_head(head: str, vocab: set, english: set) -> bool:
    words = head.split()
    last = words[-1]
    # plural category titles ("anemias", "arthropathies") when the singular is there too
    if last.endswith("ies") and last[:-3] + "y" in vocab:
        return False
    if last.endswith("s") and not last.endswith(("sis", "us", "ss", "ps")) and last[:-1] in vocab:
        return False
    if len(words) == 1 and head in english and not MEDICAL_SUFFIX.search(head):
        return False
    return head not in GENERIC


def emit(category: str) -> str:
    """The category as written to a list: without the everyday-word mark unless switched on."""
    return category if EMIT_EVERYDAY_MARKS else category.rstrip("w")


def read_glossary(lang: str) -> dict:
    """term -> category from a hand-written glossary file: `term<TAB>category`, '#' comments."""
    path = GLOSSARY / f"{lang}.txt"
    out = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 2 or parts[1] not in CATEGORIES | {c + "w" for c in CATEGORIES}:
            sys.exit(f"{path}:{n}: expected `term<TAB>category[w]` with category one of d p m t, got {line!r}")
        term = " ".join(parts[0].lower().split())
        if term in GENERIC:
            sys.exit(f"{path}:{n}: {term!r} is in the too-generic list; remove it from the glossary")
        out.setdefault(term, parts[1])
    return out


def main() -> None:
    pkg = fetch_pypi("simple-icd-10-cm", "1.5.0")
    xml_path = next((pkg / "simple_icd_10_cm" / "data").glob("icd10c-tabular-*.xml"))
    english = read_dict("/usr/share/dict/american-english-small")

    terms = read_glossary("en")
    lay = len(terms)
    for head in icd_terms(xml_path, english):
        terms.setdefault(head, "d")
    print(f"en: {lay} glossary terms, {len(terms) - lay} more from ICD-10-CM ({xml_path.name})")
    head = ["Clinical terms (English), term<TAB>category: d=diagnosis/condition, p=procedure/treatment,",
            "m=medication word, t=test/result. Sources: our own lay glossary (tools/data/glossary/en.txt);",
            f"head terms of ICD-10-CM descriptions ({xml_path.name}, CMS/NCHS, public domain) via PyPI",
            "simple-icd-10-cm 1.5.0. Built by tools/data/build_terms.py"]
    write_list(DATA / "clinical" / "terms-en.txt", head, [f"{t}\t{emit(c)}" for t, c in terms.items()])

    # The engine merges a word's entries across languages and keeps `w` only when every list
    # agrees, so a term that is an everyday word in English keeps its `w` in the other lists too.
    everyday = {t for t, c in terms.items() if c.endswith("w")}
    for lang, name in LANGS.items():
        terms = read_glossary(lang)
        terms = {t: (c + "w" if t in everyday and not c.endswith("w") else c) for t, c in terms.items()}
        if lang in FOLD_LANGS:  # people often type without accents: "cesarea", "medicaments"
            for t, c in list(terms.items()):
                terms.setdefault(fold(t), c)
        head = [f"Clinical terms ({name}), term<TAB>category: d=diagnosis/condition, p=procedure/treatment,",
                f"m=medication word, t=test/result. Source: our own glossary (tools/data/glossary/{lang}.txt).",
                "Built by tools/data/build_terms.py"]
        write_list(DATA / "clinical" / f"terms-{lang}.txt", head, [f"{t}\t{emit(c)}" for t, c in terms.items()])


if __name__ == "__main__":
    main()
