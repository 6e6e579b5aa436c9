"""Tests for tools/corpus/keeprate.py: pairing paraphrases with sources, and the handled verdict.

Run: python3 -m unittest discover -s tools/corpus -p 'test_*.py'
"""

import tempfile
import unittest
from pathlib import Path

import keeprate


def lab(rule, start, end):
    return {"rule": rule, "start": start, "end": end}


class PairsTest(unittest.TestCase):
    def test_only_records_after_a_from_line_are_paired(self):
        src = (
            "@lang en\n@prefix zz\n%% a batch comment\n\n"
            "%% from en-0012\n### zz-0001 | g\nHi.\n\n"
            "### zz-0002 | g\nNo source.\n\n"
            "%% from qf-0014\n### zz-0003 | fb\nBye.\n"
        )
        with tempfile.TemporaryDirectory() as d:
            p = Path(d) / "batch.txt"
            p.write_text(src, encoding="utf-8")
            self.assertEqual(keeprate.pairs(p), [("zz-0001", "en-0012"), ("zz-0003", "qf-0014")])


class HandledTest(unittest.TestCase):
    def test_every_label_needs_an_overlapping_finding_of_its_rule(self):
        labels = [lab("rel-confirm", 0, 10), lab("phi-date", 12, 18)]
        self.assertTrue(keeprate.handled(labels, [lab("rel-confirm", 5, 9), lab("phi-date", 17, 20)]))
        self.assertFalse(keeprate.handled(labels, [lab("rel-confirm", 5, 9)]))
        # a finding of another rule over the span does not count
        self.assertFalse(keeprate.handled(labels, [lab("rel-confirm", 0, 10), lab("phi-name", 12, 18)]))
        # touching is not overlapping
        self.assertFalse(keeprate.handled([lab("phi-date", 12, 18)], [lab("phi-date", 18, 20)]))

    def test_rules_restrict_which_labels_count(self):
        labels = [lab("rel-confirm", 0, 10), lab("phi-date", 12, 18)]
        self.assertTrue(keeprate.handled(labels, [lab("rel-confirm", 0, 4)], {"rel-confirm"}))
        # a problem record with no label of the rules is not judged as a clean one
        self.assertTrue(keeprate.handled(labels, [lab("phi-name", 0, 4)], {"claim-absolute"}))

    def test_a_clean_record_is_handled_only_with_no_finding(self):
        self.assertTrue(keeprate.handled([], []))
        self.assertFalse(keeprate.handled([], [lab("clin-detail", 3, 8)]))


if __name__ == "__main__":
    unittest.main()
