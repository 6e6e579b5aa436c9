//! The rule-pack format: what `rules/*.toml` holds. Shared by `build.rs` (which validates the
//! packs and embeds them as JSON) and the engine (which compiles them). Keep this file free of
//! crate-internal imports: `build.rs` includes it by path.

use serde::{Deserialize, Serialize};

/// One `rules/*.toml` file.
#[derive(Serialize, Deserialize, Debug, Clone, Default)]
#[serde(deny_unknown_fields)]
pub struct PackFile {
    #[serde(default)]
    pub rule: Vec<RuleSpec>,
}

/// One rule of the policy catalog, with the phrases that detect it and the examples that test it.
#[derive(Serialize, Deserialize, Debug, Clone, Default)]
#[serde(deny_unknown_fields)]
pub struct RuleSpec {
    /// Catalog id, e.g. `dispute-blame`.
    pub id: String,
    /// Short title shown on the warning card.
    pub title: String,
    /// `privacy`, `conduct` or `promotion`: how the popup groups rules.
    pub kind: String,
    /// Default severity: `violation` or `caution`.
    pub severity: String,
    /// One sentence: why this matters.
    pub why: String,
    /// Where the rule comes from (regulation, guidance, enforcement case).
    pub reference: String,
    /// Message for a finding; `{quote}` is replaced by the flagged text.
    pub message: String,
    /// A compliant rewrite; `{contact}` is replaced by the practice's contact line.
    #[serde(default)]
    pub suggestion: String,
    /// Sentences that must trigger this rule; the expected span is written in `[brackets]`.
    #[serde(default)]
    pub examples: Vec<String>,
    /// Sentences that must not trigger this rule.
    #[serde(default)]
    pub counterexamples: Vec<String>,
    /// Phrase and pattern matchers; a rule detected only in code has none.
    #[serde(default, rename = "match")]
    pub matchers: Vec<MatchSpec>,
}

/// A set of phrases and patterns for some languages.
#[derive(Serialize, Deserialize, Debug, Clone, Default)]
#[serde(deny_unknown_fields)]
pub struct MatchSpec {
    /// ISO 639-1 codes this matcher applies to; empty means every language.
    #[serde(default)]
    pub langs: Vec<String>,
    /// Literal phrases, matched case-insensitively on word boundaries; any run of spaces
    /// matches any whitespace and `'` matches both apostrophes. `{n}` stands for a number.
    #[serde(default)]
    pub phrases: Vec<String>,
    /// Regular expressions (Rust `regex` syntax), case-insensitive unless they say `(?-i)`.
    #[serde(default)]
    pub patterns: Vec<String>,
    /// Phrases or patterns (prefix `re:`) that, found in the same sentence, cancel a match.
    #[serde(default)]
    pub unless: Vec<String>,
    /// Phrases or patterns (prefix `re:`) of which one must be in the same sentence.
    #[serde(default)]
    pub requires: Vec<String>,
    /// Negations: phrases or patterns (prefix `re:`) that cancel a match when they occur in
    /// the same sentence shortly before it (within 40 bytes): "we [can't] guarantee".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unless_before: Vec<String>,
    /// Phrases or patterns (prefix `re:`) that cancel a match when found anywhere in the
    /// reply, e.g. risk information in another sentence of a drug post.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unless_text: Vec<String>,
    /// Phrases or patterns (prefix `re:`) of which one must occur somewhere in the reply: a
    /// fact implied across two sentences ("Dr. Lee won't be in. [The divorce] hit him hard.").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub requires_text: Vec<String>,
    /// Written by `build.rs`, never in a pack (it overwrites whatever is there): literals,
    /// in canonical case (`needles::canon`), one of which occurs in every match of this matcher's patterns (its
    /// `re:` phrases and `patterns`; those of plain phrases are worked out by the engine).
    /// `None`: the matcher has no patterns; empty: no such list (the matcher always runs).
    /// Lets a reply skip the matchers none of whose needles it contains.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pattern_needles: Option<Vec<String>>,
}

/// Turns a literal phrase into a regex: case-insensitive, word-bounded, any whitespace between
/// words, either apostrophe, `{n}` for a number. Here (not in the engine) because `build.rs`
/// reads the same regexes to list a matcher's prefixes.
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
                _ => out.push_str(&regex_syntax::escape(c.encode_utf8(&mut [0; 4]))),
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

/// The source of one alternation of phrases and `re:`-prefixed patterns (and plain
/// `patterns`), case-insensitive; `None` when there is nothing to match.
pub fn alternation_source(items: &[String], patterns: &[String]) -> Option<String> {
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
        return None;
    }
    Some(format!("(?i)(?:{})", parts.join("|")))
}
