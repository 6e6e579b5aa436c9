//! Identifier recognizers: one small unit per kind of identifier, each with a name, a base
//! score and context words that raise or lower it, registered in [`registry`].
//!
//! A recognizer reports every span that has the *form* of an identifier. Whether the span is
//! tied to a patient (and so a violation) is decided later, by the disclosure analysis.

mod email;
mod phone;

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

/// One kind of identifier.
pub trait Recognizer: Send + Sync {
    /// A stable name (`phone`, `email`, ...).
    fn name(&self) -> &'static str;
    /// Appends every identifier found in `text` to `out`.
    fn find(&self, text: &str, out: &mut Vec<Ident>);
}

/// Every recognizer, in one place. Add a new one here.
pub fn registry() -> Vec<Box<dyn Recognizer>> {
    vec![Box::new(email::Email::new()), Box::new(phone::Phone::new())]
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

/// Keeps the best of overlapping spans (score, then length), sorted by start.
pub fn resolve_overlaps(mut all: Vec<Ident>) -> Vec<Ident> {
    all.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then((b.end - b.start).cmp(&(a.end - a.start)))
            .then(a.start.cmp(&b.start))
    });
    let mut kept: Vec<Ident> = Vec::with_capacity(all.len());
    for id in all {
        if !kept.iter().any(|k| k.start < id.end && id.start < k.end) {
            kept.push(id);
        }
    }
    kept.sort_by_key(|k| (k.start, k.end));
    kept
}

#[cfg(test)]
pub(crate) mod test_util {
    use super::*;

    /// The (entity, quoted text) pairs found in `text` by all recognizers.
    pub fn found(text: &str) -> Vec<(Entity, String)> {
        find_all(&registry(), text)
            .into_iter()
            .map(|i| (i.entity, text[i.start..i.end].to_string()))
            .collect()
    }
}
