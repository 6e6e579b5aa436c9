//! Detection quality floors on the labeled corpora, enforced by `cargo test`.
//!
//! - `tests/corpus/dev.jsonl`: the team's corpus we tune on.
//! - `tests/corpus/heldout.jsonl`: never tuned on; its floors are what we claim.
//! - `../shared/data/presidio-research/synth.jsonl`: the public PII set, in `--identifiers` mode.
//!
//! A floor sits a little under the figure measured when it was set (see README, "Detection
//! quality"), so that a change that makes detection worse fails here. Raise floors as detection
//! improves; never lower one to make a change pass without saying why in the commit.

use replyguard::eval::{evaluate_case, parse_line, Found, Report};
use replyguard::{Policy, Scanner};
use std::path::{Path, PathBuf};

mod common;
use common::{CONDUCT, PRIVACY};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn evaluate(path: &Path, scanner: &Scanner, identifiers: bool) -> Report {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut report = Report::default();
    for (n, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let case = parse_line(line).unwrap_or_else(|e| panic!("{}:{}: {e}", path.display(), n + 1));
        evaluate_case(scanner, &case, identifiers, &mut report);
    }
    report
}

/// Checks one corpus file against its floors and prints the figures either way.
fn check_corpus(file: &str, problem_floor: f64, clean_ceiling: f64, recall_floors: &[(&str, f64)]) {
    let dir = root().join("tests/corpus");
    let r = evaluate(&dir.join(file), common::corpus_scanner(), false);
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

#[test]
fn dev_corpus_floors() {
    let floors: Vec<(&str, f64)> = PRIVACY
        .iter()
        .map(|r| (*r, floors::rule(r, floors::DEV_RECALL, false)))
        .collect();
    check_corpus("dev.jsonl", floors::DEV_PROBLEM, floors::DEV_CLEAN, &floors);
}

#[test]
fn heldout_corpus_floors() {
    let floors: Vec<(&str, f64)> = PRIVACY
        .iter()
        .map(|r| (*r, floors::rule(r, floors::HELDOUT_RECALL, true)))
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
    let scanner = Scanner::new(&Policy::default_policy()).unwrap();
    let r = evaluate(&path, &scanner, true);
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

/// Conduct-only figures of one corpus file: a reply with a conduct label is a conduct problem
/// reply, flagged when a conduct finding of the same rule overlaps one of its conduct labels;
/// every other reply is conduct-clean, flagged when any conduct finding remains. Privacy
/// labels and findings are left out, so these figures measure the twelve rules alone.
#[derive(Default)]
struct ConductFigures {
    problem: usize,
    problem_flagged: usize,
    clean: usize,
    clean_flagged: usize,
    /// Per rule: (labels, labels found by an overlapping finding of the same rule).
    recall: std::collections::BTreeMap<&'static str, (usize, usize)>,
}

fn conduct_figures(file: &str) -> ConductFigures {
    let dir = root().join("tests/corpus");
    let scanner = common::corpus_scanner();
    let text = std::fs::read_to_string(dir.join(file)).unwrap();
    let conduct = |key: &str| CONDUCT.iter().copied().find(|r| *r == key);
    let mut fig = ConductFigures::default();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let case = parse_line(line).unwrap_or_else(|e| panic!("{file}: {e}"));
        let labels: Vec<(&str, usize, usize)> = case
            .labels
            .iter()
            .filter_map(|l| conduct(l.key.as_deref()?).map(|r| (r, l.start, l.end)))
            .collect();
        let found: Vec<Found> = scanner
            .scan(&case.input)
            .iter()
            .map(|f| Found::from_finding(f, false))
            .filter(|f| conduct(&f.key).is_some())
            .collect();
        let hit = |rule: &str, s: usize, e: usize| {
            found
                .iter()
                .any(|f| f.key == rule && f.start < e && s < f.end)
        };
        for &(rule, s, e) in &labels {
            let c = fig.recall.entry(rule).or_default();
            c.0 += 1;
            c.1 += usize::from(hit(rule, s, e));
        }
        if labels.is_empty() {
            fig.clean += 1;
            fig.clean_flagged += usize::from(!found.is_empty());
        } else {
            fig.problem += 1;
            fig.problem_flagged += usize::from(labels.iter().any(|&(r, s, e)| hit(r, s, e)));
        }
    }
    fig
}

/// Checks the conduct figures of one corpus file against its floors, printing them either way.
/// `dispute_floor` is dispute-blame's own span-recall floor; every other conduct rule uses `recall_floor`.
fn check_conduct(
    file: &str,
    problem_floor: f64,
    clean_ceiling: f64,
    recall_floor: f64,
    dispute_floor: f64,
) {
    let fig = conduct_figures(file);
    let share = |n: usize, d: usize| if d == 0 { 0.0 } else { n as f64 / d as f64 };
    let problem = share(fig.problem_flagged, fig.problem);
    let clean = share(fig.clean_flagged, fig.clean);
    println!(
        "{file} conduct: problem replies flagged {}/{} ({problem:.3}), clean replies flagged {}/{} ({clean:.3})",
        fig.problem_flagged, fig.problem, fig.clean_flagged, fig.clean
    );
    let mut failures = Vec::new();
    if problem < problem_floor {
        failures.push(format!(
            "conduct problem replies flagged {problem:.3} < floor {problem_floor}"
        ));
    }
    if clean > clean_ceiling {
        failures.push(format!(
            "conduct-clean replies flagged {clean:.3} > ceiling {clean_ceiling}"
        ));
    }
    for rule in CONDUCT {
        let (labels, found) = fig.recall.get(rule).copied().unwrap_or_default();
        let recall = share(found, labels);
        let recall_floor = if rule == "dispute-blame" {
            dispute_floor
        } else {
            recall_floor
        };
        println!("  {rule:<26} span recall {found}/{labels} ({recall:.3})");
        if labels == 0 {
            failures.push(format!("{rule}: no labels in {file}"));
        } else if recall < recall_floor {
            failures.push(format!(
                "{rule} span recall {recall:.3} < floor {recall_floor}"
            ));
        }
    }
    assert!(failures.is_empty(), "{file}: {}", failures.join("; "));
}

#[test]
fn dev_conduct_floors() {
    check_conduct(
        "dev.jsonl",
        conduct_floors::DEV_PROBLEM,
        conduct_floors::DEV_CLEAN,
        conduct_floors::DEV_RECALL,
        conduct_floors::DEV_DISPUTE_RECALL,
    );
}

#[test]
fn heldout_conduct_floors() {
    check_conduct(
        "heldout.jsonl",
        conduct_floors::HELDOUT_PROBLEM,
        conduct_floors::HELDOUT_CLEAN,
        conduct_floors::HELDOUT_RECALL,
        conduct_floors::HELDOUT_DISPUTE_RECALL,
    );
}

/// Conduct floors (issue 4), set on 2026-11-23 a little under the figures measured then
/// (dev: 316/316 conduct problem replies flagged, 1/1018 clean flagged, every rule's span recall
/// 1.0; held-out: 124/150 = 0.827 flagged, 1/393 clean flagged, weakest rule
/// review-incentive-neutral 4/7). See README, "Conduct and promotion rules". The held-out
/// problem floor is under the target (>= 0.95): the target is not met yet.
/// Raised later on 2026-11-23 (branch conduct3, after probe `c3` joined both parts and the rules
/// became grammar-like families): dev 428/428 flagged, 2/1467 clean flagged, every span recall
/// 1.0; held-out 185/203 = 0.911 flagged, 2/564 clean flagged, weakest solicit-phi-public 9/12
/// and dispute-blame 23/30. Still under the 0.95 target.
/// Changed on 2026-11-23 (branch conduct4, after probes `c4` and `c5` joined both parts and the
/// families were widened on their dev parts): dev 574/574 flagged, 5/1957 clean flagged, every
/// span recall 1.0 (recall floor raised to 0.98). Held-out 241/275 = 0.876 flagged, 8/829 = 0.0097
/// clean flagged, weakest dispute-blame 27/37 and review-incentive-neutral 12/16. The held-out problem floor is LOWERED from 0.89 to
/// 0.85 because the held-out part changed, not because the rules got worse: it gained the 72
/// held-out problem replies of `c4`/`c5`, deliberately unusual phrasing (sarcasm, idioms, facts
/// implied across sentences) that the rules were never tuned on; the 203 held-out problem replies
/// that were there before are flagged 189/203 = 0.931 (was 185/203 = 0.911). The held-out clean
/// ceiling is raised from 0.01 to 0.012 because 8/829 sits just under 0.01 (was 7/788); one
/// more conduct-clean held-out reply is flagged and, being held out, was not read.
/// Changed on 2026-11-24 (branch conduct5, after probes `c6` and `c7` joined both parts and the
/// families were widened as classes on their dev parts): dev 820/820 flagged, 7/2521 = 0.0028
/// clean flagged, every span recall 1.0 (clean ceiling lowered to 0.005, recall floor raised to
/// 0.99). Held-out 303/357 = 0.849 flagged, 11/1030 = 0.0107 clean flagged, weakest
/// dispute-blame 36/49 = 0.735 and review-incentive-neutral 15/20 (recall floor raised to 0.72).
/// The held-out problem floor is LOWERED from 0.85 to 0.83 because the held-out part changed, not
/// because the rules got worse: it gained 82 held-out problem replies of `c6`/`c7` (unusual
/// phrasing, flagged 60/82 after tuning on their dev parts); the 275 held-out problem replies
/// that were there before are flagged 243/275 = 0.884 (was 241/275 = 0.876).
/// Changed on 2026-11-24 (branch conduct6, after probes `c8` and `c9` joined both parts and the
/// pack word classes and statement-type families were added): dev 954/959 = 0.995 flagged,
/// 9/3101 = 0.0029 clean flagged, weakest span recall advice-public 103/106 = 0.972 (recall floor
/// LOWERED from 0.99 to 0.97: the dev part gained `c9`'s dev part, tuned on for one round only).
/// Held-out 345/419 = 0.823 flagged, 14/1277 = 0.011 clean flagged, weakest dispute-blame 40/57
/// = 0.702. The held-out problem floor is LOWERED from 0.83 to 0.82 and the recall floor from
/// 0.72 to 0.70 because the held-out part changed, not because the rules got worse: it gained
/// the 62 held-out problem replies of `c8`/`c9` (flagged 38/62; `c9`'s were 12/30 blind and are
/// 13/30 after tuning on its dev part); the 357 held-out problem replies that were there before
/// are flagged 307/357 = 0.860 (was 303/357 = 0.849), their 1,249 clean replies 14 (was 12).
/// LOWERED on 2026-11-24 (branch learn7) only because the blind batch `qb` (120 replies, written
/// to measure a learned backstop, docs/teacher.md; no rule changed) joined both parts: dev
/// 972/984 = 0.988 (floor 0.99 -> 0.985), advice-public 106/111 = 0.955 and crisis-speculation
/// 92/95 = 0.968 (recall floor 0.97 -> 0.95); held out dispute-blame 41/59 = 0.695 (0.70 ->
/// 0.69). The replies that were there before measure exactly as before (same binary).
/// Changed on 2026-11-24 (branch conduct7, after probes `ca` and `cb` joined both parts; word
/// classes paired within a sentence, `requires_context` for advice that answers someone's own
/// health question): dev 1127/1129 = 0.998 flagged, 13/3516 = 0.0037 clean flagged, weakest span
/// recall dispute-blame 198/201 = 0.985 (recall floor raised 0.97 -> 0.98). Held-out 408/487 =
/// 0.838 flagged (problem floor raised 0.82 -> 0.83; the session-start rules flag 392/487 of the
/// same file), weakest dispute-blame 45/64 = 0.703. The held-out clean ceiling is RAISED from
/// 0.012 to 0.016: 21/1465 = 0.0143 are flagged (the session-start rules: 17/1465); the four
/// more are the held-out precision price of the recall gained (not read), well under the
/// issue's 5% ceiling, a trade the task asked for.
/// m7 (after the session-7 merges, all of learn7, conduct7, phi7 and rel8's batches in both
/// parts): dev 1147/1154 = 0.994 flagged, 19/3955 = 0.0048 clean, weakest span recall
/// crisis-speculation 0.973 (floors 0.99 and 0.97); held out 415/495 = 0.838 (floor 0.83),
/// 26/1649 = 0.0158 clean, weakest dispute-blame 0.697.
/// Changed on 2026-11-24 (branch conduct8, after the blind probes `cc` and `cd` joined both
/// parts; published profanity lists, context needles, reply-level joins for crisis-speculation
/// and solicit-phi-public). The new batches add labels the rules miss (they were written to find
/// what the rules miss, and were measured blind before any change), so the figures on the grown
/// files are lower although no reply that was there before is flagged less: dev 1257/1284 =
/// 0.979 flagged (session-start rules 1243/1284; floor 0.99 -> 0.975), 24/4015 = 0.0060 clean
/// (same with the session-start rules; ceiling 0.005 -> 0.0065), weakest span recall
/// dispute-blame 209/222 = 0.941 (floor 0.97 -> 0.935: a dispute join that lifted dev was taken
/// out because it flagged held-out compliant replies and caught no held-out problem). Held out
/// 460/551 = 0.835 (session-start rules 459/551; floor kept at 0.83), 27/1673 = 0.0161 clean
/// (the same 27 with the session-start rules: the new batches' compliant replies and the m7
/// files put the file over 0.016; ceiling 0.016 -> 0.017), weakest dispute-blame 47/74 = 0.635
/// (floor 0.69 -> 0.63).
/// Raised on 2026-11-24 (branch conduct9, after the blind probes `ce` and `cf` joined both parts;
/// the grammar of blame, reader-directed derogation in 7 languages, absolute x outcome claims):
/// dev 1359/1386 = 0.981 flagged (main's rules 1330/1386 on the same file; floor 0.975 ->
/// 0.978), 32/4362 = 0.0073 clean (main's rules: the same 32); held out 503/595 = 0.845 (main's
/// rules 497/595; floor 0.83 -> 0.84), 30/1819 = 0.0165 clean (main's rules 29/1819), weakest
/// dispute-blame 63/90 = 0.700 on conduct9's branch; merged (lead9, with rel10's extra held-out
/// dispute-blame label) 63/91 = 0.692, so the floor went 0.63 -> 0.68, not 0.69.
mod conduct_floors {
    // conduct10: LOWERED 0.978 -> 0.97 only because probes cg and ch added 101 conduct-labelled
    // dev replies: 1446/1489 = 0.971 with this branch, 1430/1489 = 0.960 with main's start binary.
    // labels10: catalog-reading conventions. LOWERED 0.978 -> 0.94 only because the relabel added
    // dispute-blame to rebutting-fact replies (and phi-payment to refunds): the engine did not
    // change; dev conduct problem replies flagged 1359/1388 = 0.979 before, 1362/1444 = 0.943 after.
    // labfix11: LOWERED 0.94 -> 0.93. Already failing on the merged lead10 files (cg/ch merged
    // after the labels10 relabel): 0.938 with lead10's labels and after labfix11's (which add no
    // conduct labels); engine unchanged. Lead: drop this commit if a rule branch restores 0.94.
    // rebut12: RAISED 0.93 -> 0.97 (probes ci and cj joined; conduct view with rebut12 1566/1614
    // = 0.970; main's e3148be binary ~1534/1614 = 0.950 on the same file).
    // lead11: p6-0081 relabelled dispute-blame (convention a) and rebut12's time-correction
    // matcher restored (it had been dropped only for that label): 1571/1618 = 0.971; without
    // the matcher 1569/1618. Held-out conduct view unchanged by the matcher (583/717, 31/2136).
    // conduct13: LOWERED 0.97 -> 0.965 only because probes ck and cm added 94 conduct-labelled
    // dev replies, cm written after tuning: whole dev file 1654/1712 = 0.966 with conduct13,
    // 1600/1712 = 0.935 with main's 7cfb0ba binary; on the 1,618 earlier records 1571 both.
    // prec14: LOWERED 0.965 -> 0.96 only because probes rc and rd added conduct-labelled dev
    // replies that the start binary (main 462f30b) misses equally (rc-0019 colleague-info,
    // rc-0129, rd-0037, rd-0045, rd-0049 advice-public): the test reads 0.963 on the branch;
    // `replyguard scan` on the 1,719 conduct-labelled dev replies: 1660 flagged with both binaries.
    pub const DEV_PROBLEM: f64 = 0.96;
    // rel9: 0.005 -> 0.0055 only because the blind probe batches qe and qf (114 compliant
    // hard negatives in the dev part) hold two replies advice-public flags ("you don't need an
    // appointment" after "For anyone reading:", "It's normal to feel a bit sore after a deep
    // cleaning"): health education, not advice to one person; left for the advice rule. On the
    // dev replies that were there before the figure is unchanged.
    // m8 (the three session-8 branches merged): 30/4324 = 0.0069; the branches' blind batches
    // each added compliant replies the other branches' rules flag. RAISED 0.0065 -> 0.0075.
    // clin10: RAISED 0.0075 -> 0.0085 for the compliant replies of the probe batches qk and
    // ql (conduct findings on two privacy hard negatives, e.g. dispute-blame on "bring any
    // unopened pen back"): 34/4477 = 0.0076 on the grown file; the conduct rules are unchanged.
    pub const DEV_CLEAN: f64 = 0.0085;
    // fixc (review of session 8): 0.935 -> 0.93. crisis-speculation's reply-level join read
    // generic questions ('is it true', 'what happened') as incidents and everyday hedges
    // ('looks like', 'probably', 'prob', seguramente) as hearsay, flagging compliant replies
    // ('> Is it true you take Delta?' -> 'Looks like we're in network'); without them it finds
    // 124/133 = 0.932 on dev (was 128/133: 'prob the old wiring', 'Probably the generator',
    // and a 'Говорят' reply to 'Что случилось?' with no incident word). Held out unchanged.
    pub const DEV_RECALL: f64 = 0.93;
    // conduct10: LOWERED 0.84 -> 0.83 only because probes cg and ch put 43 conduct-labelled
    // replies in the held-out part: 536/640 = 0.8375 with this branch, 534/640 = 0.834 with
    // main's start binary (504/597 -> 506/597 on the session-start records).
    // labels10: catalog-reading conventions. dispute-blame gets its own floor so the other conduct
    // rules keep 0.93 / 0.68: the relabel added 59 dev and 27 held-out dispute-blame labels on
    // rebutting facts ("our records show Dr. Lee spent 25 minutes with you"), a shape the rules
    // were not built for. Same engine: dev 257/265 = 0.970 before, 260/324 = 0.802 after; held
    // out 63/91 = 0.692 before, 65/118 = 0.551 after.
    // labfix11: LOWERED 0.80/0.55 -> 0.79/0.53. Already failing on the merged lead10 files: dev
    // 276/348 = 0.793, held out 68/126 = 0.5397, the same after labfix11 (no dispute-blame added).
    // rebut11: RAISED 0.80 -> 0.89 and 0.55 -> 0.56 by matchers for the rebutting-fact shapes
    // (contact acts, "right here and complete", "not a billing error", "treated kindly",
    // appointment vs arrival times, record shows ... with you): dev 276/348 = 0.793 -> 310/348 =
    // 0.891, held out 68/126 = 0.540 -> 71/126 = 0.563; conduct-clean unchanged (36/4881, 30/2021).
    // rebut12: RAISED 0.89 -> 0.92 and 0.56 -> 0.61 by structural rebuttal matchers (counterfactual
    // blame, "check X before posting", "that's an exaggeration", passive delivery answering a
    // "never got it" complaint, ...), measured on the files with probes ci and cj: dev 326/376 =
    // 0.867 (e3148be binary) -> 347/376 = 0.923, held out 89/148 = 0.601 -> 91/148 = 0.615;
    // conduct-clean unchanged (36/4928, 31/2037).
    pub const DEV_DISPUTE_RECALL: f64 = 0.92;
    // clin16: held out LOWERED 0.61 -> 0.60 only because batch rm's held-out part added a
    // dispute-blame label both main's start binary (66d23de) and clin16 miss: 111/183 = 0.607
    // with both (111/180 = 0.617 before rm/rn).
    pub const HELDOUT_DISPUTE_RECALL: f64 = 0.60;
    // labels10: catalog-reading conventions. LOWERED 0.84 -> 0.81 (engine unchanged): held out
    // 504/597 = 0.844 before, 506/624 = 0.811 after.
    // labfix11: LOWERED 0.81 -> 0.80. Already failing on the merged lead10 files: 0.807 with
    // lead10's labels and after labfix11's; engine unchanged.
    // rebut12: RAISED 0.80 -> 0.81: 581/715 = 0.813 with rebut12 (probes ci and cj joined).
    // conduct15: LOWERED 0.81 -> 0.80 only because the paraphrase batches cq and cr added 39
    // conduct-labelled held-out replies (written to measure, never tuned on) that the start binary
    // (main 10eeb69) and this branch flag alike (26/39 both): whole file 672/834 = 0.806 with
    // conduct15, 670/834 = 0.803 with the start binary; on the 795 there at the start 644 -> 646.
    // lead15 (session 15 merged): LOWERED 0.80 -> 0.79 only because the four branches' paraphrase
    // batches together put more conduct problem replies into heldout.jsonl than any one branch
    // did: 685/859 = 0.797 with main's start binary (66d23de), 687/859 = 0.800 merged; on the 834
    // there at the start 672 -> 674.
    pub const HELDOUT_PROBLEM: f64 = 0.79;
    // rel8: 0.012 -> 0.013. The blind privacy batches qc and qd put 71 conduct-clean replies in
    // the held-out part and conduct rules flag 2 of them (counted, not read); on the other 1,425
    // the figure is unchanged (16, 0.011). No conduct rule changed on rel8.
    pub const HELDOUT_CLEAN: f64 = 0.017;
    // rel10: LOWERED 0.63 -> 0.62 only because the blind batches qi and qj put one more
    // dispute-blame label in the held-out part ("We had you down for 2:15 not 3:15"): 47/75 =
    // 0.627 with this branch's rules and with main's session-start binary alike.
    // lead9 (merge): conduct9's grammars RAISED it to 0.69 on their branch (63/90 = 0.700); with
    // rel10's held-out dispute-blame label in the same file the merged rules measure 63/91 =
    // 0.692, hence 0.68.
    // conduct10: LOWERED 0.68 -> 0.66 only because cg and ch put 8 dispute-blame labels in the
    // held-out part: 66/99 = 0.667 with this branch and with main's start binary alike.
    // rebut11: RESTORED 0.66 -> 0.68. dispute-blame has its own floor since labels10, and the
    // weakest other held-out conduct rule is crisis-speculation 44/57 = 0.772.
    pub const HELDOUT_RECALL: f64 = 0.68;
}

/// The floors, in one place. Set on 2026-11-23 a little under the figures measured then
/// (dev: 99.8% problem flagged, 0.4% clean flagged, every privacy rule's span recall >= 0.90;
/// held-out: 84.4% / 4.8%, weakest privacy rule phi-unique 0.36; synth: NAME 0.935/0.951,
/// any identifier 0.968/0.933 (2026-11-24), 0% of identifier-free sentences flagged). The held-out and
/// synth floors at the targets of issue 3 are not all met yet: see README.
/// Raised later on 2026-11-23 (branch recall2, after the probe sets were added to both parts):
/// dev 99.7% / 0.7%, lowest privacy-identifier recall phi-name 0.91; held-out 86.8% / 4.6%,
/// lowest phi-unique 0.47.
/// Raised again on 2026-11-23 (branch recall3, after six more probe batches were added to both
/// parts, 2,938 replies in all): dev 99.7% / 1.1%, lowest privacy-identifier recall phi-date
/// 0.93; held-out 87.9% / 4.7%, lowest phi-unique 0.45. The held-out clean ceiling is now the
/// issue's target (5%).
/// Raised on 2026-11-23 (branch recall4, after probe batches pc and pd were added to both parts,
/// 3,456 replies): dev 99.7% / 1.4%; held-out 90.8% / 4.8%; per-rule floors for the rules
/// recall4 widened (`RULES`), a little under what was measured then: held-out rel-confirm 0.751,
/// phi-date 0.784, phi-age 0.778, loc-hint 0.800, clin-detail 0.737, echo-disclosure 0.727;
/// dev 0.952, 0.937, 1.0, 1.0, 0.793, 0.878.
/// Raised again on 2026-11-23 (branch unique4, after probe batches pe and pf were added to both
/// parts, 3,447 replies in all): dev 99.8% / 1.4%, lowest privacy-identifier recall rel-confirm
/// 0.91; held-out 92.0% / 4.8%, phi-unique 0.67, clin-detail 0.57 (the held-out recall floor sits
/// under clin-detail, the lowest rule it applies to; phi-unique is no longer the lowest).
/// Ceilings raised on 2026-11-23 (branch conduct4): the 93 compliant replies added to
/// `conduct-probe4.txt` (hard negatives for the conduct families, and to keep the corpus half
/// clean) trip privacy rules in 11 of them (6 of 67 in dev: "su receta" / "resep" = recipe read as
/// a prescription, "your first visit" in a generic call to action, the practice's street named
/// alone, "photo of your pet", "По нашим данным"; 5 of 26 held out, not read). Pooled clean
/// flagged: dev 27/1304 = 2.1%, held out 31/548 = 5.7% (26/522 = 5.0% without them), so the
/// held-out ceiling is now ABOVE the 5% target: these are privacy-rule false positives
/// for the privacy work to fix, not hidden by leaving the replies out.
/// Dev clean ceiling lowered on 2026-11-24 (branch prec6, after the clean-only probes pk, pl and
/// pm joined both parts, 4,494 replies): dev 1428/1432 problem flagged, 7/1735 = 0.4% clean
/// flagged, so 0.01. Held out 543/601 and 41/726 = 5.6% clean flagged (30/595 = 5.0% on the
/// replies that were there before, was 33/595; the probes' held-out parts add 11/131 blind
/// false alarms that were not read), so the held-out ceiling stays at 0.06, above the 5% target.
/// Per-rule floors reset on 2026-11-24 (branch recall5, after blind batches pg and ph, 132
/// replies, were added to both parts: 4,205 replies): dev rel-confirm 0.901, phi-date 0.934,
/// phi-age 1.0, loc-hint 1.0, clin-detail 0.784, echo-disclosure 0.865; held-out 0.723, 0.779,
/// 0.818, 0.735, 0.730, 0.692; held-out problem flagged 90.3%, clean 36/619 = 5.8% (the old
/// binary flags 36/619 as well: the ceiling stays at 0.06).
/// Session-5 merge (branch m5: conduct5, prec6, recall5, unique5; 5,433 replies): dev 1772/1776
/// problem flagged, 27/2051 = 1.3% clean flagged; held out 650/728 = 89.3%, 53/878 = 6.0%. The
/// clean ceilings are RAISED (dev 0.01 -> 0.015, held out 0.06 -> 0.065) because the merged
/// branches added about 600 compliant hard negatives, 198 of them written for the conduct rules,
/// that trip the privacy rules the other branches tuned without seeing them (each branch alone
/// kept its own figure). These are false alarms still to fix, not a target met.
/// Clean ceilings LOWERED on 2026-11-24 (branch prec7, classes of false alarms fixed: a place
/// turning an age, observance names, a generic "you" in instructions and policy statements, a
/// negated request to post, openings offered to all, a late generic condition, a colleague's
/// covered appointments, a service line, a service after "our"): dev 1772/1776 problem flagged,
/// 10/2051 = 0.5% clean flagged (was 27; last class: a group that visited, in Arabic), so 0.006; held out 650/728, 52/878 = 5.9% (was 53),
/// so 0.06. No rule's span recall moved on either part.
/// Changed on 2026-11-24 (branch conduct6) only because the corpus grew: the conduct probes `c8`
/// and `c9` (323 replies, 122 compliant hard negatives) joined both parts. On the replies that
/// were there before, nothing got worse (held out 650/728 -> 654/728 problem flagged, 52/878
/// clean flagged before and after; dev 1772/1776 and 10/2051 before and after). The new batches'
/// compliant replies trip privacy rules (dev part: "sus medicamentos", "resep Anda", "your
/// checkups" in a list of habits, "Monday blues", "Hubungi"), and their held-out conduct problems
/// are missed as the conduct figures report: dev clean 15/2144 = 0.0070 (ceiling 0.006 ->
/// 0.0075), held out 698/790 = 0.884 problem (floor 0.89 -> 0.88), 60/906 = 0.066 clean (ceiling
/// 0.06 -> 0.067). False alarms still to fix in the privacy rules, not a target met.
mod floors {
    // m8: LOWERED 0.99 -> 0.985. With all three session-8 batches in dev, 2679/2711 = 0.988: each
    // branch tuned on its own batches' dev parts, and the other branches' batches bring labels
    // nobody tuned on. The 2,450 dev problem replies there at the session's start: 2436 before
    // and after.
    // clin10: LOWERED 0.985 -> 0.98 only because the probe batches qk and ql joined dev
    // (labels written to be hard, measured before any change): 2730/2774 = 0.984 with this
    // branch and with the session-start rules alike; on the dev replies there before, 2675/2711
    // before and after.
    // rel10: LOWERED 0.985 -> 0.98 only because the blind batches qi and qj brought 58 dev
    // problem replies written to be hard: 2727/2769 = 0.985 (main's session-start binary
    // 2720/2769 = 0.982 on the same file; the rel10 grammars gained 7).
    // prec10: LOWERED 0.98 -> 0.978 only because the blind batches qm and qn (173 replies, 32
    // problems, written from the catalog and measured before tuning) brought dev problems both
    // binaries miss: 2894/2958 = 0.978 with prec10 and with the session-start binary alike.
    // labfix11: LOWERED 0.978 -> 0.97. Already failing on the merged lead10 files (3045/3123 =
    // 0.975, the labels10 relabel and the cg/ch/qo/qp batches); labfix11's pass turns 4 dev clean
    // replies into problems (refunds to the person, an echoed drug): 3046/3127 = 0.974; engine
    // unchanged.
    pub const DEV_PROBLEM: f64 = 0.97;
    // conduct8: RAISED 0.0075 -> 0.010. The blind conduct probes cc and cd put 110 compliant
    // hard negatives in the dev part; rules flag 7 of them (privacy: "dental anxiety" in
    // general, "Rezepte ... Ihrem nächsten Besuch", "a lot of you told us"; conduct: "summons",
    // "guaranteed a human answers", "two clowns", "Crappy weather"), 26/2716 = 0.0096 in all.
    // On the replies there at the session's start the figure is unchanged (19/2659 = 0.0071).
    // phi8: RAISED 0.0075 -> 0.010. The dev part gained the dev parts of the blind probe
    // batches qg and qh (158 replies, 95 of them compliant hard negatives written to break the
    // identifier rules): the session-start rules flag 33/2754 = 0.012 of the grown file, phi8's
    // 26/2754 = 0.0094; on the 2,659 dev clean replies there before, 19 -> 18.
    // rel9: 0.0075 -> 0.008 for the same two advice-public false alarms on the qe/qf hard
    // negatives (21/2745 = 0.0077); on the 2,659 dev clean replies there at the session's start
    // 19 are flagged before and after, and rel-confirm's own dev clean false alarms went 3 -> 2.
    // m8: RAISED 0.010 -> 0.013: 35/2897 = 0.0121 on the merged file (the three branches'
    // compliant hard negatives); on the 2,659 there at the session's start 19 -> 18.
    // clin10: RAISED 0.013 -> 0.016 for the hard negatives of qk and ql (90 + 36 compliant
    // replies that reuse clinical words, ages and places): 44/2987 = 0.0147 with this branch,
    // 51/2987 with the session-start rules; on the 2,897 there before 35 -> 33.
    // lead10 (session 10): RAISED 0.016 -> 0.017 for the compliant replies of the session's six
    // new batches (qm, qn, qo, qp, cg, ch; and qm/qn scanned in their real language once the
    // builder's '@lang' fix landed): 53/3299 = 0.0161 on the merged file, 63/3299 with the
    // session-start binary; on the 3,116 dev clean replies there at the start, 44 -> 40.
    pub const DEV_CLEAN: f64 = 0.017;
    pub const DEV_RECALL: f64 = 0.90;
    // m7: 908/1013 = 0.896 (was 0.88).
    // m8: LOWERED 0.89 -> 0.885: 994/1117 = 0.8899 with the session-8 batches' held-out parts
    // (written to find misses, never tuned on); the 1,013 there at the session's start 908 -> 909.
    // conduct16 (session 15): LOWERED 0.885 -> 0.88: the paraphrase batches ct/cu put 21 problem
    // replies into heldout.jsonl, 8 of which the session-start binary (main 66d23de) also misses:
    // 1485/1682 = 0.8829 with the start binary and with conduct16 alike; on the 3,359 held-out
    // records there at the start, 1472/1661 = 0.8862 with both binaries (no record lost).
    // rel16: LOWERED 0.885 -> 0.88 only because rk/rl's held-out parts (paraphrases, never
    // tuned on) added problem replies both binaries leave unflagged: 1489/1684 = 0.884 with
    // main's start binary (66d23de) and rel16 alike (1472/1661 = 0.886 before rk/rl, both).
    pub const HELDOUT_PROBLEM: f64 = 0.88;
    // After the session-6 merges (m6): 52/985 = 0.053 on the whole grown held-out file (44/878 =
    // 0.050 on the 1,606 replies there at the session's start, was 52/878).
    // conduct7: RAISED 0.056 -> 0.058. The held-out file gained the compliant replies of the
    // conduct probes ca and cb (40 held out); on the grown file the session-start rules flag
    // 55/1025 = 0.0537 and conduct7's 58/1025 = 0.0566: three more conduct findings on
    // compliant held-out replies, the price of its held-out conduct recall 392 -> 408/487 (not
    // read). The privacy rules are unchanged.
    // m7: RAISED 0.058 -> 0.063. After the session-7 merges the whole held-out file (2,144
    // replies, with the held-out parts of the session's eight probe batches) has 70/1131 =
    // 0.062 clean replies flagged; the session-start rules flag 65/1131 = 0.057 of the same
    // file (and 882/1013 problem replies against 908/1013 now). On the 1,844 replies there at
    // the session's start: 51 -> 54 of 985, all three from conduct7's wider conduct families.
    // phi8: RAISED 0.063 -> 0.065 for the blind held-out parts of qg and qh (65 replies, 39
    // compliant): the whole file has 75/1170 = 0.0641 clean replies flagged with the session-start
    // rules and with phi8's alike (scan output byte-identical on held out); the 1,131 held-out
    // clean replies there before stay at 70.
    // prec16: RAISED 0.065 -> 0.067 for the held-out parts of the paraphrase batches ro and rp
    // (22 compliant replies written to find false alarms, never tuned on): the whole file has
    // 116/1720 = 0.0674 clean replies flagged with the session-start binary (main 66d23de) and
    // 114/1720 = 0.0663 with prec16's; on the 1,698 held-out clean replies there before,
    // 110 -> 109.
    pub const HELDOUT_CLEAN: f64 = 0.067;
    pub const HELDOUT_RECALL: f64 = 0.56;
    pub const SYNTH_NAME_RECALL: f64 = 0.92;
    pub const SYNTH_NAME_PRECISION: f64 = 0.90;
    pub const SYNTH_ANY_RECALL: f64 = 0.90;
    pub const SYNTH_ANY_PRECISION: f64 = 0.95;
    pub const SYNTH_CLEAN: f64 = 0.03;

    /// Per-rule span-recall floors (rule, dev, held-out), each replacing the file's base floor
    /// (`DEV_RECALL`, `HELDOUT_RECALL`) for its rule; the notes say what measurement set each.
    const RULES: &[(&str, f64, f64)] = &[
        // Dev 0.90: after the merge, the unique4 and conduct4 probe batches brought rel-confirm
        // labels recall4 never tuned on (merged dev 0.912; recall4's own branch 0.952).
        // Held out, recall5: rel-confirm, loc-hint and echo-disclosure were LOWERED because the
        // held-out part gained the held-out records of the two blind batches pg and ph (44
        // replies never tuned on), not because detection got worse: on the 1,196 held-out
        // replies that were there before, rel-confirm went 0.746 -> 0.754, echo 0.727 -> 0.818,
        // loc-hint stayed 0.800. phi-age and clin-detail raised to a little under the measure.
        // Dev rel-confirm (unique5): probe batches pi and pj added 61 rel-confirm labels written
        // to test the unique/payment/image rules, not tuned on for rel-confirm.
        // unique5 (after pi and pj): dev phi-unique 1.000, payment 0.992, image 0.971, contact
        // 1.000, idnum 0.979, name 0.959; held out 0.708 / 0.806 / 0.794 / 0.857 / 0.824 / 0.806.
        // Values after the session-5 merge (m5) are set a little under the merged measure.
        // rel6 (clause analysis, `disclosure::roles`): dev rel-confirm 0.871 -> 0.903 on the
        // session-start part, held out 0.713 -> 0.738 (session-start 1,606), whole files with
        // the probe batches pv and pw 0.90 / 0.74. Held-out phi-date LOWERED 0.76 -> 0.75: the
        // blind held-out records of pv and pw brought phi-date labels never tuned on (0.773 ->
        // 0.758 on the whole file); on the 1,606 held-out replies that were there before the
        // figure is unchanged (0.773, the same as main's binary).
        // clin6 (2026-11-24): the blind batches px and py (228 replies) joined both parts. On
        // the whole files main's rules measure held out clin-detail 0.687, phi-date 0.750,
        // phi-name 0.753 (on the 1,606 held-out replies main had: 0.721, 0.773, 0.794), so
        // those held-out floors are LOWERED to 0.68 / 0.74 / 0.74 for the new blind records,
        // not for a loss: clin6 measures 0.693 / 0.758 / 0.753 on the whole file and 0.729 /
        // 0.782 / 0.794 on the old 1,606. Dev phi-date LOWERED 0.92 -> 0.91 likewise (main's
        // rules 0.900 on the grown dev, clin6 0.920). Raised: dev clin-detail 0.78 (measured
        // 0.796), dev echo 0.87 (0.886), held-out echo 0.72 (0.750).
        // learn7 (2026-11-24): LOWERED only because the blind batch qb (no rule changed for it,
        // docs/teacher.md) joined both parts: dev phi-date 308/339 = 0.909 (0.91 -> 0.90),
        // phi-age 75/78 = 0.962 (0.97 -> 0.96), echo 63/74 = 0.851 (0.87 -> 0.85); held out
        // phi-unique 35/52 = 0.673 and clin-detail 116/171 = 0.678 (0.68 -> 0.67).
        // conduct7: dev LOWERED 0.97 -> 0.96: probe ca added one correct phi-payment label the
        // privacy rules miss ("we'll forget about the outstanding invoice", ca-0100); 132/137 =
        // 0.9635, was 132/136 = 0.9706. Left for the privacy rules.
        // phi7 (2026-11-24): the probe batches pz and qa (273 replies) joined both parts. Dev
        // rel-confirm, phi-date and phi-age LOWERED (0.89 -> 0.87, 0.91 -> 0.90, 0.97 -> 0.96)
        // because the dev part gained their labels (rel-confirm 18/40 and phi-date 43/51 on the
        // new dev records: rel-confirm was not this branch's rule), not for a loss: on the
        // 4,407 dev replies that were there before, rel-confirm 0.903, phi-date 0.911 and
        // phi-age 0.973 are what main measured. Held out RAISED to a little under the whole
        // file's measure: phi-unique 0.732, phi-idnum 0.900, loc-hint 0.756, phi-date 0.767,
        // phi-payment 0.818, phi-contact 0.857, phi-image 0.795 (on the 1,844 held-out replies
        // there at the session's start: phi-unique 0.69 -> 0.73, phi-idnum 0.82 -> 0.88,
        // phi-date 0.756 -> 0.763, the rest unchanged).
        // rel8 (presence grammars, `disclosure::roles`): with the blind batches qc and qd in both
        // parts, dev rel-confirm 0.914, held out 0.763 (0.693 with session 7's starting rules on
        // the same whole file; dev 0.920 after the third round), so the floors are RAISED to
        // 0.91 / 0.75.
        // m7 (after the session-7 merges): set a little under the measures on the grown files.
        // Dev phi-age 83/87 = 0.954 (0.96 -> 0.95) and echo 63/75 = 0.840 (0.85 -> 0.83) are
        // LOWERED: the new batches' dev parts brought labels these rules miss; on the dev replies
        // that were there at the session's start they measure as before. Held out raised:
        // rel-confirm 0.745, phi-date 0.775, loc-hint 0.762, phi-unique 0.712, phi-idnum 0.900.
        // rel-confirm is under rel8's 0.91 / 0.75 because phi7's and learn7's batches brought
        // rel-confirm labels too: on the merged files dev measures 815/906 = 0.900.
        // phi8 (2026-11-24): the blind batches qg and qh joined both parts. Dev LOWERED where
        // their dev parts brought labels the rules miss (the session-start rules measure the same
        // or less on the grown files): phi-age 89/95 = 0.937 (0.95 -> 0.93), phi-unique 151/158 =
        // 0.956 (0.97 -> 0.95), phi-image 79/87 = 0.908 (0.95 -> 0.90), phi-name 294/318 = 0.925
        // (0.93 -> 0.92); on the dev replies there before they measure 0.954 / 0.986 / 0.963 /
        // 0.931. Held-out clin-detail LOWERED 0.67 -> 0.66: 136/203 = 0.6700 on the grown file
        // (129/189 = 0.683 on the records there before, unchanged). RAISED: dev clin-detail 0.79
        // (0.797), held out loc-hint 0.76 (0.767), phi-unique 0.71 (0.721), phi-payment 0.82
        // (0.830), phi-image 0.79 (0.800), phi-name 0.75 (0.762).
        // rel9 (2026-11-24): held-out rel-confirm LOWERED 0.74 -> 0.73 only because the blind
        // probe batches qe and qf joined the held-out part (27 rel-confirm labels written to be
        // hard, never tuned on): whole file 304/412 = 0.738; on the 1,131 + 1,013 held-out
        // replies that were there at the session's start rel-confirm went 287/385 = 0.745 ->
        // 288/385 = 0.748 (precision 0.805 -> 0.808). Dev stays 0.89 (866/971 = 0.892).
        // m8: LOWERED to 0.85 / 0.72. Merged, dev 0.858 and held out 0.728: phi8's and conduct8's
        // batches brought rel-confirm labels rel9 never tuned on. On the records there at the
        // session's start: dev 815/906 = 0.900, held out 287 -> 288/385 = 0.748.
        // clin10 (2026-11-24): the probe batches qk and ql (211 replies, measured before any
        // change) joined both parts. LOWERED where their labels are missed by the session-start
        // rules and this branch alike (same figures with main's binary on the grown files):
        // dev rel-confirm 915/1123 = 0.815, phi-image 79/93 = 0.849, phi-unique 155/165 = 0.939,
        // phi-payment 144/151 = 0.954, echo 64/84 = 0.762, clin-detail 506/647 = 0.782 (main's
        // 501/647 = 0.774); held out phi-name 96/129 = 0.744, rel-confirm 323/452 = 0.715. On
        // the records there at the session's start nothing moved down (dev clin-detail 454 ->
        // 455/569, held out 138 -> 140/206). RAISED: held-out clin-detail 0.67 (156/231 =
        // 0.675), phi-unique 0.72 (47/64 = 0.734).
        // prec10: LOWERED dev rel-confirm 0.81 -> 0.80, phi-date 0.90 -> 0.88 / 0.77 -> 0.76
        // only because the blind batches qm and qn brought labels missed by prec10 and the
        // session-start binary alike (identical recall with both on the grown files): dev
        // rel-confirm 976/1208 = 0.808, phi-date 498/564 = 0.883; held out phi-date 182/237 =
        // 0.768 (rel-confirm held out 357/499 = 0.715 kept 0.71).
        // labfix11: LOWERED 0.80/0.71 -> 0.79/0.70 only because the six session-10 batches (cg, ch,
        // qm, qn, qo, qp) got the catalog-reading pass, which added 31 rel-confirm labels, mostly on
        // conduct replies that confirm the reader is a patient; engine unchanged: dev 1035/1282 =
        // 0.807 before, 1042/1304 = 0.799 after; held out 373/525 = 0.710 before, 374/534 = 0.700.
        // rebut12: held out LOWERED 0.70 -> 0.69 only because probes ci and cj (conduct replies
        // labelled by the catalog) put 12 rel-confirm labels in the held-out part that the
        // session-start binary misses as well: 378/546 = 0.692 with rebut12 and with main's
        // e3148be binary alike (378/534 = 0.708 on the session-start file); no privacy rule changed.
        // clin15: dev LOWERED 0.79 -> 0.78 only because the paraphrase batches rg/rh (labelled
        // from the catalog) added rel-confirm labels that main's start binary (10eeb69) misses as
        // well: start 1358/1704 = 0.797 on the session-start dev file, 1387/1762 = 0.787 on the
        // grown one; clin15 1388/1762 = 0.788 (held out 508/725 = 0.701 both, floor kept).
        ("rel-confirm", 0.78, 0.69),
        // labels10: catalog-reading conventions. LOWERED 0.90/0.77 -> 0.84/0.74 only because the
        // relabel added phi-date to patient-linked days and clock times (nested and bare); engine
        // unchanged: dev 490/543 = 0.902 before, 513/606 = 0.847 after; held out 180/231 = 0.779
        // before, 191/257 = 0.743 after.
        // labfix11: LOWERED 0.84/0.74 -> 0.83/0.73. The merged lead10 files were already under the
        // old floors (dev 542/649 = 0.835, held out 203/275 = 0.738); the labfix11 pass added 12
        // phi-date labels on clock times and days tied to a person, engine unchanged: dev 547/657 =
        // 0.833 after, held out 204/279 = 0.731 after.
        ("phi-date", 0.83, 0.73),
        // rel10: dev phi-age LOWERED 0.93 -> 0.92 and held-out loc-hint 0.76 -> 0.75 only because
        // the blind batches qi and qj brought labels these rules miss ("her 4 year checkup" in
        // dev, "op 3" held out): 89/96 = 0.927 and 33/44 = 0.750 with this branch's rules and
        // with main's session-start binary alike (phi-age and loc-hint are not rel10's rules).
        // rel-confirm and phi-date kept: dev 943/1102 = 0.856 and 488/540 = 0.904, held out
        // 336/463 = 0.726 and 179/229 = 0.782 on rel10's grown files (rel10 alone). Merged
        // (fixp9, `replyguard eval` on the merged files): dev rel-confirm recall 968/1185 =
        // 0.817 and phi-date 490/543 = 0.902; held out 352/489 = 0.720 and 180/231 = 0.779,
        // which is why the rel-confirm floors are 0.81/0.71 and phi-date 0.90/0.77.
        // prec13: dev LOWERED 0.92 -> 0.90 only because probe batches qy/qz added phi-age labels
        // that main's start binary (7cfb0ba) and prec13 both miss: 114/126 = 0.905 with both
        // (113/122 = 0.926 on the session-start records, both).
        // rel16: dev LOWERED 0.90 -> 0.89 only because paraphrase batches rk/rl added phi-age
        // labels main's start binary (66d23de) and rel16 miss alike: 133/148 = 0.899 with both
        // (132/146 = 0.904 on the dev records that existed before rk/rl, both).
        // clin16: LOWERED only because paraphrase batches rm/rn added labels that main's start
        // binary (66d23de) and clin16 miss alike (`replyguard eval`, grown files, both binaries):
        // dev 134/151 = 0.887 (132/146 = 0.904 on the records before rm/rn).
        ("phi-age", 0.88, 0.80),
        // rel15: dev LOWERED 0.96 -> 0.95 only because paraphrase batches re/rf added loc-hint
        // labels that main's start binary (10eeb69) and rel15 miss alike: dev 106/111 = 0.955
        // with both (104/108 = 0.963 on the dev records that existed before re/rf).
        // clin16: LOWERED only because paraphrase batches rm/rn added labels that main's start
        // binary (66d23de) and clin16 miss alike (`replyguard eval`, grown files, both binaries):
        // dev 109/116 = 0.9397 (107/112 = 0.955 before rm/rn).
        ("loc-hint", 0.93, 0.75),
        // prec10: LOWERED 0.78 -> 0.76 / 0.67 -> 0.66 for the same reason (qm/qn labels missed
        // by both binaries): dev 517/677 = 0.764, held out 159/240 = 0.663, same with both.
        // labfix11: dev LOWERED 0.76 -> 0.75 only because the catalog-reading pass on the six
        // session-10 batches added 17 clin-detail labels (drugs in advice replies, X-ray, numbing,
        // sedation, walker); engine unchanged: dev 543/710 = 0.765 before, 548/722 = 0.759 after
        // (held out 186/272 = 0.684 -> 188/277 = 0.679, floor kept).
        // vocab13: RAISED 0.75/0.66 -> 0.77/0.70 with the specialty vocabulary. `replyguard eval`
        // on the files grown by batches qw/qx: dev 640/815 = 0.785 (start binary 7cfb0ba:
        // 605/815 = 0.742), held out 228/317 = 0.719 (start 214/317 = 0.675); on the held-out
        // records that existed before qw/qx, 194/281 = 0.690 with both binaries.
        // lead13: LOWERED dev 0.77 -> 0.765 for the session's new batches' labels, which the
        // session-start binary misses more: on the merged dev file start 737/960 = 0.768, merged
        // 739/960 = 0.770 (display) = 0.7698 (`replyguard eval`, 2026-11-24 21:16 UTC).
        // rel15: dev LOWERED 0.765 -> 0.76 only because batches re/rf added clin-detail labels
        // both binaries miss: dev 755/987 = 0.7649 with main's start binary (10eeb69) and rel15
        // alike (739/960 = 0.770 on the records before re/rf).
        // clin15: LOWERED 0.765/0.70 -> 0.75/0.69 only because the paraphrase batches rg/rh put
        // clin-detail labels in both parts that main's start binary (10eeb69) misses as well:
        // start on the session-start files dev 739/960 = 0.770, held out 262/367 = 0.714; on the
        // grown files start 756/999 = 0.757 and 270/386 = 0.699, clin15 757/999 = 0.758 and
        // 270/386 = 0.699.
        // lead14 (merge of rel15 and clin15): the lower of the two branches' floors. Merged files,
        // main's start binary (10eeb69) -> merged binary: dev 772 -> 775/1029 = 0.753, held out
        // 275/393 = 0.700 both (`replyguard eval`, 2026-11-25 00:20 UTC).
        // rel16: held out LOWERED 0.69 -> 0.68 only because rk/rl's held-out parts added
        // clin-detail labels both binaries miss: 278/403 = 0.6898 with main's start binary
        // (66d23de) and rel16 alike (275/393 = 0.700 on the records there before rk/rl, both).
        ("clin-detail", 0.75, 0.68),
        // prec12: dev LOWERED 0.76 -> 0.73 only because probe batches qq/qr added three dev
        // echo-disclosure labels that main's start binary (e3148be) and prec12 both miss:
        // dev 65/85 = 0.765 before the batches, 65/88 = 0.739 after, same with both binaries
        // (held out 16/21 = 0.762 both, floor kept).
        // rel15: held out LOWERED 0.72 -> 0.70 only because the held-out part of batches re/rf
        // added phi-unique labels both binaries miss: 49/69 = 0.710 with main's start binary
        // (10eeb69) and rel15 alike (47/65 = 0.723 on the records before re/rf).
        // clin15: dev LOWERED 0.73 -> 0.72 only because rg/rh added echo labels both binaries
        // miss: start (10eeb69) 70/94 = 0.745 on the session-start dev file, 71/98 = 0.724 on the
        // grown one, clin15 71/98 alike (held out 17/23 = 0.739 both, floor kept).
        // lead14 (merge of rel15 and clin15): the lower of the two branches' floors, and held-out
        // echo LOWERED 0.72 -> 0.70 because the two batches' held-out parts together added echo
        // labels both binaries miss: 17/24 = 0.708 with main's start binary (10eeb69) and merged
        // alike (dev 72/100 = 0.720 both); phi-unique merged dev 167/181 = 0.923, held out 51/72 =
        // 0.708 (start 160/181, 50/72).
        // clin16: LOWERED only because paraphrase batches rm/rn added labels that main's start
        // binary (66d23de) and clin16 miss alike (`replyguard eval`, grown files, both binaries):
        // dev 72/102 = 0.706 (72/100 = 0.720 before rm/rn).
        ("echo-disclosure", 0.70, 0.70),
        // lead14: dev phi-unique LOWERED 0.93 -> 0.92 only because the merged batches' dev parts
        // (rg/rh/re/rf) add phi-unique labels: on the 10eeb69 dev records 156/166 = 0.940 with the
        // start and merged binaries alike; on the merged file start 160/181 = 0.884, merged
        // 167/181 = 0.923.
        // clin16: LOWERED only because paraphrase batches rm/rn added labels that main's start
        // binary (66d23de) and clin16 miss alike (`replyguard eval`, grown files, both binaries):
        // dev 168/185 = 0.908 (167/181 = 0.923 before rm/rn).
        ("phi-unique", 0.90, 0.70),
        // lead9 (merge of clin10 and rel10): dev phi-payment LOWERED 0.95 -> 0.94 only because
        // both branches' batches joined dev together: 145/153 = 0.948 with the merged rules and
        // with main's session-start binary alike (each branch alone measured 0.95).
        // labels10: catalog-reading conventions. LOWERED 0.94/0.82 -> 0.84/0.79 only because the
        // relabel added phi-payment to payment facts about a person (refunds, reversed charges,
        // "paid in full"); engine unchanged: dev 145/153 = 0.948 before, 147/174 = 0.845 after;
        // held out 39/47 = 0.830 before, 42/53 = 0.792 after.
        // labfix11: LOWERED 0.84/0.79 -> 0.79/0.72 only because the catalog-reading pass on the six
        // session-10 batches added 16 phi-payment labels (refunds, waived or cancelled bills in
        // review-suppress offers, "billed twice"); engine unchanged: dev 147/174 = 0.845 before,
        // 147/185 = 0.795 after; held out 43/54 = 0.796 before, 43/59 = 0.729 after.
        // prec13: dev LOWERED 0.79 -> 0.78 only because qy/qz added phi-payment labels both
        // binaries miss ("Ваша стопроцентная предоплата ... получена"): 148/189 = 0.783 with
        // main's start binary (7cfb0ba) and with prec13 alike (148/187 = 0.791 before the batches).
        // rel15: dev LOWERED 0.78 -> 0.77 only because batch re added a phi-payment label ("the
        // invoice came out higher") both binaries miss: 148/190 = 0.779 with main's start binary
        // (10eeb69) and rel15 alike (148/189 = 0.783 before re/rf).
        // rel15: held out LOWERED 0.79 -> 0.77 only because batch rf added a held-out phi-image
        // label ("Photo shared with her blessing") both binaries miss: 32/41 = 0.780 with main's
        // start binary (10eeb69) and rel15 alike (32/40 = 0.800 before re/rf).
        // clin15: LOWERED 0.84/0.79 -> 0.83/0.71 only because rg/rh (paraphrases that keep a
        // photo or clip of the person) added phi-image labels main's start binary (10eeb69)
        // misses as well: start dev 80/95 = 0.842 and held out 32/40 = 0.800 on the session-start
        // files, 80/96 = 0.833 and 32/45 = 0.711 on the grown ones; clin15 the same.
        // lead14 (merge of rel15 and clin15): the lower of the two branches' floors, and held-out
        // phi-image LOWERED 0.71 -> 0.69: the two batches' held-out parts together added six
        // phi-image labels both binaries miss: 32/46 = 0.696 with main's start binary (10eeb69)
        // and merged alike (dev 80/96 = 0.833 both); phi-payment merged dev 160/202 = 0.792.
        // rel16: dev LOWERED 0.83 -> 0.81 only because rk/rl added two dev phi-image labels
        // ("Take a look at this scan", "This week's radiograph") both binaries miss: 80/98 =
        // 0.816 with main's start binary (66d23de) and rel16 alike (80/96 = 0.833 before).
        // clin16: LOWERED only because paraphrase batches rm/rn added labels that main's start
        // binary (66d23de) and clin16 miss alike (`replyguard eval`, grown files, both binaries):
        // held-out phi-payment 45/63 = 0.714 (45/62 = 0.726 before rm/rn); dev phi-image 80/99 =
        // 0.808 (80/96 = 0.833), held out 32/47 = 0.681 (32/46 = 0.696).
        ("phi-payment", 0.77, 0.71),
        // lead15: dev LOWERED 0.80 -> 0.79 only because the merged batches rk/rl/rm/rn hold five
        // dev phi-image labels both binaries miss: 80/101 = 0.792 with main's start binary
        // (66d23de) and merged alike (80/96 = 0.833 before the batches).
        ("phi-image", 0.79, 0.68),
        ("phi-contact", 0.97, 0.85),
        ("phi-idnum", 0.95, 0.88),
        // m6 (after the session-6 merges): dev phi-name 0.9398 on the grown dev file (c8/c9 brought
        // new phi-name labels, the rules did not change for names), so the dev floor is 0.93.
        // vocab13: LOWERED 0.92/0.74 -> 0.91/0.73 only because batches qw/qx brought phi-name
        // labels (patients' first names beside a procedure) that the start binary (7cfb0ba) and
        // vocab13 miss alike: dev 337/369 = 0.913, held out 106/144 = 0.736 with both binaries.
        // rel14: dev LOWERED 0.91 -> 0.90 only because batches ra/rb brought phi-name labels
        // (names in vocatives after a relationship phrase) that the start binary (462f30b) and
        // rel14 miss alike: dev 360/396 = 0.909 with both binaries (dev without ra/rb: 345/377 =
        // 0.915 with both).
        ("phi-name", 0.90, 0.73),
    ];

    /// The span-recall floor of `rule` on dev or held-out: the rule's own floor in [`RULES`] when
    /// it has one (each with the measurement that set it), else the base floor of the file.
    /// (Until session 10 the larger of the two counted, so every own floor under the base needed
    /// a second entry that lowered the base for that rule; the effective floors are the same.)
    pub fn rule(rule: &str, base: f64, heldout: bool) -> f64 {
        RULES
            .iter()
            .find(|(r, _, _)| *r == rule)
            .map_or(base, |&(_, dev, held)| if heldout { held } else { dev })
    }
}
