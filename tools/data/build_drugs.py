#!/usr/bin/env python3
"""Build data/clinical/drugs.txt: common generic and brand drug names.

Source: PyPI `drug-named-entity-recognition` 2.0.9 (MIT). Its dictionary merges DrugBank open
vocabulary, MeSH, MedlinePlus, NHS medicines pages and Wikipedia. "Common" here means the drug
has a MedlinePlus drug page or an NHS medicines page (about 1,550 drugs, the ones patients take);
we keep their canonical names and their single-word synonyms (mostly brand names), less noise:
spelling variants and foreign-language INN forms (too similar to the canonical name), salt forms,
Latin "-um" forms, combination names, Wikipedia markup.

A short hand-written supplement (our own) adds very common US names the dictionary lacks.

Line format: `name<TAB>flags`:
  w  also an ordinary word with a non-drug meaning, in English or another supported language
     (emend, cambia, thyroid, concerta)
  n  also a person's name in data/names (allegra)

Run: python3 tools/data/build_drugs.py  (after build_names.py; needs PyPI and wamerican)
"""

import bz2
import pickle
import re
import sys
from difflib import SequenceMatcher
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import DATA, fetch_pypi, read_dict, write_list  # noqa: E402

# Our own additions: very common US drug and brand names missing from the package dictionary.
SUPPLEMENT = """
penicillin vicodin percocet suboxone mounjaro zepbound novocaine norco lortab tramadol
ultram flexeril valium klonopin xanax ativan adderall ritalin concerta vyvanse wellbutrin
lexapro celexa paxil cymbalta effexor seroquel abilify lamictal depakote neurontin lyrica
plavix eliquis xarelto coumadin warfarin lasix synthroid levothyroxine januvia jardiance
farxiga trulicity victoza humalog lantus novolog metoprolol amlodipine losartan lisinopril
hydrochlorothiazide atorvastatin simvastatin rosuvastatin crestor zocor lipitor omeprazole
prilosec nexium pantoprazole protonix zantac pepcid famotidine amoxicillin augmentin
azithromycin zithromax keflex cephalexin cipro ciprofloxacin doxycycline bactrim flagyl
metronidazole diflucan fluconazole valtrex acyclovir tamiflu paxlovid prednisone medrol
methylprednisolone albuterol ventolin proair advair symbicort singulair flonase nasonex
zyrtec claritin allegra benadryl sudafed mucinex nyquil dayquil tylenol advil motrin aleve
excedrin ibuprofen naproxen acetaminophen aspirin ozempic wegovy saxenda metformin glipizide
viagra cialis botox juvederm narcan naloxone methadone buprenorphine oxycodone oxycontin
hydrocodone morphine fentanyl dilaudid codeine gabapentin sertraline zoloft fluoxetine
prozac citalopram escitalopram trazodone bupropion duloxetine venlafaxine quetiapine
risperidone aripiprazole lithium clonazepam lorazepam alprazolam diazepam zolpidem ambien
melatonin chlorhexidine peridex fluoride lidocaine articaine septocaine carbocaine
mepivacaine orajel anbesol epinephrine epipen nitrous
""".split()

# Dictionary entries that are junk or only a person's name in practice.
DROP = set("generics aman camila kendrick tobi gana".split())
# Obscure foreign brands that are everyday words in a supported language (French "agit", "sortis",
# "promet"; German "rufen", "lastet"; Spanish "dala", "cera"; English "sone", physics "kaon").
DROP |= set("agit sortis promet modus rufen lastet dala cera sone kaon".split())
KEEP_SHORT = set("ddavp hctz qvar taltz vicks zmax vfend bleph sprix".split())
# In an English dictionary but with a real non-drug meaning.
AMBIGUOUS = set("cambia emend thyroid armour urso concerta luminal copal senna".split())

TOKEN = re.compile(r"^[a-z][a-z]{3,20}$")
PHRASE = re.compile(r"^[a-z][a-z\- ]+[a-z]$")


def main() -> None:
    pkg = fetch_pypi("drug-named-entity-recognition", "2.0.9")
    d = pickle.load(bz2.open(pkg / "drug_named_entity_recognition" / "drug_ner_dictionary.pkl.bz2"))
    canon, v2c = d["drug_canonical_to_data"], d["drug_variant_to_canonical"]
    common = {k for k, x in canon.items() if "medline_plus_id" in x or "nhs_url" in x}

    out = set()
    for k in common:
        if PHRASE.match(k) and len(k.split()) <= 3 and " and " not in k:
            out.add(k)
    for variant, cs in v2c.items():
        cs = [c for c in cs if c in common]
        if not cs or not TOKEN.match(variant) or variant.endswith("um"):
            continue
        # "lisinopril anhydrous", "metformin hydrochloride": the canonical name already covers it.
        if any(variant != c and c in variant for c in cs):
            continue
        # misspellings and other-language INNs (acetominophen, metoclopramida, mirtazapin)
        if any(variant != c and SequenceMatcher(None, variant, c).ratio() >= 0.85 for c in cs):
            continue
        out.add(variant)
    out |= set(SUPPLEMENT)
    out -= DROP
    # FDA biologic suffixes ("cemiplimab-rwlc"): keep the core name people use.
    out = {re.sub(r"-[a-z]{4}$", "", x) for x in out}
    # Lab abbreviations with at most one vowel ("cddp", "icdmt", "budnj") are noise, not names.
    out = {x for x in out if x in KEEP_SHORT or not (len(x) <= 6 and len(re.findall(r"[aeiouy]", x)) <= 1)}
    # "acyclovir buccal", "budesonide inhalers": the single word is listed already.
    out = {x for x in out if " " not in x or x.split()[0] not in out}

    names = set()
    for f in ("first", "last"):
        p = DATA / "names" / f"{f}.txt"
        if not p.exists():
            sys.exit(f"{p} is missing: run python3 tools/data/build_names.py first.")
        names |= {ln.split("\t")[0] for ln in p.read_text(encoding="utf-8").splitlines()
                  if not ln.startswith("#")}

    rows = []
    for x in out:
        flags = ("w" if x in AMBIGUOUS else "") + ("n" if x in names else "")
        rows.append(f"{x}\t{flags}")
    head = ["Drug names (generic + brand), name<TAB>flags; w=also an ordinary word with another meaning,",
            "n=also a person's name. Source: PyPI drug-named-entity-recognition 2.0.9 (MIT; data from",
            "DrugBank open vocabulary, MeSH, MedlinePlus, NHS, Wikipedia): drugs with a MedlinePlus or NHS",
            "page and their single-word synonyms; plus a short hand-written supplement (ours).",
            "Built by tools/data/build_drugs.py"]
    write_list(DATA / "clinical" / "drugs.txt", head, rows)


if __name__ == "__main__":
    main()
