#!/usr/bin/env python3
"""Writes bench/replies.txt: 320 reply sentences of the kind clinic staff type under reviews.

The scaling benchmarks (native and WebAssembly) build replies of 280 to 1,000,000 characters by
joining these lines in order, so long texts look like real replies (names, dates, phones,
clinical words, ordinary thanks) instead of one sentence repeated. Deterministic: no randomness,
so every run measures the same text. Fictional names and numbers only.

Run: python3 bench/gen_replies.py   (rewrites bench/replies.txt)
"""
import pathlib

NAMES = ["Derek", "Priya", "Ms. Moore", "Robert", "Angela", "Samir", "Mrs. Ellison", "Tom",
         "Linda", "Mr. Okafor", "Jenny", "Carlos", "Dr. Lee", "Aisha", "Mark", "Keiko"]
DATES = ["March 14", "9:15", "last Tuesday", "August 2", "12/03/2025", "this morning",
         "Friday", "June 21st", "yesterday", "the 5th"]
CLINICAL = ["crown", "root canal", "knee replacement", "physical therapy", "cleaning",
            "blood test", "MRI", "flu shot", "stitches", "cataract surgery", "allergy panel",
            "implant consult"]
PHONES = ["(555) 201-3344", "555-867-5309", "+1 555 010 2299", "555.123.4567"]
EMAILS = ["frontdesk@brightsmile.example", "billing@clinic.example", "care@oakpeds.example"]
PLAIN = [
    "Thank you so much for taking the time to leave a review.",
    "We are sorry to hear your visit did not meet your expectations.",
    "Our team works hard to keep wait times short, and we appreciate your patience.",
    "We would love the chance to make this right.",
    "Please reach out to our office manager so we can learn more.",
    "Comments like yours make our whole team smile.",
    "We have shared your feedback with the front desk staff.",
    "Parking has been a challenge since the construction started, and we are working on it.",
    "We hope to see you again soon!",
    "Thanks for the kind words about our new waiting room.",
    "We take every concern seriously and review it as a team.",
    "Have a wonderful holiday season from all of us.",
]
TEMPLATES = [
    "Hi {name}, sorry about the wait at your {date} appointment.",
    "Thanks, {name}, hope the {clin} feels good!",
    "{name}, our records show you were seen on {date} for your {clin}.",
    "So glad your {clin} went well, {name}!",
    "Please call us at {phone} and ask for the practice manager.",
    "You can also email {email} and we will get back to you within a day.",
    "{name}, the charge from your {clin} on {date} has been corrected.",
    "We loved having you in for {clin} {date}.",
    "Feel free to call {phone} if anything about the {clin} worries you.",
    "Dear {name}, we are glad you felt comfortable during your {clin}.",
]


def sentences():
    out = list(PLAIN)
    i = 0
    while len(out) < 320:
        # Different strides per slot so that template, name, date and term combine freshly.
        name = NAMES[(i + i // 10) % len(NAMES)]
        date = DATES[(i * 3 + i // 7) % len(DATES)]
        clin = CLINICAL[(i * 5 + i // 11) % len(CLINICAL)]
        phone = PHONES[(i // 2) % len(PHONES)]
        email = EMAILS[(i // 3) % len(EMAILS)]
        t = TEMPLATES[i % len(TEMPLATES)]
        out.append(t.format(name=name, date=date, clin=clin, phone=phone, email=email))
        # Interleave plain sentences the way real replies mix thanks with specifics.
        if i % 3 == 2:
            out.append(PLAIN[i % len(PLAIN)])
        i += 1
    return out[:320]


if __name__ == "__main__":
    path = pathlib.Path(__file__).with_name("replies.txt")
    path.write_text("\n".join(sentences()) + "\n", encoding="utf-8")
    print(f"wrote {path} ({len(sentences())} sentences)")
