//! Native engine benchmarks (divan): cold start, throughput on the public Presidio sentences and
//! the team's corpus, and how scan time grows with reply length.
//!
//! Run: `bench/native.sh` (or `cargo bench --profile native --bench engine`).
//! Data is found relative to the repository: `../shared/data/presidio-research/synth.jsonl`
//! (searched upwards from the crate so that git worktrees find it too), or the path in
//! `REPLYGUARD_SYNTH`. Figures and how to read them: BENCHMARKS.md.

use divan::counter::{BytesCount, CharsCount, ItemsCount};
use divan::{black_box, Bencher};
use replyguard::{Input, Policy, Scanner};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// Reply lengths (characters) for the scaling curve: a tweet, a long review reply, a letter,
/// and two sizes far past any reply to show whether time stays linear.
const LENGTHS: [usize; 5] = [280, 2_000, 10_000, 100_000, 1_000_000];

fn main() {
    divan::main();
}

// --- data -----------------------------------------------------------------------------------

/// Finds `rel` in the crate directory or one of its ancestors (`../shared` from the main
/// checkout, `../../shared` from a worktree under `wt/`).
fn find_up(rel: &str) -> Option<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    root.ancestors().map(|d| d.join(rel)).find(|p| p.is_file())
}

fn synth_path() -> PathBuf {
    if let Ok(p) = std::env::var("REPLYGUARD_SYNTH") {
        return PathBuf::from(p);
    }
    find_up("shared/data/presidio-research/synth.jsonl").unwrap_or_else(|| {
        panic!(
            "synth.jsonl not found: expected ../shared/data/presidio-research/synth.jsonl beside \
             the repository; set REPLYGUARD_SYNTH=/path/to/synth.jsonl to point at it"
        )
    })
}

/// Reads the `text` (and, when present, `context`, `author`, `platform`, `lang`) of every line
/// of a JSON-lines file into scanner inputs.
fn read_inputs(path: &Path) -> Vec<Input> {
    let data = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    data.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l)
                .unwrap_or_else(|e| panic!("{}: bad JSON line: {e}", path.display()));
            let field = |k: &str| v[k].as_str().unwrap_or_default().to_string();
            Input {
                text: field("text"),
                context: field("context"),
                author: field("author"),
                platform: field("platform"),
                lang: field("lang"),
            }
        })
        .collect()
}

fn synth() -> &'static [Input] {
    static S: OnceLock<Vec<Input>> = OnceLock::new();
    S.get_or_init(|| read_inputs(&synth_path()))
}

/// The team's labeled replies (tests/corpus/*.jsonl), when that corpus exists in this checkout.
fn corpus() -> &'static [Input] {
    static C: OnceLock<Vec<Input>> = OnceLock::new();
    C.get_or_init(|| {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default();
        files.retain(|p| p.extension().is_some_and(|e| e == "jsonl"));
        files.sort();
        files.iter().flat_map(|p| read_inputs(p)).collect()
    })
}

fn scanner() -> &'static Scanner {
    static S: OnceLock<Scanner> = OnceLock::new();
    S.get_or_init(|| Scanner::new(&Policy::default_policy()).expect("default policy compiles"))
}

fn bytes(inputs: &[Input]) -> usize {
    inputs.iter().map(|i| i.text.len()).sum()
}

/// A reply of exactly `chars` characters made by joining the lines of bench/replies.txt in
/// order (wrapping around), cut at the last space before the limit and padded back with
/// sentence text, so long texts read like many real replies rather than one repeated line.
/// bench/wasm-bench.mjs builds the same text the same way.
fn reply_of(chars: usize) -> String {
    static LINES: OnceLock<Vec<String>> = OnceLock::new();
    let lines = LINES.get_or_init(|| {
        let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("bench/replies.txt");
        std::fs::read_to_string(&p)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", p.display()))
            .lines()
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect()
    });
    let mut out = String::new();
    let mut n = 0; // characters so far
    for line in lines.iter().cycle() {
        let sep = usize::from(!out.is_empty());
        let len = line.chars().count();
        if n + sep + len > chars {
            // Fill the rest with the start of the next sentence.
            if sep == 1 && n < chars {
                out.push(' ');
                n += 1;
            }
            out.extend(line.chars().take(chars - n));
            break;
        }
        if sep == 1 {
            out.push(' ');
        }
        out.push_str(line);
        n += sep + len;
    }
    assert_eq!(
        out.chars().count(),
        chars,
        "reply_of built the wrong length"
    );
    out
}

// --- benchmarks -----------------------------------------------------------------------------

/// Cold start: parse the default policy and compile every rule pack and recognizer, as the
/// extension does when its background wakes.
#[divan::bench(sample_count = 30)]
fn cold_start() -> Scanner {
    Scanner::new(black_box(&Policy::default_policy())).expect("default policy compiles")
}

/// All 1,500 Presidio sentences, full check (`scan`).
#[divan::bench]
fn synth_scan(b: Bencher) {
    let (inputs, s) = (synth(), scanner());
    b.counter(ItemsCount::new(inputs.len()))
        .counter(BytesCount::new(bytes(inputs)))
        .bench(|| {
            for i in inputs {
                black_box(s.scan(black_box(i)));
            }
        });
}

/// All 1,500 Presidio sentences, every identifier (`identifiers`, the CLI's --identifiers).
#[divan::bench]
fn synth_identifiers(b: Bencher) {
    let (inputs, s) = (synth(), scanner());
    b.counter(ItemsCount::new(inputs.len()))
        .counter(BytesCount::new(bytes(inputs)))
        .bench(|| {
            for i in inputs {
                black_box(s.identifiers(black_box(i)));
            }
        });
}

/// The team's own labeled replies (with review context and author), full check. Skipped with
/// a note when tests/corpus/ has no .jsonl files yet.
#[divan::bench]
fn corpus_scan(b: Bencher) {
    let (inputs, s) = (corpus(), scanner());
    if inputs.is_empty() {
        eprintln!("corpus_scan: no tests/corpus/*.jsonl in this checkout; nothing measured");
        b.bench(|| ());
        return;
    }
    b.counter(ItemsCount::new(inputs.len()))
        .counter(BytesCount::new(bytes(inputs)))
        .bench(|| {
            for i in inputs {
                black_box(s.scan(black_box(i)));
            }
        });
}

/// Scan time against reply length: time per character should stay flat.
#[divan::bench(args = LENGTHS, max_time = 3)]
fn scaling_scan(b: Bencher, chars: usize) {
    let input = Input::new(reply_of(chars));
    let s = scanner();
    b.counter(CharsCount::new(chars))
        .counter(BytesCount::new(input.text.len()))
        .bench(|| black_box(s.scan(black_box(&input))));
}

/// The same curve for `identifiers`.
#[divan::bench(args = LENGTHS, max_time = 3)]
fn scaling_identifiers(b: Bencher, chars: usize) {
    let input = Input::new(reply_of(chars));
    let s = scanner();
    b.counter(CharsCount::new(chars))
        .counter(BytesCount::new(input.text.len()))
        .bench(|| black_box(s.identifiers(black_box(&input))));
}
