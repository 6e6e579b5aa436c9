//! What a scan reports: one [`Finding`] per problem span, and the [`Input`] it was found in.

use serde::{Deserialize, Serialize};

/// How serious a finding is. Ordered so that `Violation > Caution`.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Policy or professional risk: warn and suggest a rewrite.
    Caution,
    /// Likely unlawful disclosure or a clear professional breach.
    Violation,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Caution => "caution",
            Severity::Violation => "violation",
        }
    }
}

/// The kind of personal identifier a span is (HIPAA Safe Harbor's list, grouped).
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Entity {
    Name,
    Date,
    Age,
    Phone,
    Fax,
    Email,
    Ssn,
    Mrn,
    HealthPlanId,
    Account,
    License,
    Vehicle,
    Device,
    Url,
    Ip,
    Address,
    Zip,
    OtherId,
}

impl Entity {
    pub const ALL: [Entity; 18] = [
        Entity::Name,
        Entity::Date,
        Entity::Age,
        Entity::Phone,
        Entity::Fax,
        Entity::Email,
        Entity::Ssn,
        Entity::Mrn,
        Entity::HealthPlanId,
        Entity::Account,
        Entity::License,
        Entity::Vehicle,
        Entity::Device,
        Entity::Url,
        Entity::Ip,
        Entity::Address,
        Entity::Zip,
        Entity::OtherId,
    ];

    /// The label used in JSON, the CLI and the evaluation files.
    pub fn as_str(self) -> &'static str {
        match self {
            Entity::Name => "NAME",
            Entity::Date => "DATE",
            Entity::Age => "AGE",
            Entity::Phone => "PHONE",
            Entity::Fax => "FAX",
            Entity::Email => "EMAIL",
            Entity::Ssn => "SSN",
            Entity::Mrn => "MRN",
            Entity::HealthPlanId => "HEALTH_PLAN_ID",
            Entity::Account => "ACCOUNT",
            Entity::License => "LICENSE",
            Entity::Vehicle => "VEHICLE",
            Entity::Device => "DEVICE",
            Entity::Url => "URL",
            Entity::Ip => "IP",
            Entity::Address => "ADDRESS",
            Entity::Zip => "ZIP",
            Entity::OtherId => "OTHER_ID",
        }
    }

    pub fn parse(s: &str) -> Option<Entity> {
        Entity::ALL
            .into_iter()
            .find(|e| e.as_str().eq_ignore_ascii_case(s))
    }

    /// The catalog rule an identifier of this kind falls under when it is tied to a patient.
    pub fn rule(self) -> &'static str {
        match self {
            Entity::Name => "phi-name",
            Entity::Date => "phi-date",
            Entity::Age => "phi-age",
            Entity::Phone | Entity::Fax | Entity::Email => "phi-contact",
            Entity::Url | Entity::Ip => "phi-web",
            Entity::Address | Entity::Zip => "phi-geo",
            Entity::Ssn
            | Entity::Mrn
            | Entity::HealthPlanId
            | Entity::Account
            | Entity::License
            | Entity::Vehicle
            | Entity::Device
            | Entity::OtherId => "phi-idnum",
        }
    }
}

/// One problem in a reply. `start..end` are **byte** offsets into the scanned text in the Rust
/// API; the WebAssembly binding converts them to UTF-16 code units and the CLI to code points
/// (see [`crate::offsets`]).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Finding {
    /// A rule id from the policy catalog (`phi-name`, `rel-confirm`, ...).
    pub rule: String,
    pub severity: Severity,
    pub start: usize,
    pub end: usize,
    /// For identifier findings, what kind of identifier the span is.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub entity: Option<Entity>,
    /// Confidence in 0..=1 (identifier recognizers score their matches; rules score 1).
    pub score: f32,
    /// Plain words for the user: what is wrong, quoting the span.
    pub message: String,
    /// What to write instead, when there is a compliant rewrite.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub suggestion: Option<String>,
}

/// A reply to check.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
#[serde(default)]
pub struct Input {
    /// The reply being typed.
    pub text: String,
    /// The post or review being replied to (may be empty).
    pub context: String,
    /// The review or post author's display name, when the page shows it.
    pub author: String,
    /// `x`, `facebook`, `google`, `yelp`, ... (may be empty).
    pub platform: String,
    /// ISO 639-1 code (`en`, `es`, `fr`, `de`, `ru`, `ar`, `id`); empty means detect it.
    pub lang: String,
}

/// One JSON line of the CLI's `scan` and `eval` input: an id and the [`Input`] fields.
/// `text` is required (a line without it is an error that names the field); the rest default
/// to empty. `eval` reads its labels beside this record (`#[serde(flatten)]`).
#[derive(Deserialize, Debug, Default)]
pub struct InputLine {
    #[serde(default)]
    pub id: serde_json::Value,
    pub text: String,
    #[serde(default)]
    pub context: String,
    #[serde(default)]
    pub author: String,
    #[serde(default)]
    pub platform: String,
    #[serde(default)]
    pub lang: String,
}

impl InputLine {
    /// The id as text: a JSON string as it is, a number as written, no id as "".
    pub fn id_text(&self) -> String {
        match &self.id {
            serde_json::Value::String(s) => s.clone(),
            serde_json::Value::Null => String::new(),
            v => v.to_string(),
        }
    }

    /// The reply to scan (moves the text fields out; the id stays).
    pub fn take_input(&mut self) -> Input {
        Input {
            text: std::mem::take(&mut self.text),
            context: std::mem::take(&mut self.context),
            author: std::mem::take(&mut self.author),
            platform: std::mem::take(&mut self.platform),
            lang: std::mem::take(&mut self.lang),
        }
    }
}

impl Input {
    pub fn new(text: impl Into<String>) -> Input {
        Input {
            text: text.into(),
            ..Input::default()
        }
    }

    /// Whether the text answers someone: a post or review to reply to, or its author's name.
    /// A reply's "you" is that person; a post's "you" is every reader.
    pub fn is_reply(&self) -> bool {
        !self.context.trim().is_empty() || !self.author.trim().is_empty()
    }

    pub fn with_context(mut self, context: impl Into<String>) -> Input {
        self.context = context.into();
        self
    }

    pub fn with_lang(mut self, lang: impl Into<String>) -> Input {
        self.lang = lang.into();
        self
    }

    pub fn with_author(mut self, author: impl Into<String>) -> Input {
        self.author = author.into();
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(json: &str) -> Result<InputLine, String> {
        serde_json::from_str(json).map_err(|e| e.to_string())
    }

    #[test]
    fn input_line_keeps_the_id_as_written_and_moves_the_fields_into_an_input() {
        let mut l =
            line(r#"{"id": 17, "text": "Hi", "context": "c", "author": "A", "lang": "es"}"#)
                .unwrap();
        assert_eq!(l.id_text(), "17");
        let input = l.take_input();
        assert_eq!(
            input,
            Input::new("Hi")
                .with_context("c")
                .with_author("A")
                .with_lang("es")
        );
        assert_eq!(
            line(r#"{"id": "en-1", "text": ""}"#).unwrap().id_text(),
            "en-1"
        );
        assert_eq!(line(r#"{"text": "x"}"#).unwrap().id_text(), "");
    }

    #[test]
    fn input_line_without_text_names_the_missing_field() {
        let err = line(r#"{"id": 1, "context": "c"}"#).unwrap_err();
        assert!(err.contains("missing field `text`"), "{err}");
    }
}
