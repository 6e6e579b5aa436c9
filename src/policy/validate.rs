//! Checks of a parsed policy that types alone cannot express: rule ids exist, custom patterns
//! compile within size limits, lists stay small, messages use known placeholders.
//!
//! The limits keep a hostile or careless policy from making scans slow: the `regex` crate
//! matches in time linear in the text, and the compiled-size limit bounds the work per byte.

use super::{closest, Policy, PolicyError, POLICY_VERSION};
use regex::Regex;

/// The rule id of findings for `custom.blocked_terms`.
pub const CUSTOM_TERM_RULE: &str = "custom-term";
/// At most this many custom patterns.
pub const MAX_PATTERNS: usize = 50;
/// A custom pattern's source is at most this many characters.
pub const MAX_PATTERN_LEN: usize = 500;
/// Compiled size limit of one custom pattern, in bytes (the `regex` crate's `size_limit`).
pub const PATTERN_SIZE_LIMIT: usize = 1 << 20;
/// At most this many blocked terms.
pub const MAX_BLOCKED_TERMS: usize = 500;
/// A blocked term is at most this many characters.
pub const MAX_TERM_LEN: usize = 200;
/// A message, suggestion or contact line is at most this many characters.
pub const MAX_MESSAGE_LEN: usize = 1000;
/// A custom pattern id is at most this many characters.
const MAX_ID_LEN: usize = 48;

/// Compiles a custom pattern the way the scanner does (case-insensitive, size-limited).
pub fn compile_pattern(pattern: &str) -> Result<Regex, String> {
    regex::RegexBuilder::new(pattern)
        .case_insensitive(true)
        .size_limit(PATTERN_SIZE_LIMIT)
        .dfa_size_limit(PATTERN_SIZE_LIMIT)
        .build()
        .map_err(|e| match e {
            regex::Error::CompiledTooBig(_) => format!(
                "the pattern is too complex (compiled size over {} KiB)",
                PATTERN_SIZE_LIMIT >> 10
            ),
            // "regex parse error:\n    MRN(\n       ^\nerror: unclosed group" -> the reason.
            other => {
                let full = other.to_string();
                match full.rsplit_once("error: ") {
                    Some((_, reason)) => reason.trim().to_string(),
                    None => full,
                }
            }
        })
}

/// Every problem, with its JSON path; the flag says whether to point at the member's key
/// (for unknown names) rather than its value.
pub(super) fn problems(p: &Policy) -> Vec<(PolicyError, bool)> {
    let mut out = Vec::new();
    if p.version != POLICY_VERSION {
        out.push((
            PolicyError::at("version", format!("unsupported version {}", p.version))
                .with_hint(format!("this build reads version {POLICY_VERSION}")),
            false,
        ));
    }
    check_terms(p, &mut out);
    let custom_ids = check_patterns(p, &mut out);
    let catalog: Vec<&str> = crate::packs::builtin()
        .iter()
        .map(|r| r.id.as_str())
        .collect();
    let mut known: Vec<&str> = catalog.clone();
    known.push(CUSTOM_TERM_RULE);
    known.extend(custom_ids.iter().map(String::as_str));
    for id in p.rules.keys() {
        if !known.contains(&id.as_str()) {
            out.push((unknown_rule(&format!("rules.{id}"), id, &known), true));
        }
    }
    for (id, m) in &p.messages.rules {
        let path = format!("messages.rules.{id}");
        if !known.contains(&id.as_str()) {
            out.push((unknown_rule(&path, id, &known), true));
        }
        if let Some(text) = &m.message {
            check_text(&format!("{path}.message"), text, &["quote"], &mut out);
        }
        if let Some(text) = &m.suggestion {
            check_text(&format!("{path}.suggestion"), text, &["contact"], &mut out);
        }
    }
    if let Some(line) = &p.messages.contact_line {
        check_text("messages.contact_line", line, &[], &mut out);
    }
    out
}

fn unknown_rule(path: &str, id: &str, known: &[&str]) -> PolicyError {
    let hint = closest(id, known)
        .filter(|h| h.starts_with("did you mean"))
        .unwrap_or_else(|| "`replyguard rules` lists the rule ids".to_string());
    PolicyError::at(path, format!("unknown rule `{id}`")).with_hint(hint)
}

fn check_terms(p: &Policy, out: &mut Vec<(PolicyError, bool)>) {
    let terms = &p.custom.blocked_terms;
    if terms.len() > MAX_BLOCKED_TERMS {
        out.push((
            PolicyError::at(
                "custom.blocked_terms",
                format!("{} blocked terms; at most {MAX_BLOCKED_TERMS}", terms.len()),
            )
            .with_hint("keep the terms that matter most"),
            false,
        ));
    }
    for (i, t) in terms.iter().enumerate() {
        let path = format!("custom.blocked_terms[{i}]");
        if t.trim().is_empty() {
            out.push((
                PolicyError::at(path, "empty blocked term").with_hint("remove it"),
                false,
            ));
        } else if t.chars().count() > MAX_TERM_LEN {
            out.push((
                PolicyError::at(
                    path,
                    format!("blocked term longer than {MAX_TERM_LEN} characters"),
                )
                .with_hint("block a shorter phrase, or use `custom.patterns`"),
                false,
            ));
        }
    }
}

/// Checks `custom.patterns` and returns their ids.
fn check_patterns(p: &Policy, out: &mut Vec<(PolicyError, bool)>) -> Vec<String> {
    let pats = &p.custom.patterns;
    if pats.len() > MAX_PATTERNS {
        out.push((
            PolicyError::at(
                "custom.patterns",
                format!("{} custom patterns; at most {MAX_PATTERNS}", pats.len()),
            )
            .with_hint("combine related patterns with `|`"),
            false,
        ));
    }
    let catalog: Vec<&str> = crate::packs::builtin()
        .iter()
        .map(|r| r.id.as_str())
        .collect();
    let mut ids: Vec<String> = Vec::new();
    for (i, cp) in pats.iter().enumerate() {
        let base = format!("custom.patterns[{i}]");
        let id_ok = !cp.id.is_empty()
            && cp.id.len() <= MAX_ID_LEN
            && cp
                .id
                .starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
            && cp
                .id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !id_ok {
            out.push((
                PolicyError::at(format!("{base}.id"), format!("invalid pattern id `{}`", cp.id))
                    .with_hint(format!(
                        "use lower-case letters, digits and `-`, at most {MAX_ID_LEN} characters, e.g. `practice-mrn`"
                    )),
                false,
            ));
        } else if catalog.contains(&cp.id.as_str()) || cp.id == CUSTOM_TERM_RULE {
            out.push((
                PolicyError::at(
                    format!("{base}.id"),
                    format!("pattern id `{}` is already a built-in rule", cp.id),
                )
                .with_hint("choose another id, e.g. prefix it with your practice's name"),
                false,
            ));
        } else if ids.contains(&cp.id) {
            out.push((
                PolicyError::at(
                    format!("{base}.id"),
                    format!("pattern id `{}` is used twice", cp.id),
                )
                .with_hint("give each pattern its own id"),
                false,
            ));
        }
        ids.push(cp.id.clone());
        let ppath = format!("{base}.pattern");
        if cp.pattern.chars().count() > MAX_PATTERN_LEN {
            out.push((
                PolicyError::at(
                    ppath,
                    format!("pattern longer than {MAX_PATTERN_LEN} characters"),
                )
                .with_hint("split it into several patterns"),
                false,
            ));
        } else {
            match compile_pattern(&cp.pattern) {
                Err(e) => out.push((
                    PolicyError::at(ppath, format!("the pattern does not compile: {e}")).with_hint(
                        "patterns use Rust regex syntax; put a backslash before a literal `.`, `(` or `[` (written `\\\\` in JSON)",
                    ),
                    false,
                )),
                Ok(re) if re.is_match("") => out.push((
                    PolicyError::at(ppath, "the pattern matches empty text").with_hint(
                        "use `+` instead of `*` or `?` so that it needs at least one character",
                    ),
                    false,
                )),
                Ok(_) => {}
            }
        }
        if let Some(m) = &cp.message {
            check_text(&format!("{base}.message"), m, &["quote"], out);
        }
    }
    ids
}

/// Length limit and placeholders: `{name}` must be one of `allowed`.
fn check_text(path: &str, text: &str, allowed: &[&str], out: &mut Vec<(PolicyError, bool)>) {
    if text.chars().count() > MAX_MESSAGE_LEN {
        out.push((
            PolicyError::at(
                path,
                format!("text longer than {MAX_MESSAGE_LEN} characters"),
            )
            .with_hint("shorten it"),
            false,
        ));
    }
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else { break };
        let name = &after[..close];
        if !name.is_empty()
            && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
            && !allowed.contains(&name)
        {
            let hint = if allowed.is_empty() {
                "this text takes no placeholders; write it out".to_string()
            } else {
                let list: Vec<String> = allowed.iter().map(|a| format!("`{{{a}}}`")).collect();
                format!("use {}", list.join(" or "))
            };
            out.push((
                PolicyError::at(path, format!("unknown placeholder `{{{name}}}`")).with_hint(hint),
                false,
            ));
        }
        rest = &after[close + 1..];
    }
}
