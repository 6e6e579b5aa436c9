//! `replyguard check`, `replyguard rules` and `replyguard policy check`: readable reports.

use super::Opts;
use replyguard::{Input, Policy, Scanner};
use std::process::ExitCode;

pub fn run(opts: &Opts) -> Result<ExitCode, String> {
    let text = opts.rest.join(" ");
    if text.is_empty() {
        return Err("usage: replyguard check [--policy FILE] \"reply text\"".into());
    }
    let scanner = super::scanner(opts)?;
    let input = Input::new(text.clone());
    let findings = if opts.identifiers {
        scanner.identifiers(&input)
    } else {
        scanner.scan(&input)
    };
    if findings.is_empty() {
        out!(line "No problems found.");
        return Ok(ExitCode::SUCCESS);
    }
    // The text with each finding's span marked: «like this».
    let mut marked = String::new();
    let mut at = 0;
    for f in findings.iter() {
        if f.start < at {
            continue;
        }
        marked.push_str(&text[at..f.start]);
        marked.push('«');
        marked.push_str(&text[f.start..f.end]);
        marked.push('»');
        at = f.end;
    }
    marked.push_str(&text[at..]);
    out!(line "{marked}\n");
    let rules = scanner.rules();
    for f in &findings {
        let title = rules
            .iter()
            .find(|r| r.id == f.rule)
            .map_or("", |r| r.title.as_str());
        out!(line
            "{} [{}] {}",
            f.severity.as_str().to_uppercase(),
            f.rule,
            title
        );
        out!(line "  {}", f.message);
        if let Some(r) = rules.iter().find(|r| r.id == f.rule) {
            out!(line "  why: {}", r.why);
        }
        if let Some(s) = &f.suggestion {
            out!(line "  instead: {s}");
        }
    }
    let violations = findings
        .iter()
        .filter(|f| f.severity == replyguard::Severity::Violation)
        .count();
    Ok(if violations > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

pub fn rules(opts: &Opts) -> Result<ExitCode, String> {
    let scanner = super::scanner(opts)?;
    for r in scanner.rules() {
        let state = if r.enabled {
            r.severity.as_str()
        } else {
            "off"
        };
        out!(line "{:<26} {:<10} {:<10} {}", r.id, r.kind, state, r.title);
        out!(line "{:<26} {}", "", r.why);
    }
    Ok(ExitCode::SUCCESS)
}

pub fn policy_check(args: &[String]) -> Result<ExitCode, String> {
    let path = args.first().ok_or("usage: replyguard policy check FILE")?;
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    // Every problem, not just the first: an admin fixes a file in one pass.
    let result =
        Policy::check_json(&text).and_then(|p| Scanner::new(&p).map(|_| p).map_err(|e| vec![e]));
    match result {
        Ok(p) => {
            out!(line "{path}: valid policy \"{}\"", p.name);
            Ok(ExitCode::SUCCESS)
        }
        Err(errors) => {
            for e in &errors {
                out!(line "{path}: {e}");
            }
            out!(line
                "{path}: {} problem(s); the policy was not loaded",
                errors.len()
            );
            Ok(ExitCode::from(1))
        }
    }
}
