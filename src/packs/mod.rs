//! Rule packs: the catalog's rules written as data (`rules/*.toml`), compiled into matchers.
//!
//! Each rule carries its title, severity, message, suggestion and the examples that must and
//! must not trigger it. Adding a phrase or a language to a rule is an edit to a pack, not to
//! Rust. Rules whose detection needs code (identifiers tied to a patient) still take their
//! words from their pack.

/// Shared with `build.rs`, which uses the pattern half.
#[allow(dead_code)]
mod needles;
pub mod schema;

use crate::finding::Severity;
use aho_corasick::{AhoCorasick, MatchKind};
use regex::Regex;
/// The engine behind the `regex` crate, used directly for the packs so that compiling a pack
/// skips what a pack does not use (see [`build`]).
pub(crate) use regex_automata::meta::Regex as PackRegex;
use schema::{MatchSpec, PackFile, RuleSpec};
use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, Mutex, OnceLock};

/// The packs compiled into this build (validated by `build.rs`).
pub fn builtin() -> &'static [RuleSpec] {
    static PACKS: OnceLock<Vec<RuleSpec>> = OnceLock::new();
    PACKS.get_or_init(|| {
        let json = include_str!(concat!(env!("OUT_DIR"), "/packs.json"));
        let file: PackFile = serde_json::from_str(json).expect("build.rs wrote valid packs");
        file.rule
    })
}

/// A rule's metadata, as the card and the popup show it.
#[derive(Debug, Clone)]
pub struct RuleMeta {
    pub spec: RuleSpec,
    pub severity: Severity,
}

/// A phrase/pattern matcher of one rule.
#[derive(Debug)]
struct Matcher {
    rule: usize,
    langs: Vec<String>,
    spec: MatchSpec,
    /// Compiled on first use: a reply in English never pays for the Russian patterns.
    compiled: OnceLock<Compiled>,
}

/// A matcher's regexes. The main alternation compiles on the matcher's first use; the
/// conditions (`unless`, `requires`, `unless_before`, `unless_text`, `requires_text`) only once the main one
/// has found something, so a reply that triggers nothing never pays for them.
#[derive(Debug)]
struct Compiled {
    re: PackRegex,
    conditions: OnceLock<Conditions>,
}

/// The regexes that cancel or confirm a match.
#[derive(Debug)]
struct Conditions {
    unless: Option<PackRegex>,
    requires: Option<PackRegex>,
    unless_before: Option<PackRegex>,
    unless_text: Option<PackRegex>,
    requires_text: Option<PackRegex>,
    requires_context: Option<PackRegex>,
}

impl Matcher {
    /// Literals one of which occurs in every match: those of each plain phrase, worked out
    /// here, and those `build.rs` listed for the patterns. `None` when one part has none (or
    /// the matcher is not from a pack: custom rules have no list and always run).
    fn needles(&self) -> Option<BTreeSet<String>> {
        let m = &self.spec;
        let has_patterns = !m.patterns.is_empty() || m.phrases.iter().any(|p| p.starts_with("re:"));
        let mut out = BTreeSet::new();
        if has_patterns {
            let listed = m.pattern_needles.as_ref().filter(|l| !l.is_empty())?;
            out.extend(listed.iter().cloned());
        }
        for p in m.phrases.iter().filter(|p| !p.starts_with("re:")) {
            out.extend(needles::phrase(p)?);
        }
        (!out.is_empty()).then_some(out)
    }

    fn applies_to(&self, lang: &str) -> bool {
        self.langs.is_empty() || self.langs.iter().any(|l| l == lang)
    }

    /// A built-in matcher that only reads English compiles with Latin `\w` ([`latin_words`]).
    /// Custom rules from a policy never come here (they compile in `compile_spec`) and keep
    /// Unicode `\w`.
    fn english_only(&self) -> bool {
        self.langs.len() == 1 && self.langs[0] == "en"
    }

    fn compiled(&self) -> &Compiled {
        self.compiled.get_or_init(|| {
            // Every matcher was compiled once when its RuleSet was built (custom rules) or
            // by the `builtin_packs_compile` test (packs), so this cannot fail.
            compile_main(&self.spec, self.english_only()).expect("rule pack matcher was validated")
        })
    }

    fn conditions(&self) -> &Conditions {
        self.compiled().conditions.get_or_init(|| {
            compile_conditions(&self.spec, self.english_only())
                .expect("rule pack matcher was validated")
        })
    }
}

/// How far before a match (in bytes) `unless_before` negations are looked for.
pub const NEGATION_WINDOW: usize = 40;

/// A match of a pack rule: rule index and byte span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub rule: usize,
    pub start: usize,
    pub end: usize,
}

/// All rules of the catalog with their compiled matchers.
#[derive(Debug, Clone)]
pub struct RuleSet {
    rules: Vec<RuleMeta>,
    by_id: HashMap<String, usize>,
    /// Shared between scanners: the built-in packs compile once per process.
    matchers: Vec<Arc<Matcher>>,
    /// One prefilter per language, built on the first reply in it; shared by clones.
    filters: Arc<Mutex<HashMap<String, Arc<Prefilter>>>>,
}

/// Which matchers of one language can match a reply at all: one pass over the reply for the
/// needles (`Matcher::needles`) of all of them. A matcher none of whose needles occurs in the
/// reply cannot match, so it is neither compiled nor run; findings are the same as running
/// every matcher.
#[derive(Debug)]
struct Prefilter {
    /// Matchers `0..covered` were looked at when this was built (custom rules added later
    /// to a clone have no list and always run).
    covered: usize,
    /// Whether matcher `i` has a list (`false`: always run).
    listed: Vec<bool>,
    /// Every needle once, looked for in the canonical text (`needles::canon`).
    ac: Option<AhoCorasick>,
    /// For literal `p` of `ac`, the matchers listing it.
    owners: Vec<Vec<usize>>,
}

impl Prefilter {
    fn new(matchers: &[Arc<Matcher>], lang: &str) -> Prefilter {
        let mut ids: HashMap<String, usize> = HashMap::new();
        let mut lits: Vec<String> = Vec::new();
        let mut owners: Vec<Vec<usize>> = Vec::new();
        let mut listed = vec![false; matchers.len()];
        for (i, m) in matchers.iter().enumerate() {
            if !m.applies_to(lang) {
                continue;
            }
            let Some(needles) = m.needles() else {
                continue;
            };
            listed[i] = true;
            for p in needles {
                let id = *ids.entry(p.clone()).or_insert_with(|| {
                    lits.push(p);
                    owners.push(Vec::new());
                    lits.len() - 1
                });
                owners[id].push(i);
            }
        }
        let ac = if lits.is_empty() {
            None
        } else {
            Some(
                AhoCorasick::builder()
                    .match_kind(MatchKind::Standard)
                    .build(&lits)
                    .expect("needles are few and short"),
            )
        };
        Prefilter {
            covered: matchers.len(),
            listed,
            ac,
            owners,
        }
    }

    /// For each matcher index below `count`, whether it may match `text`.
    fn possible(&self, text: &str, count: usize) -> Vec<bool> {
        let mut out: Vec<bool> = (0..count)
            .map(|i| i >= self.covered || !self.listed[i])
            .collect();
        if let Some(ac) = &self.ac {
            let text = canonical_text(text);
            for m in ac.find_overlapping_iter(&text) {
                for &i in &self.owners[m.pattern().as_usize()] {
                    out[i] = true;
                }
            }
        }
        out
    }
}

pub use schema::phrase_regex;

/// The letters, digits and `_` of the Latin scripts (ASCII, Latin-1, Latin Extended-A/B):
/// what `\w` stands for in the English grammars.
const LATIN_WORD: &str = r"A-Za-z0-9_\x{C0}-\x{24F}";

/// `src` with every `\w` narrowed to [`LATIN_WORD`] (and `\W` to its complement), for patterns
/// that only ever read English: the built-in pack matchers whose `langs` is `["en"]` and the
/// English relationship grammars (`disclosure::roles`). Unicode `\w` is about 700 ranges and
/// the patterns repeat word slots (`(?:\s+[\w'’-]+){0,6}`), so compiling them was most of the
/// engine's work on its first English reply; Latin letters keep "José" and "Zoë" as words.
/// `\s` and `\b` stay Unicode (editors type no-break spaces).
pub(crate) fn latin_words(src: &str) -> String {
    let mut out = String::with_capacity(src.len() + 64);
    let mut chars = src.chars();
    let mut in_class = false;
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('w') if in_class => out.push_str(LATIN_WORD),
                Some('w') => {
                    out.push('[');
                    out.push_str(LATIN_WORD);
                    out.push(']');
                }
                Some('W') => {
                    assert!(!in_class, "\\W inside a class: {src}");
                    out.push_str("[^");
                    out.push_str(LATIN_WORD);
                    out.push(']');
                }
                Some(other) => {
                    out.push('\\');
                    out.push(other);
                }
                None => out.push('\\'),
            },
            '[' if !in_class => {
                in_class = true;
                out.push(c);
            }
            ']' if in_class => {
                in_class = false;
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

/// Compiles phrases and `re:`-prefixed patterns into one alternation.
/// `latin`: narrow `\w` to Latin letters ([`latin_words`]).
fn alternation(
    items: &[String],
    patterns: &[String],
    latin: bool,
) -> Result<Option<PackRegex>, String> {
    match schema::alternation_source(items, patterns) {
        Some(src) if latin => build(&latin_words(&src)).map(Some),
        Some(src) => build(&src).map(Some),
        None => Ok(None),
    }
}

/// Compiles one pack alternation. Matches are exactly those of `regex::Regex` (same engine,
/// same syntax settings); what differs is only the work done up front and per search:
/// - no capture groups beyond the whole match (the packs only use spans);
/// - no literal extraction for prefilters: on these large case-insensitive alternations it
///   was a quarter of the compile time and the lazy DFA scans a reply fast enough;
/// - a lazy DFA cache of up to 64 MB, so that big alternations stay on the DFA instead of
///   falling back to the PikeVM when the default 2 MB fill up.
pub(crate) fn build(src: &str) -> Result<PackRegex, String> {
    let syntax = regex_automata::util::syntax::Config::new().nest_limit(250);
    let config = PackRegex::config()
        .nfa_size_limit(Some(8 << 20))
        .hybrid_cache_capacity(64 << 20)
        .which_captures(regex_automata::nfa::thompson::WhichCaptures::Implicit)
        .auto_prefilter(false)
        .utf8_empty(true);
    PackRegex::builder()
        .syntax(syntax)
        .configure(config)
        .build(src)
        .map_err(|_| {
            // Report the error as the `regex` crate words it (with the position).
            match regex::RegexBuilder::new(src).size_limit(8 << 20).build() {
                Err(e) => e.to_string(),
                Ok(_) => format!("pattern could not be compiled: {src}"),
            }
        })
}

impl RuleSet {
    /// Compiles rule specs (normally [`builtin`]).
    pub fn compile(specs: &[RuleSpec]) -> Result<RuleSet, String> {
        let mut set = RuleSet {
            rules: Vec::new(),
            by_id: HashMap::new(),
            matchers: Vec::new(),
            filters: Arc::default(),
        };
        set.extend(specs, true)?;
        Ok(set)
    }

    /// The built-in packs, compiled lazily (each matcher on the first reply in one of its
    /// languages) and shared by every scanner in the process.
    pub fn builtin() -> &'static RuleSet {
        static SET: OnceLock<RuleSet> = OnceLock::new();
        SET.get_or_init(|| {
            let mut set = RuleSet {
                rules: Vec::new(),
                by_id: HashMap::new(),
                matchers: Vec::new(),
                filters: Arc::default(),
            };
            set.extend(builtin(), false)
                .expect("build.rs validated the packs");
            set
        })
    }

    /// Adds rules. With `eager`, every matcher is compiled now and errors are returned;
    /// otherwise matchers compile on first use.
    pub fn extend(&mut self, specs: &[RuleSpec], eager: bool) -> Result<(), String> {
        for spec in specs {
            let idx = self.rules.len();
            let severity = match spec.severity.as_str() {
                "violation" => Severity::Violation,
                _ => Severity::Caution,
            };
            for m in &spec.matchers {
                let compiled = OnceLock::new();
                if eager {
                    let c = compile_spec(m).map_err(|e| format!("rule `{}`: {e}", spec.id))?;
                    let _ = compiled.set(c);
                } else if m.phrases.is_empty() && m.patterns.is_empty() {
                    return Err(format!(
                        "rule `{}`: a [[rule.match]] has no phrases or patterns",
                        spec.id
                    ));
                }
                self.matchers.push(Arc::new(Matcher {
                    rule: idx,
                    langs: m.langs.clone(),
                    spec: m.clone(),
                    compiled,
                }));
            }
            self.by_id.insert(spec.id.clone(), idx);
            self.rules.push(RuleMeta {
                spec: spec.clone(),
                severity,
            });
        }
        Ok(())
    }

    pub fn rules(&self) -> &[RuleMeta] {
        &self.rules
    }

    pub fn index(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    pub fn get(&self, id: &str) -> Option<&RuleMeta> {
        self.index(id).map(|i| &self.rules[i])
    }

    /// Every pack match in `text` for language `lang`. `sentences` are the byte ranges that
    /// `unless`/`requires` look in.
    /// Overlapping matches of one rule are reduced to the leftmost-longest ones.
    pub fn find(&self, text: &str, lang: &str, sentences: &[(usize, usize)], out: &mut Vec<Hit>) {
        self.find_in_reply(text, "", lang, sentences, out);
    }

    /// [`RuleSet::find`] for a reply to `context` (the post or review replied to, possibly
    /// empty), which the matchers' `requires_context` look in.
    pub fn find_in_reply(
        &self,
        text: &str,
        context: &str,
        lang: &str,
        sentences: &[(usize, usize)],
        out: &mut Vec<Hit>,
    ) {
        let joined = join_after_titles(text, sentences);
        let sentences = &joined[..];
        let mut found = Vec::new();
        let filter = {
            let mut filters = self.filters.lock().unwrap_or_else(|e| e.into_inner());
            filters
                .entry(lang.to_string())
                .or_insert_with(|| Arc::new(Prefilter::new(&self.matchers, lang)))
                .clone()
        };
        let possible = filter.possible(text, self.matchers.len());
        let mut context_canon: Option<String> = None;
        for (m, _) in self.matchers.iter().zip(&possible).filter(|(_, p)| **p) {
            if !m.applies_to(lang) {
                continue;
            }
            if let Some(needles) = m.spec.context_needles.as_ref().filter(|l| !l.is_empty()) {
                let canon = context_canon.get_or_insert_with(|| canonical_text(context));
                if !needles.iter().any(|n| canon.contains(n.as_str())) {
                    continue;
                }
            }
            let mut checked_text = false;
            for hit in m.compiled().re.find_iter(text) {
                if hit.start() == hit.end() {
                    continue;
                }
                // Conditions compile and run only once there is a match to judge; the
                // whole-reply one once per reply.
                let c = m.conditions();
                if !checked_text {
                    if c.unless_text.as_ref().is_some_and(|u| u.is_match(text)) {
                        break;
                    }
                    if c.requires_text.as_ref().is_some_and(|r| !r.is_match(text)) {
                        break;
                    }
                    if c.requires_context
                        .as_ref()
                        .is_some_and(|r| !r.is_match(context))
                    {
                        break;
                    }
                    checked_text = true;
                }
                let (s, e) = sentence_of(sentences, hit.start(), text.len());
                let sentence = &text[s..e];
                if c.unless.as_ref().is_some_and(|u| u.is_match(sentence)) {
                    continue;
                }
                if c.requires.as_ref().is_some_and(|r| !r.is_match(sentence)) {
                    continue;
                }
                if let Some(neg) = &c.unless_before {
                    if neg.is_match(negation_scope(text, s, hit.start())) {
                        continue;
                    }
                }
                found.push(Hit {
                    rule: m.rule,
                    start: skip_boundary(text, hit.start(), hit.end()),
                    end: hit.end(),
                });
            }
        }
        found.sort_by_key(|h| (h.rule, h.start, std::cmp::Reverse(h.end)));
        let mut last: Option<Hit> = None;
        for h in found {
            if last.is_some_and(|l| l.rule == h.rule && h.start < l.end) {
                continue;
            }
            out.push(h);
            last = Some(h);
        }
    }
}

/// Where a finding starts once the sentence boundary a pattern matched to anchor itself
/// (`(?:^|[.!?;:]\s+)you sat`: the regex crate has no look-behind) is left out: a leading run
/// of `. ! ? ; :` followed by whitespace. Commas, quotes and other marks stay (`, not us` is
/// part of the contradiction, `"Rude"?` a quotation of the review). Never empties a span.
fn skip_boundary(text: &str, start: usize, end: usize) -> usize {
    let piece = &text[start..end];
    let after_punct = piece.trim_start_matches(['.', '!', '?', ';', ':']);
    if after_punct.len() == piece.len() {
        return start;
    }
    let after_space = after_punct.trim_start();
    if after_space.len() == after_punct.len() || after_space.is_empty() {
        return start;
    }
    end - after_space.len()
}

/// Compiles a matcher completely (custom rules: errors are reported when the policy loads).
fn compile_spec(m: &MatchSpec) -> Result<Compiled, String> {
    let c = compile_main(m, false)?;
    let _ = c.conditions.set(compile_conditions(m, false)?);
    Ok(c)
}

fn compile_main(m: &MatchSpec, latin: bool) -> Result<Compiled, String> {
    let re = alternation(&m.phrases, &m.patterns, latin)?
        .ok_or("a [[rule.match]] has no phrases or patterns")?;
    Ok(Compiled {
        re,
        conditions: OnceLock::new(),
    })
}

fn compile_conditions(m: &MatchSpec, latin: bool) -> Result<Conditions, String> {
    Ok(Conditions {
        unless: alternation(&m.unless, &[], latin)?,
        requires: alternation(&m.requires, &[], latin)?,
        unless_before: alternation(&m.unless_before, &[], latin)?,
        unless_text: alternation(&m.unless_text, &[], latin)?,
        requires_text: alternation(&m.requires_text, &[], latin)?,
        requires_context: alternation(&m.requires_context, &[], latin)?,
    })
}

/// The text a negation before byte `at` would scope over: at most [`NEGATION_WINDOW`]
/// bytes back, not before `sentence_start`, and not across a clause boundary (`,` `;` `:`, the
/// Arabic `،` `؛`, or "and"/"but" in the pack languages), so that "no side effects and
/// [guaranteed]" keeps its second claim.
fn negation_scope(text: &str, sentence_start: usize, at: usize) -> &str {
    static CLAUSE: OnceLock<Regex> = OnceLock::new();
    let clause = CLAUSE.get_or_init(|| {
        Regex::new(r"(?i)[,;:،؛]|\b(?:and|but|y|pero|et|mais|und|aber|и|но|dan|tapi|tetapi)\b")
            .expect("valid clause regex")
    });
    let from = floor_char(text, at.saturating_sub(NEGATION_WINDOW)).max(sentence_start);
    let window = &text[from..at];
    match clause.find_iter(window).last() {
        Some(m) => &window[m.end()..],
        None => window,
    }
}

/// The largest char boundary of `text` at or before `i`.
fn floor_char(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// `text` in the canonical form needles are written in (`needles::canonical`: case folded,
/// each run of white space one space); the canonical character of each distinct non-ASCII
/// character is worked out once per reply.
fn canonical_text(text: &str) -> String {
    let mut seen: HashMap<char, char> = HashMap::new();
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let k = if c.is_ascii() && !c.is_ascii_whitespace() {
            c.to_ascii_lowercase()
        } else {
            *seen.entry(c).or_insert_with(|| needles::canon(c))
        };
        if !(k == ' ' && out.ends_with(' ')) {
            out.push(k);
        }
    }
    out
}

/// The policy's own detectors as rules: `custom-term` for the blocked terms (always present,
/// so that its severity can be set), and one rule per custom pattern, all of kind `custom`.
pub fn custom_specs(custom: &crate::policy::Custom) -> Vec<RuleSpec> {
    let terms: Vec<String> = custom
        .blocked_terms
        .iter()
        .filter(|t| !t.trim().is_empty())
        .map(|t| phrase_regex(t))
        .collect();
    let mut out = vec![RuleSpec {
        id: crate::policy::CUSTOM_TERM_RULE.to_string(),
        title: "Term the practice blocks".into(),
        kind: "custom".into(),
        severity: "violation".into(),
        why: "The practice's policy does not allow this term in public replies.".into(),
        reference: "Practice policy (custom.blocked_terms)".into(),
        message: "Uses a term the practice's policy blocks: '{quote}'".into(),
        matchers: if terms.is_empty() {
            Vec::new()
        } else {
            vec![MatchSpec {
                patterns: terms,
                ..MatchSpec::default()
            }]
        },
        ..RuleSpec::default()
    }];
    for p in &custom.patterns {
        let title = match p.entity {
            Some(e) => format!("Practice identifier format ({})", e.as_str()),
            None => format!("Practice pattern `{}`", p.id),
        };
        out.push(RuleSpec {
            id: p.id.clone(),
            title,
            kind: "custom".into(),
            severity: "violation".into(),
            why: "The practice's policy flags text of this form in public replies.".into(),
            reference: "Practice policy (custom.patterns)".into(),
            message: p.message.clone().unwrap_or_else(|| {
                format!("Matches the practice's pattern `{}`: '{{quote}}'", p.id)
            }),
            matchers: vec![MatchSpec {
                patterns: vec![p.pattern.clone()],
                ..MatchSpec::default()
            }],
            ..RuleSpec::default()
        });
    }
    out
}

/// Titles after which a period does not end a sentence ("Dr. Lee is on sick leave").
const TITLES: &[&str] = &[
    "dr", "dra", "drs", "mr", "mrs", "ms", "mme", "mlle", "prof", "sr", "sra", "srta", "st", "hr",
    "fr", "nr", "dott", "д", "г", "ул", "د",
];

/// Merges a sentence that ends in a title abbreviation ("... Dr.") with the next one, so
/// that `unless`/`requires` see the whole sentence.
fn join_after_titles(text: &str, sentences: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(sentences.len());
    let mut carry = false;
    for &(s, e) in sentences {
        match out.last_mut() {
            Some(last) if carry => last.1 = e,
            _ => out.push((s, e)),
        }
        let piece = text[s..e].trim_end();
        carry = piece.strip_suffix('.').is_some_and(|before| {
            let word = before
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("");
            TITLES
                .iter()
                .any(|t| word.eq_ignore_ascii_case(t) || word.to_lowercase() == *t)
        });
    }
    out
}

/// The sentence range holding byte `at` (the whole text when no sentence does).
pub fn sentence_of(sentences: &[(usize, usize)], at: usize, len: usize) -> (usize, usize) {
    let i = sentences.partition_point(|&(_, e)| e <= at);
    sentences
        .get(i)
        .copied()
        .filter(|&(s, _)| s <= at)
        .unwrap_or((0, len))
}

/// Splits an example that starts with a `> comment` line into the comment it replies to and
/// the reply (`("", example)` when there is none): the examples of `requires_context`
/// matchers are written like the corpus sources, `"> My son has a fever\n[Give him ...]"`.
pub fn split_context(example: &str) -> (&str, &str) {
    match example.strip_prefix("> ").and_then(|r| r.split_once('\n')) {
        Some((context, reply)) => (context.trim(), reply),
        None => ("", example),
    }
}

/// Splits an example written with `[brackets]` around the expected spans into plain text
/// and the spans' byte ranges.
pub fn parse_example(marked: &str) -> (String, Vec<(usize, usize)>) {
    let mut text = String::new();
    let mut spans = Vec::new();
    let mut open = None;
    for c in marked.chars() {
        match c {
            '[' if open.is_none() => open = Some(text.len()),
            ']' if open.is_some() => spans.push((open.take().unwrap(), text.len())),
            _ => text.push(c),
        }
    }
    (text, spans)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrase_matches_apostrophes_and_spaces() {
        let re = Regex::new(&format!("(?i){}", phrase_regex("that's not what happened"))).unwrap();
        assert!(re.is_match("Well, That’s  not what happened."));
        assert!(!re.is_match("thats not what happened"));
    }

    #[test]
    fn phrase_number_placeholder() {
        let re = Regex::new(&format!("(?i){}", phrase_regex("{n} stars"))).unwrap();
        assert_eq!(
            re.find("leave 5 stars now").map(|m| m.as_str()),
            Some("5 stars")
        );
    }

    #[test]
    fn a_sentence_boundary_the_pattern_anchored_on_is_not_part_of_the_span() {
        let t = "Condescending? You interrupted her.";
        assert_eq!(skip_boundary(t, 13, 30), 15);
        assert_eq!(&t[skip_boundary(t, 13, 30)..30], "You interrupted");
        // Nothing to skip, a quotation mark, punctuation without a space, punctuation only.
        assert_eq!(skip_boundary(t, 15, 30), 15);
        let q = "\"Rude\"? Our receptionist";
        assert_eq!(skip_boundary(q, 0, 8), 0);
        assert_eq!(skip_boundary("a.b", 1, 3), 1);
        assert_eq!(skip_boundary("us, not us", 2, 10), 2);
        assert_eq!(skip_boundary("?! ", 0, 3), 0);
    }

    #[test]
    fn example_brackets() {
        let (t, s) = parse_example("You [never showed up] today.");
        assert_eq!(t, "You never showed up today.");
        assert_eq!(s, vec![(4, 19)]);
    }

    fn one_rule(m: MatchSpec) -> RuleSet {
        RuleSet::compile(&[RuleSpec {
            id: "t".into(),
            severity: "caution".into(),
            matchers: vec![m],
            ..RuleSpec::default()
        }])
        .unwrap()
    }

    fn spans(set: &RuleSet, text: &str) -> Vec<String> {
        reply_spans(set, text, "")
    }

    /// The matched spans of `text` read as an English reply to the comment `context`.
    fn reply_spans(set: &RuleSet, text: &str, context: &str) -> Vec<String> {
        let mut hits = Vec::new();
        set.find_in_reply(
            text,
            context,
            "en",
            &crate::text::sentences(text),
            &mut hits,
        );
        hits.iter()
            .map(|h| text[h.start..h.end].to_string())
            .collect()
    }

    #[test]
    fn longer_phrase_wins_and_overlaps_collapse() {
        let set = one_rule(MatchSpec {
            phrases: vec!["5-star".into(), "5-star review".into()],
            patterns: vec![r"star\s+review".into()],
            ..MatchSpec::default()
        });
        assert_eq!(
            spans(&set, "Every 5-star review counts"),
            vec!["5-star review"]
        );
    }

    #[test]
    fn negation_scopes_over_its_clause_only() {
        let set = one_rule(MatchSpec {
            phrases: vec!["guaranteed".into(), "no side effects".into()],
            unless_before: vec![r"re:\b(?:no|not|can't)\b".into()],
            ..MatchSpec::default()
        });
        assert_eq!(
            spans(&set, "Veneers with no side effects and guaranteed smiles."),
            vec!["no side effects", "guaranteed"]
        );
        assert!(spans(&set, "We can't offer guaranteed outcomes.").is_empty());
        assert_eq!(
            spans(&set, "We can't wait, it is guaranteed."),
            vec!["guaranteed"]
        );
    }

    #[test]
    fn negation_stops_at_an_arabic_comma() {
        let set = one_rule(MatchSpec {
            patterns: vec!["خذ مسكن".into()],
            unless_before: vec![r"re:(?:^|\s)لا\s".into()],
            ..MatchSpec::default()
        });
        // "No need for the doctor، take a painkiller": the negation belongs to the first clause.
        assert_eq!(spans(&set, "لا تحتاج للطبيب، خذ مسكن."), vec!["خذ مسكن"]);
        assert!(spans(&set, "لا خذ مسكن.").is_empty());
    }

    #[test]
    fn unless_text_looks_at_the_whole_reply() {
        let set = one_rule(MatchSpec {
            phrases: vec!["ozempic".into()],
            unless_text: vec!["side effects".into()],
            ..MatchSpec::default()
        });
        assert_eq!(spans(&set, "Ozempic now! Book today."), vec!["Ozempic"]);
        assert!(spans(&set, "Ozempic now! It has side effects.").is_empty());
    }

    #[test]
    fn requires_text_looks_at_the_whole_reply() {
        let set = one_rule(MatchSpec {
            phrases: vec!["the divorce".into()],
            requires_text: vec![r"re:\bDr\.\s+\w+".into()],
            ..MatchSpec::default()
        });
        assert_eq!(
            spans(
                &set,
                "Dr. Lee won't be in. Between us, the divorce hit him hard."
            ),
            vec!["the divorce"]
        );
        assert!(spans(&set, "Between us, the divorce hit him hard.").is_empty());
    }

    #[test]
    fn requires_context_looks_at_the_comment_replied_to() {
        let set = one_rule(MatchSpec {
            phrases: vec!["perk right up".into()],
            requires_context: vec![r"re:\b(?:diarrh\w*|fever)\b".into()],
            ..MatchSpec::default()
        });
        let text = "Crackers and rest, she'll perk right up.";
        let find = |context: &str| reply_spans(&set, text, context);
        assert_eq!(
            find("My 2 year old has had diarrhea"),
            vec!["perk right up"]
        );
        assert!(find("Are you open on Saturday?").is_empty());
        assert!(find("").is_empty());
        // `find` is a reply without a comment.
        assert!(spans(&set, text).is_empty());
    }

    #[test]
    fn a_comment_without_the_context_needles_skips_the_matcher() {
        // The needles are what build.rs writes for `requires_context`; a wrong list would
        // drop the match, so this shows the gate is consulted and passes when it should.
        let spec = |needles: Vec<&str>| MatchSpec {
            patterns: vec![r"\A[^.!?,]{6,90}".into()],
            requires_context: vec![r"re:\b(?:diarrh\w*|fever)\b".into()],
            context_needles: Some(needles.into_iter().map(String::from).collect()),
            ..MatchSpec::default()
        };
        let text = "Crackers and rest, she'll be fine.";
        let find = |set: &RuleSet, context: &str| reply_spans(set, text, context).len();
        let right = one_rule(spec(vec!["diarrh", "fever"]));
        assert_eq!(find(&right, "My son has had DIARRHEA since noon"), 1);
        assert_eq!(find(&right, "My son has a cough"), 0);
        let wrong = one_rule(spec(vec!["zzz"]));
        assert_eq!(find(&wrong, "My son has had diarrhea since noon"), 0);
    }

    #[test]
    fn builtin_context_matchers_have_context_needles() {
        let pack: crate::packs::schema::PackFile =
            serde_json::from_str(include_str!(concat!(env!("OUT_DIR"), "/packs.json"))).unwrap();
        let joined: Vec<_> = pack
            .rule
            .iter()
            .flat_map(|r| &r.matchers)
            .filter(|m| !m.requires_context.is_empty())
            .collect();
        assert!(!joined.is_empty());
        for m in joined {
            let needles = m.context_needles.as_ref().expect("context needles");
            assert!(!needles.is_empty());
        }
    }

    #[test]
    fn an_example_may_start_with_the_comment_it_replies_to() {
        assert_eq!(
            split_context("> My son has a fever\n[Give him] a bath."),
            ("My son has a fever", "[Give him] a bath.")
        );
        assert_eq!(
            split_context("[Give him] a bath."),
            ("", "[Give him] a bath.")
        );
    }

    #[test]
    fn requires_sees_past_a_title_abbreviation() {
        let set = one_rule(MatchSpec {
            phrases: vec!["on sick leave".into()],
            requires: vec![r"re:\bDr\.\s+\w+".into()],
            ..MatchSpec::default()
        });
        assert_eq!(
            spans(&set, "Sorry. Dr. Lee is on sick leave."),
            vec!["on sick leave"]
        );
        assert!(spans(&set, "Sorry, Maria is on sick leave.").is_empty());
    }

    #[test]
    fn language_restricted_matchers() {
        let set = one_rule(MatchSpec {
            langs: vec!["de".into()],
            phrases: vec!["Klage".into()],
            ..MatchSpec::default()
        });
        let text = "Klage";
        let mut hits = Vec::new();
        set.find(text, "en", &[(0, 5)], &mut hits);
        assert!(hits.is_empty());
        set.find(text, "de", &[(0, 5)], &mut hits);
        assert_eq!(hits.len(), 1);
    }

    #[test]
    fn reply_canonical_form_is_the_needles_one() {
        for text in [
            "Plain ASCII,  two\tspaces\nand lines",
            "ſtraße \u{212A}ELVIN\u{a0}\u{a0}ДОКТОР доктор",
            "  leading and trailing  ",
        ] {
            assert_eq!(canonical_text(text), needles::canonical(text), "{text:?}");
        }
    }

    #[test]
    fn a_reply_without_a_matchers_needles_skips_only_that_matcher() {
        let set = RuleSet::compile(&[RuleSpec {
            id: "t".into(),
            severity: "caution".into(),
            matchers: vec![
                MatchSpec {
                    phrases: vec!["never showed up".into()],
                    ..MatchSpec::default()
                },
                MatchSpec {
                    phrases: vec!["no-show".into()],
                    ..MatchSpec::default()
                },
            ],
            ..RuleSpec::default()
        }])
        .unwrap();
        let filter = Prefilter::new(&set.matchers, "en");
        assert_eq!(
            filter.possible("You NEVER\n showed up.", 2),
            vec![true, false]
        );
        assert_eq!(
            spans(&set, "You NEVER\n showed up."),
            vec!["NEVER\n showed up"]
        );
        assert_eq!(spans(&set, "A no‑show again"), vec!["no‑show"]);
    }

    #[test]
    fn builtin_packs_compile() {
        let set = RuleSet::compile(builtin()).unwrap();
        assert!(set.get("phi-name").is_some());
        // The English-only matchers also compile the way replies use them (Latin `\w`).
        let english: Vec<_> = set.matchers.iter().filter(|m| m.english_only()).collect();
        assert!(
            english.len() > 100,
            "{} English-only matchers",
            english.len()
        );
        for m in english {
            compile_main(&m.spec, true).unwrap();
            compile_conditions(&m.spec, true).unwrap();
        }
    }

    #[test]
    fn latin_words_narrows_word_classes_and_nothing_else() {
        assert_eq!(
            latin_words(r"\b\w+\s[\w'’-]+[^\w]\W\.\\w"),
            r"\b[A-Za-z0-9_\x{C0}-\x{24F}]+\s[A-Za-z0-9_\x{C0}-\x{24F}'’-]+[^A-Za-z0-9_\x{C0}-\x{24F}][^A-Za-z0-9_\x{C0}-\x{24F}]\.\\w"
        );
        let re = build(&latin_words(r"(?i)\bthe\s+[\w-]+\s+(?:we|i)\s+saw\b")).unwrap();
        assert!(re.is_match("Hi! The Zoë-style we saw"));
        assert!(re.is_match("the José we saw"));
        // Non-Latin letters are no longer word letters in the English patterns.
        assert!(!re.is_match("the Олег we saw"));
    }
}
