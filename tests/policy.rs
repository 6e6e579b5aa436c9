//! The policy file (issue 4): every kind of error is located (JSON path, line, column) and
//! explained, and every policy feature changes what a scan reports.

use replyguard::policy::{Preset, SendGuard, MAX_PATTERNS};
use replyguard::{Entity, Input, Policy, PolicyError, Scanner, Severity};

/// A policy with `extra` members after version and name, one member per line.
fn policy(extra: &str) -> String {
    format!("{{\n  \"version\": 1,\n  \"name\": \"Test practice\"{extra}\n}}\n")
}

fn err(text: &str) -> PolicyError {
    Policy::from_json(text).expect_err("policy should be rejected")
}

fn scan(p: &Policy, text: &str) -> Vec<replyguard::Finding> {
    Scanner::new(p).unwrap().scan(&Input::new(text))
}

fn load(text: &str) -> Policy {
    Policy::from_json(text).unwrap_or_else(|e| panic!("{e}"))
}

// ---- errors ----------------------------------------------------------------------------

#[test]
fn unknown_top_level_key_points_at_the_key() {
    let e = err(&policy(",\n  \"rulez\": {}"));
    assert_eq!(e.path, "rulez");
    assert_eq!((e.line, e.column), (4, 3));
    assert_eq!(e.hint.as_deref(), Some("did you mean `rules`?"));
}

#[test]
fn wrong_type_points_at_the_value() {
    let e = err(&policy(",\n  \"practice\": {\"phones\": \"555-201-3300\"}"));
    assert_eq!(e.path, "practice.phones");
    assert_eq!((e.line, e.column), (4, 26));
    assert!(e.message.contains("expected a sequence"), "{}", e.message);
}

#[test]
fn unknown_preset_suggests_the_closest() {
    let e = err(&policy(",\n  \"preset\": \"uk\""));
    assert_eq!(e.path, "preset");
    assert_eq!(e.line, 4);
    assert_eq!(e.hint.as_deref(), Some("did you mean `uk-eu`?"));
}

#[test]
fn unknown_severity_lists_the_choices() {
    let e = err(&policy(
        ",\n  \"rules\": {\"dispute-blame\": {\"severity\": \"loud\"}}",
    ));
    assert_eq!(e.path, "rules.dispute-blame.severity");
    assert_eq!(e.hint.as_deref(), Some("use one of `caution`, `violation`"));
}

#[test]
fn unknown_rule_id_is_located_with_a_hint() {
    let e = err(&policy(
        ",\n  \"rules\": {\n    \"phi-nmae\": {\"enabled\": false}\n  }",
    ));
    assert_eq!(e.path, "rules.phi-nmae");
    assert_eq!((e.line, e.column), (5, 5));
    assert_eq!(e.hint.as_deref(), Some("did you mean `phi-name`?"));
    let e = err(&policy(
        ",\n  \"messages\": {\"rules\": {\"legal-treat\": {\"message\": \"x\"}}}",
    ));
    assert_eq!(e.path, "messages.rules.legal-treat");
    assert_eq!(e.hint.as_deref(), Some("did you mean `legal-threat`?"));
}

#[test]
fn bad_regex_is_located_at_the_pattern() {
    let e = err(&policy(
        ",\n  \"custom\": {\"patterns\": [\n    {\"id\": \"mrn\", \"pattern\": \"MRN(\\\\d+\"}\n  ]}",
    ));
    assert_eq!(e.path, "custom.patterns[0].pattern");
    assert_eq!((e.line, e.column), (5, 30));
    assert!(e.message.contains("unclosed group"), "{}", e.message);
    assert!(e.hint.unwrap().contains("regex syntax"));
}

#[test]
fn pattern_size_limits() {
    let long = "a".repeat(501);
    let e = err(&policy(&format!(
        ",\n  \"custom\": {{\"patterns\": [{{\"id\": \"x\", \"pattern\": \"{long}\"}}]}}"
    )));
    assert_eq!(e.path, "custom.patterns[0].pattern");
    assert!(e.message.contains("longer than 500"), "{}", e.message);

    // Short to write, huge to compile: refused before it can slow a scan.
    let e = err(&policy(
        ",\n  \"custom\": {\"patterns\": [{\"id\": \"x\", \"pattern\": \"\\\\w{200}\\\\w{200}\\\\w{200}\"}]}",
    ));
    assert_eq!(e.path, "custom.patterns[0].pattern");
    assert!(e.message.contains("too complex"), "{}", e.message);

    let many: Vec<String> = (0..=MAX_PATTERNS)
        .map(|i| format!("{{\"id\": \"p{i}\", \"pattern\": \"x{i}y\"}}"))
        .collect();
    let e = err(&policy(&format!(
        ",\n  \"custom\": {{\"patterns\": [{}]}}",
        many.join(", ")
    )));
    assert_eq!(e.path, "custom.patterns");
    assert!(e.message.contains("at most 50"), "{}", e.message);
}

#[test]
fn pattern_matching_empty_text_is_refused() {
    let e = err(&policy(
        ",\n  \"custom\": {\"patterns\": [{\"id\": \"x\", \"pattern\": \"a*\"}]}",
    ));
    assert!(e.message.contains("matches empty text"), "{}", e.message);
}

#[test]
fn pattern_ids_are_checked() {
    for (id, want) in [
        ("Bad Id", "invalid pattern id"),
        ("phi-name", "already a built-in rule"),
        ("custom-term", "already a built-in rule"),
    ] {
        let e = err(&policy(&format!(
            ",\n  \"custom\": {{\"patterns\": [{{\"id\": \"{id}\", \"pattern\": \"x+\"}}]}}"
        )));
        assert_eq!(e.path, "custom.patterns[0].id");
        assert!(e.message.contains(want), "{id}: {}", e.message);
    }
    let e = err(&policy(
        ",\n  \"custom\": {\"patterns\": [{\"id\": \"a\", \"pattern\": \"x+\"}, {\"id\": \"a\", \"pattern\": \"y+\"}]}",
    ));
    assert_eq!(e.path, "custom.patterns[1].id");
    assert!(e.message.contains("used twice"));
}

#[test]
fn unknown_entity_is_rejected() {
    let e = err(&policy(
        ",\n  \"custom\": {\"patterns\": [{\"id\": \"a\", \"pattern\": \"x+\", \"entity\": \"MRNN\"}]}",
    ));
    assert_eq!(e.path, "custom.patterns[0].entity");
    assert_eq!(e.hint.as_deref(), Some("did you mean `MRN`?"));
}

#[test]
fn blocked_terms_are_checked() {
    let e = err(&policy(
        ",\n  \"custom\": {\"blocked_terms\": [\"ok\", \"  \"]}",
    ));
    assert_eq!(e.path, "custom.blocked_terms[1]");
    assert!(e.message.contains("empty"));
}

#[test]
fn unknown_placeholders_are_refused() {
    let e = err(&policy(
        ",\n  \"messages\": {\"contact_line\": \"call {phone}\"}",
    ));
    assert_eq!(e.path, "messages.contact_line");
    assert!(e.message.contains("{phone}"));
    let e = err(&policy(
        ",\n  \"messages\": {\"rules\": {\"dispute-blame\": {\"suggestion\": \"Sorry. {quote}\"}}}",
    ));
    assert_eq!(e.path, "messages.rules.dispute-blame.suggestion");
    assert_eq!(e.hint.as_deref(), Some("use `{contact}`"));
}

#[test]
fn missing_name_says_what_to_add() {
    let e = err("{\"version\": 1}");
    assert!(e.message.contains("missing field `name`"));
    assert!(e.hint.unwrap().contains("add `name`"));
}

#[test]
fn trailing_text_is_an_error() {
    let e = err("{\"version\": 1, \"name\": \"x\"} {");
    assert_eq!(e.line, 1);
    assert!(e.message.contains("unexpected text"), "{}", e.message);
}

#[test]
fn every_error_is_reported_in_file_order() {
    let text = policy(concat!(
        ",\n  \"preset\": \"uk\",",
        "\n  \"rules\": {\"phi-nmae\": {\"severty\": \"caution\"}},",
        "\n  \"custom\": {\"patterns\": [{\"id\": \"mrn\", \"pattern\": \"MRN(\"}]},",
        "\n  \"send\": \"never\""
    ));
    let errors = Policy::check_json(&text).unwrap_err();
    let paths: Vec<&str> = errors.iter().map(|e| e.path.as_str()).collect();
    assert_eq!(
        paths,
        vec![
            "preset",
            "rules.phi-nmae",
            "rules.phi-nmae.severty",
            "custom.patterns[0].pattern",
            "send"
        ]
    );
    assert!(errors.iter().all(|e| e.line > 0 && e.column > 0));
}

#[test]
fn scanner_refuses_a_policy_built_in_code_with_a_bad_rule() {
    let mut p = Policy::default_policy();
    p.rules.insert(
        "nope".into(),
        replyguard::policy::RuleSetting {
            enabled: false,
            severity: None,
        },
    );
    let e = Scanner::new(&p).err().expect("unknown rule is refused");
    assert_eq!(e.path, "rules.nope");
}

// ---- effects on a scan -----------------------------------------------------------------

const DISPUTE: &str = "That's not what happened at all.";

#[test]
fn rule_severity_override_and_off() {
    let p = load(&policy(
        ",\n  \"rules\": {\"dispute-blame\": {\"severity\": \"violation\"}}",
    ));
    let f = scan(&p, DISPUTE);
    assert_eq!(f.len(), 1);
    assert_eq!(
        (f[0].rule.as_str(), f[0].severity),
        ("dispute-blame", Severity::Violation)
    );
    let p = load(&policy(
        ",\n  \"rules\": {\"dispute-blame\": {\"enabled\": false}}",
    ));
    assert!(scan(&p, DISPUTE).is_empty());
}

#[test]
fn presets_change_severities() {
    let sev = |text: &str, id: &str| {
        let p = load(text);
        Scanner::new(&p)
            .unwrap()
            .rules()
            .into_iter()
            .find(|r| r.id == id)
            .unwrap()
            .severity
    };
    assert_eq!(sev(&policy(""), "echo-disclosure"), Severity::Violation);
    assert_eq!(
        sev(&policy(",\n  \"preset\": \"uk-eu\""), "echo-disclosure"),
        Severity::Caution
    );
    assert_eq!(
        sev(&policy(",\n  \"preset\": \"uk-eu\""), "phi-name"),
        Severity::Violation
    );
    assert_eq!(
        sev(&policy(",\n  \"preset\": \"strict\""), "dispute-blame"),
        Severity::Violation
    );
    // The rule's own override wins over the preset.
    assert_eq!(
        sev(
            &policy(",\n  \"preset\": \"strict\",\n  \"rules\": {\"dispute-blame\": {\"severity\": \"caution\"}}"),
            "dispute-blame"
        ),
        Severity::Caution
    );
    let strict = load(&policy(",\n  \"preset\": \"strict\""));
    assert_eq!(strict.preset, Preset::Strict);
    assert_eq!(scan(&strict, DISPUTE)[0].severity, Severity::Violation);
}

#[test]
fn blocked_terms_are_found_as_whole_words_in_any_case() {
    let p = load(&policy(
        ",\n  \"custom\": {\"blocked_terms\": [\"Botox party\", \"re:x\", \"C++\"]}",
    ));
    let text = "Join our BOTOX  party! re:x and C++ too. Botox partying no.";
    let f: Vec<&str> = scan(&p, text)
        .iter()
        .filter(|f| f.rule == "custom-term")
        .map(|f| &text[f.start..f.end])
        .collect();
    // Terms are literal: `re:x` is not a regex here.
    assert_eq!(f, vec!["BOTOX  party", "re:x", "C++"]);
    let first = &scan(&p, text)[0];
    assert_eq!(first.severity, Severity::Violation);
    assert!(first.message.contains("BOTOX  party"), "{}", first.message);
    let off = load(&policy(
        ",\n  \"custom\": {\"blocked_terms\": [\"botox party\"]},\n  \"rules\": {\"custom-term\": {\"severity\": \"caution\"}}",
    ));
    assert_eq!(scan(&off, "botox party")[0].severity, Severity::Caution);
}

#[test]
fn custom_pattern_finds_with_its_own_id_message_and_entity() {
    let p = load(&policy(concat!(
        ",\n  \"custom\": {\"patterns\": [",
        "{\"id\": \"practice-mrn\", \"pattern\": \"\\\\bEFD-\\\\d{6}\\\\b\", \"entity\": \"MRN\", \"message\": \"Chart number in a reply: '{quote}'\"},",
        "{\"id\": \"promo-code\", \"pattern\": \"(?-i)\\\\bSMILE\\\\d{2}\\\\b\"}",
        "]}"
    )));
    let text = "Your chart efd-123456 is ready; use SMILE25 or smile25.";
    let f = scan(&p, text);
    let mrn = f.iter().find(|f| f.rule == "practice-mrn").unwrap();
    assert_eq!(&text[mrn.start..mrn.end], "efd-123456");
    assert_eq!(mrn.entity, Some(Entity::Mrn));
    assert_eq!(mrn.message, "Chart number in a reply: 'efd-123456'");
    let promo: Vec<&str> = f
        .iter()
        .filter(|f| f.rule == "promo-code")
        .map(|f| &text[f.start..f.end])
        .collect();
    assert_eq!(
        promo,
        vec!["SMILE25"],
        "(?-i) makes a pattern case-sensitive"
    );
    // Identifier mode reports the entity pattern, not the plain one.
    let ids = Scanner::new(&p).unwrap().identifiers(&Input::new(text));
    assert!(ids.iter().any(|i| i.rule == "practice-mrn"));
    assert!(!ids.iter().any(|i| i.rule == "promo-code"));
    // A custom rule id can be configured like a catalog rule.
    let mut off = p.clone();
    off.rules.insert(
        "practice-mrn".into(),
        replyguard::policy::RuleSetting {
            enabled: false,
            severity: None,
        },
    );
    assert!(!scan(&off, text).iter().any(|f| f.rule == "practice-mrn"));
}

#[test]
fn messages_and_contact_line_shape_the_card() {
    let p = load(&policy(concat!(
        ",\n  \"practice\": {\"phones\": [\"(555) 201-3300\"]},",
        "\n  \"messages\": {\"contact_line\": \"call Maria at (555) 201-3300\", \"rules\": {",
        "\"dispute-blame\": {\"message\": \"Our policy: never argue in public ('{quote}').\", ",
        "\"suggestion\": \"We're sorry about your experience; please {contact}.\"}}}"
    )));
    let f = &scan(&p, DISPUTE)[0];
    assert_eq!(
        f.message,
        "Our policy: never argue in public ('That's not what happened')."
    );
    assert_eq!(
        f.suggestion.as_deref(),
        Some("We're sorry about your experience; please call Maria at (555) 201-3300.")
    );
    // Without a contact line, the first practice phone makes one.
    let p = load(&policy(
        ",\n  \"practice\": {\"phones\": [\"(555) 201-3300\"]}",
    ));
    let f = &scan(&p, DISPUTE)[0];
    assert_eq!(
        f.suggestion.as_deref(),
        Some("We're sorry you're frustrated; we'd like to talk directly: please call our office at (555) 201-3300.")
    );
}

#[test]
fn send_guard_is_read() {
    assert_eq!(
        load(&policy(",\n  \"send\": \"block\"")).send,
        SendGuard::Block
    );
    assert_eq!(load(&policy("")).send, SendGuard::Confirm);
}
