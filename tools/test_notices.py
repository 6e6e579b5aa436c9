"""Tests for tools/notices.py: `python3 -m unittest tools/test_notices.py` (build.sh test runs them)."""

import sys
import tempfile
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import notices  # noqa: E402


class ChosenLicence(unittest.TestCase):
    def test_mit_is_taken_when_offered(self):
        self.assertEqual(notices.chosen_licence("MIT OR Apache-2.0"), "MIT")
        self.assertEqual(notices.chosen_licence("Apache-2.0 OR MIT"), "MIT")
        self.assertEqual(notices.chosen_licence("Unlicense/MIT"), "MIT")

    def test_every_and_part_is_kept(self):
        self.assertEqual(notices.chosen_licence("(MIT OR Apache-2.0) AND Unicode-3.0"), "MIT AND Unicode-3.0")

    def test_without_mit_the_first_option_is_named(self):
        self.assertEqual(notices.chosen_licence("Apache-2.0 OR BSL-1.0"), "Apache-2.0")


class CopyrightLines(unittest.TestCase):
    def crate(self, files):
        d = Path(tempfile.mkdtemp()) / "demo-1.0.0"
        d.mkdir()
        for name, text in files.items():
            (d / name).write_text(text)
        return d

    def test_lines_come_from_the_mit_file_not_the_apache_boilerplate(self):
        d = self.crate({"LICENSE-MIT": "Copyright (c) 2019 Jane Doe\n\nPermission is hereby granted",
                        "LICENSE-APACHE": "(c) You must retain ... copyright notice\nCopyright [yyyy] [name]"})
        self.assertEqual(notices.copyright_lines(d, "MIT", []), ["Copyright (c) 2019 Jane Doe"])

    def test_a_mit_file_without_copyright_falls_back_to_the_authors(self):
        d = self.crate({"LICENSE-MIT": "Permission is hereby granted, free of charge",
                        "LICENSE-APACHE": "Copyright 2020 Someone Else"})
        self.assertEqual(notices.copyright_lines(d, "MIT", ["Jane Doe <j@example.com>"]),
                         ["Copyright the demo authors: Jane Doe <j@example.com>"])
        self.assertEqual(notices.copyright_lines(d, "MIT", [], "https://example.com/demo"),
                         ["Copyright the demo authors: https://example.com/demo"])


class Split(unittest.TestCase):
    def test_the_generated_section_is_found_and_the_rest_kept(self):
        text = f"head\n\n{notices.BEGIN}\nold\n{notices.END}\n\ntail\n"
        head, section, tail = notices.split(text)
        self.assertEqual(head, "head\n\n")
        self.assertEqual(section, f"{notices.BEGIN}\nold\n{notices.END}\n")
        self.assertEqual(tail, "tail\n")

    def test_a_file_without_the_section_gets_one_appended(self):
        head, section, tail = notices.split("head only\n")
        self.assertEqual((head, section, tail), ("head only\n\n", None, ""))


if __name__ == "__main__":
    unittest.main()
