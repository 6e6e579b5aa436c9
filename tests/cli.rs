//! The `replyguard` command line: JSON lines in and out, code-point offsets, errors that keep going.

use std::io::Write;
use std::process::{Command, Stdio};

fn replyguard(args: &[&str], stdin: &str) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_replyguard"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn json_lines(s: &str) -> Vec<serde_json::Value> {
    s.lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn scan_reports_code_point_offsets_with_emoji_arabic_cyrillic() {
    let text = "😀 مرحبا Привет: пишите jane@example.org";
    let line = serde_json::json!({"id": "a", "text": text}).to_string();
    let (code, out, _) = replyguard(&["scan", "--identifiers"], &format!("{line}\n"));
    assert_eq!(code, 0);
    let rows = json_lines(&out);
    let f = &rows[0]["findings"][0];
    let start = f["start"].as_u64().unwrap() as usize;
    let end = f["end"].as_u64().unwrap() as usize;
    let chars: Vec<char> = text.chars().collect();
    assert_eq!(
        chars[start..end].iter().collect::<String>(),
        "jane@example.org"
    );
    assert_eq!(f["quote"], "jane@example.org");
    assert_eq!(f["rule"], "phi-contact");
    assert_eq!(f["entity"], "EMAIL");
    assert_eq!(rows[0]["id"], "a");
}

#[test]
fn malformed_line_gets_an_error_line_and_scanning_goes_on() {
    let input =
        "{\"id\": 1, \"text\": \"a@b.co is mine\"}\nnot json\n{\"id\": 3, \"text\": \"hello\"}\n";
    let (code, out, _) = replyguard(&["scan", "--identifiers"], input);
    assert_eq!(code, 1, "a bad line makes the exit code 1");
    let rows = json_lines(&out);
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[0]["id"], 1);
    assert_eq!(rows[1]["line"], 2);
    assert!(rows[1]["error"].as_str().unwrap().contains("expected"));
    assert_eq!(rows[2]["id"], 3);
    assert_eq!(rows[2]["findings"].as_array().unwrap().len(), 0);
}

#[test]
fn practice_phone_from_policy_is_not_flagged() {
    let dir = std::env::temp_dir().join(format!("rg-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let policy = dir.join("p.json");
    std::fs::write(
        &policy,
        r#"{"version": 1, "name": "Test practice", "practice": {"phones": ["(555) 201-3300"]}}"#,
    )
    .unwrap();
    let input = "{\"id\": 1, \"text\": \"Call us at 555-201-3300 or 555-201-3301.\"}\n";
    let (_, out, _) = replyguard(
        &[
            "scan",
            "--identifiers",
            "--policy",
            policy.to_str().unwrap(),
        ],
        input,
    );
    let rows = json_lines(&out);
    let quotes: Vec<&str> = rows[0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["quote"].as_str().unwrap())
        .collect();
    assert_eq!(quotes, vec!["555-201-3301"]);
}

#[test]
fn policy_check_reports_line_and_reason() {
    let dir = std::env::temp_dir().join(format!("rg-cli-pc-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.json");
    std::fs::write(&bad, "{\n  \"version\": 1,\n  \"name\": \"x\",\n  \"rules\": {\"phi-name\": {\"severity\": \"loud\"}}\n}\n").unwrap();
    let (code, out, _) = replyguard(&["policy", "check", bad.to_str().unwrap()], "");
    assert_eq!(code, 1);
    assert!(out.contains("line 4"), "{out}");
    assert!(out.contains("rules.phi-name.severity"), "{out}");
    assert!(out.contains("loud"), "{out}");
}

#[test]
fn rules_lists_catalog_ids() {
    let (code, out, _) = replyguard(&["rules"], "");
    assert_eq!(code, 0);
    for id in [
        "phi-name",
        "rel-confirm",
        "echo-disclosure",
        "review-incentive",
        "solicit-phi-public",
    ] {
        assert!(
            out.lines().any(|l| l.starts_with(id)),
            "{id} missing from:\n{out}"
        );
    }
}

#[test]
fn unknown_command_is_explained() {
    let (code, _, err) = replyguard(&["scna"], "");
    assert_eq!(code, 2);
    assert!(err.contains("unknown command `scna`"));
    assert!(err.contains("USAGE"));
}

/// One process scans many replies (the CLI a file, the extension every keystroke), and the
/// engine caches its compiled patterns in process-wide cells. A reply's findings must not
/// depend on which replies came before it: here a staff birthday ("Dr. Lee turns 40") once
/// compiled the wrong pattern into a cell two checks of `nobodys_age` shared, after which "a
/// 6-year-old's mouth" in an education post was reported as a patient's age.
#[test]
fn findings_do_not_depend_on_earlier_replies_in_the_process() {
    let first = serde_json::json!({"id": "a", "text": "Dr. Lee turns 40 today, happy birthday!", "lang": "en"});
    let later = serde_json::json!({
        "id": "b",
        "text": "Here is a model of a 6-year-old's mouth 🦷 baby teeth save room for the adult ones.",
        "lang": "en"
    });
    let policy = "tests/corpus/practice-policy.json";
    let (code, alone, _) = replyguard(&["scan", "--policy", policy], &format!("{later}\n"));
    assert_eq!(code, 0);
    let (code, after, _) = replyguard(
        &["scan", "--policy", policy],
        &format!("{first}\n{later}\n"),
    );
    assert_eq!(code, 0);
    let alone = json_lines(&alone).pop().unwrap();
    let after = json_lines(&after).pop().unwrap();
    assert_eq!(
        alone["findings"],
        serde_json::json!([]),
        "an age of a kind of child is no one's"
    );
    assert_eq!(after, alone);
}

/// A reader that goes away (`replyguard rules | head -1`) ends the command quietly: the
/// standard print macros panicked with a backtrace on the broken pipe.
#[test]
fn a_closed_output_pipe_ends_quietly() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_replyguard"))
        .args(["rules"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Close the reading end before the command has written its (multi-line) report.
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(!err.contains("panicked"), "stderr: {err}");
    assert_eq!(out.status.code(), Some(0), "stderr: {err}");
}
