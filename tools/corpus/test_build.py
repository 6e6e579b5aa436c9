"""Tests for tools/corpus/build.py: markup parsing, offsets, split, and the committed corpus.

Run: python3 -m unittest discover -s tools/corpus -p 'test_*.py'
"""

import json
import unittest
from pathlib import Path

import build


class MarkupTest(unittest.TestCase):
    def test_nested_labels_get_code_point_offsets(self):
        text, labels = build.parse_markup(
            "Hi {{phi-name|Derek}}, sorry about {{rel-confirm|your {{phi-date|May 3}} visit}}.", "t")
        self.assertEqual(text, "Hi Derek, sorry about your May 3 visit.")
        got = {(l["rule"], text[l["start"]:l["end"]]) for l in labels}
        self.assertEqual(got, {("phi-name", "Derek"), ("rel-confirm", "your May 3 visit"), ("phi-date", "May 3")})

    def test_two_rules_on_one_span(self):
        text, labels = build.parse_markup("glad the {{echo-disclosure,clin-detail|crown}} fits", "t")
        self.assertEqual([(l["rule"], l["start"], l["end"]) for l in labels],
                         [("clin-detail", 9, 14), ("echo-disclosure", 9, 14)])

    def test_offsets_count_code_points_not_bytes_or_utf16(self):
        # The emoji is one code point (two UTF-16 units, four UTF-8 bytes).
        text, labels = build.parse_markup("💪 {{phi-name|Зоя}} ок", "t")
        self.assertEqual((labels[0]["start"], labels[0]["end"]), (2, 5))
        self.assertEqual(text[2:5], "Зоя")

    def test_errors_are_reported(self):
        for bad in ["{{phi-nam|x}}", "{{phi-name|x", "x}}", "{{phi-name| x}}", "{{phi-name|}}", "{ stray"]:
            with self.assertRaises(build.SourceError, msg=bad):
                build.parse_markup(bad, "t")

    def test_unknown_rule_suggests_neighbours(self):
        with self.assertRaises(build.SourceError) as cm:
            build.parse_markup("{{phi-nam|x}}", "t")
        self.assertIn("phi-name", str(cm.exception))


class SourceFileTest(unittest.TestCase):
    def parse(self, body):
        import tempfile
        with tempfile.TemporaryDirectory(dir=build.ROOT) as d:
            path = Path(d) / "t.txt"
            path.write_text(body, encoding="utf-8")
            records, _ = build.parse_file(path)
        return [(r["id"], r["lang"]) for r in records]

    def test_lang_after_a_reply_starts_a_block_and_leaves_the_record_above_alone(self):
        # Session 10: "@lang es" written after the last English reply used to retag that reply as
        # Spanish and leave the Spanish records below tagged English (99 records in four batches).
        body = ("@lang en\n### t-1 | g\nThanks!\n\n@lang es\n### t-2 | g\n¡Gracias!\n\n"
                "### t-3 | g\nHola.\n\n@lang fr\n### t-4 | g\nMerci.\n")
        self.assertEqual(self.parse(body), [("t-1", "en"), ("t-2", "es"), ("t-3", "es"), ("t-4", "fr")])

    def test_lang_before_the_reply_overrides_one_record(self):
        body = "@lang en\n### t-1 | g\n@lang de\nDanke!\n### t-2 | g\nThanks!\n"
        self.assertEqual(self.parse(body), [("t-1", "de"), ("t-2", "en")])

    def test_unknown_lang_is_an_error_in_both_places(self):
        for body in ["### t-1 | g\n@lang xx\nHi\n", "### t-1 | g\nHi\n@lang xx\n"]:
            with self.assertRaises(build.SourceError, msg=body):
                self.parse(body)


class SplitTest(unittest.TestCase):
    def test_split_is_fixed_by_id(self):
        # Pinned values: changing the split rule would silently leak held-out records into tuning.
        self.assertEqual([i for i in range(1, 41) if build.is_heldout(f"en-{i:04d}")],
                         [16, 21, 22, 31, 32, 33, 34, 36, 37])
        ids = [f"en-{i:04d}" for i in range(1, 1001)]
        share = sum(map(build.is_heldout, ids)) / len(ids)
        self.assertTrue(0.25 < share < 0.35, share)


class CommittedCorpusTest(unittest.TestCase):
    def test_committed_jsonl_match_sources(self):
        dev, held = build.render(build.build_records())
        self.assertEqual((build.CORPUS / "dev.jsonl").read_text(encoding="utf-8"), dev,
                         "run python3 tools/corpus/build.py")
        self.assertEqual((build.CORPUS / "heldout.jsonl").read_text(encoding="utf-8"), held)

    def test_every_rule_and_language_is_covered(self):
        records = build.build_records()
        rules = {l["rule"] for r in records for l in r["labels"]}
        self.assertEqual(rules, set(build.RULES))
        self.assertEqual({r["lang"] for r in records}, build.LANGS)
        clean = sum(1 for r in records if not r["labels"])
        self.assertGreaterEqual(clean * 2, len(records))

    def test_lines_have_the_documented_shape(self):
        for name in ("dev.jsonl", "heldout.jsonl"):
            for line in (build.CORPUS / name).read_text(encoding="utf-8").splitlines():
                r = json.loads(line)
                order = ["id", "text", "context", "author", "platform", "lang", "labels"]
                self.assertEqual(list(r), [k for k in order if k in r])
                for k in ("id", "text", "platform", "lang", "labels"):
                    self.assertIn(k, r)
                for k in ("context", "author"):
                    self.assertIsInstance(r.get(k, ""), str, "absent context/author are omitted, never null")
                for l in r["labels"]:
                    self.assertTrue(0 <= l["start"] < l["end"] <= len(r["text"]))


if __name__ == "__main__":
    unittest.main()


class BlindProbeTest(unittest.TestCase):
    """Each blind probe's `.jsonl` is what its `.txt` builds to, so a label fixed in one is fixed in both
    and the probe passes the same checks as the corpus (staff names, the practice's own details, ids)."""

    def test_blind_jsonl_matches_its_source(self):
        blind = build.CORPUS / "blind"
        sources = sorted(blind.glob("*.txt"))
        self.assertGreater(len(sources), 0)
        for src in sources:
            with self.subTest(probe=src.name):
                built = [json.dumps(r, ensure_ascii=False, sort_keys=True) for r in build.build_records([src])]
                jsonl = src.with_suffix(".jsonl").read_text(encoding="utf-8").splitlines()
                stored = sorted((json.dumps(json.loads(l), ensure_ascii=False, sort_keys=True) for l in jsonl if l.strip()),
                                key=lambda l: json.loads(l)["id"])
                self.assertEqual(built, stored)
