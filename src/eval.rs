//! Evaluation against labeled replies: per-rule (or per-entity) precision, recall and F1 with
//! overlap matching, plus the share of problem and clean replies that were flagged.
//!
//! Two line formats are read (offsets are Unicode code points, end exclusive):
//! - the project's own: `{"id","text","context"?,"lang"?,"author"?,"labels":[{"rule","start","end"}]}`
//! - the presidio-research synth form: `{"id","text","spans":[{"start","end","label"}]}` where
//!   `label` is an entity name (`NAME`, `ADDRESS`, ...) or `null` for spans to ignore.
//!
//! Matching rules (overlap matching):
//! - A finding is a true positive when it overlaps a label it is *compatible* with (same key,
//!   or one of the groups in [`compatible`]); a finding that overlaps only ignored (`null`)
//!   spans is dropped from every count.
//! - A label is recalled when at least one compatible finding overlaps it.
//! - In `--identifiers` mode the keys are entity names; ZIP and ADDRESS are one group (a ZIP
//!   code is part of an address, and the synth set labels some postcodes inside addresses as
//!   ADDRESS), and so are PHONE and FAX (the synth set labels fax numbers PHONE). Per-entity
//!   rows are keyed by the finding's entity for precision and by the label's for recall.

use crate::finding::{Entity, Finding, Input, InputLine};
use crate::scanner::Scanner;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One labeled span, in byte offsets of the line's text. `key` is `None` for ignored spans.
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    pub key: Option<String>,
    pub start: usize,
    pub end: usize,
}

/// One labeled line.
#[derive(Debug, Clone)]
pub struct Case {
    pub id: String,
    pub input: Input,
    pub labels: Vec<Label>,
}

#[derive(Deserialize)]
struct RawLabel {
    #[serde(default)]
    rule: Option<String>,
    #[serde(default)]
    label: Option<String>,
    #[serde(default)]
    entity: Option<String>,
    start: usize,
    end: usize,
}

#[derive(Deserialize)]
struct RawCase {
    #[serde(flatten)]
    line: InputLine,
    #[serde(default)]
    labels: Option<Vec<RawLabel>>,
    #[serde(default)]
    spans: Option<Vec<RawLabel>>,
}

/// Byte offset of each code point index (plus the end), for converting label offsets.
fn cp_to_byte(text: &str) -> Vec<usize> {
    let mut v: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    v.push(text.len());
    v
}

/// Parses one JSON line. Errors say what is wrong with it.
pub fn parse_line(line: &str) -> Result<Case, String> {
    let mut raw: RawCase =
        serde_json::from_str(line).map_err(|e| format!("not a labeled line: {e}"))?;
    let map = cp_to_byte(&raw.line.text);
    let n = map.len() - 1;
    let mut labels = Vec::new();
    let has_labels = raw.labels.is_some() || raw.spans.is_some();
    for l in raw.labels.into_iter().chain(raw.spans).flatten() {
        if l.start > l.end || l.end > n {
            return Err(format!(
                "label {}..{} is outside the text ({} code points); offsets count code points, end exclusive",
                l.start, l.end, n
            ));
        }
        let key = l.rule.or(l.entity).or(l.label);
        labels.push(Label {
            key,
            start: map[l.start],
            end: map[l.end],
        });
    }
    if !has_labels {
        return Err(
            "no `labels` (or `spans`) list; write `\"labels\": []` for a clean reply".into(),
        );
    }
    Ok(Case {
        id: raw.line.id_text(),
        input: raw.line.take_input(),
        labels,
    })
}

/// A finding reduced to what the metrics need: its key and byte span.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub key: String,
    pub start: usize,
    pub end: usize,
}

impl Found {
    /// The finding's key: its entity in identifiers mode, else its rule.
    pub fn from_finding(f: &Finding, identifiers: bool) -> Found {
        let key = match (identifiers, f.entity) {
            (true, Some(e)) => e.as_str().to_string(),
            _ => f.rule.clone(),
        };
        Found {
            key,
            start: f.start,
            end: f.end,
        }
    }
}

/// Groups of entity names that count as a match for each other (see the module docs).
const GROUPS: &[&[&str]] = &[&["ADDRESS", "ZIP"], &["PHONE", "FAX"]];

/// True if a finding keyed `found` may match a label keyed `label`: same key, same group, or
/// an entity finding against a label naming that entity's rule (`EMAIL` vs `phi-contact`).
pub fn compatible(found: &str, label: &str) -> bool {
    if found.eq_ignore_ascii_case(label) {
        return true;
    }
    let up = |s: &str| s.to_ascii_uppercase();
    let (f, l) = (up(found), up(label));
    if GROUPS
        .iter()
        .any(|g| g.contains(&f.as_str()) && g.contains(&l.as_str()))
    {
        return true;
    }
    Entity::parse(found).is_some_and(|e| e.rule() == label)
        || Entity::parse(label).is_some_and(|e| e.rule() == found)
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// Counts for one key.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Counts {
    /// Findings of this key (not overlapping only ignored spans).
    pub found: usize,
    /// Of those, how many overlap a compatible label.
    pub found_correct: usize,
    /// Labels of this key.
    pub labels: usize,
    /// Of those, how many are overlapped by a compatible finding.
    pub labels_found: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.found_correct, self.found)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.labels_found, self.labels)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn add(&mut self, o: &Counts) {
        self.found += o.found;
        self.found_correct += o.found_correct;
        self.labels += o.labels;
        self.labels_found += o.labels_found;
    }
}

/// 1.0 when there is nothing to count (no findings means no false positives).
fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// Everything `replyguard eval` reports.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Report {
    pub per_key: BTreeMap<String, Counts>,
    /// Any finding against any label, ignoring keys.
    pub any: Counts,
    pub lines: usize,
    pub problem_lines: usize,
    pub problem_flagged: usize,
    pub clean_lines: usize,
    pub clean_flagged: usize,
}

impl Report {
    /// Adds one line's labels and findings.
    pub fn add(&mut self, labels: &[Label], found: &[Found]) {
        self.lines += 1;
        let real: Vec<&Label> = labels.iter().filter(|l| l.key.is_some()).collect();
        let ignored: Vec<&Label> = labels.iter().filter(|l| l.key.is_none()).collect();
        // Findings that touch a real label always count; those that only touch ignored spans
        // count nowhere.
        let counted: Vec<&Found> = found
            .iter()
            .filter(|f| {
                let span = (f.start, f.end);
                real.iter().any(|l| overlaps(span, (l.start, l.end)))
                    || !ignored.iter().any(|l| overlaps(span, (l.start, l.end)))
            })
            .collect();
        let mut line = BTreeMap::<String, Counts>::new();
        let mut any = Counts::default();
        for f in &counted {
            let span = (f.start, f.end);
            let c = line.entry(f.key.clone()).or_default();
            c.found += 1;
            let touching = real.iter().filter(|l| overlaps(span, (l.start, l.end)));
            let mut touched_any = false;
            let mut touched_compatible = false;
            for l in touching {
                touched_any = true;
                touched_compatible |= compatible(&f.key, l.key.as_deref().unwrap_or(""));
            }
            c.found_correct += usize::from(touched_compatible);
            any.found += 1;
            any.found_correct += usize::from(touched_any);
        }
        for l in &real {
            let key = l.key.as_deref().unwrap_or("");
            let span = (l.start, l.end);
            let touching: Vec<&&Found> = counted
                .iter()
                .filter(|f| overlaps(span, (f.start, f.end)))
                .collect();
            let c = line.entry(key.to_string()).or_default();
            c.labels += 1;
            c.labels_found += usize::from(touching.iter().any(|f| compatible(&f.key, key)));
            any.labels += 1;
            any.labels_found += usize::from(!touching.is_empty());
        }
        for (k, c) in line {
            self.per_key.entry(k).or_default().add(&c);
        }
        self.any.add(&any);
        if real.is_empty() {
            self.clean_lines += 1;
            self.clean_flagged += usize::from(!counted.is_empty());
        } else {
            self.problem_lines += 1;
            self.problem_flagged += usize::from(!counted.is_empty());
        }
    }

    pub fn problem_flagged_share(&self) -> f64 {
        ratio(self.problem_flagged, self.problem_lines)
    }

    pub fn clean_flagged_share(&self) -> f64 {
        if self.clean_lines == 0 {
            0.0
        } else {
            self.clean_flagged as f64 / self.clean_lines as f64
        }
    }

    /// The report as one JSON object (for tests and the corpus floor check).
    pub fn to_json(&self) -> serde_json::Value {
        let row = |c: &Counts| {
            serde_json::json!({
                "precision": round(c.precision()), "recall": round(c.recall()), "f1": round(c.f1()),
                "found": c.found, "found_correct": c.found_correct,
                "labels": c.labels, "labels_found": c.labels_found,
            })
        };
        let per: serde_json::Map<String, serde_json::Value> = self
            .per_key
            .iter()
            .map(|(k, c)| (k.clone(), row(c)))
            .collect();
        serde_json::json!({
            "lines": self.lines,
            "per_key": per,
            "any": row(&self.any),
            "problem_lines": self.problem_lines,
            "problem_flagged": self.problem_flagged,
            "problem_flagged_share": round(self.problem_flagged_share()),
            "clean_lines": self.clean_lines,
            "clean_flagged": self.clean_flagged,
            "clean_flagged_share": round(self.clean_flagged_share()),
        })
    }

    /// A readable table.
    pub fn to_text(&self, key_name: &str) -> String {
        let mut s = format!(
            "{:<16} {:>9} {:>7} {:>7} {:>8} {:>8}\n",
            key_name, "precision", "recall", "F1", "found", "labels"
        );
        let mut line = |k: &str, c: &Counts| {
            s.push_str(&format!(
                "{:<16} {:>9.3} {:>7.3} {:>7.3} {:>4}/{:<4} {:>3}/{:<4}\n",
                k,
                c.precision(),
                c.recall(),
                c.f1(),
                c.found_correct,
                c.found,
                c.labels_found,
                c.labels
            ));
        };
        for (k, c) in &self.per_key {
            line(k, c);
        }
        line("ANY", &self.any);
        s.push_str(&format!(
            "\nproblem replies flagged: {}/{} ({:.1}%)\nclean replies flagged:   {}/{} ({:.1}%)\n",
            self.problem_flagged,
            self.problem_lines,
            100.0 * self.problem_flagged_share(),
            self.clean_flagged,
            self.clean_lines,
            100.0 * self.clean_flagged_share()
        ));
        s
    }
}

fn round(x: f64) -> f64 {
    (x * 10000.0).round() / 10000.0
}

/// Scans one case and adds it to `report`; returns what was found (for listing errors).
pub fn evaluate_case(
    scanner: &Scanner,
    case: &Case,
    identifiers: bool,
    report: &mut Report,
) -> Vec<Found> {
    let findings = if identifiers {
        scanner.identifiers(&case.input)
    } else {
        scanner.scan(&case.input)
    };
    let found: Vec<Found> = findings
        .iter()
        .map(|f| Found::from_finding(f, identifiers))
        .collect();
    report.add(&case.labels, &found);
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lab(key: Option<&str>, start: usize, end: usize) -> Label {
        Label {
            key: key.map(String::from),
            start,
            end,
        }
    }

    fn fnd(key: &str, start: usize, end: usize) -> Found {
        Found {
            key: key.into(),
            start,
            end,
        }
    }

    #[test]
    fn perfect_partial_and_wrong_matches() {
        let mut r = Report::default();
        // NAME label 0..5 found by an overlapping NAME finding 2..8: TP both ways.
        // DATE label 10..14 found by a PHONE finding: any-identifier hit, not a DATE hit.
        // PHONE finding 20..25 touches nothing: false positive.
        r.add(
            &[lab(Some("NAME"), 0, 5), lab(Some("DATE"), 10, 14)],
            &[
                fnd("NAME", 2, 8),
                fnd("PHONE", 11, 12),
                fnd("PHONE", 20, 25),
            ],
        );
        let name = &r.per_key["NAME"];
        assert_eq!(
            (
                name.found,
                name.found_correct,
                name.labels,
                name.labels_found
            ),
            (1, 1, 1, 1)
        );
        let date = &r.per_key["DATE"];
        assert_eq!((date.found, date.labels, date.labels_found), (0, 1, 0));
        let phone = &r.per_key["PHONE"];
        assert_eq!((phone.found, phone.found_correct), (2, 0));
        assert_eq!(
            (
                r.any.found,
                r.any.found_correct,
                r.any.labels,
                r.any.labels_found
            ),
            (3, 2, 2, 2)
        );
        assert!((r.any.precision() - 2.0 / 3.0).abs() < 1e-9);
        assert!((phone.f1() - 0.0).abs() < 1e-9);
        assert!((name.f1() - 1.0).abs() < 1e-9);
    }

    #[test]
    fn ignored_spans_neither_reward_nor_penalise() {
        let mut r = Report::default();
        r.add(&[lab(None, 0, 10)], &[fnd("NAME", 3, 6)]);
        assert_eq!(r.any.found, 0);
        assert_eq!(r.clean_lines, 1);
        assert_eq!(
            r.clean_flagged, 0,
            "a finding on an ignored span does not flag the line"
        );
    }

    #[test]
    fn zip_and_address_match_each_other_and_fax_matches_phone() {
        let mut r = Report::default();
        r.add(
            &[lab(Some("ADDRESS"), 0, 30), lab(Some("PHONE"), 40, 52)],
            &[fnd("ZIP", 25, 30), fnd("FAX", 40, 52)],
        );
        assert_eq!(r.per_key["ZIP"].found_correct, 1);
        assert_eq!(r.per_key["ADDRESS"].labels_found, 1);
        assert_eq!(r.per_key["FAX"].found_correct, 1);
        assert_eq!(r.per_key["PHONE"].labels_found, 1);
    }

    #[test]
    fn line_shares() {
        let mut r = Report::default();
        r.add(&[lab(Some("NAME"), 0, 3)], &[fnd("NAME", 0, 3)]);
        r.add(&[lab(Some("NAME"), 0, 3)], &[]);
        r.add(&[], &[fnd("DATE", 0, 3)]);
        r.add(&[], &[]);
        r.add(&[], &[]);
        r.add(&[], &[]);
        assert_eq!((r.problem_lines, r.problem_flagged), (2, 1));
        assert_eq!((r.clean_lines, r.clean_flagged), (4, 1));
        assert!((r.clean_flagged_share() - 0.25).abs() < 1e-9);
        let j = r.to_json();
        assert_eq!(j["problem_flagged_share"], 0.5);
        assert_eq!(j["per_key"]["NAME"]["recall"], 0.5);
    }

    #[test]
    fn entity_findings_match_rule_labels() {
        assert!(compatible("EMAIL", "phi-contact"));
        assert!(!compatible("NAME", "phi-contact"));
        assert!(compatible("phi-name", "NAME"));
    }

    #[test]
    fn parses_both_formats_with_code_point_offsets() {
        let c = parse_line(
            r#"{"id":"a","text":"é Tom","labels":[{"rule":"phi-name","start":2,"end":5}]}"#,
        )
        .unwrap();
        assert_eq!(c.labels, vec![lab(Some("phi-name"), 3, 6)]);
        assert_eq!(&c.input.text[3..6], "Tom");
        let c = parse_line(
            r#"{"id":"b","text":"Hi Tom","spans":[{"start":3,"end":6,"label":"NAME"},{"start":0,"end":2,"label":null}]}"#,
        )
        .unwrap();
        assert_eq!(c.labels, vec![lab(Some("NAME"), 3, 6), lab(None, 0, 2)]);
        assert!(
            parse_line(r#"{"text":"x","labels":[{"rule":"r","start":0,"end":9}]}"#)
                .unwrap_err()
                .contains("outside")
        );
        assert!(parse_line(r#"{"text":"x"}"#)
            .unwrap_err()
            .contains("labels"));
    }
}
