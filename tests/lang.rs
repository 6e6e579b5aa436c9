//! Language detection on the labeled corpus: a reply that does not say its language is scanned
//! with the packs of the language `replyguard::lang::detect` guesses, so a wrong guess silently
//! skips every phrase rule of the right language. The corpus records carry their language; this
//! checks the detector against them (dev and held-out separately) and prints the confusions.

use std::collections::BTreeMap;

mod common;

fn accuracy(file: &str) -> (usize, usize, BTreeMap<(String, String), usize>) {
    let path = format!("{}/tests/corpus/{file}", env!("CARGO_MANIFEST_DIR"));
    let body = std::fs::read_to_string(&path).expect("corpus file");
    let (mut right, mut total) = (0, 0);
    let mut wrong = BTreeMap::new();
    for line in body.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).expect("corpus line is JSON");
        let text = v["text"].as_str().expect("text");
        let want = v["lang"].as_str().expect("lang");
        let context = v["context"].as_str().unwrap_or("");
        let got = replyguard::lang::detect_with(text, context);
        total += 1;
        if got == want {
            right += 1;
        } else {
            *wrong
                .entry((want.to_string(), got.to_string()))
                .or_insert(0) += 1;
            if std::env::var_os("RG_LANG_MISSES").is_some() && file == "dev.jsonl" {
                println!("  {want} -> {got}: {text}");
            }
        }
    }
    (right, total, wrong)
}

fn check(file: &str, floor: f64) {
    let (right, total, wrong) = accuracy(file);
    let share = right as f64 / total as f64;
    println!(
        "{file}: language detected right for {right}/{total} ({:.1}%)",
        share * 100.0
    );
    for ((want, got), n) in &wrong {
        println!("  {want} read as {got}: {n}");
    }
    assert!(
        share >= floor,
        "{file}: detection {share:.3} < floor {floor}"
    );
}

#[test]
fn dev_language_detection() {
    check("dev.jsonl", 0.99);
}

#[test]
fn heldout_language_detection() {
    check("heldout.jsonl", 0.99);
}

/// The held-out replies scanned as the corpus gives them and again with their `lang` removed
/// (as a caller that does not know the language sends them): detection must lose at most two
/// problem replies and gain at most two clean-reply flags.
#[test]
fn heldout_without_lang_flags_as_much() {
    use replyguard::eval::{evaluate_case, parse_line, Report};
    let dir = format!("{}/tests/corpus", env!("CARGO_MANIFEST_DIR"));
    let scanner = common::corpus_scanner();
    let body = std::fs::read_to_string(format!("{dir}/heldout.jsonl")).unwrap();
    let (mut given, mut detected) = (Report::default(), Report::default());
    for line in body.lines().filter(|l| !l.trim().is_empty()) {
        let mut case = parse_line(line).unwrap();
        evaluate_case(scanner, &case, false, &mut given);
        case.input.lang.clear();
        evaluate_case(scanner, &case, false, &mut detected);
    }
    println!(
        "heldout problem replies flagged: {} with lang, {} with lang detected; clean flagged: {} / {}",
        given.problem_flagged, detected.problem_flagged, given.clean_flagged, detected.clean_flagged
    );
    assert!(detected.problem_flagged + 2 >= given.problem_flagged);
    assert!(detected.clean_flagged <= given.clean_flagged + 2);
}
