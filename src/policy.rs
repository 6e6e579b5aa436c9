//! The practice's policy: which rules are on and how severe they are, and the practice's own
//! names and contact details that may appear in a reply. JSON, versioned; see `docs/policy.md`.
//!
//! Loading never half-succeeds: a bad policy is rejected with the place (JSON path, line and
//! column) and the reason, and the caller keeps the last good one.

pub mod locate;
mod validate;

use crate::finding::{Entity, Severity};
use locate::{join_key, Locations};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use serde_path_to_error::Segment;
use std::collections::BTreeMap;
use std::fmt;

pub use validate::{
    compile_pattern, CUSTOM_TERM_RULE, MAX_BLOCKED_TERMS, MAX_MESSAGE_LEN, MAX_PATTERNS,
    MAX_PATTERN_LEN, MAX_TERM_LEN, PATTERN_SIZE_LIMIT,
};

/// The policy format version this build reads.
pub const POLICY_VERSION: u32 = 1;

/// The default policy embedded in the engine.
pub const DEFAULT_POLICY_JSON: &str = include_str!("../policies/default.json");

/// At most this many errors are reported for one policy file.
pub const MAX_ERRORS: usize = 50;

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Default)]
#[serde(deny_unknown_fields)]
pub struct Policy {
    /// Format version; must be 1.
    pub version: u32,
    /// Shown in the popup ("Example Family Dental social-media policy").
    pub name: String,
    /// The jurisdiction's starting severities; `rules` overrides apply on top.
    #[serde(default)]
    pub preset: Preset,
    /// The practice's own identifiers, allowed in replies.
    #[serde(default)]
    pub practice: Practice,
    /// Per-rule overrides, keyed by catalog id (or `custom-term`, or a custom pattern's id).
    #[serde(default)]
    pub rules: BTreeMap<String, RuleSetting>,
    /// The practice's own blocked terms and patterns.
    #[serde(default)]
    pub custom: Custom,
    /// The practice's wording: its contact line and per-rule messages.
    #[serde(default)]
    pub messages: Messages,
    /// What the send guard does when violations remain.
    #[serde(default)]
    pub send: SendGuard,
}

/// Starting severities for a jurisdiction. Order of application: the rule pack's severity,
/// then the preset, then `rules.<id>.severity`.
#[derive(Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Eq, Default)]
#[serde(rename_all = "kebab-case")]
pub enum Preset {
    /// United States, HIPAA: the rule packs' severities as written.
    #[default]
    UsHipaa,
    /// United Kingdom / EU (GDPR, GMC): repeating what a reviewer made public about
    /// themselves (GDPR Art. 9(2)(e)) is a caution, not a violation.
    UkEu,
    /// Every caution is a violation.
    Strict,
}

impl Preset {
    /// The severity of rule `id` under this preset, starting from the pack's `base`.
    pub fn apply(self, id: &str, base: Severity) -> Severity {
        match self {
            Preset::UsHipaa => base,
            Preset::UkEu if id == "echo-disclosure" => Severity::Caution,
            Preset::UkEu => base,
            Preset::Strict => Severity::Violation,
        }
    }
}

/// The practice's own names and contact details: never flagged in a reply.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Default)]
#[serde(deny_unknown_fields, default)]
pub struct Practice {
    pub name: String,
    /// Staff and clinician names ("Dr. Anita Patel", "Maria").
    pub staff: Vec<String>,
    pub phones: Vec<String>,
    pub faxes: Vec<String>,
    pub emails: Vec<String>,
    pub addresses: Vec<String>,
    pub websites: Vec<String>,
    pub handles: Vec<String>,
}

/// One rule's setting.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct RuleSetting {
    #[serde(default = "yes")]
    pub enabled: bool,
    #[serde(default)]
    pub severity: Option<Severity>,
}

fn yes() -> bool {
    true
}

/// The practice's own detectors, on top of the catalog.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Default)]
#[serde(deny_unknown_fields, default)]
pub struct Custom {
    /// Phrases that must never appear in a reply (matched like pack phrases: any case, whole
    /// words). Reported under the rule `custom-term`.
    pub blocked_terms: Vec<String>,
    /// Regular expressions, each reported under its own `id`.
    pub patterns: Vec<CustomPattern>,
}

/// One practice-defined pattern, e.g. the practice's record-number format.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CustomPattern {
    /// The rule id findings carry: lower-case letters, digits and `-`, not a catalog id.
    pub id: String,
    /// Rust `regex` syntax, case-insensitive unless it says `(?-i)`.
    pub pattern: String,
    /// The identifier kind a match is (`MRN`, `ACCOUNT`, ...); findings carry it, and
    /// `--identifiers` mode reports it.
    #[serde(default)]
    pub entity: Option<Entity>,
    /// The finding's message; `{quote}` is replaced by the matched text.
    #[serde(default)]
    pub message: Option<String>,
}

/// The practice's wording.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Default)]
#[serde(deny_unknown_fields, default)]
pub struct Messages {
    /// Replaces `{contact}` in suggested rewrites ("please call our office at 555-201-3300"),
    /// so that a suggestion is a complete reply.
    pub contact_line: Option<String>,
    /// Per-rule wording, keyed like `rules`.
    pub rules: BTreeMap<String, RuleMessage>,
}

/// A rule's wording in this practice.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Default)]
#[serde(deny_unknown_fields, default)]
pub struct RuleMessage {
    /// Replaces the rule's message; `{quote}` is the flagged text.
    pub message: Option<String>,
    /// Replaces the rule's suggested rewrite; `{contact}` is the contact line.
    pub suggestion: Option<String>,
}

/// The send guard's behaviour when a reply still has violations.
#[derive(Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Eq, Default)]
#[serde(rename_all = "lowercase")]
pub enum SendGuard {
    /// Show the problems and let the user send anyway.
    #[default]
    Confirm,
    /// Do not let a reply with violations be sent.
    Block,
}

/// Why a policy was rejected, and where.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PolicyError {
    /// JSON path of the offending value (`rules.phi-name.severity`), empty for syntax errors.
    pub path: String,
    /// 1-based line and column in the policy text (0 when unknown).
    pub line: usize,
    pub column: usize,
    pub message: String,
    /// What to do about it, when there is something specific to say.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
}

impl fmt::Display for PolicyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line > 0 {
            write!(f, "line {}, column {}: ", self.line, self.column)?;
        }
        if !self.path.is_empty() {
            write!(f, "at `{}`: ", self.path)?;
        }
        write!(f, "{}", self.message)?;
        if let Some(h) = &self.hint {
            write!(f, " ({h})")?;
        }
        Ok(())
    }
}

impl std::error::Error for PolicyError {}

impl PolicyError {
    pub fn at(path: impl Into<String>, message: impl Into<String>) -> PolicyError {
        PolicyError {
            path: path.into(),
            line: 0,
            column: 0,
            message: message.into(),
            hint: None,
        }
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> PolicyError {
        self.hint = Some(hint.into());
        self
    }
}

impl Policy {
    /// Parses and validates a policy; on failure, the first problem. Unknown keys, wrong
    /// types, unknown rule ids and bad patterns are errors, located by JSON path and
    /// line/column. See [`Policy::check_json`] for every problem at once.
    pub fn from_json(text: &str) -> Result<Policy, PolicyError> {
        Policy::check_json(text).map_err(|mut errors| errors.swap_remove(0))
    }

    /// Parses and validates a policy, reporting every problem found (up to [`MAX_ERRORS`]),
    /// each with its JSON path, line and column. The error list is never empty.
    pub fn check_json(text: &str) -> Result<Policy, Vec<PolicyError>> {
        let value: Value = serde_json::from_str(text).map_err(|e| {
            let message = strip_position(&e.to_string());
            let message = if message.starts_with("trailing characters") {
                "unexpected text after the policy object".to_string()
            } else {
                message
            };
            vec![PolicyError {
                path: String::new(),
                line: e.line(),
                column: e.column(),
                message,
                hint: Some("check the commas, quotes and brackets near here".into()),
            }]
        })?;
        let locations = Locations::of(text);
        let mut errors: Vec<(PolicyError, bool)> = Vec::new();
        let policy = deserialize_all(value, &mut errors);
        if let Some(p) = &policy {
            errors.extend(validate::problems(p));
        }
        if errors.is_empty() {
            if let Some(p) = policy {
                return Ok(p);
            }
        }
        errors.truncate(MAX_ERRORS);
        let mut located: Vec<PolicyError> = errors
            .into_iter()
            .map(|(mut e, at_key)| {
                if let Some(pos) = locations.nearest(&e.path, at_key) {
                    e.line = pos.line;
                    e.column = pos.column;
                }
                e
            })
            .collect();
        // In file order, so that an admin can fix them top to bottom.
        located.sort_by_key(|e| (e.line, e.column));
        Err(located)
    }

    /// Every semantic problem of an already-parsed policy (unknown rule ids, bad patterns,
    /// limits), unlocated. Empty when the policy is usable.
    pub fn problems(&self) -> Vec<PolicyError> {
        validate::problems(self)
            .into_iter()
            .map(|(e, _)| e)
            .collect()
    }

    /// The embedded default policy (US, HIPAA).
    pub fn default_policy() -> Policy {
        Policy::from_json(DEFAULT_POLICY_JSON).expect("the embedded default policy is valid")
    }

    /// The setting for a rule, if the policy overrides it.
    pub fn rule(&self, id: &str) -> Option<&RuleSetting> {
        self.rules.get(id)
    }

    /// The severity of rule `id` whose pack severity is `base`, with the preset and the
    /// rule's override applied, and whether the rule is on.
    pub fn effective(&self, id: &str, base: Severity) -> (bool, Severity) {
        let preset = self.preset.apply(id, base);
        match self.rule(id) {
            Some(s) => (s.enabled, s.severity.unwrap_or(preset)),
            None => (true, preset),
        }
    }

    /// The practice's contact line for suggested rewrites: `messages.contact_line`, else
    /// built from the first practice phone number.
    pub fn contact_line(&self) -> String {
        if let Some(line) = self.messages.contact_line.as_deref() {
            if !line.trim().is_empty() {
                return line.trim().to_string();
            }
        }
        match self.practice.phones.first() {
            Some(p) => format!("please call our office at {p}"),
            None => "please contact our office directly".to_string(),
        }
    }
}

/// Deserializes `value` into a policy, collecting every type error: after each error the
/// offending member is removed and deserialization runs again, so one bad key does not hide
/// the next. Returns the policy built from what was valid, or `None` when a required field
/// is missing or the document is not an object.
fn deserialize_all(mut value: Value, errors: &mut Vec<(PolicyError, bool)>) -> Option<Policy> {
    let mut removed: Vec<String> = Vec::new();
    for _ in 0..MAX_ERRORS {
        let err = match serde_path_to_error::deserialize::<_, Policy>(&value) {
            Ok(p) => return Some(p),
            Err(e) => e,
        };
        let segments: Vec<Segment> = err.path().iter().cloned().collect();
        let path = path_string(&segments);
        let message = strip_position(&err.into_inner().to_string());
        if let Some(field) = missing_field(&message) {
            let full = join_key(&path, field);
            if !removed.contains(&full) {
                let hint = format!("add `{field}` to this object (see docs/policy.md)");
                errors.push((PolicyError::at(path, message).with_hint(hint), false));
            }
            return None;
        }
        let at_key = message.starts_with("unknown field");
        let hint = did_you_mean(&message);
        errors.push((
            PolicyError {
                path: path.clone(),
                line: 0,
                column: 0,
                message,
                hint,
            },
            at_key,
        ));
        if segments.is_empty() || !remove(&mut value, &segments) {
            return None;
        }
        removed.push(path);
    }
    None
}

/// `rules.phi-name.severity`, `custom.patterns[2].pattern`.
fn path_string(segments: &[Segment]) -> String {
    let mut out = String::new();
    for s in segments {
        match s {
            Segment::Seq { index } => out.push_str(&format!("[{index}]")),
            Segment::Map { key } | Segment::Enum { variant: key } => {
                out = join_key(&out, key);
            }
            Segment::Unknown => out = join_key(&out, "?"),
        }
    }
    out
}

/// Removes the member or element at `segments` from `value`; false if it is not there.
fn remove(value: &mut Value, segments: &[Segment]) -> bool {
    let Some((last, parents)) = segments.split_last() else {
        return false;
    };
    let mut cur = value;
    for s in parents {
        let next = match (s, cur) {
            (Segment::Seq { index }, Value::Array(a)) => a.get_mut(*index),
            (Segment::Map { key }, Value::Object(o)) => o.get_mut(key),
            _ => None,
        };
        match next {
            Some(n) => cur = n,
            None => return false,
        }
    }
    match (last, cur) {
        (Segment::Seq { index }, Value::Array(a)) if *index < a.len() => {
            a.remove(*index);
            true
        }
        (Segment::Map { key }, Value::Object(o)) => o.remove(key).is_some(),
        _ => false,
    }
}

/// "missing field `name`" -> `name`.
fn missing_field(message: &str) -> Option<&str> {
    message.strip_prefix("missing field `")?.split('`').next()
}

/// serde_json appends " at line L column C"; the error carries those separately.
fn strip_position(msg: &str) -> String {
    match msg.rfind(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg.to_string(),
    }
}

/// For "unknown field `severty`, expected `enabled` or `severity`" (and the same for enum
/// variants: "unknown variant `loud`, expected ..."), suggests the closest name, or lists the
/// choices when none is close.
fn did_you_mean(message: &str) -> Option<String> {
    let rest = message
        .strip_prefix("unknown field `")
        .or_else(|| message.strip_prefix("unknown variant `"))?;
    let (unknown, expected) = rest.split_once('`')?;
    let candidates: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
    closest(unknown, &candidates)
}

/// "did you mean `x`?" for the candidate nearest to `unknown`, else the list of choices.
pub fn closest(unknown: &str, candidates: &[&str]) -> Option<String> {
    let best = candidates
        .iter()
        .map(|cand| (edit_distance(unknown, cand), *cand))
        .min()?;
    if best.0 <= 3.max(unknown.chars().count() / 3) {
        Some(format!("did you mean `{}`?", best.1))
    } else if candidates.len() <= 12 {
        let list: Vec<String> = candidates.iter().map(|c| format!("`{c}`")).collect();
        Some(format!("use one of {}", list.join(", ")))
    } else {
        None
    }
}

/// Edit distance counting a swap of two neighbouring letters as one edit (optimal string
/// alignment), so that the usual typos ("phi-nmae") find the intended name.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = v;
        }
    }
    d[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_policy_loads() {
        let p = Policy::default_policy();
        assert_eq!(p.version, 1);
    }

    #[test]
    fn syntax_error_has_line_and_column() {
        let e = Policy::from_json("{\n  \"version\": 1,\n  \"name\": \"x\",,\n}").unwrap_err();
        assert_eq!((e.line, e.column), (3, 15));
    }

    #[test]
    fn unknown_key_has_path_and_hint() {
        let text = r#"{"version": 1, "name": "x", "rules": {"phi-name": {"severty": "caution"}}}"#;
        let e = Policy::from_json(text).unwrap_err();
        assert_eq!(e.path, "rules.phi-name.severty");
        assert!(e.message.contains("severty"), "{}", e.message);
        assert_eq!(e.hint.as_deref(), Some("did you mean `severity`?"));
    }

    #[test]
    fn wrong_type_has_path() {
        let text = r#"{"version": 1, "name": "x", "practice": {"phones": "555"}}"#;
        let e = Policy::from_json(text).unwrap_err();
        assert_eq!(e.path, "practice.phones");
        assert_eq!(e.line, 1);
    }

    #[test]
    fn swapped_letters_are_one_edit() {
        assert_eq!(edit_distance("phi-nmae", "phi-name"), 1);
        assert_eq!(edit_distance("severty", "severity"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
    }

    #[test]
    fn bad_version_rejected() {
        let e = Policy::from_json(r#"{"version": 7, "name": "x"}"#).unwrap_err();
        assert_eq!(e.path, "version");
    }
}
