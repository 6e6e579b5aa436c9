//! Compiles the rule packs in `rules/*.toml` into one JSON document embedded in the engine.
//! A pack with a syntax error, an unknown key or a bad field fails the build with the file,
//! line and reason; the phrases and examples themselves are checked by `cargo test`.

use std::{env, fs, path::Path};

#[allow(dead_code)]
#[path = "src/packs/needles.rs"]
mod needles;
#[allow(dead_code)]
#[path = "src/packs/schema.rs"]
mod schema;

fn main() {
    let dir = Path::new("rules");
    println!("cargo:rerun-if-changed=rules");
    let mut names: Vec<_> = fs::read_dir(dir)
        .expect("rules/ directory is missing")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    names.sort();
    let mut all = schema::PackFile::default();
    let mut seen = std::collections::BTreeSet::new();
    for path in &names {
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(path).unwrap();
        let mut pack: schema::PackFile = toml::from_str(&text).unwrap_or_else(|e| {
            panic!("rule pack {} is invalid: {e}", path.display());
        });
        let lists = schema::fill_class_files(&mut pack, |p| {
            fs::read_to_string(p).map_err(|e| e.to_string())
        })
        .unwrap_or_else(|e| panic!("rule pack {}: {e}", path.display()));
        for list in lists {
            println!("cargo:rerun-if-changed={list}");
        }
        schema::expand_classes(&mut pack)
            .unwrap_or_else(|e| panic!("rule pack {}: {e}", path.display()));
        for r in &pack.rule {
            if !seen.insert(r.id.clone()) {
                panic!(
                    "rule pack {}: rule `{}` is defined twice",
                    path.display(),
                    r.id
                );
            }
            if !matches!(r.severity.as_str(), "violation" | "caution") {
                panic!(
                    "rule pack {}: rule `{}` has severity `{}`; use `violation` or `caution`",
                    path.display(),
                    r.id,
                    r.severity
                );
            }
            if !matches!(r.kind.as_str(), "privacy" | "conduct" | "promotion") {
                panic!(
                    "rule pack {}: rule `{}` has kind `{}`; use `privacy`, `conduct` or `promotion`",
                    path.display(),
                    r.id,
                    r.kind
                );
            }
        }
        let mut rules = pack.rule;
        for r in &mut rules {
            // Examples are for `cargo test`, which reads them from the TOML
            // (tests/common/packs.rs): a tenth of the embedded JSON the engine never reads.
            r.examples.clear();
            r.counterexamples.clear();
            for m in &mut r.matchers {
                m.pattern_needles = pattern_needles(m);
                m.context_needles = context_needles(m);
            }
        }
        all.rule.extend(rules);
    }
    let out = Path::new(&env::var("OUT_DIR").unwrap()).join("packs.json");
    fs::write(out, serde_json::to_string(&all).unwrap()).unwrap();
    embed_word_lists("data/clinical", "clinical_lists.txt");
    for (src, out) in [
        ("data/names/first.txt", "first.fc"),
        ("data/names/last.txt", "last.fc"),
        ("src/recognizers/common_en.txt", "common_en.fc"),
    ] {
        front_code(src, out);
    }
}

/// The literals one of which occurs in every match of `m`'s patterns (`re:` phrases and
/// `patterns`, read from the alternation the engine compiles for them), in the canonical
/// characters of `needles::canon` (one needle stands for all its case variants). `None`
/// when `m` has no patterns; empty when no such list was found (the matcher always runs).
fn pattern_needles(m: &schema::MatchSpec) -> Option<Vec<String>> {
    let res: Vec<String> = m
        .phrases
        .iter()
        .filter(|p| p.starts_with("re:"))
        .cloned()
        .collect();
    let src = schema::alternation_source(&res, &m.patterns)?;
    // A pattern that does not parse fails `cargo test` (builtin_packs_compile); here it
    // only means no needles.
    let Ok(hir) = regex_syntax::ParserBuilder::new()
        .nest_limit(250)
        .build()
        .parse(&src)
    else {
        return Some(Vec::new());
    };
    // A needle's first characters are a needle too: kept to [`NEEDLE_CHARS`] so that
    // the lists stay small in the .wasm.
    let cut = |n: String| n.chars().take(NEEDLE_CHARS).collect::<String>();
    Some(match needles::of(&hir).required() {
        Some(set) => needles::minimal(set.into_iter().map(cut).collect()),
        None => Vec::new(),
    })
}

/// The literals one of which occurs in every match of `m.requires_context` (canonical, cut to
/// [`NEEDLE_CHARS`]): the engine skips the matcher for a comment holding none of them. `None`
/// when there is no `requires_context` or no such list.
fn context_needles(m: &schema::MatchSpec) -> Option<Vec<String>> {
    let src = schema::alternation_source(&m.requires_context, &[])?;
    let hir = regex_syntax::ParserBuilder::new()
        .nest_limit(250)
        .build()
        .parse(&src)
        .ok()?;
    let cut = |n: String| n.chars().take(NEEDLE_CHARS).collect::<String>();
    let set = needles::of(&hir).required()?;
    Some(needles::minimal(set.into_iter().map(cut).collect()))
}

/// Longest stored needle, in characters: rare enough to skip most matchers a reply has no
/// words of, short enough that the needle lists add little to the .wasm. 10 -> 8 took 5 KB
/// off the gzipped .wasm with the same cold start (callgrind, one reply: 3.46G -> 3.45G
/// instructions) and the whole dev set scanned 2-3% slower; 6 took 12 KB but cost 9% more
/// cold start.
const NEEDLE_CHARS: usize = 8;

/// Writes the lines of a sorted word list front-coded into OUT_DIR: each line becomes one
/// base-36 digit (how many bytes it shares with the line before, at most 35) and the rest of
/// the line. Sorted names share long prefixes, so the embedded lists shrink by a third raw and
/// a fifth gzipped. Comment lines (`#`) and empty lines are left out (every reader skips
/// them); all other lines keep their order and content. `text::front_decode` undoes it.
fn front_code(src: &str, out_name: &str) {
    println!("cargo:rerun-if-changed={src}");
    let text = fs::read_to_string(src).unwrap_or_else(|e| panic!("cannot read {src}: {e}"));
    let path = Path::new(&env::var("OUT_DIR").unwrap()).join(out_name);
    fs::write(path, front_coded(&text, false)).unwrap();
}

/// The front coding of `text`'s lines (see [`front_code`]); with `keep_all`, comment and empty
/// lines are kept too, for readers that look at them (`@file` sections, `#` notes).
fn front_coded(text: &str, keep_all: bool) -> String {
    let mut out = String::with_capacity(text.len());
    let mut prev = "";
    for line in text.lines() {
        if !keep_all && (line.is_empty() || line.starts_with('#')) {
            continue;
        }
        let mut k = prev
            .bytes()
            .zip(line.bytes())
            .take_while(|(a, b)| a == b)
            .count()
            .min(35);
        while !line.is_char_boundary(k) {
            k -= 1;
        }
        out.push(char::from_digit(k as u32, 36).unwrap());
        out.push_str(&line[k..]);
        out.push('\n');
        prev = line;
    }
    out
}

/// Concatenates the word lists of `dir` (`*.txt`, one entry per line) into one file in OUT_DIR
/// (front-coded, every line kept), each list introduced by an `@file NAME` line, so the engine
/// can embed whatever lists the `data` branch provides. A missing folder gives an empty file.
fn embed_word_lists(dir: &str, out_name: &str) {
    // A path that does not exist would make cargo rerun this script on every build.
    if Path::new(dir).exists() {
        println!("cargo:rerun-if-changed={dir}");
    }
    let mut names: Vec<_> = fs::read_dir(dir)
        .map(|d| {
            d.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    let mut all = String::new();
    for path in &names {
        println!("cargo:rerun-if-changed={}", path.display());
        let name = path.file_name().unwrap().to_string_lossy();
        all.push_str(&format!("@file {name}\n"));
        all.push_str(&fs::read_to_string(path).unwrap());
        all.push('\n');
    }
    let out = Path::new(&env::var("OUT_DIR").unwrap()).join(out_name);
    fs::write(out, front_coded(&all, true)).unwrap();
}
