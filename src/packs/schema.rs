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
    /// Named word classes (`[classes]` in a pack): phrases, or regexes after `re:`, that the
    /// pack's regexes use as `{@name}`. One broad list ("a symptom, body part or drug", "any
    /// reward", "any act of reviewing") then serves every matcher that combines it with
    /// another, instead of each matcher repeating its own shorter copy. `build.rs` expands
    /// them ([`expand_classes`]) and the engine never sees them. (Embedding them unexpanded
    /// and expanding on load was measured: 8 KB less raw but 1.3 KB more gzipped, because
    /// gzip already shares the copies and the expander's code then ships too.)
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub classes: std::collections::BTreeMap<String, Vec<String>>,
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
    /// Only the tests read them (from the TOML): `build.rs` leaves them out of the engine.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub examples: Vec<String>,
    /// Sentences that must not trigger this rule (tests only, like `examples`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
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
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub langs: Vec<String>,
    /// Literal phrases, matched case-insensitively on word boundaries; any run of spaces
    /// matches any whitespace and `'` matches both apostrophes. `{n}` stands for a number.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phrases: Vec<String>,
    /// Regular expressions (Rust `regex` syntax), case-insensitive unless they say `(?-i)`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub patterns: Vec<String>,
    /// Phrases or patterns (prefix `re:`) that, found in the same sentence, cancel a match.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unless: Vec<String>,
    /// Phrases or patterns (prefix `re:`) of which one must be in the same sentence.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
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
    /// Phrases or patterns (prefix `re:`) of which one must occur in the post or review being
    /// replied to (`Input::context`): advice is individual when it answers someone's own
    /// symptom or drug ("My 2 year old has had diarrhea since yesterday" -> "Flat Coke and
    /// crackers, she'll perk right up"). A reply with no context never satisfies it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub requires_context: Vec<String>,
    /// Written by `build.rs`, never in a pack (it overwrites whatever is there): literals,
    /// in canonical case (`needles::canon`), one of which occurs in every match of this matcher's patterns (its
    /// `re:` phrases and `patterns`; those of plain phrases are worked out by the engine).
    /// `None`: the matcher has no patterns; empty: no such list (the matcher always runs).
    /// Lets a reply skip the matchers none of whose needles it contains.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pattern_needles: Option<Vec<String>>,
    /// Written by `build.rs`, never in a pack: literals in canonical case, one of which occurs
    /// in every match of `requires_context`. A comment holding none of them cannot satisfy it,
    /// so the engine skips the matcher without running its patterns (the context-joined
    /// matchers' own patterns, such as a reply's first clause, have no needles of their own).
    /// `None`: no `requires_context` or no such list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context_needles: Option<Vec<String>>,
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

/// How deep `{@name}` references may nest inside classes (a class using another class).
const CLASS_DEPTH: usize = 4;

/// Replaces every `{@name}` in `src` by a non-capturing alternation of class `name` (its
/// phrases through [`phrase_regex`], its `re:` entries as written). An unknown name, or
/// classes nested deeper than [`CLASS_DEPTH`], is an error naming the class.
pub fn expand_class_refs(
    src: &str,
    classes: &std::collections::BTreeMap<String, Vec<String>>,
) -> Result<String, String> {
    let mut out = src.to_string();
    for _ in 0..=CLASS_DEPTH {
        if !out.contains("{@") {
            return Ok(out);
        }
        let mut next = String::with_capacity(out.len());
        let mut rest = out.as_str();
        while let Some(at) = rest.find("{@") {
            next.push_str(&rest[..at]);
            let after = &rest[at + 2..];
            let end = after
                .find('}')
                .ok_or_else(|| format!("`{{@` without a closing `}}` in {src}"))?;
            let name = &after[..end];
            let items = classes.get(name).ok_or_else(|| {
                let known: Vec<&str> = classes.keys().map(String::as_str).collect();
                format!(
                    "unknown word class `{{@{name}}}`; the pack's [classes] are: {}",
                    known.join(", ")
                )
            })?;
            if items.is_empty() {
                return Err(format!("word class `{name}` is empty"));
            }
            let parts: Vec<String> = items
                .iter()
                .map(|i| match i.strip_prefix("re:") {
                    Some(p) => format!("(?:{p})"),
                    None => phrase_regex(i),
                })
                .collect();
            next.push_str(&format!("(?:{})", parts.join("|")));
            rest = &after[end + 1..];
        }
        next.push_str(rest);
        out = next;
    }
    Err(format!(
        "word classes nest deeper than {CLASS_DEPTH} levels (or refer to themselves) in {src}"
    ))
}

/// Replaces every class entry `file:PATH` by the phrases of that word list (one a line, the
/// text before a tab; `#` comment lines and blank lines skipped), so a class can be a
/// published vocabulary kept as data with its source and licence (`data/conduct/`) instead of
/// a list copied into the pack. `read` returns a file's text (`build.rs`: relative to the
/// crate root) and the paths it was given are returned for `cargo:rerun-if-changed`.
pub fn fill_class_files(
    file: &mut PackFile,
    read: impl Fn(&str) -> Result<String, String>,
) -> Result<Vec<String>, String> {
    let mut paths = Vec::new();
    for (name, entries) in file.classes.iter_mut() {
        let mut out = Vec::with_capacity(entries.len());
        for e in entries.drain(..) {
            let Some(path) = e.strip_prefix("file:") else {
                out.push(e);
                continue;
            };
            let text = read(path).map_err(|err| format!("class `{name}`: {path}: {err}"))?;
            out.extend(
                text.lines()
                    .filter(|l| !l.starts_with('#'))
                    .map(|l| l.split('\t').next().unwrap_or("").trim())
                    .filter(|l| !l.is_empty())
                    .map(String::from),
            );
            paths.push(path.to_string());
        }
        *entries = out;
    }
    Ok(paths)
}

/// Expands the `{@name}` class references of every regex of `file` (`patterns`, and `re:`
/// entries of `phrases` and of the conditions) and drops the classes, so that what is left
/// is the plain pack format the engine reads. Errors name the rule.
pub fn expand_classes(file: &mut PackFile) -> Result<(), String> {
    let classes = std::mem::take(&mut file.classes);
    for rule in &mut file.rule {
        for m in &mut rule.matchers {
            let fix = |list: &mut Vec<String>, is_pattern: bool| -> Result<(), String> {
                for item in list.iter_mut() {
                    let (prefix, body) = match item.strip_prefix("re:") {
                        Some(b) => ("re:", b),
                        None if is_pattern => ("", item.as_str()),
                        None => continue,
                    };
                    if body.contains("{@") {
                        *item = format!("{prefix}{}", expand_class_refs(body, &classes)?);
                    }
                }
                Ok(())
            };
            let wrap = |e: String| format!("rule `{}`: {e}", rule.id);
            fix(&mut m.patterns, true).map_err(wrap)?;
            for list in [
                &mut m.phrases,
                &mut m.unless,
                &mut m.requires,
                &mut m.unless_before,
                &mut m.unless_text,
                &mut m.requires_text,
                &mut m.requires_context,
            ] {
                fix(list, false).map_err(wrap)?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    fn classes() -> BTreeMap<String, Vec<String>> {
        let mut c = BTreeMap::new();
        c.insert(
            "reward".into(),
            vec!["gift card".into(), r"re:\d+\s*%\s+off".into()],
        );
        c.insert(
            "act".into(),
            vec!["review".into(), "re:rat(?:e|ing)".into()],
        );
        c.insert("both".into(), vec![r"re:{@act}\W+{@reward}".into()]);
        c.insert("loop".into(), vec!["re:x{@loop}".into()]);
        c
    }

    #[test]
    fn a_class_becomes_a_word_bounded_alternation() {
        let src = expand_class_refs(r"\b{@act}\s+for\s+a\s+{@reward}", &classes()).unwrap();
        let re = regex::Regex::new(&format!("(?i){src}")).unwrap();
        assert!(re.is_match("Review for a gift card"));
        assert!(re.is_match("rating for a 10% off"));
        // Phrases keep their word boundaries: "gift cards" is not "gift card".
        assert!(!re.is_match("review for a gift cardboard"));
        assert!(!re.is_match("preview for a gift card"));
    }

    #[test]
    fn classes_may_use_classes_but_not_loop() {
        let src = expand_class_refs("{@both}", &classes()).unwrap();
        assert!(regex::Regex::new(&src).unwrap().is_match("review: 5% off"));
        let err = expand_class_refs("{@loop}", &classes()).unwrap_err();
        assert!(err.contains("nest deeper"), "{err}");
    }

    #[test]
    fn an_unknown_class_is_named_with_the_known_ones() {
        let err = expand_class_refs("{@rewards}", &classes()).unwrap_err();
        assert!(
            err.contains("`{@rewards}`") && err.contains("reward"),
            "{err}"
        );
    }

    #[test]
    fn class_files_become_phrases() {
        let mut file = PackFile::default();
        file.classes.insert(
            "bad".into(),
            vec!["re:a+b".into(), "file:x.txt".into(), "zed".into()],
        );
        let read = |p: &str| match p {
            "x.txt" => Ok("# source, licence\nfoo bar\t1\n\nbaz\n".to_string()),
            _ => Err("no such file".to_string()),
        };
        assert_eq!(fill_class_files(&mut file, read).unwrap(), vec!["x.txt"]);
        assert_eq!(file.classes["bad"], vec!["re:a+b", "foo bar", "baz", "zed"]);
        file.classes
            .insert("other".into(), vec!["file:y.txt".into()]);
        let err = fill_class_files(&mut file, read).unwrap_err();
        assert!(err.contains("class `other`: y.txt: no such file"), "{err}");
    }

    #[test]
    fn expand_classes_rewrites_patterns_and_re_conditions_only() {
        let mut file = PackFile {
            rule: vec![RuleSpec {
                id: "x".into(),
                matchers: vec![MatchSpec {
                    patterns: vec!["{@act}".into()],
                    phrases: vec!["{@act} literal".into(), "re:{@reward}".into()],
                    requires_text: vec!["re:{@reward}".into()],
                    ..Default::default()
                }],
                ..Default::default()
            }],
            classes: classes(),
        };
        expand_classes(&mut file).unwrap();
        let m = &file.rule[0].matchers[0];
        assert!(file.classes.is_empty());
        assert!(m.patterns[0].starts_with("(?:") && !m.patterns[0].contains("{@"));
        assert_eq!(
            m.phrases[0], "{@act} literal",
            "plain phrases are literal text"
        );
        assert!(m.phrases[1].starts_with("re:(?:") && !m.phrases[1].contains("{@"));
        assert!(!m.requires_text[0].contains("{@"));
        let mut bad = PackFile {
            rule: vec![RuleSpec {
                id: "y".into(),
                matchers: vec![MatchSpec {
                    unless: vec!["re:{@nope}".into()],
                    ..Default::default()
                }],
                ..Default::default()
            }],
            classes: classes(),
        };
        let err = expand_classes(&mut bad).unwrap_err();
        assert!(err.starts_with("rule `y`: unknown word class"), "{err}");
    }
}
