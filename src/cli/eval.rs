//! `replyguard eval FILE.jsonl [--identifiers] [--policy FILE] [--json] [--errors]`: scores the
//! engine on labeled replies (see `replyguard::eval` for the formats and matching rules).

use super::Opts;
use replyguard::eval::{evaluate_case, parse_line, Report};
use std::io::BufRead;
use std::process::ExitCode;

pub fn run(args: &[String]) -> Result<ExitCode, String> {
    let mut json = false;
    let mut errors = false;
    let rest: Vec<String> = args
        .iter()
        .filter(|a| match a.as_str() {
            "--json" => {
                json = true;
                false
            }
            "--errors" => {
                errors = true;
                false
            }
            _ => true,
        })
        .cloned()
        .collect();
    let opts: Opts = super::parse_opts(&rest)?;
    let [path] = opts.rest.as_slice() else {
        return Err(
            "usage: replyguard eval FILE.jsonl [--identifiers] [--policy FILE] [--json] [--errors]"
                .into(),
        );
    };
    let scanner = super::scanner(&opts)?;
    let file = std::fs::File::open(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    let mut report = Report::default();
    for (n, line) in std::io::BufReader::new(file).lines().enumerate() {
        let line = line.map_err(|e| format!("cannot read {path}: {e}"))?;
        if line.trim().is_empty() {
            continue;
        }
        let case = parse_line(&line).map_err(|e| format!("{path}:{}: {e}", n + 1))?;
        let found = evaluate_case(&scanner, &case, opts.identifiers, &mut report);
        if errors {
            print_errors(&case, &found);
        }
    }
    if json {
        out!(line "{}", report.to_json());
    } else {
        let key = if opts.identifiers { "entity" } else { "rule" };
        out!("{}", report.to_text(key));
    }
    Ok(ExitCode::SUCCESS)
}

/// `--errors`: prints misses (labels no finding overlaps) and false positives, one a line, to
/// stderr, for tuning.
fn print_errors(case: &replyguard::eval::Case, found: &[replyguard::eval::Found]) {
    let t = &case.input.text;
    let ov = |a: usize, b: usize, c: usize, d: usize| a < d && c < b;
    for l in &case.labels {
        let Some(k) = &l.key else { continue };
        if !found.iter().any(|f| ov(f.start, f.end, l.start, l.end)) {
            eprintln!("MISS {}\t{k}\t{:?}\t{:?}", case.id, &t[l.start..l.end], t);
        }
    }
    for f in found {
        let touching: Vec<&replyguard::eval::Label> = case
            .labels
            .iter()
            .filter(|l| ov(f.start, f.end, l.start, l.end))
            .collect();
        let right = touching.iter().any(|l| {
            l.key
                .as_deref()
                .is_none_or(|k| replyguard::eval::compatible(&f.key, k))
        });
        if !touching.is_empty() && !right {
            let k = touching[0].key.as_deref().unwrap_or("");
            eprintln!(
                "WRONG {}	{}	{:?}	label {k}	{:?}",
                case.id,
                f.key,
                &t[f.start..f.end],
                t
            );
        }
        if touching.is_empty() {
            eprintln!(
                "FP   {}\t{}\t{:?}\t{:?}",
                case.id,
                f.key,
                &t[f.start..f.end],
                t
            );
        }
    }
}
