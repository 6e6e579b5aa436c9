//! Identifier recognizers: one small unit per kind of identifier, each with a name, a base
//! score and context words that raise or lower it, registered in [`registry`].
//!
//! A recognizer reports every span that has the *form* of an identifier. Whether the span is
//! tied to a patient (and so a violation) is decided later, by the disclosure analysis.

pub(crate) mod address;
mod age;
mod card;
mod date;
mod email;
mod idnum;
pub mod names;
mod phone;
mod ssn;
mod vin;
mod web;
mod zip;

use crate::finding::Entity;

/// A span that looks like a personal identifier.
#[derive(Debug, Clone, PartialEq)]
pub struct Ident {
    pub entity: Entity,
    /// Byte offsets into the scanned text.
    pub start: usize,
    pub end: usize,
    /// Confidence in 0..=1 after context words were weighed.
    pub score: f32,
    /// Which recognizer found it (for `replyguard check` and debugging).
    pub recognizer: &'static str,
}

impl Ident {
    /// The identifier a recognizer's regex match `m` is: its `entity`, span and `score`.
    pub fn at(entity: Entity, m: regex::Match, score: f32, recognizer: &'static str) -> Ident {
        Ident {
            entity,
            start: m.start(),
            end: m.end(),
            score,
            recognizer,
        }
    }
}

/// One kind of identifier.
pub trait Recognizer: Send + Sync {
    /// A stable name (`phone`, `email`, ...).
    fn name(&self) -> &'static str;
    /// Appends every identifier found in `text` to `out`.
    fn find(&self, text: &str, out: &mut Vec<Ident>);
}

/// Every recognizer, in one place. Add a new one here.
pub fn registry() -> Vec<Box<dyn Recognizer>> {
    vec![
        Box::new(email::Email::new()),
        Box::new(phone::Phone::new()),
        Box::new(ssn::Ssn::new()),
        Box::new(idnum::IdNumber::new()),
        Box::new(card::Card::new()),
        Box::new(date::Date::new()),
        Box::new(age::Age::new()),
        Box::new(zip::Zip::new()),
        Box::new(address::Address::new()),
        Box::new(web::Web::new()),
        Box::new(vin::Vin::new()),
        Box::new(names::Names::new()),
    ]
}

/// Rewrites `\b` as an ASCII word boundary. Unicode `\b` stops the regex crate's fast DFA
/// on any non-ASCII text (falling back to a much slower engine), so patterns use ASCII
/// boundaries next to ASCII letters and digits, and check boundaries next to other scripts
/// in code with [`bounded`].
pub fn ascii_b(pattern: &str) -> String {
    pattern.replace(r"\b", r"(?-u:\b)")
}

/// True if `start..end` is not glued to a letter or digit on either side (a Unicode-aware
/// word boundary check for matches found without `\b`).
pub fn bounded(text: &str, start: usize, end: usize) -> bool {
    !text[..start]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
        && !text[end..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric)
}

/// An alternation of literal words, longest first, so that a regex without a trailing `\b`
/// prefers "mayo" to "may" and "Nigeria" to "Niger".
pub fn alternation(words: &[&str]) -> String {
    let mut v: Vec<&str> = words.to_vec();
    v.sort_by(|a, b| b.chars().count().cmp(&a.chars().count()).then(a.cmp(b)));
    v.iter()
        .map(|w| regex::escape(w))
        .collect::<Vec<_>>()
        .join("|")
}

/// How far (in bytes) either side of a span context words are looked for.
pub const CONTEXT_WINDOW: usize = 40;

/// Adjusts `base` by context words found near `start..end`: +`step` if any `boost` word is in
/// the window, -`step` if any `lower` word is. Words match case-insensitively on word starts.
pub fn context_score(
    text: &str,
    start: usize,
    end: usize,
    base: f32,
    boost: &[&str],
    lower: &[&str],
    step: f32,
) -> f32 {
    let lo = floor_char(text, start.saturating_sub(CONTEXT_WINDOW));
    let hi = ceil_char(text, (end + CONTEXT_WINDOW).min(text.len()));
    let window = text[lo..hi].to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| contains_word(&window, w));
    let mut s = base;
    if has(boost) {
        s += step;
    }
    if has(lower) {
        s -= step;
    }
    s.clamp(0.0, 1.0)
}

/// True if `hay` holds `word` starting at a word boundary.
pub fn contains_word(hay: &str, word: &str) -> bool {
    hay.match_indices(word).any(|(i, _)| {
        i == 0
            || !hay[..i]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
    })
}

/// Largest char boundary <= i.
pub fn floor_char(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Smallest char boundary >= i.
pub fn ceil_char(s: &str, mut i: usize) -> usize {
    while i < s.len() && !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Runs every recognizer and resolves overlaps: where two spans overlap, the higher score
/// wins, then the longer span. Results are sorted by start.
pub fn find_all(recognizers: &[Box<dyn Recognizer>], text: &str) -> Vec<Ident> {
    let mut all = Vec::new();
    for r in recognizers {
        r.find(text, &mut all);
    }
    resolve_overlaps(all)
}

/// Keeps the best of overlapping spans (score, then length), sorted by start. Kept spans never
/// overlap, so each candidate is checked against its two neighbours in a sorted map: linear
/// after the sort, whatever the number of spans.
pub fn resolve_overlaps(mut all: Vec<Ident>) -> Vec<Ident> {
    all.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then((b.end - b.start).cmp(&(a.end - a.start)))
            .then(a.start.cmp(&b.start))
    });
    // start -> end of each kept span.
    let mut kept_at: std::collections::BTreeMap<usize, usize> = std::collections::BTreeMap::new();
    let mut kept: Vec<Ident> = Vec::with_capacity(all.len());
    for id in all {
        // The kept span starting last before id.end is the only one that can overlap it
        // from the left or inside, because kept spans are disjoint.
        let clash = kept_at
            .range(..id.end)
            .next_back()
            .is_some_and(|(_, &end)| end > id.start);
        if !clash && id.end > id.start {
            kept_at.insert(id.start, id.end);
            kept.push(id);
        }
    }
    kept.sort_by_key(|k| (k.start, k.end));
    kept
}

#[cfg(test)]
pub(crate) mod test_util {
    use super::*;

    /// The (entity, quoted text) pairs that `--identifiers` would report in `text` (all
    /// recognizers, overlaps resolved, scores at or above the report threshold).
    pub fn found(text: &str) -> Vec<(Entity, String)> {
        thread_local! {
            static ALL: Vec<Box<dyn Recognizer>> = registry();
        }
        ALL.with(|all| {
            find_all(all, text)
                .into_iter()
                .filter(|i| i.score >= crate::disclosure::MIN_SCORE)
                .map(|i| (i.entity, text[i.start..i.end].to_string()))
                .collect()
        })
    }

    /// The quoted spans of one entity that `--identifiers` would report in `text`.
    pub fn found_kind(text: &str, entity: Entity) -> Vec<String> {
        found(text)
            .into_iter()
            .filter(|(e, _)| *e == entity)
            .map(|(_, s)| s)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(start: usize, end: usize, score: f32) -> Ident {
        Ident {
            entity: Entity::Date,
            start,
            end,
            score,
            recognizer: "t",
        }
    }

    #[test]
    fn overlaps_keep_the_best_span() {
        let kept = resolve_overlaps(vec![
            id(0, 10, 0.5),
            id(2, 4, 0.9),
            id(8, 12, 0.6),
            id(12, 14, 0.5),
            id(20, 30, 0.7),
            id(25, 26, 0.7),
        ]);
        let spans: Vec<(usize, usize)> = kept.iter().map(|k| (k.start, k.end)).collect();
        assert_eq!(spans, vec![(2, 4), (8, 12), (12, 14), (20, 30)]);
    }
}
