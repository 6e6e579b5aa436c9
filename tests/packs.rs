//! Runs the inline examples of every rule in every pack (`rules/*.toml`), the way the product
//! scans: `Scanner::new(&Policy::default_policy())` and `scan(&Input::new(text))`, language
//! detected from the text.
//!
//! Spans are checked **exactly**: each `[bracketed]` span of an example must be the span of a
//! finding of that rule, byte for byte, and every finding of that rule in the example must
//! overlap a bracketed span. A detection test that only asked for overlap would pass while
//! the underline in the browser covered the wrong words. Each counterexample must produce no
//! finding of its rule. All failures are collected and reported together.
//!
//! The examples are read from the TOML (`common::packs::rules`): the engine does not embed them.

use replyguard::packs::{builtin, parse_example, split_context};
use replyguard::{lang, Finding, Input, Policy, Scanner};
use std::collections::BTreeSet;

mod common;
use common::{packs, CONDUCT};

fn scanner() -> Scanner {
    Scanner::new(&Policy::default_policy()).expect("default policy compiles")
}

/// The reply of an example, with the comment it answers when the example starts with one.
fn reply(text: &str, context: &str) -> Input {
    Input {
        context: context.to_string(),
        ..Input::new(text)
    }
}

fn findings_of<'a>(all: &'a [Finding], rule: &str) -> Vec<&'a Finding> {
    all.iter().filter(|f| f.rule == rule).collect()
}

fn show(text: &str, fs: &[&Finding]) -> String {
    let spans: Vec<String> = fs
        .iter()
        .map(|f| format!("{:?} {}..{}", &text[f.start..f.end], f.start, f.end))
        .collect();
    format!("[{}]", spans.join(", "))
}

#[test]
fn catalog_has_exactly_the_26_rule_ids() {
    let ids: Vec<&str> = builtin().iter().map(|r| r.id.as_str()).collect();
    let got: BTreeSet<&str> = ids.iter().copied().collect();
    let want: BTreeSet<&str> = common::catalog().collect();
    assert_eq!(
        ids.len(),
        26,
        "a rule is defined twice or one is extra: {ids:?}"
    );
    assert_eq!(got, want);
}

#[test]
fn every_example_is_found_with_its_exact_span() {
    let scanner = scanner();
    let mut failures = Vec::new();
    let mut checked = 0;
    for rule in packs::rules() {
        for example in &rule.examples {
            let (context, marked) = split_context(example);
            let (text, spans) = parse_example(marked);
            assert!(
                !spans.is_empty(),
                "rule `{}`: example has no [bracketed] span: {marked}",
                rule.id
            );
            let all = scanner.scan(&reply(&text, context));
            let got = findings_of(&all, &rule.id);
            for &(s, e) in &spans {
                if !got.iter().any(|f| f.start == s && f.end == e) {
                    failures.push(format!(
                        "{} [{}]: expected {:?} in {marked:?}; found {}",
                        rule.id,
                        lang::detect(&text),
                        &text[s..e],
                        show(&text, &got)
                    ));
                }
            }
            for f in &got {
                if !spans.iter().any(|&(s, e)| f.start < e && s < f.end) {
                    failures.push(format!(
                        "{}: unexpected extra span {:?} in {marked:?}",
                        rule.id,
                        &text[f.start..f.end]
                    ));
                }
            }
            checked += 1;
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {checked} examples failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn no_counterexample_triggers_its_rule() {
    let scanner = scanner();
    let mut failures = Vec::new();
    for rule in packs::rules() {
        for example in &rule.counterexamples {
            let (context, text) = split_context(example);
            let all = scanner.scan(&reply(text, context));
            let got = findings_of(&all, &rule.id);
            if !got.is_empty() {
                failures.push(format!(
                    "{} [{}]: {text:?} was flagged at {}",
                    rule.id,
                    lang::detect(text),
                    show(text, &got)
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn conduct_rules_have_cases_in_every_language() {
    for id in CONDUCT {
        let rule = packs::rules().iter().find(|r| r.id == id).expect(id);
        assert!(
            rule.examples.len() >= 6,
            "{id}: {} examples, want at least 6",
            rule.examples.len()
        );
        assert!(
            rule.counterexamples.len() >= 6,
            "{id}: {} counterexamples, want at least 6",
            rule.counterexamples.len()
        );
        assert!(!rule.matchers.is_empty(), "{id} has no matchers");
        let langs: BTreeSet<&str> = rule
            .examples
            .iter()
            .map(|e| lang::detect(&parse_example(e).0))
            .collect();
        for l in lang::LANGS {
            assert!(
                langs.contains(l),
                "{id}: no example detected as `{l}` (have {langs:?})"
            );
        }
    }
}

#[test]
fn a_rule_can_be_turned_off_and_its_examples_go_quiet() {
    // The examples really are what the rule finds: with the rule off, they give nothing.
    let mut policy = Policy::default_policy();
    for id in CONDUCT {
        policy.rules.insert(
            id.to_string(),
            replyguard::policy::RuleSetting {
                enabled: false,
                severity: None,
            },
        );
    }
    let scanner = Scanner::new(&policy).unwrap();
    for id in CONDUCT {
        let rule = packs::rules().iter().find(|r| r.id == id).unwrap();
        for example in &rule.examples {
            let (context, marked) = split_context(example);
            let (text, _) = parse_example(marked);
            let all = scanner.scan(&reply(&text, context));
            assert!(
                findings_of(&all, id).is_empty(),
                "{id} still fires when off"
            );
        }
    }
}

#[test]
fn the_engine_embeds_the_packs_texts_but_not_their_examples() {
    // What a card shows comes from the embedded packs; it must be what the TOML says.
    let source = packs::rules();
    assert_eq!(source.len(), builtin().len());
    for (r, b) in source.iter().zip(builtin()) {
        assert_eq!(
            (
                &r.id,
                &r.title,
                &r.kind,
                &r.severity,
                &r.why,
                &r.message,
                &r.suggestion
            ),
            (
                &b.id,
                &b.title,
                &b.kind,
                &b.severity,
                &b.why,
                &b.message,
                &b.suggestion
            )
        );
        assert_eq!(r.reference, b.reference, "{}", r.id);
        assert!(
            b.examples.is_empty() && b.counterexamples.is_empty(),
            "{}: examples are test data, kept out of the .wasm",
            b.id
        );
    }
    let examples: usize = source.iter().map(|r| r.examples.len()).sum();
    assert!(examples > 100, "only {examples} examples read from rules/");
}
