//! Needles of a pack regex: a set of literals one of which occurs in every match, so that a
//! reply holding none of them cannot match and the engine skips the regex. Used by `build.rs`
//! (included by path: keep it free of crate-internal imports) on the parsed alternation of each
//! matcher. Strings are ASCII-lower-cased; they are looked for ignoring ASCII case, so every
//! case variant a `(?i)` class allows is still found (non-ASCII variants are kept apart).

use regex_syntax::hir::{Class, Hir, HirKind};
use std::collections::BTreeSet;

/// Largest set kept while joining the pieces of a concatenation (case variants multiply).
const MAX_SET: usize = 16;
/// Largest class expanded into its characters (`['’]`, `[Kk\u{212A}]`; not `\w` or `\s`).
const MAX_CLASS: u32 = 10;

/// What is known about the text a sub-expression matches.
#[derive(Debug, Clone)]
pub enum Lits {
    /// It matches exactly one of these strings (modulo ASCII case).
    Exact(BTreeSet<String>),
    /// Every match contains one of these strings; `None`: nothing is known.
    Within(Option<BTreeSet<String>>),
}

impl Lits {
    /// The needles: strings one of which every match contains, if there is such a set whose
    /// strings are all non-empty.
    pub fn required(self) -> Option<BTreeSet<String>> {
        let set = match self {
            Lits::Exact(s) => s,
            Lits::Within(s) => s?,
        };
        (!set.is_empty() && set.iter().all(|s| !s.is_empty())).then_some(set)
    }
}

/// The literals of `hir` (see [`Lits`]).
pub fn of(hir: &Hir) -> Lits {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => Lits::Exact(one(String::new())),
        HirKind::Literal(lit) => match std::str::from_utf8(&lit.0) {
            Ok(s) => Lits::Exact(one(s.to_ascii_lowercase())),
            Err(_) => Lits::Within(None),
        },
        HirKind::Class(class) => match chars(class) {
            Some(set) => Lits::Exact(set),
            None => Lits::Within(None),
        },
        HirKind::Capture(cap) => of(&cap.sub),
        HirKind::Repetition(rep) => {
            let sub = of(&rep.sub);
            match (rep.min, rep.max) {
                (1, Some(1)) => sub,
                (0, Some(1)) => match sub {
                    Lits::Exact(mut s) => {
                        s.insert(String::new());
                        Lits::Exact(s)
                    }
                    Lits::Within(_) => Lits::Within(None),
                },
                (0, _) => Lits::Within(None),
                _ => Lits::Within(sub.required()),
            }
        }
        HirKind::Concat(subs) => concat(subs),
        HirKind::Alternation(subs) => alternation(subs),
    }
}

fn one(s: String) -> BTreeSet<String> {
    BTreeSet::from([s])
}

/// The characters of a small class, ASCII-lower-cased.
fn chars(class: &Class) -> Option<BTreeSet<String>> {
    let mut out = BTreeSet::new();
    match class {
        Class::Unicode(c) => {
            let mut n = 0;
            for r in c.ranges() {
                n += r.end() as u32 - r.start() as u32 + 1;
                if n > MAX_CLASS {
                    return None;
                }
                for ch in r.start()..=r.end() {
                    out.insert(ch.to_ascii_lowercase().to_string());
                }
            }
        }
        Class::Bytes(c) => {
            let mut n = 0;
            for r in c.ranges() {
                n += r.end() as u32 - r.start() as u32 + 1;
                if n > MAX_CLASS || !r.end().is_ascii() {
                    return None;
                }
                for b in r.start()..=r.end() {
                    out.insert((b as char).to_ascii_lowercase().to_string());
                }
            }
        }
    }
    Some(out)
}

/// Every string of `a` followed by every string of `b`, if there are at most [`MAX_SET`].
fn product(a: &BTreeSet<String>, b: &BTreeSet<String>) -> Option<BTreeSet<String>> {
    if a.len() * b.len() > MAX_SET {
        return None;
    }
    Some(
        a.iter()
            .flat_map(|x| b.iter().map(move |y| format!("{x}{y}")))
            .collect(),
    )
}

/// A concatenation: runs of exactly known pieces are joined into longer strings; the best
/// of those runs and of the other pieces' needles is kept (each alone occurs in every match).
fn concat(subs: &[Hir]) -> Lits {
    let mut run: Option<BTreeSet<String>> = Some(one(String::new()));
    let mut all_exact = true;
    let mut candidates: Vec<BTreeSet<String>> = Vec::new();
    for sub in subs {
        match of(sub) {
            Lits::Exact(s) => {
                let joined = run.as_ref().and_then(|r| product(r, &s));
                match joined {
                    Some(j) => run = Some(j),
                    None => {
                        // Too many variants: the run so far still occurs in every match.
                        candidates.extend(run.take());
                        all_exact = false;
                        run = Some(s);
                    }
                }
            }
            Lits::Within(s) => {
                all_exact = false;
                candidates.extend(run.take());
                candidates.extend(s);
                run = Some(one(String::new()));
            }
        }
    }
    if all_exact {
        if let Some(r) = run {
            return Lits::Exact(r);
        }
    }
    candidates.extend(run);
    Lits::Within(candidates.into_iter().filter(usable).max_by_key(score))
}

/// An alternation: exact when every branch is and the union stays small; otherwise the union
/// of the branches' needles (nothing known when one branch has none).
fn alternation(subs: &[Hir]) -> Lits {
    let parts: Vec<Lits> = subs.iter().map(of).collect();
    if parts.iter().all(|p| matches!(p, Lits::Exact(_))) {
        let union: BTreeSet<String> = parts
            .iter()
            .flat_map(|p| match p {
                Lits::Exact(s) => s.iter().cloned().collect::<Vec<_>>(),
                Lits::Within(_) => Vec::new(),
            })
            .collect();
        if union.len() <= MAX_SET {
            return Lits::Exact(union);
        }
    }
    let mut union = BTreeSet::new();
    for p in parts {
        match p.required() {
            Some(s) => union.extend(s),
            None => return Lits::Within(None),
        }
    }
    Lits::Within(Some(union))
}

/// A set can serve as needles when none of its strings is empty.
fn usable(s: &BTreeSet<String>) -> bool {
    !s.is_empty() && s.iter().all(|x| !x.is_empty())
}

/// Longer shortest string first (rarer in a reply; up to 8 characters), then fewer strings.
fn score(s: &BTreeSet<String>) -> (usize, std::cmp::Reverse<usize>) {
    let shortest = s
        .iter()
        .map(|x| x.chars().count())
        .min()
        .unwrap_or(0)
        .min(8);
    (shortest, std::cmp::Reverse(s.len()))
}
