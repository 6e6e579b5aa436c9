"""Tests for tools/corpus/conventions.py: candidate finding, label edits and markup rendering.

Run: python3 -m unittest discover -s tools/corpus -p 'test_*.py'
"""

import unittest

import build
import conventions


def parse(markup):
    return build.parse_markup(markup, "t")


class CandidateTest(unittest.TestCase):
    def test_rebuttal_to_a_complaint_is_a_candidate_until_labelled(self):
        text, labels = parse("{{rel-confirm|Our records show}} you arrived at 9:40, not 9:00.")
        self.assertIn("rebut", conventions.candidates(text, labels=labels, context="They made me wait."))
        text, labels = parse("{{dispute-blame|{{rel-confirm|Our records show}} you arrived at 9:40}}.")
        self.assertNotIn("rebut", conventions.candidates(text, labels=labels, context="They made me wait."))

    def test_no_context_means_no_rebuttal_candidate(self):
        text, labels = parse("Our records show the call was returned.")
        self.assertNotIn("rebut", conventions.candidates(text, "", labels))

    def test_clinical_word_nested_in_rel_confirm_without_clin_detail(self):
        text, labels = parse("{{rel-confirm|Did the numbing from your visit wear off}}?")
        self.assertEqual(conventions.candidates(text, "", labels)["nest-clin"], ["rel-confirm:numbing"])
        text, labels = parse("{{rel-confirm|Did the {{clin-detail|numbing}} from your visit wear off}}?")
        self.assertNotIn("nest-clin", conventions.candidates(text, "", labels))

    def test_date_nested_in_rel_confirm_without_phi_date(self):
        text, labels = parse("Scan from {{rel-confirm|this morning's patient}}.")
        self.assertEqual(conventions.candidates(text, "", labels)["nest-date"], ["rel-confirm:this morning"])

    def test_payment_and_visit_cues(self):
        text, labels = parse("We've refunded the duplicate charge. The Okoro twins came in on Monday.")
        got = conventions.candidates(text, "", labels)
        self.assertIn("refunded", got["payment"])
        self.assertEqual(got["visit"], ["came in"])


class EditTest(unittest.TestCase):
    def test_add_nested_label_and_render_round_trip(self):
        text, labels = parse("{{rel-confirm|Did the numbing from your visit wear off}}?")
        new = conventions.edit_labels(text, labels, [("add", "clin-detail", "numbing", 1)])
        markup = conventions.render(text, new)
        self.assertEqual(markup, "{{rel-confirm|Did the {{clin-detail|numbing}} from your visit wear off}}?")
        self.assertEqual(parse(markup), (text, new))

    def test_add_outer_label_around_existing_ones_and_same_span_rules_merge(self):
        text, labels = parse("{{rel-confirm|Our records show}} you arrived at {{phi-date|9:40}}.")
        new = conventions.edit_labels(text, labels, [
            ("add", "dispute-blame", "Our records show you arrived at 9:40", 1),
            ("add", "phi-payment", "9:40", 1)])
        self.assertEqual(conventions.render(text, new),
                         "{{dispute-blame|{{rel-confirm|Our records show}} you arrived at "
                         "{{phi-date,phi-payment|9:40}}}}.")

    def test_delete_and_occurrence(self):
        text, labels = parse("Call {{phi-contact|the number you left}} or the number you left.")
        new = conventions.edit_labels(text, labels, [
            ("del", "phi-contact", "the number you left", 1), ("add", "rel-confirm", "the number you left", 2)])
        self.assertEqual(conventions.render(text, new), "Call the number you left or {{rel-confirm|the number you left}}.")

    def test_errors(self):
        text, labels = parse("{{rel-confirm|your visit}} today")
        with self.assertRaises(KeyError):
            conventions.edit_labels(text, labels, [("add", "rel-confirm", "your visit", 1)])   # already there
        with self.assertRaises(KeyError):
            conventions.edit_labels(text, labels, [("add", "phi-date", "tomorrow", 1)])       # not in the text
        with self.assertRaises(KeyError):
            conventions.edit_labels(text, labels, [("add", "phi-dates", "today", 1)])         # unknown rule
        crossing = conventions.edit_labels(text, labels, [("add", "phi-date", "visit today", 1)])
        with self.assertRaises(ValueError):
            conventions.render(text, crossing)



class FilesOptionTest(unittest.TestCase):
    def test_records_limited_to_the_named_files(self):
        names = sorted(p.name for p in conventions.SRC.glob("*.txt"))[:2]
        got = {fname for fname, *_ in conventions.records(set(names))}
        self.assertEqual(got, set(names))
        self.assertEqual(list(conventions.records(set())), [])

    def test_unknown_file_name_is_an_error(self):
        import contextlib
        import io
        with contextlib.redirect_stderr(io.StringIO()), self.assertRaises(SystemExit):
            conventions.main(["--files", "no-such-file.txt"])


if __name__ == "__main__":
    unittest.main()
