//! Identifier detection through the public API (`Scanner::identifiers`, as `--identifiers`
//! reports it) and the `replyguard eval` command end to end.

use replyguard::eval::{parse_line, Report};
use replyguard::{Entity, Input, Policy, Scanner};
use std::process::Command;

fn scanner() -> Scanner {
    Scanner::new(&Policy::default_policy()).unwrap()
}

/// (entity, quoted span) of every identifier reported in `text`.
fn ids(text: &str) -> Vec<(Entity, String)> {
    scanner()
        .identifiers(&Input::new(text))
        .into_iter()
        .map(|f| (f.entity.unwrap(), text[f.start..f.end].to_string()))
        .collect()
}

fn has(text: &str, entity: Entity, quote: &str) {
    let got = ids(text);
    assert!(
        got.iter().any(|(e, q)| *e == entity && q == quote),
        "expected {entity:?} {quote:?} in {text:?}, got {got:?}"
    );
}

#[test]
fn the_issue_example_is_caught() {
    let t = "Hi Derek, sorry about the wait at your 9:15 appointment";
    assert_eq!(
        ids(t),
        vec![
            (Entity::Name, "Derek".into()),
            (Entity::Date, "9:15".into())
        ]
    );
}

#[test]
fn every_safe_harbor_kind_with_a_form_has_its_own_entity() {
    has("fax: 555-201-3399", Entity::Fax, "555-201-3399");
    has("call me at (555) 201-3300", Entity::Phone, "(555) 201-3300");
    has("my SSN is 123-45-6789", Entity::Ssn, "123-45-6789");
    has("MRN 448812 on file", Entity::Mrn, "448812");
    has("member ID XJH44129", Entity::HealthPlanId, "XJH44129");
    has("acct # 77120045", Entity::Account, "77120045");
    has("license # D1234567", Entity::License, "D1234567");
    has(
        "VIN 1M8GDM9AXKP042788",
        Entity::Vehicle,
        "1M8GDM9AXKP042788",
    );
    has(
        "pacemaker serial number PM-88231",
        Entity::Device,
        "PM-88231",
    );
    has("Rx #778812 is ready", Entity::OtherId, "778812");
    has(
        "see janesmith.com/photos",
        Entity::Url,
        "janesmith.com/photos",
    );
    has("from 192.168.10.4", Entity::Ip, "192.168.10.4");
    has(
        "she lives at 14 Birch Lane",
        Entity::Address,
        "14 Birch Lane",
    );
    has("ZIP: 62701", Entity::Zip, "62701");
    has("our 92-year-old patient", Entity::Age, "92-year-old");
    has("since last Tuesday", Entity::Date, "last Tuesday");
    has(
        "card 4111 1111 1111 1111",
        Entity::Account,
        "4111 1111 1111 1111",
    );
}

#[test]
fn other_languages() {
    has("la cita del 3 de mayo", Entity::Date, "3 de mayo");
    has("am 3. Mai", Entity::Date, "3. Mai");
    has("визит 3 мая", Entity::Date, "3 мая");
    has("Mi madre tiene 92 años", Entity::Age, "92 años");
    has("Ma mère a 92 ans", Entity::Age, "92 ans");
    has("Terima kasih Ibu Sari", Entity::Name, "Sari");
}

#[test]
fn hard_negatives_report_nothing() {
    for t in [
        "We are open 9-5 Monday to Friday.",
        "Adults 45 and older should be screened.",
        "Prices start at $45.99, a 20% discount this month.",
        "Founded in 1998, we have served the town for 25 years.",
        "Thank you for the kind words! Hope to see you soon.",
        "Will do! May your holidays be merry.",
        "Hours: 8:30 am to 5:00 pm daily.",
        "Take 2 tablets with 1/2 cup of water.",
        "We speak English, Spanish and French.",
    ] {
        assert_eq!(ids(t), vec![], "{t}");
    }
}

#[test]
fn the_practice_own_identifiers_are_not_reported() {
    let mut policy = Policy::default_policy();
    policy.practice.phones = vec!["(555) 201-3300".into()];
    policy.practice.staff = vec!["Dr. Anita Patel".into()];
    let s = Scanner::new(&policy).unwrap();
    let f = s.identifiers(&Input::new("Call 555-201-3300 and ask for Dr. Patel."));
    assert!(f.is_empty(), "{f:?}");
}

#[test]
fn report_from_labeled_lines() {
    let lines = [
        r#"{"id":"1","text":"Hi Derek, your 9:15 visit","labels":[{"rule":"phi-name","start":3,"end":8}]}"#,
        r#"{"id":"2","text":"Thanks for the kind words!","labels":[]}"#,
    ];
    let s = scanner();
    let mut r = Report::default();
    for l in lines {
        let c = parse_line(l).unwrap();
        replyguard::eval::evaluate_case(&s, &c, true, &mut r);
    }
    // In identifiers mode NAME matches a phi-name label; the DATE finding has no label.
    assert_eq!(r.per_key["NAME"].found_correct, 1);
    assert_eq!(r.per_key["phi-name"].labels_found, 1);
    assert_eq!((r.any.found, r.any.found_correct), (2, 1));
    assert_eq!((r.problem_flagged, r.clean_flagged), (1, 0));
}

#[test]
fn eval_command_prints_json() {
    let dir = std::env::temp_dir().join(format!("rg-eval-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("set.jsonl");
    std::fs::write(
        &file,
        concat!(
            r#"{"id":"a","text":"My name is Rubija","spans":[{"start":11,"end":17,"label":"NAME"}]}"#,
            "\n",
            r#"{"id":"b","text":"What are my options?","spans":[]}"#,
            "\n",
            r#"{"id":"c","text":"The Exversion Orchestra","spans":[{"start":4,"end":13,"label":null}]}"#,
            "\n"
        ),
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_replyguard"))
        .args(["eval", file.to_str().unwrap(), "--identifiers", "--json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let j: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(j["lines"], 3);
    assert_eq!(j["per_key"]["NAME"]["recall"], 1.0);
    assert_eq!(j["clean_lines"], 2);
    assert_eq!(j["clean_flagged"], 0);
    assert_eq!(j["problem_flagged_share"], 1.0);

    // A bad line names the file and line.
    std::fs::write(&file, "{\"text\": \"x\"}\n").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_replyguard"))
        .args(["eval", file.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("set.jsonl:1"));
    std::fs::remove_dir_all(&dir).ok();
}
