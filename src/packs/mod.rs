//! Rule packs: the catalog's rules written as data (`rules/*.toml`), compiled into matchers.
//!
//! Each rule carries its title, severity, message, suggestion and the examples that must and
//! must not trigger it. Adding a phrase or a language to a rule is an edit to a pack, not to
//! Rust. Rules whose detection needs code (identifiers tied to a patient) still take their
//! words from their pack.

pub mod schema;

use crate::finding::Severity;
use regex::Regex;
use schema::{MatchSpec, PackFile, RuleSpec};
use std::collections::HashMap;
use std::sync::OnceLock;

/// The packs compiled into this build (validated by `build.rs`).
pub fn builtin() -> &'static [RuleSpec] {
    static PACKS: OnceLock<Vec<RuleSpec>> = OnceLock::new();
    PACKS.get_or_init(|| {
        let json = include_str!(concat!(env!("OUT_DIR"), "/packs.json"));
        let file: PackFile = serde_json::from_str(json).expect("build.rs wrote valid packs");
        file.rule
    })
}

/// A rule's metadata, as the card and the popup show it.
#[derive(Debug, Clone)]
pub struct RuleMeta {
    pub spec: RuleSpec,
    pub severity: Severity,
}

/// A phrase/pattern matcher of one rule.
#[derive(Debug)]
struct Matcher {
    rule: usize,
    langs: Vec<String>,
    re: Regex,
    unless: Option<Regex>,
    requires: Option<Regex>,
    unless_before: Option<Regex>,
    unless_text: Option<Regex>,
}

/// How far before a match (in bytes) `unless_before` negations are looked for.
pub const NEGATION_WINDOW: usize = 40;

/// A match of a pack rule: rule index and byte span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub rule: usize,
    pub start: usize,
    pub end: usize,
}

/// All rules of the catalog with their compiled matchers.
#[derive(Debug)]
pub struct RuleSet {
    rules: Vec<RuleMeta>,
    by_id: HashMap<String, usize>,
    matchers: Vec<Matcher>,
}

/// Turns a literal phrase into a regex: case-insensitive, word-bounded, any whitespace between
/// words, either apostrophe, `{n}` for a number.
pub fn phrase_regex(phrase: &str) -> String {
    let mut out = String::new();
    let trimmed = phrase.trim();
    let starts_word = trimmed.chars().next().is_some_and(is_word_char);
    let ends_word = trimmed.chars().last().is_some_and(is_word_char);
    if starts_word {
        out.push_str(r"\b");
    }
    let mut first = true;
    for word in trimmed.split_whitespace() {
        if !first {
            out.push_str(r"\s+");
        }
        first = false;
        let mut rest = word;
        while !rest.is_empty() {
            if let Some(after) = rest.strip_prefix("{n}") {
                out.push_str(r"\d+(?:[.,]\d+)?");
                rest = after;
                continue;
            }
            let c = rest.chars().next().unwrap();
            match c {
                '\'' | '’' => out.push_str("['’]"),
                '-' => out.push_str("[-‐‑–]?"),
                _ => out.push_str(&regex::escape(c.encode_utf8(&mut [0; 4]))),
            }
            rest = &rest[c.len_utf8()..];
        }
    }
    if ends_word {
        out.push_str(r"\b");
    }
    out
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '{'
}

/// Compiles phrases and `re:`-prefixed patterns into one alternation.
fn alternation(items: &[String], patterns: &[String]) -> Result<Option<Regex>, String> {
    let mut parts: Vec<String> = Vec::new();
    // Longer phrases first: the regex takes the first alternative that matches at a
    // position, and "5-star review" must win over "5-star".
    let mut phrases: Vec<&String> = items.iter().filter(|i| !i.starts_with("re:")).collect();
    phrases.sort_by_key(|p| std::cmp::Reverse(p.chars().count()));
    parts.extend(phrases.into_iter().map(|p| phrase_regex(p)));
    for item in items {
        if let Some(p) = item.strip_prefix("re:") {
            parts.push(format!("(?:{p})"));
        }
    }
    for p in patterns {
        parts.push(format!("(?:{p})"));
    }
    if parts.is_empty() {
        return Ok(None);
    }
    let src = format!("(?i)(?:{})", parts.join("|"));
    regex::RegexBuilder::new(&src)
        .size_limit(8 << 20)
        .build()
        .map(Some)
        .map_err(|e| e.to_string())
}

impl RuleSet {
    /// Compiles rule specs (normally [`builtin`]).
    pub fn compile(specs: &[RuleSpec]) -> Result<RuleSet, String> {
        let mut rules = Vec::new();
        let mut by_id = HashMap::new();
        let mut matchers = Vec::new();
        for spec in specs {
            let idx = rules.len();
            let severity = match spec.severity.as_str() {
                "violation" => Severity::Violation,
                _ => Severity::Caution,
            };
            by_id.insert(spec.id.clone(), idx);
            for m in &spec.matchers {
                matchers
                    .push(compile_matcher(idx, m).map_err(|e| format!("rule `{}`: {e}", spec.id))?);
            }
            rules.push(RuleMeta {
                spec: spec.clone(),
                severity,
            });
        }
        Ok(RuleSet {
            rules,
            by_id,
            matchers,
        })
    }

    pub fn rules(&self) -> &[RuleMeta] {
        &self.rules
    }

    pub fn index(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    pub fn get(&self, id: &str) -> Option<&RuleMeta> {
        self.index(id).map(|i| &self.rules[i])
    }

    /// Every pack match in `text` for language `lang`. `sentences` are the byte ranges that
    /// `unless`/`requires` look in.
    /// Overlapping matches of one rule are reduced to the leftmost-longest ones.
    pub fn find(&self, text: &str, lang: &str, sentences: &[(usize, usize)], out: &mut Vec<Hit>) {
        let mut found = Vec::new();
        for m in &self.matchers {
            if !m.langs.is_empty() && !m.langs.iter().any(|l| l == lang) {
                continue;
            }
            if m.unless_text.as_ref().is_some_and(|u| u.is_match(text)) {
                continue;
            }
            for hit in m.re.find_iter(text) {
                if hit.start() == hit.end() {
                    continue;
                }
                let (s, e) = sentence_of(sentences, hit.start(), text.len());
                let sentence = &text[s..e];
                if m.unless.as_ref().is_some_and(|u| u.is_match(sentence)) {
                    continue;
                }
                if m.requires.as_ref().is_some_and(|r| !r.is_match(sentence)) {
                    continue;
                }
                if let Some(neg) = &m.unless_before {
                    let from = floor_char(text, hit.start().saturating_sub(NEGATION_WINDOW)).max(s);
                    if neg.is_match(&text[from..hit.start()]) {
                        continue;
                    }
                }
                found.push(Hit {
                    rule: m.rule,
                    start: hit.start(),
                    end: hit.end(),
                });
            }
        }
        found.sort_by_key(|h| (h.rule, h.start, std::cmp::Reverse(h.end)));
        let mut last: Option<Hit> = None;
        for h in found {
            if last.is_some_and(|l| l.rule == h.rule && h.start < l.end) {
                continue;
            }
            out.push(h);
            last = Some(h);
        }
    }
}

fn compile_matcher(rule: usize, m: &MatchSpec) -> Result<Matcher, String> {
    let re = alternation(&m.phrases, &m.patterns)?
        .ok_or("a [[rule.match]] has no phrases or patterns")?;
    Ok(Matcher {
        rule,
        langs: m.langs.clone(),
        re,
        unless: alternation(&m.unless, &[])?,
        requires: alternation(&m.requires, &[])?,
        unless_before: alternation(&m.unless_before, &[])?,
        unless_text: alternation(&m.unless_text, &[])?,
    })
}

/// The largest char boundary of `text` at or before `i`.
fn floor_char(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The policy's own detectors as rules: `custom-term` for the blocked terms (always present,
/// so that its severity can be set), and one rule per custom pattern, all of kind `custom`.
pub fn custom_specs(custom: &crate::policy::Custom) -> Vec<RuleSpec> {
    let terms: Vec<String> = custom
        .blocked_terms
        .iter()
        .filter(|t| !t.trim().is_empty())
        .map(|t| phrase_regex(t))
        .collect();
    let mut out = vec![RuleSpec {
        id: crate::policy::CUSTOM_TERM_RULE.to_string(),
        title: "Term the practice blocks".into(),
        kind: "custom".into(),
        severity: "violation".into(),
        why: "The practice's policy does not allow this term in public replies.".into(),
        reference: "Practice policy (custom.blocked_terms)".into(),
        message: "Uses a term the practice's policy blocks: '{quote}'".into(),
        matchers: if terms.is_empty() {
            Vec::new()
        } else {
            vec![MatchSpec {
                patterns: terms,
                ..MatchSpec::default()
            }]
        },
        ..RuleSpec::default()
    }];
    for p in &custom.patterns {
        let title = match p.entity {
            Some(e) => format!("Practice identifier format ({})", e.as_str()),
            None => format!("Practice pattern `{}`", p.id),
        };
        out.push(RuleSpec {
            id: p.id.clone(),
            title,
            kind: "custom".into(),
            severity: "violation".into(),
            why: "The practice's policy flags text of this form in public replies.".into(),
            reference: "Practice policy (custom.patterns)".into(),
            message: p.message.clone().unwrap_or_else(|| {
                format!("Matches the practice's pattern `{}`: '{{quote}}'", p.id)
            }),
            matchers: vec![MatchSpec {
                patterns: vec![p.pattern.clone()],
                ..MatchSpec::default()
            }],
            ..RuleSpec::default()
        });
    }
    out
}

/// The sentence range holding byte `at` (the whole text when no sentence does).
pub fn sentence_of(sentences: &[(usize, usize)], at: usize, len: usize) -> (usize, usize) {
    let i = sentences.partition_point(|&(_, e)| e <= at);
    sentences
        .get(i)
        .copied()
        .filter(|&(s, _)| s <= at)
        .unwrap_or((0, len))
}

/// Splits an example written with `[brackets]` around the expected spans into plain text
/// and the spans' byte ranges.
pub fn parse_example(marked: &str) -> (String, Vec<(usize, usize)>) {
    let mut text = String::new();
    let mut spans = Vec::new();
    let mut open = None;
    for c in marked.chars() {
        match c {
            '[' if open.is_none() => open = Some(text.len()),
            ']' if open.is_some() => spans.push((open.take().unwrap(), text.len())),
            _ => text.push(c),
        }
    }
    (text, spans)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrase_matches_apostrophes_and_spaces() {
        let re = Regex::new(&format!("(?i){}", phrase_regex("that's not what happened"))).unwrap();
        assert!(re.is_match("Well, That’s  not what happened."));
        assert!(!re.is_match("thats not what happened"));
    }

    #[test]
    fn phrase_number_placeholder() {
        let re = Regex::new(&format!("(?i){}", phrase_regex("{n} stars"))).unwrap();
        assert_eq!(
            re.find("leave 5 stars now").map(|m| m.as_str()),
            Some("5 stars")
        );
    }

    #[test]
    fn example_brackets() {
        let (t, s) = parse_example("You [never showed up] today.");
        assert_eq!(t, "You never showed up today.");
        assert_eq!(s, vec![(4, 19)]);
    }

    #[test]
    fn builtin_packs_compile() {
        let set = RuleSet::compile(builtin()).unwrap();
        assert!(set.get("phi-name").is_some());
    }
}
