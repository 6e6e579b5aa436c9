//! Detection quality floors on the labeled corpora, enforced by `cargo test`.
//!
//! - `tests/corpus/dev.jsonl`: the team's corpus we tune on.
//! - `tests/corpus/heldout.jsonl`: never tuned on; its floors are what we claim.
//! - `../shared/data/presidio-research/synth.jsonl`: the public PII set, in `--identifiers` mode.
//!
//! A floor sits a little under the figure measured when it was set (see README, "Detection
//! quality"), so that a change that makes detection worse fails here. Raise floors as detection
//! improves; never lower one to make a change pass without saying why in the commit.

use replyguard::eval::{evaluate_case, parse_line, Report};
use replyguard::{Policy, Scanner};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn evaluate(path: &Path, policy: Option<&Path>, identifiers: bool) -> Report {
    let policy = match policy {
        Some(p) => Policy::from_json(&std::fs::read_to_string(p).unwrap()).unwrap(),
        None => Policy::default_policy(),
    };
    let scanner = Scanner::new(&policy).unwrap();
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut report = Report::default();
    for (n, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let case = parse_line(line).unwrap_or_else(|e| panic!("{}:{}: {e}", path.display(), n + 1));
        evaluate_case(&scanner, &case, identifiers, &mut report);
    }
    report
}

/// Checks one corpus file against its floors and prints the figures either way.
fn check_corpus(file: &str, problem_floor: f64, clean_ceiling: f64, recall_floors: &[(&str, f64)]) {
    let dir = root().join("tests/corpus");
    let r = evaluate(
        &dir.join(file),
        Some(&dir.join("practice-policy.json")),
        false,
    );
    println!("{file}:\n{}", r.to_text("rule"));
    let mut failures = Vec::new();
    if r.problem_flagged_share() < problem_floor {
        failures.push(format!(
            "problem replies flagged {:.3} < floor {problem_floor}",
            r.problem_flagged_share()
        ));
    }
    if r.clean_flagged_share() > clean_ceiling {
        failures.push(format!(
            "clean replies flagged {:.3} > ceiling {clean_ceiling}",
            r.clean_flagged_share()
        ));
    }
    for (rule, floor) in recall_floors {
        let recall = r.per_key.get(*rule).map_or(0.0, |c| c.recall());
        if recall < *floor {
            failures.push(format!("{rule} span recall {recall:.3} < floor {floor}"));
        }
    }
    assert!(failures.is_empty(), "{file}: {}", failures.join("; "));
}

const PRIVACY_RULES: [&str; 14] = [
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

#[test]
fn dev_corpus_floors() {
    let floors: Vec<(&str, f64)> = PRIVACY_RULES
        .iter()
        .map(|r| (*r, floors::recall(r, floors::DEV_RECALL)))
        .collect();
    check_corpus("dev.jsonl", floors::DEV_PROBLEM, floors::DEV_CLEAN, &floors);
}

#[test]
fn heldout_corpus_floors() {
    let floors: Vec<(&str, f64)> = PRIVACY_RULES
        .iter()
        .map(|r| (*r, floors::recall(r, floors::HELDOUT_RECALL)))
        .collect();
    check_corpus(
        "heldout.jsonl",
        floors::HELDOUT_PROBLEM,
        floors::HELDOUT_CLEAN,
        &floors,
    );
}

#[test]
fn presidio_synth_identifier_floors() {
    let path = root().join("../shared/data/presidio-research/synth.jsonl");
    if !path.exists() {
        // The public set lives beside the repository (../shared); CI always has it.
        panic!(
            "{} is missing: the synth benchmark needs ../shared beside the repository",
            path.display()
        );
    }
    let r = evaluate(&path, None, true);
    println!("synth.jsonl --identifiers:\n{}", r.to_text("entity"));
    let name = r.per_key.get("NAME").cloned().unwrap_or_default();
    let mut failures = Vec::new();
    if name.recall() < floors::SYNTH_NAME_RECALL || name.precision() < floors::SYNTH_NAME_PRECISION
    {
        failures.push(format!("NAME {:.3}/{:.3}", name.precision(), name.recall()));
    }
    if r.any.recall() < floors::SYNTH_ANY_RECALL || r.any.precision() < floors::SYNTH_ANY_PRECISION
    {
        failures.push(format!(
            "any identifier {:.3}/{:.3}",
            r.any.precision(),
            r.any.recall()
        ));
    }
    if r.clean_flagged_share() > floors::SYNTH_CLEAN {
        failures.push(format!(
            "identifier-free sentences flagged {:.3}",
            r.clean_flagged_share()
        ));
    }
    assert!(
        failures.is_empty(),
        "synth floors (precision/recall): {}",
        failures.join("; ")
    );
}

/// The floors, in one place. Set on 2026-11-23 a little under the figures measured then
/// (dev: 99.8% problem flagged, 0.4% clean flagged, every privacy rule's span recall >= 0.90;
/// held-out: 84.4% / 4.8%, weakest privacy rule phi-unique 0.36; synth: NAME 0.935/0.951,
/// any identifier 0.975/0.933, 0% of identifier-free sentences flagged). The held-out and
/// synth floors at the targets of issue 3 are not all met yet: see README.
/// Raised later on 2026-11-23 (branch recall2, after the probe sets were added to both parts):
/// dev 99.7% / 0.7%, lowest privacy-identifier recall phi-name 0.91; held-out 86.8% / 4.6%,
/// lowest phi-unique 0.47.
mod floors {
    pub const DEV_PROBLEM: f64 = 0.98;
    pub const DEV_CLEAN: f64 = 0.02;
    pub const DEV_RECALL: f64 = 0.88;
    pub const HELDOUT_PROBLEM: f64 = 0.84;
    pub const HELDOUT_CLEAN: f64 = 0.06;
    pub const HELDOUT_RECALL: f64 = 0.40;
    pub const SYNTH_NAME_RECALL: f64 = 0.92;
    pub const SYNTH_NAME_PRECISION: f64 = 0.90;
    pub const SYNTH_ANY_RECALL: f64 = 0.90;
    pub const SYNTH_ANY_PRECISION: f64 = 0.95;
    pub const SYNTH_CLEAN: f64 = 0.03;

    /// The span-recall floor of `rule`: `base` for the identifier rules and rel-confirm (the
    /// rules issue 3 sets a recall target for); a lower one for the vocabulary-driven rules
    /// (clin-detail 0.71, echo-disclosure 0.88 on dev when set; 0.66 and 0.73 held out).
    pub fn recall(rule: &str, base: f64) -> f64 {
        match rule {
            "clin-detail" | "echo-disclosure" => base.min(0.60),
            _ => base,
        }
    }
}
