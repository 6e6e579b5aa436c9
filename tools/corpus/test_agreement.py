"""Tests for tools/corpus/agreement.py: quote resolution, kappa, comparison, engine figures.

Run: python3 -m unittest discover -s tools/corpus -p 'test_*.py'
"""

import json
import os
import stat
import sys
import tempfile
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import agreement as A  # noqa: E402


class ResolveQuoteTest(unittest.TestCase):
    def test_code_point_offsets_after_an_emoji(self):
        # The emoji is one code point (two UTF-16 units), so "Зоя" starts at 2.
        self.assertEqual(A.resolve_quote("t", "💪 Зоя ок", "Зоя", None), (2, 5))

    def test_occurrence_picks_the_nth_match(self):
        text = "your visit, then your visit again"
        self.assertEqual(A.resolve_quote("t", text, "your visit", 2), (17, 27))

    def test_repeated_quote_without_occurrence_is_an_error(self):
        with self.assertRaisesRegex(A.AgreementError, r"t: quote 'ab' occurs 2 times; add \"occurrence\""):
            A.resolve_quote("t", "ab ab", "ab", None)

    def test_missing_quote_names_the_id(self):
        with self.assertRaisesRegex(A.AgreementError, "^xx-0001: quote 'Derek' not found"):
            A.resolve_quote("xx-0001", "Hi Derik", "Derek", None)

    def test_occurrence_out_of_range(self):
        with self.assertRaisesRegex(A.AgreementError, "occurrence 3 .* occurs 1 time"):
            A.resolve_quote("t", "ab", "ab", 3)

    def test_unknown_rule_is_rejected(self):
        with self.assertRaisesRegex(A.AgreementError, "a-1: unknown rule 'phi-nam'"):
            A.resolve_relabel([{"id": "a-1", "labels": [{"rule": "phi-nam", "quote": "x"}]}], {"a-1": "x"})


class KappaTest(unittest.TestCase):
    def test_textbook_value(self):
        # 50 items: 20 both yes, 15 both no, 5 yes/no, 10 no/yes -> po 0.7, pe 0.5, kappa 0.4.
        a = [True] * 20 + [False] * 15 + [True] * 5 + [False] * 10
        b = [True] * 20 + [False] * 15 + [False] * 5 + [True] * 10
        self.assertAlmostEqual(A.kappa(a, b), 0.4)

    def test_perfect_and_undefined(self):
        self.assertAlmostEqual(A.kappa([True, False], [True, False]), 1.0)
        self.assertIsNone(A.kappa([True, True], [True, True]))


class CompareTest(unittest.TestCase):
    def setUp(self):
        self.ours = {
            "a": [{"rule": "phi-name", "start": 3, "end": 8}, {"rule": "rel-confirm", "start": 10, "end": 20}],
            "b": [],
            "c": [{"rule": "dispute-blame", "start": 0, "end": 5}],
        }
        self.rel = {
            "a": [{"rule": "phi-name", "start": 3, "end": 8}, {"rule": "phi-date", "start": 15, "end": 20}],
            "b": [{"rule": "insult-profane", "start": 0, "end": 4}],
            "c": [{"rule": "dispute-blame", "start": 4, "end": 9}],
        }

    def test_reply_and_group_tables(self):
        r = A.compare(self.ours, self.rel)
        self.assertEqual((r["reply"]["both"], r["reply"]["only_ours"], r["reply"]["only_relabel"],
                          r["reply"]["neither"]), (2, 0, 1, 0))
        self.assertEqual((r["privacy"]["both"], r["privacy"]["neither"]), (1, 2))
        self.assertEqual((r["conduct"]["both"], r["conduct"]["only_relabel"]), (1, 1))
        self.assertEqual(r["disagreements"]["reply"], [{"id": "b", "side": "relabel"}])

    def test_per_rule_presence_and_spans(self):
        r = A.compare(self.ours, self.rel)
        self.assertEqual(r["rules"]["rel-confirm"]["only_ours"], 1)
        self.assertEqual(r["rules"]["phi-date"]["only_relabel"], 1)
        # dispute-blame spans 0-5 and 4-9 overlap by one code point: matched, not exact.
        db = r["rules"]["dispute-blame"]
        self.assertEqual((db["spans_ours_matched"], db["spans_relabel_matched"], db["spans_exact"]), (1, 1, 0))
        self.assertEqual(r["rules"]["phi-name"]["spans_exact"], 1)
        self.assertNotIn("legal-threat", r["rules"])  # absent on both sides: not listed
        self.assertIn({"id": "a", "rule": "rel-confirm", "side": "ours"}, r["disagreements"]["rule"])


class AdjudicationTest(unittest.TestCase):
    def setUp(self):
        ours = {"a": [{"rule": "rel-confirm", "start": 0, "end": 4}], "b": []}
        rel = {"a": [], "b": [{"rule": "dispute-blame", "start": 0, "end": 4}]}
        self.result = A.compare(ours, rel)

    def entry(self, i, rule, side, verdict="ours"):
        return {"id": i, "rule": rule, "side": side, "verdict": verdict, "convention": "x", "reason": "catalog: ..."}

    def test_counts_and_reply_verdicts(self):
        adj = A.adjudicate(self.result, [self.entry("a", "rel-confirm", "ours", "ambiguous"),
                                         self.entry("b", "dispute-blame", "relabel", "relabel")])
        self.assertEqual(adj["total"], {"ours": 0, "relabel": 1, "ambiguous": 1})
        self.assertEqual(adj["per_rule"]["dispute-blame"]["relabel"], 1)
        self.assertEqual(adj["reply"]["a"], {"side": "ours", "verdicts": ["ambiguous"]})

    def test_missing_adjudication_is_named(self):
        with self.assertRaisesRegex(A.AgreementError, "not adjudicated: b dispute-blame"):
            A.adjudicate(self.result, [self.entry("a", "rel-confirm", "ours")])

    def test_wrong_side_and_bad_verdict(self):
        with self.assertRaisesRegex(A.AgreementError, "only in ours's labels"):
            A.adjudicate(self.result, [self.entry("a", "rel-confirm", "relabel")])
        with self.assertRaisesRegex(A.AgreementError, "verdict 'maybe'"):
            A.adjudicate(self.result, [self.entry("a", "rel-confirm", "ours", "maybe")])


class EngineTest(unittest.TestCase):
    def test_figures_from_a_fake_engine(self):
        # A stand-in engine that flags any reply containing "Derek"; checks the scan call and the counting.
        with tempfile.TemporaryDirectory() as d:
            binary = Path(d) / "fake-engine"
            binary.write_text(
                "#!/usr/bin/env python3\n"
                "import json, sys\n"
                "assert sys.argv[1:3] == ['scan', '--policy'], sys.argv\n"
                "for line in sys.stdin:\n"
                "    r = json.loads(line)\n"
                "    assert 'labels' not in r\n"
                "    f = [{'rule': 'phi-name'}] if 'Derek' in r['text'] else []\n"
                "    print(json.dumps({'id': r['id'], 'findings': f}))\n",
                encoding="utf-8",
            )
            os.chmod(binary, os.stat(binary).st_mode | stat.S_IEXEC)
            records = [{"id": "a", "text": "Hi Derek", "labels": []}, {"id": "b", "text": "Hello"},
                       {"id": "c", "text": "Derek again"}]
            found = A.run_engine(str(binary), records, Path("policy.json"))
        labels = {"a": [{"rule": "phi-name"}], "b": [{"rule": "insult-profane"}], "c": []}
        self.assertEqual(A.engine_figures(found, labels),
                         {"problem": 2, "problem_flagged": 1, "clean": 1, "clean_flagged": 1})
        # Conduct view: only "b" has a conduct label and nothing flags it; "a" and "c" count as clean there.
        self.assertEqual(A.engine_figures(found, labels, A.CONDUCT),
                         {"problem": 1, "problem_flagged": 0, "clean": 2, "clean_flagged": 0})

    def test_missing_engine_says_how_to_build(self):
        with self.assertRaisesRegex(A.AgreementError, "cargo build --release"):
            A.run_engine("/nonexistent/replyguard", [{"id": "a", "text": "x"}], Path("p.json"))


class CommittedRelabelTest(unittest.TestCase):
    def test_every_quote_resolves_against_dev(self):
        corpus = {r["id"]: r["text"] for r in A.read_jsonl(A.DEFAULT_OURS)}
        relabel = A.read_jsonl(A.DEFAULT_RELABEL)
        self.assertEqual(len(relabel), 240)
        resolved = A.resolve_relabel(relabel, corpus)
        self.assertEqual(len(resolved), 240)

    def test_committed_adjudication_covers_every_disagreement(self):
        corpus = {r["id"]: r for r in A.read_jsonl(A.DEFAULT_OURS)}
        rel = A.resolve_relabel(A.read_jsonl(A.DEFAULT_RELABEL), {i: r["text"] for i, r in corpus.items()})
        ours = {i: corpus[i].get("labels", []) for i in rel}
        path = A.DEFAULT_RELABEL.parent / "adjudication-2026-11-24.jsonl"
        adj = A.adjudicate(A.compare(ours, rel), A.read_jsonl(path))
        self.assertEqual(sum(adj["total"].values()), len(A.compare(ours, rel)["disagreements"]["rule"]))


class MainTest(unittest.TestCase):
    def test_bad_quote_exits_1_with_the_id(self):
        with tempfile.TemporaryDirectory() as d:
            ours = Path(d) / "ours.jsonl"
            rel = Path(d) / "rel.jsonl"
            ours.write_text(json.dumps({"id": "z-1", "text": "Hi Derek", "labels": []}) + "\n", encoding="utf-8")
            rel.write_text(json.dumps({"id": "z-1", "labels": [{"rule": "phi-name", "quote": "Dirk"}]}) + "\n",
                           encoding="utf-8")
            from io import StringIO
            from contextlib import redirect_stderr
            err = StringIO()
            with redirect_stderr(err):
                code = A.main(["--ours", str(ours), "--relabel", str(rel)])
        self.assertEqual(code, 1)
        self.assertIn("z-1: quote 'Dirk' not found", err.getvalue())


if __name__ == "__main__":
    unittest.main()
