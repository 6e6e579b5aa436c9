//! The practice's policy: which rules are on and how severe they are, and the practice's own
//! names and contact details that may appear in a reply. JSON, versioned; see `docs/policy.md`.
//!
//! Loading never half-succeeds: a bad policy is rejected with the place (JSON path, line and
//! column) and the reason, and the caller keeps the last good one.

use crate::finding::Severity;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// The policy format version this build reads.
pub const POLICY_VERSION: u32 = 1;

/// The default policy embedded in the engine.
pub const DEFAULT_POLICY_JSON: &str = include_str!("../policies/default.json");

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Default)]
#[serde(deny_unknown_fields)]
pub struct Policy {
    /// Format version; must be 1.
    pub version: u32,
    /// Shown in the popup ("Example Family Dental social-media policy").
    pub name: String,
    /// The practice's own identifiers, allowed in replies.
    #[serde(default)]
    pub practice: Practice,
    /// Per-rule overrides, keyed by catalog id.
    #[serde(default)]
    pub rules: BTreeMap<String, RuleSetting>,
    /// What the send guard does when violations remain.
    #[serde(default)]
    pub send: SendGuard,
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
    /// Parses and validates a policy. Unknown keys and wrong types are errors, located by
    /// JSON path and line/column. Rule ids are checked by [`crate::Scanner::new`].
    pub fn from_json(text: &str) -> Result<Policy, PolicyError> {
        let mut de = serde_json::Deserializer::from_str(text);
        let policy: Policy = serde_path_to_error::deserialize(&mut de).map_err(|e| {
            let path = e.path().to_string();
            let inner = e.into_inner();
            let message = strip_position(&inner.to_string());
            let hint = did_you_mean(&message);
            PolicyError {
                path: if path == "." { String::new() } else { path },
                line: inner.line(),
                column: inner.column(),
                message,
                hint,
            }
        })?;
        de.end().map_err(|e| PolicyError {
            path: String::new(),
            line: e.line(),
            column: e.column(),
            message: "unexpected text after the policy object".into(),
            hint: None,
        })?;
        if policy.version != POLICY_VERSION {
            return Err(PolicyError::at(
                "version",
                format!("unsupported version {}", policy.version),
            )
            .with_hint(format!("this build reads version {POLICY_VERSION}")));
        }
        Ok(policy)
    }

    /// The embedded default policy (US, HIPAA).
    pub fn default_policy() -> Policy {
        Policy::from_json(DEFAULT_POLICY_JSON).expect("the embedded default policy is valid")
    }

    /// The setting for a rule, if the policy overrides it.
    pub fn rule(&self, id: &str) -> Option<&RuleSetting> {
        self.rules.get(id)
    }

    /// The practice's contact line for suggested rewrites.
    pub fn contact_line(&self) -> String {
        match self.practice.phones.first() {
            Some(p) => format!("please call our office at {p}"),
            None => "please contact our office directly".to_string(),
        }
    }
}

/// serde_json appends " at line L column C"; the error carries those separately.
fn strip_position(msg: &str) -> String {
    match msg.rfind(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg.to_string(),
    }
}

/// For "unknown field `severty`, expected `enabled` or `severity`", suggests the closest field.
fn did_you_mean(message: &str) -> Option<String> {
    let rest = message.strip_prefix("unknown field `")?;
    let (unknown, expected) = rest.split_once('`')?;
    let best = expected
        .split('`')
        .skip(1)
        .step_by(2)
        .map(|cand| (edit_distance(unknown, cand), cand))
        .min()?;
    (best.0 <= 3).then(|| format!("did you mean `{}`?", best.1))
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
