//! `replyguard scan`: JSON lines in, one line of findings out per input, same order.

use super::Opts;
use replyguard::{Finding, InputLine, OffsetMap, Unit};
use serde::Serialize;
use std::io::{BufRead, Write};
use std::process::ExitCode;

#[derive(Serialize)]
pub struct OutFinding<'a> {
    pub rule: &'a str,
    pub severity: &'a str,
    pub start: usize,
    pub end: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entity: Option<&'a str>,
    pub quote: &'a str,
    pub message: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suggestion: Option<&'a str>,
}

/// Findings with code-point offsets, quoting the text they cover.
pub fn to_out<'a>(text: &'a str, findings: &'a [Finding]) -> Vec<OutFinding<'a>> {
    let map = OffsetMap::new(text);
    findings
        .iter()
        .map(|f| OutFinding {
            rule: &f.rule,
            severity: f.severity.as_str(),
            start: map.convert(f.start, Unit::CodePoint),
            end: map.convert(f.end, Unit::CodePoint),
            entity: f.entity.map(|e| e.as_str()),
            quote: &text[f.start..f.end],
            message: &f.message,
            suggestion: f.suggestion.as_deref(),
        })
        .collect()
}

pub fn run(opts: &Opts) -> Result<ExitCode, String> {
    let scanner = super::scanner(opts)?;
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failed = false;
    for (n, line) in stdin.lock().lines().enumerate() {
        let line = line.map_err(|e| format!("cannot read stdin: {e}"))?;
        if line.trim().is_empty() {
            continue;
        }
        let mut parsed: InputLine = match serde_json::from_str(&line) {
            Ok(l) => l,
            Err(e) => {
                failed = true;
                let err = serde_json::json!({"line": n + 1, "error": e.to_string()});
                writeln!(out, "{err}").map_err(|e| e.to_string())?;
                continue;
            }
        };
        let input = parsed.take_input();
        let findings = if opts.identifiers {
            scanner.identifiers(&input)
        } else {
            scanner.scan(&input)
        };
        let row = serde_json::json!({"id": parsed.id, "findings": to_out(&input.text, &findings)});
        writeln!(out, "{row}").map_err(|e| e.to_string())?;
    }
    out.flush().map_err(|e| e.to_string())?;
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
