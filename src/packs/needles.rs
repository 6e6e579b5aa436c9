//! Needles of a pack regex: a set of literals one of which occurs in every match, so that a
//! reply holding none of them cannot match and the engine skips the regex. Used by `build.rs`
//! (included by path: keep it free of crate-internal imports) on the parsed alternation of each
//! matcher, and by the engine on plain phrases. Needles are written in canonical characters
//! ([`canon`]: one character per simple-case-folding class) and looked for in the reply's
//! canonical form, so one needle finds every case variant a `(?i)` regex allows.

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
            Ok(s) => Lits::Exact(one(canonical(s))),
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
                // A run of white space is one space in canonical form, however long.
                (1.., _) if matches!(&sub, Lits::Exact(s) if *s == one(" ".into())) => sub,
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

/// The characters of a small class, canonical; a class of white space only (`\s`) is one
/// space, whatever its size.
fn chars(class: &Class) -> Option<BTreeSet<String>> {
    let mut out = BTreeSet::new();
    let white = match class {
        Class::Unicode(c) => c
            .ranges()
            .iter()
            .all(|r| (r.start()..=r.end()).all(char::is_whitespace)),
        Class::Bytes(c) => c
            .ranges()
            .iter()
            .all(|r| (r.start()..=r.end()).all(|b| b.is_ascii() && (b as char).is_whitespace())),
    };
    if white {
        return Some(one(" ".into()));
    }
    match class {
        Class::Unicode(c) => {
            let mut n = 0;
            for r in c.ranges() {
                n += r.end() as u32 - r.start() as u32 + 1;
                if n > MAX_CLASS {
                    return None;
                }
                for ch in r.start()..=r.end() {
                    out.insert(canon(ch).to_string());
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
                    out.insert(canon(b as char).to_string());
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
            .flat_map(|x| b.iter().map(move |y| collapse(&format!("{x}{y}"))))
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

/// The needles of one phrase (see `phrase_regex` in `schema.rs`: words separated by `\s+`,
/// each character matched with its simple case folding, `'` as either apostrophe, `-` as an
/// optional dash, `{n}` as a number), worked out from the phrase itself so that they need not
/// be stored: the longest run of known characters, as in [`of`]. `None`: no needle (a phrase
/// made of numbers only).
pub fn phrase(phrase: &str) -> Option<BTreeSet<String>> {
    let mut candidates: Vec<BTreeSet<String>> = Vec::new();
    let mut run = one(String::new());
    for (i, word) in phrase.split_whitespace().enumerate() {
        if i > 0 {
            // `\s+` between words: one space in canonical form.
            run = product(&run, &one(" ".into())).expect("one space adds no variant");
        }
        let mut rest = word;
        while !rest.is_empty() {
            if let Some(after) = rest.strip_prefix("{n}") {
                candidates.push(std::mem::replace(&mut run, one(String::new())));
                rest = after;
                continue;
            }
            let c = rest.chars().next().unwrap();
            rest = &rest[c.len_utf8()..];
            let set: BTreeSet<String> = match c {
                '\'' | '’' => ["'", "’"].map(String::from).into(),
                '-' => ["", "-", "‐", "‑", "–"].map(String::from).into(),
                _ => fold(c),
            };
            match product(&run, &set) {
                Some(j) => run = j,
                None => candidates.push(std::mem::replace(&mut run, set)),
            }
        }
    }
    candidates.push(run);
    candidates.into_iter().filter(usable).max_by_key(score)
}

/// One character for all those that simple case folding (what `(?i)` uses) makes equal to
/// `c` (white space: a space): the lower-case ASCII one if the class has one (`K`, `k` and the Kelvin sign give `k`;
/// `ſ` gives `s`), else the class's smallest. Two characters a case-insensitive regex treats
/// as equal have the same `canon`, so a needle in canonical form is found in the canonical
/// form of any text the regex matches.
pub fn canon(c: char) -> char {
    use regex_syntax::hir::{ClassUnicode, ClassUnicodeRange};
    if c.is_whitespace() {
        return ' ';
    }
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let mut class = ClassUnicode::new([ClassUnicodeRange::new(c, c)]);
    class.case_fold_simple();
    let mut best = c;
    for r in class.ranges() {
        for ch in r.start()..=r.end() {
            if ch.is_ascii() {
                return ch.to_ascii_lowercase();
            }
            best = best.min(ch);
        }
    }
    best
}

/// `text` in canonical characters ([`canon`]), each run of white space one space (as `\s+`
/// matches any run).
pub fn canonical(text: &str) -> String {
    collapse(&text.chars().map(canon).collect::<String>())
}

/// `s` with each run of spaces made one space.
pub fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if !(c == ' ' && out.ends_with(' ')) {
            out.push(c);
        }
    }
    out
}

fn fold(c: char) -> BTreeSet<String> {
    one(canon(c).to_string())
}

/// `list` without the needles that contain another needle of it ("as your fa" when "as your "
/// is there): a reply holding the longer one holds the shorter, so a prefilter looking for
/// any of them keeps exactly the same matchers with fewer needles (`build.rs` stores the
/// result in the .wasm). Sorted.
pub fn minimal(list: BTreeSet<String>) -> Vec<String> {
    let mut by_len: Vec<String> = list.into_iter().collect();
    by_len.sort_by_key(|n| n.chars().count());
    let mut keep: Vec<String> = Vec::new();
    for n in by_len {
        if !keep.iter().any(|k| n.contains(k.as_str())) {
            keep.push(n);
        }
    }
    keep.sort();
    keep
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minimal_drops_needles_holding_another_and_keeps_the_rest() {
        let set = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<BTreeSet<_>>();
        assert_eq!(
            minimal(set(&[
                "as your fa",
                "as your ",
                "has your",
                "treated ",
                "c u"
            ])),
            vec!["as your ", "c u", "has your", "treated "]
        );
        // "has your" lacks the space of "as your ", so it is kept; so are overlapping needles.
        assert_eq!(minimal(set(&["saw ", "aw y"])), vec!["aw y", "saw "]);
        assert_eq!(minimal(set(&["x"])), vec!["x"]);
    }

    fn set(items: &[&str]) -> BTreeSet<String> {
        items.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn canon_joins_what_case_folding_joins() {
        assert_eq!(canon('K'), 'k');
        assert_eq!(canon('\u{212A}'), 'k'); // Kelvin sign
        assert_eq!(canon('ſ'), 's');
        assert_eq!(canon('Ё'), canon('ё'));
        assert_eq!(canon('É'), canon('é'));
        assert_ne!(canon('é'), canon('e'));
        assert_eq!(canonical("Straße SEÑOR"), canonical("STRAßE señor"));
        assert_eq!(canonical("We\n  WILL\u{a0}sue"), "we will sue");
    }

    #[test]
    fn phrase_needle_is_its_longest_known_run() {
        assert_eq!(
            phrase("you never  showed up"),
            Some(set(&["you never showed up"]))
        );
        assert_eq!(
            phrase("5-Star review"),
            Some(set(&[
                "5star review",
                "5-star review",
                "5‐star review",
                "5‑star review",
                "5–star review"
            ]))
        );
        assert_eq!(phrase("{n} stars"), Some(set(&[" stars"])));
        assert_eq!(phrase("{n}"), None);
        assert_eq!(phrase("that's"), Some(set(&["that's", "that’s"])));
    }

    fn parsed(re: &str) -> Option<BTreeSet<String>> {
        let hir = regex_syntax::ParserBuilder::new()
            .build()
            .parse(re)
            .unwrap();
        of(&hir).required()
    }

    #[test]
    fn pattern_needles_cover_every_branch() {
        assert_eq!(
            parsed(r"(?i)\b(?:we\s+will\s+sue|lawyers?)\b"),
            Some(set(&["lawyer", "lawyers", "we will sue"]))
        );
        // A branch that can start with any digit gives no needle for the whole.
        assert_eq!(
            parsed(r"(?i)\bsue\b|\d+\s+stars"),
            Some(set(&[" stars", "sue"]))
        );
        assert_eq!(parsed(r"(?i)\bsue\b|\d+"), None);
        assert_eq!(parsed(r"(?i)\w+"), None);
    }
}
