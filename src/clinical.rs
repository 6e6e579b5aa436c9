//! Clinical vocabulary: finds diagnoses, procedures, drugs, tests, symptoms and body parts in a
//! reply, per language, in one pass.
//!
//! The vocabulary is a set of word lists in the `data` branch format (one lower-case entry per
//! line, `entry<TAB>flags`, `#` comments), embedded at build time from `data/clinical/*.txt`
//! (see `build.rs`) plus a small core list below so the engine works without them. A list's
//! language and kind come from its file name: `drugs.txt` (every language), `procedures.es.txt`,
//! `lay-de.txt`... An entry flagged `w` is also an everyday word ("cast", "crown", "cold"): the
//! disclosure analysis wants stronger evidence before it reports one.
//!
//! Matching is case-insensitive and word-bounded. Inflected languages get a little slack at
//! word ends (German and Russian endings, English/Spanish/French plurals) and Arabic at both
//! ends (attached articles, prepositions and pronouns), so `операции` matches `операция`'s stem
//! entry `операци` and `بموعدك` needs no list of its own.

use crate::lang::LANGS;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use std::sync::OnceLock;

/// What a clinical term names. Body parts and care words disclose only with a strong tie.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Drug,
    Procedure,
    Condition,
    Test,
    Symptom,
    /// A body part or device ("knee", "crown", "braces").
    Body,
    /// Generic care words ("meds", "treatment", "results").
    Care,
}

/// A vocabulary entry.
#[derive(Debug, Clone)]
struct Entry {
    /// Bit per language of [`LANGS`]; all bits set for language-neutral lists (drug names).
    langs: u8,
    kind: Kind,
    /// Also an everyday word: wants a stronger tie.
    common: bool,
}

/// A clinical term found in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Term {
    /// Byte offsets into the text searched.
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// The entry is also an everyday word.
    pub common: bool,
    /// Index of the vocabulary entry, equal for the same term in two texts.
    pub entry: usize,
}

/// The compiled vocabulary.
pub struct Vocab {
    ac: AhoCorasick,
    entries: Vec<Entry>,
    words: Vec<String>,
    /// Entry index by its text, for compound heads (see [`Vocab::find`]).
    index: std::collections::HashMap<String, usize>,
}

/// Language-neutral entries (drug brands) that are ordinary words of one language, checked
/// against the Debian word lists for German, Spanish and French: "rufen" is a German verb.
const NOT_IN: &[(&str, &[&str])] = &[
    ("de", &["rufen", "lastet", "modus"]),
    (
        "es",
        &["cambia", "cera", "dala", "copal", "almora", "lustral"],
    ),
    (
        "fr",
        &[
            "agit", "promet", "sortis", "surfont", "striant", "copal", "modus", "lustral",
        ],
    ),
];

/// Lists shipped with the engine so it works before (and besides) the `data` lists. Entries
/// are the hand-checked core that the disclosure tests rely on.
const CORE: &str = include_str!("clinical/core.txt");

/// The vocabulary built from the core list and every embedded `data/clinical` list.
pub fn vocab() -> &'static Vocab {
    static V: OnceLock<Vocab> = OnceLock::new();
    V.get_or_init(|| {
        // build.rs embeds the lists front-coded (smaller gzipped); every line comes back.
        let data = crate::text::front_decode(include_str!(concat!(
            env!("OUT_DIR"),
            "/clinical_lists.txt"
        )));
        Vocab::from_lists(&[CORE, &data])
    })
}

fn lang_bit(lang: &str) -> u8 {
    LANGS
        .iter()
        .position(|l| *l == lang)
        .map(|i| 1u8 << i)
        .unwrap_or(0)
}

const ALL_LANGS: u8 = 0x7f;

/// Language bits and kind named by a list's file name (`procedures.es.txt`).
fn describe_file(name: &str) -> (u8, Kind) {
    let mut langs = 0u8;
    let mut kind = Kind::Condition;
    for tok in name
        .trim_end_matches(".txt")
        .split(['.', '-', '_'])
        .map(str::to_ascii_lowercase)
    {
        langs |= lang_bit(&tok);
        kind = match tok.as_str() {
            t if t.starts_with("drug") || t.starts_with("med") || t.starts_with("rx") => Kind::Drug,
            t if t.starts_with("proc") || t.starts_with("surg") || t.starts_with("treat") => {
                Kind::Procedure
            }
            t if t.starts_with("test") || t.starts_with("lab") => Kind::Test,
            t if t.starts_with("symp") => Kind::Symptom,
            t if t.starts_with("body") || t.starts_with("anat") || t.starts_with("device") => {
                Kind::Body
            }
            t if t.starts_with("care") => Kind::Care,
            t if t.starts_with("cond") || t.starts_with("diag") || t.starts_with("dx") => {
                Kind::Condition
            }
            _ => kind,
        };
    }
    (if langs == 0 { ALL_LANGS } else { langs }, kind)
}

/// Kind named by an entry's flags, when they name one (the `data` lists' letters: `d`
/// diagnosis, `p` procedure, `m` medication, `t` test; ours: `s` symptom, `b` body part, `g`
/// generic care word).
fn kind_from_flags(flags: &str, default: Kind) -> Kind {
    for c in flags.chars() {
        return match c {
            'd' => Kind::Condition,
            'p' => Kind::Procedure,
            'm' => Kind::Drug,
            't' => Kind::Test,
            's' => Kind::Symptom,
            'b' => Kind::Body,
            'g' => Kind::Care,
            _ => continue,
        };
    }
    default
}

impl Vocab {
    /// Builds a vocabulary from list texts (each a sequence of `@file NAME` sections).
    pub fn from_lists(lists: &[&str]) -> Vocab {
        let mut index: std::collections::HashMap<String, usize> = Default::default();
        let mut words: Vec<String> = Vec::new();
        let mut entries: Vec<Entry> = Vec::new();
        for list in lists {
            let (mut langs, mut kind) = (ALL_LANGS, Kind::Condition);
            for line in list.lines() {
                if let Some(name) = line.strip_prefix("@file ") {
                    (langs, kind) = describe_file(name.trim());
                    continue;
                }
                let line = line.trim_end();
                if line.trim().is_empty() || line.starts_with('#') {
                    continue;
                }
                let (word, flags) = line.split_once('\t').unwrap_or((line, ""));
                let word = word.trim().to_lowercase();
                if word.chars().count() < 3 {
                    continue;
                }
                let mut lang_bits = langs;
                for tok in flags.split([',', ' ']) {
                    if tok.len() == 2 && lang_bit(tok) != 0 {
                        lang_bits = if lang_bits == langs { 0 } else { lang_bits };
                        lang_bits |= lang_bit(tok);
                    }
                }
                let kind = kind_from_flags(flags.split([',', ' ']).next().unwrap_or(""), kind);
                // `w`: also an everyday word; `n`: also a person's name ("Allegra").
                let common = flags
                    .split([',', ' '])
                    .next()
                    .unwrap_or("")
                    .contains(['w', 'n']);
                match index.get(&word) {
                    Some(&i) => {
                        entries[i].langs |= lang_bits;
                        entries[i].common &= common;
                    }
                    None => {
                        index.insert(word.clone(), words.len());
                        words.push(word);
                        entries.push(Entry {
                            langs: lang_bits,
                            kind,
                            common,
                        });
                    }
                }
            }
        }
        let ac = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .build(&words)
            .expect("clinical vocabulary compiles");
        Vocab {
            ac,
            entries,
            words,
            index,
        }
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The entry text of a term.
    pub fn word(&self, entry: usize) -> &str {
        &self.words[entry]
    }

    /// Clinical terms of language `lang` in `text`: longest first where they overlap, sorted by
    /// start.
    pub fn find(&self, text: &str, lang: &str) -> Vec<Term> {
        let bit = lang_bit(lang).max(1);
        let (lower, map) = lowercase_map(text);
        let mut found: Vec<Term> = Vec::new();
        for m in self.ac.find_overlapping_iter(&lower) {
            let e = &self.entries[m.pattern().as_usize()];
            if e.langs & bit == 0 {
                continue;
            }
            let word = self.words[m.pattern().as_usize()].as_str();
            if e.langs == ALL_LANGS
                && NOT_IN
                    .iter()
                    .any(|(l, ws)| *l == lang && ws.contains(&word))
            {
                continue;
            }
            let Some((s, t)) = bounded(&lower, m.start(), m.end(), lang) else {
                continue;
            };
            found.push(Term {
                start: map[s],
                end: map[t],
                kind: e.kind,
                common: e.common,
                entry: m.pattern().as_usize(),
            });
        }
        if lang == "de" {
            found.extend(self.german_compounds(text, &lower, &map, bit));
        }
        found.sort_by(|a, b| {
            (b.end - b.start)
                .cmp(&(a.end - a.start))
                .then(a.start.cmp(&b.start))
        });
        let mut kept: Vec<Term> = Vec::new();
        for t in found {
            if !kept.iter().any(|k| k.start < t.end && t.start < k.end) {
                kept.push(t);
            }
        }
        kept.sort_by_key(|t| t.start);
        kept
    }
}

impl Vocab {
    /// clin10: German writes a kind of care as a compound whose head is the clinical noun
    /// ("Grippeimpfung", "Mandel-OP", "Knie-OP", "Hüftoperation", "Blinddarmentzündung"), so
    /// a word-bounded list misses most of them. A word whose last part (after at least three
    /// letters, or after a hyphen) is a German diagnosis, procedure, test or drug entry of at
    /// least four letters, or "OP" in capitals, is that term, spanning the whole compound.
    /// Everyday entries (`w`) and care/body words are not heads: "Qualitätskontrolle" and
    /// "Impfaktion" stay words.
    fn german_compounds(&self, text: &str, lower: &str, map: &[usize], bit: u8) -> Vec<Term> {
        let op = self.index.get("operation").copied();
        let mut out = Vec::new();
        let mut start = None;
        let bytes: Vec<(usize, char)> = lower.char_indices().collect();
        for (k, &(i, c)) in bytes.iter().enumerate() {
            let word_char = c.is_alphabetic() || (c == '-' && start.is_some());
            if word_char && start.is_none() {
                start = Some(i);
            }
            let last = k + 1 == bytes.len();
            if (!word_char || last) && start.is_some() {
                let s = start.take().unwrap();
                let e = if word_char && last { lower.len() } else { i };
                let word = lower[s..e].trim_end_matches('-');
                let e = s + word.len();
                if let Some(entry) = self.compound_head(word, &text[map[s]..map[e]], op, bit) {
                    let en = &self.entries[entry];
                    out.push(Term {
                        start: map[s],
                        end: map[e],
                        kind: en.kind,
                        common: false,
                        entry,
                    });
                }
            }
        }
        out
    }

    /// The entry that heads compound `word` (lower case; `original` as written), if any.
    fn compound_head(
        &self,
        word: &str,
        original: &str,
        op: Option<usize>,
        bit: u8,
    ) -> Option<usize> {
        if let Some((_, tail)) = original.rsplit_once('-') {
            if tail == "OP" {
                return op;
            }
        }
        if original == "OP" {
            return op;
        }
        for (i, _) in word.char_indices().skip(3) {
            let tail = word[i..].trim_start_matches('-');
            if tail.chars().count() < 4 {
                break;
            }
            if let Some(&e) = self.index.get(tail) {
                let en = &self.entries[e];
                if en.langs & bit != 0 && !en.common && !matches!(en.kind, Kind::Body | Kind::Care)
                {
                    return Some(e);
                }
            }
        }
        None
    }
}

/// `text` lower-cased, and for each byte of it (plus one past the end) the offset in `text`
/// of the character it came from.
fn lowercase_map(text: &str) -> (String, Vec<usize>) {
    let mut lower = String::with_capacity(text.len());
    let mut map = Vec::with_capacity(text.len() + 1);
    for (i, c) in text.char_indices() {
        for l in c.to_lowercase() {
            let before = lower.len();
            lower.push(l);
            map.extend(std::iter::repeat_n(i, lower.len() - before));
        }
    }
    map.push(text.len());
    (lower, map)
}

/// Extends a raw match to whole-word limits allowed for `lang`, or `None` when it sits inside
/// a longer word.
fn bounded(text: &str, start: usize, end: usize, lang: &str) -> Option<(usize, usize)> {
    let before: Vec<char> = text[..start]
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric())
        .collect();
    let after: String = text[end..]
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .collect();
    let prefix_ok = match lang {
        // Attached conjunction, preposition and article: و ف ب ل ك + ال.
        "ar" => {
            let p: String = before.iter().rev().collect();
            p.is_empty()
                || [
                    "ال", "و", "ف", "ب", "ل", "وال", "بال", "فال", "لل", "ول", "وب",
                ]
                .contains(&p.as_str())
        }
        _ => before.is_empty(),
    };
    if !prefix_ok {
        return None;
    }
    let suffix_ok = match lang {
        "ru" | "de" => after.chars().count() <= 3,
        "ar" => ["", "ك", "ه", "ها", "ي", "كم", "ات", "ة"].contains(&after.as_str()),
        "id" => ["", "nya", "mu", "ku"].contains(&after.as_str()),
        _ => ["", "s", "es"].contains(&after.as_str()),
    };
    if !suffix_ok {
        return None;
    }
    Some((
        start - before.iter().map(|c| c.len_utf8()).sum::<usize>(),
        end + after.len(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_compounds_take_their_head() {
        assert_eq!(
            terms("Ihre Tochter war so tapfer bei der Mandel-OP.", "de"),
            ["Mandel-OP"]
        );
        assert_eq!(terms("zur Grippeimpfung bei uns", "de"), ["Grippeimpfung"]);
        assert_eq!(terms("Ihr Knie nach der OP", "de"), ["Knie", "OP"]);
        assert!(terms("eine Grippeimpfaktion für alle", "de").is_empty());
        assert!(terms("Die Opa-Gruppe trifft sich", "de").is_empty());
    }

    fn terms(text: &str, lang: &str) -> Vec<String> {
        vocab()
            .find(text, lang)
            .iter()
            .map(|t| text[t.start..t.end].to_string())
            .collect()
    }

    #[test]
    fn finds_lay_and_clinical_terms_word_bounded() {
        assert_eq!(
            terms(
                "Glad the Root Canal went fine and the lisinopril helped.",
                "en"
            ),
            vec!["Root Canal", "lisinopril"]
        );
        // "chemo" inside "chemotherapy" is the longer entry, not two terms.
        assert_eq!(terms("after chemotherapy", "en"), vec!["chemotherapy"]);
        // No match inside a longer word.
        assert!(terms("the scanner is new", "en").is_empty());
    }

    #[test]
    fn plurals_and_inflections() {
        assert_eq!(terms("two fillings", "en"), vec!["fillings"]);
        assert_eq!(terms("после операции", "ru"), vec!["операции"]);
        assert_eq!(
            terms("nach der Wurzelbehandlung", "de"),
            vec!["Wurzelbehandlung"]
        );
    }

    #[test]
    fn languages_are_separate() {
        assert_eq!(terms("su endodoncia", "es"), vec!["endodoncia"]);
        assert!(terms("su endodoncia", "en").is_empty());
    }

    #[test]
    fn parses_list_format_and_file_names() {
        let v = Vocab::from_lists(&["@file procedures.fr.txt\n# comment\ndétartrage\tw\n"]);
        assert_eq!(v.len(), 1);
        let t = v.find("Votre DÉTARTRAGE", "fr");
        assert_eq!(
            (t[0].start, t[0].end, t[0].kind, t[0].common),
            (6, 17, Kind::Procedure, true)
        );
        assert!(v.find("détartrage", "en").is_empty());
    }
}
