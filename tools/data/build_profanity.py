#!/usr/bin/env python3
"""Builds data/conduct/profanity-<lang>.txt, the profanity classes of the insult-profane rule,
from the List of Dirty, Naughty, Obscene and Otherwise Bad Words (LDNOOBW) as the npm package
naughty-words 1.2.0 ships it (CC BY 4.0). Usage: `npm pack naughty-words@1.2.0`, unpack, then
`python3 tools/data/build_profanity.py path/to/package`.

A clinic's replies name body parts, sexual-health and drug words for honest reasons, so the
filter drops mechanically: entries that are clinical terms or drug names of data/clinical/
(the engine's published lists), English entries made only of common words (SCOWL 10/20 in
src/recognizers/common_en.txt: "big black", "sex", "intercourse"), and the anatomy, medical and
everyday words listed below per language. The Russian list is transliterated into Latin letters
and is not used."""
import json, pathlib, sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
STOP = {
    "en": "anal anus anilingus breasts big breasts nipple nipples penis vagina vulva semen sperm testicle testicles clitoris "
    "rectum scrotum erection ejaculation orgasm masturbation masturbate genitals pubes pubic hemp camel toe bung hole "
    "nude nudity naked topless poof undressing urophilia pedophile paedophile rimming sodomy sodomize coprophilia "
    "bestiality beastiality zoophilia necrophilia "
    # Normal clinic wording (review, session 8): "summa cum laude", "we'll escort you to your car",
    # "fecal immunochemical test", "spastic cerebral palsy", "strap on the knee brace", "likes to
    # suck their thumb", "see you soon xx" / "XX chromosomes", incest in RAINN referrals, "panty
    # liner", boob/butt in lactation and paediatric wording.
    "cum escort fecal spastic strap on suck xx incest panty boob boobs butt".split(),
    "es": "asesinato asno caca concha drogas esperma heroína infierno maldito martillo nazi orina pedo pezón pis "
    "racista semen sexo sexo oral haciendo el amor pervertido sádico "
    "vulva".split(),  # anatomy (review, session 8)
    "fr": "baiser bander bite bordel caca chiasse clitoris con cul folle gerbe gerber gueule jouir ménage à trois "
    "nique pipe queue sucer téton zizi "
    # Normal clinic wording: "pipi au lit", "pédale" (pedal), "suce son pouce", "bourré de fibres".
    "pipi pédale suce bourré bourrée".split(),
    "de": "bonze fratze kimme mufti nackt nippel orgasmus penis pinkeln popel porno rosette onanieren".split(),
    "ar": "سكس شرج لعق لحس مص تمص بيضان ثدي حلمة بظر فرج شهوة جماع قضيب اغتصاب خنثي احتلام "
    "شاذ".split(),  # also "abnormal" (review, session 8)
}
LANGS = ["en", "es", "fr", "de", "ar"]


def words(path):
    out = set()
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        out.add(line.split("\t")[0].strip().lower())
    return out


def main(pkg):
    pkg = pathlib.Path(pkg)
    clinical = words(ROOT / "data/clinical/drugs.txt")
    for f in (ROOT / "data/clinical").glob("terms-*.txt"):
        clinical |= words(f)
    common = words(ROOT / "src/recognizers/common_en.txt")
    for lang in LANGS:
        stop = set(STOP[lang])
        # A stop phrase is listed by its words: an entry made only of stop words is dropped.
        kept = []
        for w in json.load(open(pkg / f"{lang}.json", encoding="utf-8")):
            low = w.strip().lower()
            if not low or low in clinical or all(t in stop for t in low.split()):
                continue
            if lang == "en" and all(t in common for t in low.replace("-", " ").split()):
                continue
            if any(c in low for c in "{}\\[]()|*+?^$"):
                continue
            kept.append(low)
        kept = sorted(set(kept))
        out = ROOT / f"data/conduct/profanity-{lang}.txt"
        with open(out, "w", encoding="utf-8") as fh:
            fh.write(
                f"# Profanity ({lang}) for insult-profane. Source: List of Dirty, Naughty, Obscene and Otherwise\n"
                "# Bad Words (LDNOOBW), npm naughty-words 1.2.0, licence CC BY 4.0 (attribution: the LDNOOBW\n"
                "# contributors, Shutterstock); filtered by tools/data/build_profanity.py (clinical terms, drug\n"
                "# names, common words and anatomy removed). One phrase a line.\n"
            )
            fh.write("\n".join(kept) + "\n")
        print(lang, len(kept))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "package")
