"""Tests of the measurement's own logic: sentence spans, sentence targets and coverage, and the
reply-level views. Standard library only: `python3 -m unittest discover -s tools/teacher -p 'test_*.py'`."""

import sys
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus_data as cd  # noqa: E402
from views import count  # noqa: E402


def spans(text):
    return [text[a:b] for a, b in cd.sentences(text)]


class Sentences(unittest.TestCase):
    def test_split_on_end_marks_and_lines(self):
        self.assertEqual(spans("Thanks, Derek! See you soon.\nCall us?  Bye"),
                         ["Thanks, Derek!", "See you soon.", "Call us?", "Bye"])

    def test_titles_do_not_end_a_sentence(self):
        self.assertEqual(spans("Dr. Lee says hi. Mrs. Alvarez is 101."),
                         ["Dr. Lee says hi.", "Mrs. Alvarez is 101."])

    def test_arabic_question_mark_and_offsets_are_code_points(self):
        text = "🦷 كيف حالك؟ شكراً"
        self.assertEqual(cd.sentences(text), [(0, 11), (12, 17)])


def reply(text, labels, found):
    rec = {"id": "zz-0001", "text": text, "labels": [
        {"rule": r, "start": s, "end": e} for r, s, e in labels]}
    return cd.prepare([rec], {"zz-0001": found})[0]


class Prepare(unittest.TestCase):
    def test_targets_and_coverage_per_group(self):
        text = "See you at your 9:15 visit. Delete this review and we refund you."
        r = reply(text, [("rel-confirm", 11, 26), ("review-suppress", 28, 64)],
                  [("phi-date", 16, 20)])
        first, second = r["sentences"]
        self.assertEqual(first["target"], {"privacy": True, "conduct": False})
        self.assertEqual(first["covered"], {"privacy": True, "conduct": False})
        self.assertEqual(second["target"], {"privacy": False, "conduct": True})
        self.assertEqual(second["rules"], ["review-suppress"])
        self.assertEqual(second["covered"], {"privacy": False, "conduct": False})


class Views(unittest.TestCase):
    def test_backstop_adds_only_on_uncovered_sentences_and_conduct_needs_the_same_rule(self):
        text = "See you at your 9:15 visit. Delete this review and we refund you."
        r = reply(text, [("rel-confirm", 11, 26), ("review-suppress", 28, 64)],
                  [("phi-date", 16, 20)])
        none = count([r], lambda _: [(False, None), (False, None)])
        self.assertEqual(none["privacy"][:2], [1, 1])
        self.assertEqual(none["conduct"][:2], [1, 0])
        wrong_rule = count([r], lambda _: [(False, None), (False, "legal-threat")])
        self.assertEqual(wrong_rule["conduct"][:2], [1, 0])
        self.assertEqual(wrong_rule["conduct_lenient"], 1)
        right = count([r], lambda _: [(False, None), (False, "review-suppress")])
        self.assertEqual(right["conduct"][:2], [1, 1])

    def test_clean_reply_flagged_by_backstop_alone(self):
        r = reply("Flu shots start October 1.", [], [])
        self.assertEqual(count([r], lambda _: [(False, None)])["all"][2:], [1, 0])
        fired = count([r], lambda _: [(True, None)])
        self.assertEqual(fired["privacy"][2:], [1, 1])
        self.assertEqual(fired["conduct"][2:], [1, 0])
        self.assertEqual(fired["all"][2:], [1, 1])
        alone = count([reply("Hi.", [], [("phi-name", 0, 2)])], lambda _: [(False, None)], use_rules=False)
        self.assertEqual(alone["all"][2:], [1, 0])


if __name__ == "__main__":
    unittest.main()
