//! What several test suites share: the rule ids of the policy catalog
//! (`../shared/design/policy-catalog.md`), written out here by hand so that the tests check the
//! engine against the catalog rather than against the engine's own list.

pub mod packs;

/// One scanner with the corpus practice's policy (`tests/corpus/practice-policy.json`: its
/// staff, phones, addresses and handles are the practice's own), built once per test binary.
#[allow(dead_code)] // not every suite that includes `common` needs it
pub fn corpus_scanner() -> &'static replyguard::Scanner {
    static S: std::sync::OnceLock<replyguard::Scanner> = std::sync::OnceLock::new();
    S.get_or_init(|| {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/corpus/practice-policy.json"
        );
        let json = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
        replyguard::Scanner::new(&replyguard::Policy::from_json(&json).unwrap()).unwrap()
    })
}

/// (rule, quoted span) of every finding the corpus practice's scanner gives for `text` as a reply
/// to `context` (empty: none), in the scanner's order.
#[allow(dead_code)] // not every suite that includes `common` needs it
pub fn found_ctx(text: &str, context: &str, lang: &str) -> Vec<(String, String)> {
    let mut input = replyguard::Input::new(text).with_lang(lang);
    if !context.is_empty() {
        input = input.with_context(context);
    }
    corpus_scanner()
        .scan(&input)
        .into_iter()
        .map(|f| (f.rule, text[f.start..f.end].to_string()))
        .collect()
}

/// [`found_ctx`] for a reply with no context.
#[allow(dead_code)] // not every suite that includes `common` needs it
pub fn found(text: &str, lang: &str) -> Vec<(String, String)> {
    found_ctx(text, "", lang)
}

/// Expected (rule, quoted span) pairs written as string slices.
#[allow(dead_code)] // not every suite that includes `common` needs it
pub fn pairs(p: &[(&str, &str)]) -> Vec<(String, String)> {
    p.iter()
        .map(|(r, s)| (r.to_string(), s.to_string()))
        .collect()
}

/// The patient-privacy rules (issue 3), in catalog order.
pub const PRIVACY: [&str; 14] = [
    "phi-name",
    "phi-geo",
    "phi-date",
    "phi-age",
    "phi-contact",
    "phi-idnum",
    "phi-web",
    "phi-image",
    "phi-unique",
    "phi-payment",
    "rel-confirm",
    "clin-detail",
    "echo-disclosure",
    "loc-hint",
];

/// The conduct and promotion rules (issue 4), in catalog order.
pub const CONDUCT: [&str; 12] = [
    "advice-public",
    "dispute-blame",
    "insult-profane",
    "legal-threat",
    "review-incentive",
    "review-incentive-neutral",
    "review-suppress",
    "claim-absolute",
    "rx-promo-norisk",
    "colleague-info",
    "crisis-speculation",
    "solicit-phi-public",
];

/// The whole catalog, in its order.
#[allow(dead_code)] // not every suite that includes this module needs it
pub fn catalog() -> impl Iterator<Item = &'static str> {
    PRIVACY.iter().chain(CONDUCT.iter()).copied()
}
