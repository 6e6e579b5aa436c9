//! Disclosure analysis: decides which identifiers and clinical terms in a reply are tied to a
//! person the practice serves, clause by clause.
//!
//! The same date is fine in "we are closed on May 3" and a disclosure in "your May 3 visit";
//! the same word is education in "root canals save teeth" and a disclosure in "glad your root
//! canal went well". What decides is who the clause is about: the reader ("your", "you came
//! in"), a third person ("her husband", "the patient in bed 4"), a name, or nobody in
//! particular (the practice's schedule, general health facts). [`cues`] holds the words per
//! language, [`clause`] cuts sentences into clauses, [`names`] finds the names a reply uses.
//!
//! The practice's own identifiers never reach this module: `allow.rs` removes them first.

/// True if `$hay` matches the pattern `$src`, compiled on first use into a cell that belongs
/// to this call site alone. A cell passed in by the caller could be shared by two call sites
/// with different patterns, and then whichever reply reached one first would decide the
/// pattern of both for the rest of the process (a bug `nobodys_age` had). `$src` must be a
/// literal, so no call site can hand the cell a pattern that varies between calls.
macro_rules! re_match {
    ($src:literal, $hay:expr) => {{
        static CELL: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
        // Compiled once, on the cell's first use, even when the call site is in a loop.
        #[allow(clippy::regex_creation_in_loops)]
        let re = CELL.get_or_init(|| regex::Regex::new($src).expect("disclosure regex"));
        re.is_match($hay)
    }};
}

/// `re_match!` for a pattern built with `format!` from shared word classes (`vocab`): the
/// pattern is a literal format string whose `{NAME}`s are constants in scope (literal braces
/// doubled), so it cannot vary between calls either.
macro_rules! re_match_fmt {
    ($src:literal, $hay:expr) => {{
        static CELL: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
        #[allow(clippy::regex_creation_in_loops)]
        let re = CELL.get_or_init(|| regex::Regex::new(&format!($src)).expect("disclosure regex"));
        re.is_match($hay)
    }};
}

pub mod agency;
mod ages;
pub mod clause;
pub mod cues;
mod done;
mod everyone;
pub mod generic;
pub mod hints;
pub mod names;
pub mod relclass;
pub mod relcues;
pub mod reword;
pub mod reword16;
pub mod roles;
pub mod staffside;
pub mod ties;
mod unasserted;
pub mod unique;
pub mod unowned;
pub mod vocab;

use crate::clinical::{self, Kind};
use crate::finding::{Entity, Input};
use crate::recognizers::Ident;
use cues::Cues;
use regex::Regex;
use std::sync::OnceLock;

/// Minimum recognizer score for an identifier to be considered.
pub const MIN_SCORE: f32 = 0.5;

/// Something the analysis reports: a catalog rule and a byte span of the reply.
#[derive(Debug, Clone, PartialEq)]
pub struct Flag {
    pub rule: &'static str,
    pub start: usize,
    pub end: usize,
    /// For identifiers, what kind of identifier the span is.
    pub entity: Option<Entity>,
    pub score: f32,
}

impl Flag {
    /// A `rel-confirm` flag over `start..end`: the one shape every relationship grammar emits.
    pub(crate) fn relation(start: usize, end: usize, score: f32) -> Flag {
        Flag {
            rule: "rel-confirm",
            start,
            end,
            entity: None,
            score,
        }
    }
}

/// What a clause says about who it is about.
#[derive(Debug, Clone, Copy, Default)]
struct Signals {
    /// Addresses the reader (generic "thank you", "if you" left out).
    second: bool,
    /// Names or points at a third person.
    third: bool,
    /// Holds a name the analysis has taken for a person.
    named: bool,
    visit: bool,
    event: bool,
    practice: bool,
    general: bool,
    group_age: bool,
}

impl Signals {
    fn person(&self) -> bool {
        self.second || self.third || self.named
    }

    /// The signals of `text[start..end]`; `named` is set apart, by [`Layout::named`], as the
    /// only one that depends on who the analysis has taken for a person.
    fn of(text: &str, cues: &Cues, start: usize, end: usize) -> Signals {
        let s = &text[start..end];
        let blanked = blank(s, &cues.generic_second);
        Signals {
            second: cues.second.is_match(&blanked),
            third: cues.third.is_match(&*service_pt_blanked(s)),
            named: false,
            visit: cues.visit.is_match(s),
            event: cues.event.is_match(s),
            practice: cues.practice.is_match(s),
            general: cues.general.is_match(&blanked),
            group_age: cues.group_age.is_match(s),
        }
    }
}

/// phi8: `s` with "PT" blanked where it modifies a place, team or service noun ("Our PT gym",
/// "the PT team", "PT exercises", "PT-Praxis"): there it is physical therapy, while "room 6
/// pt" or "the pt in bed 2" (a patient, texting shorthand) stays a third person.
fn service_pt_blanked(s: &str) -> std::borrow::Cow<'_, str> {
    static PT: OnceLock<Regex> = OnceLock::new();
    let re = PT.get_or_init(|| {
        Regex::new(r"(?i)\bpt[\s-]+(?:gym|clinic|department|dept|team|staff|room|office|program|programs|exercises?|equipment|floor|wing|suite|students?|aides?|assistants?|schedule|hours|praxis|classes?)\b").unwrap()
    });
    re.replace_all(s, |c: &regex::Captures| " ".repeat(c[0].len()))
}

/// `s` with every match of `re` replaced by spaces (twice, so adjacent matches go too).
fn blank(s: &str, re: &Regex) -> String {
    let mut out = s.to_string();
    for _ in 0..2 {
        let ranges: Vec<(usize, usize)> =
            re.find_iter(&out).map(|m| (m.start(), m.end())).collect();
        for (a, b) in ranges {
            out.replace_range(a..b, &" ".repeat(b - a));
        }
    }
    out
}

/// Sentences and clauses of one reply with their signals.
struct Layout {
    sentences: Vec<((usize, usize), Signals)>,
    clauses: Vec<((usize, usize), Signals)>,
    /// Whether each list is in text order without overlaps (see [`Layout::find`]).
    ordered: (bool, bool),
}

impl Layout {
    /// The sentences and their clauses with every signal but `named` (see [`Layout::named`]).
    fn new(text: &str, sentences: &[(usize, usize)], cues: &Cues) -> Layout {
        let mut cl = Vec::new();
        let mut se = Vec::new();
        for &(s, e) in sentences {
            se.push(((s, e), Signals::of(text, cues, s, e)));
            for (a, b) in clause::clauses(text, s, e) {
                cl.push(((a, b), Signals::of(text, cues, a, b)));
            }
        }
        let ordered = (Layout::ordered(&se), Layout::ordered(&cl));
        Layout {
            sentences: se,
            clauses: cl,
            ordered,
        }
    }

    /// A copy whose sentences and clauses are `named` where they overlap one of `names`.
    fn named(&self, names: &[(usize, usize)]) -> Layout {
        let mark = |list: &[((usize, usize), Signals)]| -> Vec<((usize, usize), Signals)> {
            list.iter()
                .map(|&((s, e), signals)| {
                    let named = names.iter().any(|&(a, b)| a < e && s < b);
                    ((s, e), Signals { named, ..signals })
                })
                .collect()
        };
        Layout {
            sentences: mark(&self.sentences),
            clauses: mark(&self.clauses),
            ordered: self.ordered,
        }
    }

    /// The first span of `list` that contains `at`. Sentences and clauses come in text order
    /// and do not overlap, so a binary search finds it (a linear search made the analysis
    /// quadratic: one search per identifier over every sentence of a long reply); should a
    /// list ever break that order, the linear search keeps the answer the same.
    fn find(
        list: &[((usize, usize), Signals)],
        ordered: bool,
        at: usize,
    ) -> ((usize, usize), Signals) {
        let none = ((0, 0), Signals::default());
        if ordered {
            let i = list.partition_point(|((s, _), _)| *s <= at);
            return match i.checked_sub(1).map(|i| list[i]) {
                Some(found @ ((_, e), _)) if at < e => found,
                _ => none,
            };
        }
        list.iter()
            .find(|((s, e), _)| *s <= at && at < *e)
            .copied()
            .unwrap_or(none)
    }

    /// True when the spans are sorted and none overlaps the next.
    fn ordered(list: &[((usize, usize), Signals)]) -> bool {
        list.windows(2)
            .all(|w| (w[0].0).1 <= (w[1].0).0 && (w[0].0).0 <= (w[0].0).1)
    }

    fn clause(&self, at: usize) -> ((usize, usize), Signals) {
        Layout::find(&self.clauses, self.ordered.1, at)
    }

    fn sentence(&self, at: usize) -> Signals {
        Layout::find(&self.sentences, self.ordered.0, at).1
    }

    /// The sentence before the one holding `at`, with its signals.
    fn previous_sentence(&self, at: usize) -> Option<((usize, usize), Signals)> {
        let i = self
            .sentences
            .iter()
            .position(|((s, e), _)| *s <= at && at < *e)?;
        i.checked_sub(1).map(|j| self.sentences[j])
    }

    fn sentence_range(&self, at: usize) -> std::ops::Range<usize> {
        let (s, e) = Layout::find(&self.sentences, self.ordered.0, at).0;
        s..e
    }
}

/// Sentences of `text` ([`crate::text::sentences`]) with the breaks after titles and common
/// abbreviations undone ("Mrs. Ortiz", "Dr. Lee", "St. Mary's"), so a name stays in one piece.
pub fn sentences(text: &str) -> Vec<(usize, usize)> {
    const ABBREV: &[&str] = &[
        "mr.", "mrs.", "ms.", "dr.", "st.", "sr.", "sra.", "srta.", "m.", "mme.", "mlle.", "jr.",
        "prof.", "vs.", "no.", "approx.", "dra.", "hr.", "fr.", "g.", "e.g.", "i.e.", "etc.",
    ];
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut glue = false;
    for (s, e) in crate::text::sentences(text) {
        // "am 14. März": a German ordinal day, not the end of a sentence.
        let ordinal = out
            .last()
            .is_some_and(|&(a, b)| ordinal_end(&text[a..b]) && month_after_ordinal(&text[s..e]));
        match out.last_mut() {
            Some(last) if glue || ordinal => last.1 = e,
            _ => out.push((s, e)),
        }
        let piece = text[s..e].trim_end().to_lowercase();
        glue = ABBREV.iter().any(|a| {
            piece.ends_with(a) && !piece[..piece.len() - a.len()].ends_with(char::is_alphanumeric)
        });
    }
    out
}

/// True if `piece` (a sentence candidate) opens with a German month name ("März 25 Minuten").
fn month_after_ordinal(piece: &str) -> bool {
    let first = piece.split_whitespace().next().unwrap_or("").to_lowercase();
    crate::calendar::DE
        .all_months()
        .any(|m| m == first.trim_end_matches(|c: char| !c.is_alphabetic()))
}

/// True if `piece` ends with a one- or two-digit number and a full stop ("am 14.").
fn ordinal_end(piece: &str) -> bool {
    let t = piece.trim_end().trim_end_matches('.');
    let digits = t.chars().rev().take_while(char::is_ascii_digit).count();
    (1..=2).contains(&digits) && !t[..t.len() - digits].ends_with(char::is_alphanumeric)
}

/// Names the reply uses for a person, found from usage (greeting, author, title...). The
/// scanner removes the practice's staff from them before [`analyze`].
pub fn name_candidates(input: &Input, lang: &str, sentences: &[(usize, usize)]) -> Vec<Ident> {
    let mut v = names::find(&input.text, &input.author, sentences, cues::cues(lang));
    v.sort_by_key(|i| (i.start, std::cmp::Reverse(i.end)));
    v.dedup_by(|b, a| b.start >= a.start && b.end <= a.end);
    v
}

/// What the analysis of one reply works out once and shares with the passes the scanner runs
/// after the rule packs: the language's cues, the clinical terms, and the sentences and clauses
/// with their signals. Those signals hold no names (`named` is false everywhere): only
/// [`Analysis::flags`] knows who is a person and marks them on its own copy; the later passes
/// read ranges and general-statement signals only.
pub struct Analysis<'a> {
    text: &'a str,
    lang: &'a str,
    sentences: &'a [(usize, usize)],
    cues: &'static Cues,
    terms: Vec<clinical::Term>,
    layout: Layout,
}

impl<'a> Analysis<'a> {
    /// Finds the clinical terms and the sentences' and clauses' signals of `text`, written in
    /// `lang` and cut into `sentences` ([`sentences`]).
    pub fn new(text: &'a str, lang: &'a str, sentences: &'a [(usize, usize)]) -> Analysis<'a> {
        let cues = cues::cues(lang);
        Analysis {
            text,
            lang,
            sentences,
            cues,
            terms: clinical::vocab().find(text, lang),
            layout: Layout::new(text, sentences, cues),
        }
    }

    /// Everything in `input.text` (the text this analysis was made of) that discloses
    /// something about a patient. `ids` are the recognizers' identifiers and the
    /// [`name_candidates`], with the practice's own removed.
    pub fn flags(&self, input: &Input, ids: &[Ident]) -> Vec<Flag> {
        debug_assert_eq!(
            input.text, self.text,
            "an analysis answers for its own text"
        );
        flags(input, self, ids)
    }
}

/// Everything in `input.text` that discloses something about a patient. `ids` are the
/// recognizers' identifiers and the [`name_candidates`], with the practice's own removed.
/// One-shot form of [`Analysis::flags`].
pub fn analyze(
    input: &Input,
    lang: &str,
    sentences: &[(usize, usize)],
    ids: &[Ident],
) -> Vec<Flag> {
    Analysis::new(&input.text, lang, sentences).flags(input, ids)
}

/// The work of [`Analysis::flags`].
fn flags(input: &Input, analysis: &Analysis, ids: &[Ident]) -> Vec<Flag> {
    let text = &input.text;
    let Analysis {
        lang,
        sentences,
        cues,
        ..
    } = *analysis;
    let terms = &analysis.terms[..];
    let name_spans: Vec<(usize, usize)> = ids
        .iter()
        .filter(|i| {
            i.entity == Entity::Name
                && name_is_person(text, i)
                && (i.recognizer == names::RECOGNIZER || i.score >= name_floor(lang))
                && !brand_or_acronym(text, i, terms)
                // phi7: "la escuela Benito Juárez": a venue's name dates nobody's care.
                && !venue_before(&text[..i.start])
                && !names::mascot_after(&text[i.end..])
        })
        .map(|i| (i.start, i.end))
        .collect();
    // A person singled out by role ("the sheriff's nephew") is as much a person as a name:
    // the dates and details of that sentence are theirs.
    let mut singled = Vec::new();
    if lang == "en" {
        unique::flags(text, sentences, &mut singled);
    }
    let mut people = name_spans.clone();
    people.extend(
        singled
            .iter()
            .filter(|f| f.rule == "phi-unique")
            .map(|f| (f.start, f.end)),
    );
    let layout = analysis.layout.named(&people);
    let mut out = Vec::new();
    for id in ids {
        if id.score < MIN_SCORE && id.recognizer != names::RECOGNIZER {
            continue;
        }
        if identifier_tied(text, lang, id, &layout, terms, cues) {
            out.push(Flag {
                rule: id.entity.rule(),
                start: id.start,
                end: id.end,
                entity: Some(id.entity),
                score: id.score,
            });
        }
    }
    geo_hints(text, lang, &name_spans, &layout, &mut out);
    // clin6: a name in apposition to one of the practice's roles ("Our newest patient
    // coordinator, Luis, speaks Spanish", "Congrats to our front desk star, Ana") is staff,
    // and a date in a sentence about a clinician with no reader, person or patient in it
    // ("We said goodbye to Dr. Ortiz yesterday after 30 years") is staff news.
    out.retain(|f| {
        let range = layout.sentence_range(f.start);
        if !(range.start <= f.start && f.end <= range.end) {
            return true;
        }
        let before = &text[range.start..f.start];
        let sentence = &text[range.clone()];
        match f.rule {
            "phi-name" => {
                static ROLE: OnceLock<Regex> = OnceLock::new();
                // "patient coordinator", "patient portal": a role or a service, no patient.
                let role = ROLE.get_or_init(|| {
                    Regex::new(r"(?i)\bpatient\s+(?:coordinator|portal|care|advocate|experience|services|liaison|navigator|lounge|parking)").unwrap()
                });
                let sentence = role.replace_all(sentence, "");
                // "Westfield Elementary", "Lakeside High": a school or venue, not a person.
                if venue_after(&text[f.end..range.end]) {
                    return false;
                }
                !staff_role_before(before)
                    || re_match!(r"(?i)\b(?:patient\w*|paciente\w*|пациент\w*|pasien|you|your|ur|u)\b|مريض", &sentence)
            }
            "phi-date" => {
                let s = layout.sentence(f.start);
                s.second || s.third || s.named || !clinician_news(sentence)
            }
            _ => true,
        }
    });
    // clin6: a place said of no one: a community or service area ("kids from Cedar Hollow to
    // Pine Ridge", "Families from Glenwood can now park"), a venue's name ("Oak Terrace
    // Elementary"), the practice's own site ("Our new office on Pine Ridge Road").
    out.retain(|f| {
        if f.rule != "phi-geo" {
            return true;
        }
        let range = layout.sentence_range(f.start);
        let s = layout.sentence(f.start);
        // Said to someone ("Say hi to everyone in Glenwood for us, Neil", "Your neighbors on
        // Sycamore Lane"), the community is that person's.
        let before = &text[range.start..f.start.max(range.start)];
        !(range.start <= f.start && f.end <= range.end)
            || (s.third && (one_person(&text[range.clone()]) || !group_from(before)))
            || s.named
            || s.second
            || !name_spans.is_empty()
            || !community_place(before, &text[f.end..range.end])
    });
    // phi7: a place that names a site of the practice or a room, not where someone lives ("the
    // Oak Street office", "la oficina de la calle Orchard", "resting in Suite 5", "der Herr aus
    // Zimmer 8").
    out.retain(|f| {
        f.rule != "phi-geo"
            || !site_or_room(&text[..f.start], &text[f.start..f.end], &text[f.end..])
    });
    age_hints(text, &layout, &mut out);
    ages::flags(text, &layout, terms, &mut out);
    // "Happy 30th birthday to our front desk star Kevin!", "Our own Dr. Lee ran the marathon
    // in 3:45": ages and dates of the practice's own staff, in a sentence that addresses no
    // reader and names no patient.
    // phi8: a place said of the practice's own staff ("Meet Joy, our newest nurse! She grew
    // up in Houston") is staff news too.
    out.retain(|f| {
        if !matches!(f.rule, "phi-age" | "phi-date" | "phi-geo") {
            return true;
        }
        let sentence = &text[layout.sentence_range(f.start)];
        layout.sentence(f.start).second
            || !(staff_subject(sentence) || staff_pronoun(text, &layout, f.start))
    });
    // phi8: a bare ordinal after a ranking verb or before "place" ("Dr. Becker came 3rd in
    // his age group", "finished 2nd", "the 1st place team") is a rank, not a day.
    out.retain(|f| {
        f.rule != "phi-date"
            || !rank_ordinal(&text[..f.start], &text[f.start..f.end], &text[f.end..])
    });
    // clin6: an age that is no one's: a kind of person ("A 3-year-old's teeth need"), a
    // milestone ("By age 3"), the reader of a post asked or taught in general ("Does your
    // 2-year-old hate brushing?"), a staff member ("Dr. Lee, 45,"), a building or business
    // ("Our building turns 100"), a range of patients ("from 8 months to 98 years old").
    {
        let post = !input.is_reply() && name_spans.is_empty();
        out.retain(|f| {
            if f.rule != "phi-age" {
                return true;
            }
            let range = layout.sentence_range(f.start);
            let s = layout.sentence(f.start);
            let ((cs, ce), _) = layout.clause(f.start);
            // An age running past its sentence's end ("zum 97. Geburtstag" cut at "97.").
            if !(range.start <= f.start && f.end <= range.end) {
                return true;
            }
            !nobodys_age(
                &text[range.start..f.start],
                &text[f.end..range.end],
                &text[range.clone()],
                &text[cs..ce],
                post && !(s.third || s.named),
            ) && !unasserted::thing_age(&text[range.start..f.start], &text[f.end..range.end])
        });
    }
    // "Your first mammogram is recommended at age 40": in a health-education reply, an age
    // under 90 in a sentence with no visit, third person, name or past care is anyone's.
    if education_register(input, !name_spans.is_empty()) {
        out.retain(|f| {
            let range = layout.sentence_range(f.start);
            let s = layout.sentence(f.start);
            f.rule != "phi-age"
                || s.visit
                || s.third
                || s.named
                || past_care(&text[range])
                || text[f.start..f.end]
                    .split(|ch: char| !ch.is_ascii_digit())
                    .filter_map(|d| d.parse::<u32>().ok())
                    .any(|n| n >= 90)
        });
    }
    web_hints(text, &mut out);
    // The person's care and its day, unless the analysis already reported them.
    for f in singled {
        let known = out
            .iter()
            .any(|g| g.rule == f.rule && g.start < f.end && f.start < g.end);
        if f.rule == "phi-unique" || !known {
            out.push(f);
        }
    }
    // The place inside a role that singles a person out ("the tattoo artist on Fifth Street")
    // is part of that description, reported once as `phi-unique`.
    let roles: Vec<(usize, usize)> = out
        .iter()
        .filter(|f| f.rule == "phi-unique")
        .map(|f| (f.start, f.end))
        .collect();
    out.retain(|f| f.rule != "phi-geo" || !roles.iter().any(|&(a, b)| a <= f.start && f.end <= b));
    // A place taken for a name ("Harmon" of "Harmon Ave") is reported as the place.
    let geo: Vec<(usize, usize)> = out
        .iter()
        .filter(|f| f.rule == "phi-geo")
        .map(|f| (f.start, f.end))
        .collect();
    out.retain(|f| f.rule != "phi-name" || !geo.iter().any(|&(a, b)| a < f.end && f.start < b));
    clinical_flags(
        input,
        lang,
        &layout,
        terms,
        cues,
        !name_spans.is_empty(),
        &mut out,
    );
    out.extend(reply_visits(input, lang, sentences));
    relatives_in_care(text, lang, &layout, terms, &mut out);
    // agency13: a person's clinical event the practice says it provided is also `rel-confirm`.
    agency::care_given(text, lang, sentences, &mut out);
    ties::ties(text, lang, &mut out); // rel14: membership, care over time, seeing again, staff reports
    echoed_ages(input, &mut out);
    out
}

/// The reader's relative in a sentence about care (recall5): "[Your dad] (92!) has an
/// appointment with our audiologist", "[Your hubby] was woozy from the sedation", "[Su mamá]
/// sale de cada cita con una sonrisa", "[Ваша дочка] вчера у нас ...". The sentence must carry
/// a visit word or a clinical term (not an everyday one) and be no general statement or call
/// to every reader ("bring your kids to the fair", "protect your family").
fn relatives_in_care(
    text: &str,
    lang: &str,
    layout: &Layout,
    terms: &[clinical::Term],
    out: &mut Vec<Flag>,
) {
    static RE: OnceLock<Vec<(&'static str, Regex)>> = OnceLock::new();
    let all = RE.get_or_init(|| {
        [
            ("en", r"(?i)\b(?:your|ur)\s+(?:(?:little|sweet|brave|lovely|baby|older|younger|oldest|youngest)\s+)?(?:son|daughter|husband|hubby|wife|wifey|partner|mom|mother|mum|dad|father|kid|kiddo|child|baby|little one|little guy|little girl|boy|girl|boys|girls|twins|grandma|grandpa|grandmother|grandfather|granny|nana|papa|grandson|granddaughter|aunt|uncle|sister|brother|toddler|teen|newborn|fiancée?|bf|gf|boyfriend|girlfriend|mother-in-law|father-in-law)\b"),
            ("es", r"(?i)\b(?:su|tu)\s+(?:hij[oa]|espos[oa]|marido|mamá|mama|madre|papá|papa|padre|abuel[oa]|bebé|niñ[oa]|niet[oa]|herman[oa]|pequeñ[oa]|suegr[oa])\b"),
            ("fr", r"(?i)\b(?:votre|ton|ta)\s+(?:fils|fille|mari|femme|épouse|mère|père|maman|papa|bébé|enfant|grand-mère|grand-père|petit|petite|frère|sœur|soeur|mamie|papi)\b"),
            ("de", r"\b(?:Ihr|Ihre|Ihrem|Ihren|Ihrer|dein|deine|deinem|deinen)\s+(?:Sohn|Tochter|Mann|Frau|Kind|Kleine[rn]?|Vater|Mutter|Mama|Papa|Oma|Opa|Enkel\w*|Baby|Bruder|Schwester)\b"),
            ("ru", r"(?i)(?:^|[^\w])((?:ваш|ваша|ваше|ваши|вашей|вашему|вашего|твой|твоя)\s+(?:сын\w*|доч\w*|муж\w*|жен\w*|ребён\w*|ребен\w*|мам\w*|пап\w*|мать|отец|отца|бабушк\w*|дедушк\w*|малыш\w*|внук\w*|внучк\w*))"),
            ("id", r"(?i)\b(?:anak|suami|istri|putra|putri|cucu|ayah|ibu|nenek|kakek|adik|kakak)\s+(?:anda|bapak|ibu|kamu)\b"),
            ("ar", r"(?:والدك|والدتك|ابنك|ابنتك|زوجك|زوجتك|طفلك|طفلتك|أمك|أبوك|جدتك|جدك|أخوك|أختك)"),
        ]
        .into_iter()
        .map(|(l, src)| (l, Regex::new(src).expect("relative regex")))
        .collect()
    });
    let Some((_, re)) = all.iter().find(|(l, _)| *l == lang_key(lang)) else {
        return;
    };
    for c in re.captures_iter(text) {
        let m = c.get(1).unwrap_or_else(|| c.get(0).unwrap());
        // "your son's ear infection" is the term's (clin-detail), "your son Eli" the name's.
        if re_match!(r"^(?:[\x27’]s\b|\s+\p{Lu}\p{Ll}+)", &text[m.end()..]) {
            continue;
        }
        let range = layout.sentence_range(m.start());
        let ((cs, _), clause) = layout.clause(m.start());
        let sentence = layout.sentence(m.start());
        let clinical = terms
            .iter()
            .any(|t| range.start <= t.start && t.end <= range.end && !t.common);
        // A general word elsewhere in a sentence with a visit word ("the new hearing aids
        // should help") does not make the visit general; one in the relative's own clause does.
        if !(sentence.visit || clinical && !sentence.general)
            || clause.general
            || sentence.event
            || call_to_all(&text[cs..m.start()])
            || offer_before(&text[cs..m.start()])
            || hypothetical(&text[cs..m.start()])
            || out
                .iter()
                .any(|f| f.rule == "rel-confirm" && f.start < m.end() && m.start() < f.end)
        {
            continue;
        }
        out.push(Flag::relation(m.start(), m.end(), 0.75));
    }
}

/// Dates in the clause of a phrase the rule packs found to confirm a relationship ("we saw
/// you [last Tuesday]", "la doctora la atendió [el martes pasado]", "our front desk squeezed
/// you in [this morning]") are that person's dates, whatever other cue the clause holds (a
/// practice word such as "our front desk" keeps the clause analysis from tying them).
/// `relations` are the `rel-confirm` spans, `dated` the spans already reported as `phi-date`;
/// the longest date wins where two overlap. One-shot form of
/// [`Analysis::dates_in_relations`].
pub fn dates_in_relations(
    text: &str,
    sentences: &[(usize, usize)],
    ids: &[Ident],
    relations: &[(usize, usize)],
    dated: &[(usize, usize)],
) -> Vec<Flag> {
    // The clauses do not depend on the language.
    Analysis::new(text, "en", sentences).dates_in_relations(ids, relations, dated)
}

impl Analysis<'_> {
    /// [`dates_in_relations`] in the clauses this analysis cut.
    pub fn dates_in_relations(
        &self,
        ids: &[Ident],
        relations: &[(usize, usize)],
        dated: &[(usize, usize)],
    ) -> Vec<Flag> {
        dates_in_clauses(&self.layout, ids, relations, dated)
    }

    /// [`terms_with_person`] for this analysis's clinical terms and clauses.
    pub fn terms_with_person(
        &self,
        anchors: &[(usize, usize)],
        flagged: &[(usize, usize)],
    ) -> Vec<Flag> {
        terms_in_layout(self.text, &self.layout, &self.terms, anchors, flagged)
    }
}

/// The work of [`Analysis::dates_in_relations`].
fn dates_in_clauses(
    layout: &Layout,
    ids: &[Ident],
    relations: &[(usize, usize)],
    dated: &[(usize, usize)],
) -> Vec<Flag> {
    // A date in no clause ties only inside a relation: the empty span found for it overlaps
    // none.
    let tied = |i: &Ident| {
        relations.iter().any(|&(a, b)| {
            let (s, e) = layout.clause(i.start).0;
            (a <= i.start && i.end <= b) || (s < e && s < b && a < e)
        })
    };
    let mut dates: Vec<&Ident> = ids
        .iter()
        .filter(|i| i.entity == Entity::Date && i.score >= 0.3)
        .filter(|i| tied(i))
        .filter(|i| !dated.iter().any(|&(a, b)| a < i.end && i.start < b))
        .collect();
    dates.sort_by_key(|i| (std::cmp::Reverse(i.end - i.start), i.start));
    let mut out: Vec<Flag> = Vec::new();
    for d in dates {
        if out.iter().any(|f| f.start < d.end && d.start < f.end) {
            continue;
        }
        out.push(Flag {
            rule: "phi-date",
            start: d.start,
            end: d.end,
            entity: Some(Entity::Date),
            score: d.score,
        });
    }
    out
}

/// Diagnoses, procedures, drugs and tests in a sentence that already points at one person
/// (`anchors`: the spans of `rel-confirm`, `loc-hint` and the `phi-*` identifier findings) are
/// that person's care: "the guy who plays Santa was in with [gout]",
/// "@marcus_runs finished a 5K after [bypass surgery]", "swipe to see her smile after the
/// [full-mouth reconstruction]". Everyday and body/care words stay out (they need the stronger
/// ties of [`clinical_flags`]), and so do general clauses ("flu shots are available") and
/// calls to every reader. `flagged` are the spans already reported as `clin-detail`.
/// One-shot form of [`Analysis::terms_with_person`].
pub fn terms_with_person(
    text: &str,
    lang: &str,
    sentences: &[(usize, usize)],
    anchors: &[(usize, usize)],
    flagged: &[(usize, usize)],
) -> Vec<Flag> {
    Analysis::new(text, lang, sentences).terms_with_person(anchors, flagged)
}

/// The work of [`Analysis::terms_with_person`].
fn terms_in_layout(
    text: &str,
    layout: &Layout,
    terms: &[clinical::Term],
    anchors: &[(usize, usize)],
    flagged: &[(usize, usize)],
) -> Vec<Flag> {
    let mut out: Vec<Flag> = Vec::new();
    for t in terms {
        if t.common || matches!(t.kind, Kind::Body | Kind::Care) {
            continue;
        }
        let sentence = layout.sentence_range(t.start);
        let ((cs, _), c) = layout.clause(t.start);
        // A finding on the term itself ("X-ray" taken as an image) is no person to tie it to.
        let anchored = anchors
            .iter()
            .any(|&(a, b)| a < sentence.end && sentence.start < b && !(a < t.end && t.start < b));
        // The person carries into later sentences through a definite word: "So glad your
        // son's ear infection cleared up! [The amoxicillin] usually does the trick."
        let carried = anchors.iter().any(|&(_, b)| b <= sentence.start)
            && definite_before(&text[cs..t.start]);
        if !(anchored || carried)
            || c.general
            || names_a_department(&text[t.end..])
            || names_a_service(&text[t.end..])
            || general_mention(text, cs, t, sentence.clone(), false)
            || (!carried && call_to_all(&text[cs..t.start]))
            || flagged.iter().any(|&(a, b)| a < t.end && t.start < b)
            || out.iter().any(|f| f.start < t.end && t.start < f.end)
        {
            continue;
        }
        out.push(Flag {
            rule: "clin-detail",
            start: t.start,
            end: t.end,
            entity: None,
            score: 0.8,
        });
    }
    out
}

/// A visit carried across sentences: once a reply has named or addressed its person (a greeting
/// name, a relationship phrase, any identifier of theirs: `anchors`), "the appointment", "the
/// procedure", "that day" before a verb are that person's visit ("Hi Dana. [The appointment]
/// ran long because [the procedure] took more time"). English, Spanish, French and German.
pub fn carried_visits(text: &str, lang: &str, anchors: &[(usize, usize)]) -> Vec<Flag> {
    carried(text, lang, anchors, None)
}

/// A reply to someone's post speaks to its author from the first word, so a visit told in the
/// past ("So sorry about the wait. [The cleaning itself] went smoothly", "[The results] came
/// back normal", "[la cita] fue rápida") is the author's, with no name or "you" before it
/// (recall5). Present-tense statements ("the procedure is quick") stay education.
fn reply_visits(input: &Input, lang: &str, sentences: &[(usize, usize)]) -> Vec<Flag> {
    if !input.is_reply() {
        return Vec::new();
    }
    carried(&input.text, lang, &[(0, 0)], Some(sentences))
}

/// A sentence of sympathy, relief or thanks, in the seven languages: "sorry", "glad", "hope",
/// "lo sentimos", "désolés", "tut uns leid", "рады", "senang", "سعداء".
fn sympathy(sentence: &str) -> bool {
    re_match!(
        r"(?i)\b(?:sorry|glad|hope|happy|relieved|thank\w*|lo siento|lo sentimos|nos alegra|esperamos|gracias|désolée?s?|ravie?s?|heureux|espérons|merci|tut uns leid|freuen|froh|hoffen|danke|извините|жаль|рады|рад|надеемся|спасибо|maaf|senang|semoga|terima kasih)\b|سعداء|نتمنى|نأسف|شكرا",
        sentence
    )
}

/// [`carried_visits`] and [`reply_visits`]: `past_only`, the reply's sentences, keeps only
/// visits told in the past outside a sentence of sympathy.
fn carried(
    text: &str,
    lang: &str,
    anchors: &[(usize, usize)],
    past_only: Option<&[(usize, usize)]>,
) -> Vec<Flag> {
    static RE: OnceLock<Vec<(&'static str, Regex)>> = OnceLock::new();
    let all = RE.get_or_init(|| {
        [
            ("en", r"(?i)\b(?:the|that|this)\s+(?:(?:first|second|last|whole|long|same|initial|follow-up)\s+)?(?:appointment|appt|visit|procedure|surgery|extraction|cleaning|exam|consult|consultation|day|session|treatment|filling|crown|injection|shot|x-?rays?|scan|test|tests|results|labs|bloodwork|check-?up|biopsy|numbing|anesthesia|stitches|sedation)\b\s+(?:was|went|ran|took|is|were|lasted|felt|got|had|did|you|itself|came|showed|looked|didn[\x27’]t|wasn[\x27’]t)\b"),
            ("es", r"(?i)\b(?:(?:la|esa|aquella)\s+(?:cita|consulta|visita|limpieza|cirugía|extracción)|(?:el|ese|aquel)\s+(?:procedimiento|tratamiento|día)|(?:los|esos|sus)\s+(?:resultados|análisis|estudios|puntos))\s+(?:fue|salió|salieron|fueron|duró|tardó|estuvo|estuvieron|llegaron|se)\b"),
            ("fr", r"(?i)(?:\b(?:le|ce)\s+(?:rendez-vous|soin|traitement|jour-là|détartrage)|\b(?:la|cette)\s+(?:consultation|visite|séance|intervention|extraction))\s+(?:a|était|s[\x27’]est|a duré)\b"),
            ("de", r"(?i)\b(?:(?:der|dieser|jener)\s+(?:Termin|Eingriff|Tag|Besuch)|(?:die|diese)\s+(?:Behandlung|Untersuchung|Sitzung))\s+(?:war|hat|dauerte|ging|lief)\b"),
        ]
        .into_iter()
        .map(|(l, src)| (l, Regex::new(src).expect("carried visit regex")))
        .collect()
    });
    let Some((_, re)) = all.iter().find(|(l, _)| *l == lang) else {
        return Vec::new();
    };
    static PRESENT: OnceLock<Regex> = OnceLock::new();
    let present = PRESENT
        .get_or_init(|| Regex::new(r"(?i)\s(?:is|you|se|a|hat)$").expect("present verb regex"));
    let first = anchors.iter().map(|&(_, b)| b).min();
    let mut out = Vec::new();
    for m in re.find_iter(text) {
        // In a reply with no person named yet, "we're sorry the visit felt rushed" answers what
        // the author said (it confirms nothing of the practice's own); "that day" is any day.
        if let Some(sentences) = past_only {
            let (s, e) = crate::packs::sentence_of(sentences, m.start(), text.len());
            if present.is_match(m.as_str())
                || m.as_str().to_lowercase().contains(" day")
                || sympathy(&text[s..e])
            {
                continue;
            }
        }
        if first.is_none_or(|b| b > m.start())
            || anchors.iter().any(|&(a, b)| a < m.end() && m.start() < b)
        {
            continue;
        }
        // The span is the determiner and the noun, without the verb after them.
        let phrase = m.as_str();
        let end = phrase
            .trim_end()
            .rfind(char::is_whitespace)
            .map_or(phrase.len(), |i| phrase[..i].trim_end().len());
        out.push(Flag::relation(m.start(), m.start() + end, 0.7));
    }
    out
}

/// The recognizer score a name found by its form alone needs. A lone capitalised word at a
/// sentence start (0.6) is too weak a guess for a reply; German capitalises every noun and
/// Arabic has no capitals, so they need more.
fn name_floor(lang: &str) -> f32 {
    match lang {
        "de" => 0.7,
        // Arabic has no capitals to tell a name from a word.
        "ar" => 0.8,
        _ => 0.65,
    }
}

/// A name span that stands for a person the practice may serve: not a clinician ("Dr. Kim").
/// Recognizer names must also look like one: a capital letter in cased scripts ("su cita"
/// is not a name).
fn name_is_person(text: &str, id: &Ident) -> bool {
    let raw = &text[id.start..id.end];
    let span = raw.to_lowercase();
    let first = raw.chars().next().unwrap_or(' ');
    let cased = first.is_uppercase() || first.to_uppercase().eq(std::iter::once(first));
    cased
        && !(span.starts_with("dr.")
            || span.starts_with("dr ")
            || span.starts_with("doctor")
            || span.starts_with("dra")
            // "Dokter Dewi", "Frau Dr. Becker", "доктор Смирнова", "الدكتورة سلمى".
            || span.starts_with("dokter")
            || span.starts_with("frau dr")
            || span.starts_with("herr dr")
            || span.starts_with("доктор")
            || span.starts_with("الدكتور"))
        && !names::in_observance_name(text, id.start, id.end)
}

/// A name span that is a clinical term or ends in one ("Botox", "Le Wegovy": an article
/// capitalised at the start of a sentence joins the brand), or a single all-capital word of two
/// to five letters ("FTC", "CDC", "AOK"): an organisation's acronym, not a person.
fn brand_or_acronym(text: &str, id: &Ident, terms: &[clinical::Term]) -> bool {
    let span = &text[id.start..id.end];
    let word = span.trim_end_matches("'s").trim_end_matches("’s");
    let letters = word.chars().count();
    let acronym =
        (2..=5).contains(&letters) && word.chars().all(|c| c.is_alphabetic() && c.is_uppercase());
    acronym || terms.iter().any(|t| t.start < id.end && id.end <= t.end)
}

/// True if a possessive pronoun ("your", "her") stands within the two words before `at`, in
/// the same clause.
fn possessive_before(text: &str, clause_start: usize, at: usize, cues: &Cues) -> Option<usize> {
    let toks = crate::text::tokens(&text[clause_start..at]);
    let n = toks.len();
    // "on your own", "on their own": alone, not a possessive of the term that follows.
    let alone = |i: usize| {
        i > 0
            && toks[i - 1].text.eq_ignore_ascii_case("on")
            && toks
                .get(i + 1)
                .is_some_and(|t| t.text.eq_ignore_ascii_case("own"))
    };
    toks.iter()
        .enumerate()
        .skip(n.saturating_sub(3))
        .find(|&(i, t)| cues.possessive.is_match(t.text) && !alone(i))
        .map(|(_, t)| clause_start + t.start)
}

fn identifier_tied(
    text: &str,
    lang: &str,
    id: &Ident,
    layout: &Layout,
    terms: &[clinical::Term],
    cues: &Cues,
) -> bool {
    let ((cs, ce), c) = layout.clause(id.start);
    let s = layout.sentence(id.start);
    let span = &text[id.start..id.end];
    let clinical_near = terms
        .iter()
        .any(|t| t.start >= cs && t.end <= ce && !t.common);
    match id.entity {
        Entity::Name => {
            if id.recognizer == names::RECOGNIZER {
                return !brand_or_acronym(text, id, terms);
            }
            // Capitalised nouns (German) and brands score low; a name by form alone needs a
            // confident recognizer and a person or care cue.
            let strong = id.score >= 0.75 && (s.third || s.visit);
            let first = span.split_whitespace().next().unwrap_or("");
            let street = re_match!(
                r"^\s+(?:St|Ave|Street|Avenue|Rd|Road|Blvd|Lane|Ln|Drive|Dr|Way|Court)\b",
                &text[id.end..]
            );
            // A drug or procedure brand ("Botox", "Wegovy", "Le Wegovy") is not a person,
            // nor is an organisation's acronym ("the FTC's").
            let clinical = brand_or_acronym(text, id, terms);
            // "colonia Las Flores", "rue Victor Hugo": a place named after a person.
            // Only the last few characters can end in one of the words below: lower-casing
            // the whole text before every name made long replies quadratic.
            let before = text[..id.start].trim_end();
            let before = crate::text::last_chars(before, 16).to_lowercase();
            let place = [
                "colonia",
                "barrio",
                "calle",
                "rue",
                "straße",
                "jalan",
                "kelurahan",
                "avenida",
                "avenue",
            ]
            .iter()
            .any(|w| before.ends_with(w));
            // "Le Doliprane", "El Nolotil", "Der Kurs", "Zum Schutz": an article (or a German
            // preposition joined to one) capitalised at the start of a sentence before a
            // noun, not a first name.
            let article = re_match!(
                r"^(?:Le|La|Les|El|Los|Las|Der|Die|Das|Den|Dem|Zum|Zur|Im|Am|Beim|Vom|Ins|Ans|Aufs|Fürs)\s",
                span
            );
            // "He did his residency at Stanford": in a sentence on a clinician's training, a
            // capitalised word by form alone is the school or hospital.
            let school = staff_credentials(text, &text[layout.sentence_range(id.start)]);
            // "la parroquia de San José", "St. Mary's", "Saint-Exupéry": a saint names a
            // church, school or hospital; so does a name right after one of those words.
            let saint = re_match!(
                r"^(?:San|Santa|Santo|São|Saint|Sainte|St\.?|Ste\.?|Sankt|Sveti|Svatý)[\s-]",
                span
            ) || [
                "parroquia de",
                "iglesia de",
                "colegio",
                "escuela",
                "church",
                "école",
                "paroisse",
                "église",
                "kirche",
                "gemeinde",
                "schule",
                "gereja",
                "sekolah",
            ]
            .iter()
            .any(|w| before.ends_with(w))
                || venue_named_before(&text[..id.start]);
            // clin10: "Meet Bella the therapy dog", "Milo the tooth mascot": an animal's or a
            // mascot's name is no patient's, whatever care word is near.
            if street
                || clinical
                || place
                || article
                || school
                || saint
                || names::not_name(span)
                || names::mascot_after(&text[id.end..])
            {
                return false;
            }
            id.score >= name_floor(lang)
                && name_is_person(text, id)
                && !cues.second.is_match(first)
                && !cues.possessive.is_match(first)
                && (strong
                    || c.second
                    || c.third
                    || c.visit
                    || clinical_near
                    || span_is_greeted(text, id, cs))
        }
        Entity::Date => {
            // "on Mondays": a weekly schedule, not a day in someone's care.
            if re_match!(
                r"(?i)^(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)days$",
                span
            ) {
                return false;
            }
            // phi7: a weekday in an idiom or a name ("Monday blues", "Friday vibes", "Taco
            // Tuesday") or owning a public event ("Friday's parade") dates nobody's care,
            // unless care is told next to it ("a concussion after Friday's game").
            if !clinical_near && weekday_idiom_or_event(&text[id.end..]) {
                return false;
            }
            let direct = possessive_before(text, cs, id.start, cues).is_some();
            let own = c.person() && (direct || !c.event) && !c.practice;
            // A date next to a diagnosis or procedure and a care word is someone's care
            // ("treated a concussion after Friday's game", "your cast comes off the week of
            // June 9"), whatever schedule word the clause also holds.
            let care = clinical_near && !c.practice && (c.person() || (c.visit && !c.event));
            // "born at our clinic on Saturday": the practice is where, not whose, so a
            // practice cue does not cancel a visit date.
            // "Sorry about the wait on the 12th, Jen": a sentence addressed to a named person,
            // with no schedule or practice word, dates that person's day.
            let regret = re_match!(
                r"(?i)\b(?:sorry|thanks?|glad|hope|apologi[sz]e|lo sentimos|gracias|désolés?|merci|tut uns leid|danke|извините|спасибо|mohon maaf|terima kasih|نعتذر|شكرا)",
                &text[layout.sentence_range(id.start)]
            );
            let named = s.named && regret && !(c.event || c.practice || s.event || c.general);
            // clin6: a date on a test or care step whose person is elsewhere in the sentence
            // ("Votre hernie discale explique la douleur ; l'IRM de mardi le confirme"), and a
            // participle clause carrying on the sentence's person ("Swipe to see Rachel's
            // veneers, placed on May 2").
            let test_near = terms.iter().any(|t| {
                t.start >= cs && t.end <= ce && matches!(t.kind, Kind::Test | Kind::Procedure)
            });
            let carried_date = s.person()
                && !s.event
                && !c.practice
                // "fisioterapi tiap Senin", "every Monday": a standing schedule.
                && !re_match!(r"(?i)\b(?:every|each|tiap|setiap|cada|chaque|jeden|jede|каждый|каждую|كل)\s+$", &text[cs..id.start])
                && (test_near || participle_clause(&text[cs..id.start]));
            own || care
                || named
                || carried_date
                || ((c.visit || s.visit) && !c.event && !s.event && s.person())
        }
        Entity::Age => {
            let n = span
                .split(|ch: char| !ch.is_ascii_digit())
                .filter_map(|d| d.parse::<u32>().ok())
                .max()
                .unwrap_or(0);
            if c.group_age && !c.third {
                return false;
            }
            // "sus 20 años en la clínica", "25 years with Brightwater", "10 Jahre in unserer
            // Praxis": years of service, not an age.
            let aged_word = ["old", "yo", "jähr", "летн", "أعوام", "tua"]
                .iter()
                .any(|w| span.to_lowercase().contains(w));
            if !aged_word && tenure_after(&text[id.end..]) {
                return false;
            }
            // "our 7-year-old patient", "a 12-year-old boy": the age names one person.
            let person_after = re_match!(
                r"(?i)^\s+(?:old\s+)?(?:patient|boy|girl|son|daughter|kid|child|man|woman|gentleman|lady|grandma|grandpa|toddler|baby|twins|patientin|patient|paciente|patiente|пациент\w*|pasien|مريض\w*)\b",
                &text[id.end..]
            );
            (90..130).contains(&n) || c.person() || clinical_near || c.visit || person_after
        }
        Entity::Phone | Entity::Fax => {
            let digits: String = span.chars().filter(char::is_ascii_digit).collect();
            let d = digits.strip_prefix('1').unwrap_or(&digits);
            let toll_free = ["800", "888", "877", "866", "855", "844", "833"]
                .iter()
                .any(|p| d.starts_with(p));
            let public = re_match!(
                r"(?i)poison|hotline|helpline|crisis|lifeline|\b(?:988|911|112)\b",
                &text[cs..ce]
            );
            // A fax number that is not the practice's goes to someone's office or home.
            let fax = id.entity == Entity::Fax;
            // "We'll call (555) 388-1207 with the results": the number is the patient's.
            let we_call = re_match!(
                r"(?i)\b(?:we|i|we\x27ll|we’ll|we will|i\x27ll|i’ll)\s+(?:\w+\s+)?(?:call|text|reach|ring|try|message|called|texted|tried|txted)\s+(?:you\s+|u\s+)?(?:at\s+|on\s+)?$",
                &text[cs..id.start]
            );
            !toll_free
                && !public
                && !c.practice
                && (fax || we_call || c.person() || (s.person() && !s.practice))
        }
        Entity::Email => {
            let free = [
                "gmail.", "yahoo.", "hotmail.", "outlook.", "icloud.", "aol.", "live.", "mail.ru",
                "yandex.", "gmx.", "web.de", "proton",
            ];
            let lower = span.to_lowercase();
            !c.practice && (free.iter().any(|f| lower.contains(f)) || c.person() || s.person())
        }
        Entity::Url => {
            if span.starts_with('@') || span.starts_with("u/") {
                let before = text[cs..id.start].to_lowercase();
                let public = [
                    "follow",
                    "via",
                    "per ",
                    "from ",
                    "according to",
                    "by ",
                    "h/t",
                    "cc ",
                ];
                let tail = before.trim_end();
                let public_lead = ["follow", "via", "per", "from", "by", "h/t", "cc"]
                    .iter()
                    .any(|p| tail.ends_with(p));
                let public_mention =
                    public.iter().any(|p| before.contains(p)) && public_lead && !c.third;
                // "thanks to @LakesideFM for spreading the word about free flu shots".
                let event_thanks = s.event && !s.third && before.contains("thank");
                // "@LakesideLibrary thanks for hosting our free checks": a partner thanked.
                let partner = !s.third
                    && re_match!(
                        r"(?i)\bthanks?(?: you)?(?: so much)? for (?:hosting|sponsoring|partnering|supporting us|having us|inviting us|welcoming us|the donation|donating|volunteering)\b",
                        &text[layout.sentence_range(id.start)]
                    );
                !public_mention && !event_thanks && !partner
            } else {
                // The practice's own site is allowlisted; any other site next to a person is
                // theirs, unless the sentence points to the practice's pages.
                (c.person() || s.person()) && !practice_site(&text[layout.sentence_range(id.start)])
            }
        }
        Entity::Ip => true,
        Entity::Address | Entity::Zip => {
            // "Sunnyvale Estates residents: ...": a place naming an audience, not a home.
            if audience_after(&text[id.end..]) {
                return false;
            }
            // "speaks English and Indonesian", "bisa berbahasa Indonesia": a language, and
            // "She trained at UCSF" in a reply introducing a clinician: where staff studied.
            if language_named(&text[..id.start])
                || staff_credentials(text, &text[layout.sentence_range(id.start)])
            {
                return false;
            }
            // A street address with a number that is not the practice's is someone's home,
            // unless the clause is about an event or the practice.
            let numbered = span.starts_with(|ch: char| ch.is_ascii_digit());
            !c.practice
                && (c.person() || s.person() || (numbered && !c.event && !s.event && !s.practice))
        }
        _ => true,
    }
}

/// phi7: true when the words after an age make it the age of a place or business: "les 95 ans
/// [de la pharmacie du village]", "los 90 años [de nuestra clínica]", "95 Jahre [unserer Praxis]",
/// "95 лет [нашей клинике]", "ulang tahun ke-95 [klinik]".
fn place_anniversary(after: &str) -> bool {
    re_match!(
        r"(?i)^\s*(?:de\s+(?:la\s+|l[\x27’]|notre\s+|nuestra\s+|nuestro\s+|du\s+|del\s+)?|der\s+|des\s+|unserer\s+|нашей\s+|нашего\s+)?(?:pharmacie|clinique|cabinet|mairie|école|boulangerie|association|village|ville|hôpital|clínica|farmacia|escuela|panadería|hospital|ciudad|pueblo|praxis|apotheke|klinik|schule|stadt|bäckerei|клиник\w*|аптек\w*|школ\w*|город\w*)\b",
        after
    )
}

/// phi7: true when `before` ends with a venue word ("la escuela ", "St. Mary's church of "), with
/// or without one or two capitalised words after it ([`venue_named_before`]).
fn venue_before(before: &str) -> bool {
    re_match!(
        r"(?i)\b(?:escuela|colegio|parroquia|iglesia|école|collège|lycée|église|paroisse|schule|kirche|sekolah|gereja)\s*$",
        before
    ) || venue_named_before(before)
}

/// phi7: true when `before` ends with a venue word and one or two capitalised words ("la
/// escuela Benito [Juárez]", "Lincoln [Elementary]"'s school, "St. Brendan's"): the word at the
/// end of `before` is part of the venue's name, and so is the name that follows.
fn venue_named_before(before: &str) -> bool {
    re_match!(
        r"(?i)\b(?:escuela|colegio|parroquia|iglesia|hospital|calle|avenida|école|collège|lycée|église|rue|schule|kirche|straße|sekolah|gereja|jalan|school|church|street|avenue)\s+(?-i:\p{Lu}[\p{L}'’.-]*)(?:\s+(?-i:\p{Lu}[\p{L}'’.-]*))?\s*$",
        before
    )
}

/// True when `before` ends with a verb of speaking a language and, at most, a list of other
/// languages: the word that follows names a language, not a place ("speaks English and
/// [Indonesian]", "berbahasa [Indonesia]", "habla [español]", "говорит на [русском]").
fn language_named(before: &str) -> bool {
    let tail = crate::text::last_chars(before, 61);
    re_match!(
        r"(?i)(?:\b(?:speaks?|speaking|spoken|fluent in|habla|hablamos|hablan|parle|parlons|parlent|spricht|sprechen|говорит на|говорим на|говорят на|berbahasa|bahasa)|يتحدث|نتحدث|تتحدث)\s+(?:[\p{L}-]+(?:\s*,\s*|\s+(?:and|or|y|o|e|et|ou|und|oder|и|или|dan|atau)\s+)){0,4}$",
        tail
    )
}

/// A sentence about a clinician's training ("She trained at UCSF", "did her residency at
/// Stanford", "comes to us from Cleveland Clinic") in a reply that introduces or names a
/// clinician ("Please welcome Dr. ...", "our new pediatrician"): the place is where staff
/// trained or worked, not where a patient lives. Words a patient's story also uses
/// ("graduated", "worked at", "studied") are left out on purpose.
fn staff_credentials(text: &str, sentence: &str) -> bool {
    re_match!(
        r"(?i)\b(?:trained (?:at|in|under)|studied (?:at|in)|residency|fellowship|internship|board[- ]certified|medical school|dental school|nursing school|joins us from|joined us from|comes to us from|came to us from)\b",
        sentence
    ) && re_match!(
        r"(?i)\b(?:dr\.?\s|dra\.?\s|our new|please welcome|welcome (?:to (?:our|the) team|dr\b|our new)|joins? (?:our|the) team|joined (?:our|the) team)",
        text
    ) && !re_match!(
        r"(?i)\b(?:patient\w*|paciente\w*|пациент\w*|pasien)\b|مريض",
        sentence
    )
}

/// Words after a number of years that make it a length of service at a place or with a team:
/// "years with us", "years at Brightwater", "años en la clínica", "ans au cabinet", "Jahre in
/// der Praxis", "лет в клинике", "tahun di klinik", "عامًا في العيادة", "of service".
fn tenure_after(rest: &str) -> bool {
    re_match!(
        r"(?i)^\s*(?:of (?:service|practice|experience)|(?:with|at|in|on) (?:us|the (?:team|practice|clinic|office)|our (?:team|practice|clinic|office)|(?-i:[A-Z])\w+)|(?:en|con|de servicio|de experiencia) (?:la clínica|el consultorio|nosotros|el equipo|nuestra)|(?:au|chez|dans|à la|d[\x27’]expérience) (?:cabinet|nous|l[\x27’]équipe|notre|la clinique)|(?:in|bei) (?:der|unserer|uns)|(?:в|на) (?:клиник\w*|нашей|команд\w*)|(?:di|bersama) (?:klinik|kami|tim)|(?:في|مع) (?:العيادة|عيادتنا|فريقنا))",
        rest
    )
}

/// A place followed by a word for its people as a group ("Maple Court residents", "Lakeside
/// families"): a notice to everyone there, not one person's address.
fn audience_after(rest: &str) -> bool {
    re_match!(
        r"(?i)^\s+(?:residents|families|neighbou?rs|parents|folks|locals|members|homeowners|tenants|community|commuters|seniors|students|voisins|habitants|vecinos|residentes|anwohner|bewohner|nachbarn|жител\w*|соседи|warga)\b",
        rest
    )
}

/// A recognizer name right after a greeting or opening its clause with a comma after it.
fn span_is_greeted(text: &str, id: &Ident, clause_start: usize) -> bool {
    let before = text[clause_start..id.start].trim();
    before.is_empty() && text[id.end..].starts_with(',')
}

/// Places tied to a person without an address form: "our patient from Pine Ridge Road", "the
/// new mom from Cedar Hollow". Skips places already reported.
fn geo_hints(
    text: &str,
    lang: &str,
    names: &[(usize, usize)],
    layout: &Layout,
    out: &mut Vec<Flag>,
) {
    static RE: OnceLock<Regex> = OnceLock::new();
    if lang != "en" {
        return other_geo_hints(text, lang, layout, out);
    }
    let re = RE.get_or_init(|| {
        Regex::new(r"(?i:\b(?:patient|mom|mother|dad|father|guy|lady|man|woman|family|kid|girl|boy|resident|gentleman|baby|couple|teen|grandma|grandpa)\s+(?:from|over on|who lives (?:on|in)|out on|up on|living on|who lives near|near))\s+((?:(?i:the)\s+)?(?:[A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]*){0,3}(?:\s+(?i:area|side of town|part of town|end of town|district))?)").unwrap()
    });
    static MORE: OnceLock<Vec<Regex>> = OnceLock::new();
    let more = MORE.get_or_init(|| {
        [
            // "Jamal from North Lakeside", "Tom R. from Fairview".
            r"\b[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+from\s+((?:North|South|East|West|New|Old|Upper|Lower)?\s?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})",
            // "the Westgate neighborhood".
            r"\b((?i:the)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?i:neighborhood|neighbourhood|subdivision|apartments|trailer park|projects|estates))\b",
            // "everyone on Harmon Ave", "from Pine Ridge Road".
            r"\b(?i:on|from|over on|off)\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+(?:Ave|Avenue|St|Street|Rd|Road|Lane|Ln|Drive|Dr|Blvd|Boulevard|Way|Court|Ct|Place|Pl|Terrace|Circle|Hollow|Heights|Park)\b\.?)",
            // "lives on Maple Court", "lives out in Glenwood".
            r"\b(?i:lives?|living|moved)\s+(?i:on|in|at|off|out in|over on|to)\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})",
            // "everyone in Glenwood", "the 400 block of Pine St".
            r"\b(?i:everyone|everybody|folks|y\x27all|all)\s+(?i:in|on|at|over in|down in|up in|out in)\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)",
            r"\b((?i:the)\s+\d+\s+(?i:block)\s+(?i:of)\s+[A-Z]\w+(?:\s+(?:St|Ave|Rd|Street|Road|Avenue|Lane|Dr|Drive)\b)?)",
            // "the drive from Millbrook", "safe drive back to Port Haven".
            r"\b(?i:drive|commute|trip|way|ride|flight|all the way)\s+(?i:from|up from|down from|in from|back to|home to|to)\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)",
            // "our patient at Sunrise Senior Living on Cole St".
            r"\b(?i:at|in)\s+((?:[A-Z][\w'’-]*\s+){1,3}(?:Senior Living|Nursing Home|Assisted Living|Care Center|Rehab Center|Retirement Home|Manor|Hospice)(?:\s+on\s+[A-Z]\w+\s+(?:St|Ave|Rd|Street|Road)\b)?)",
            // "the little fighter from Oak Terrace" (a street word after a capital).
            r"\b(?i:from|on|at)\s+((?:[A-Z][\w'’-]*\s+){1,2}(?:Terrace|Hollow|Heights|Gardens|Village|Estates|Park|Hills|Creek|Ridge|Acres))\b",
        ]
        .iter()
        .map(|r| Regex::new(r).expect("geo hint regex"))
        .collect()
    });
    // Places reached or lived near, which are a patient's only when the sentence is about a
    // person: "the roads out to Pine Bluff after your visit", "near Baxter's Corner".
    static TIED: OnceLock<Vec<Regex>> = OnceLock::new();
    let tied = TIED.get_or_init(|| {
        [
            r"\b(?i:out to|in from|up to|down to|over to|out in|over in|up in|down in|near|out past|back to|home to|way to|moved to|move to)\s+((?:[A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]*){0,2})",
            r"\b((?i:the)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?i:area|side of town|part of town|end of town|district))\b",
            r"\b((?:Route|Rt\.?|Highway|Hwy|County Road|Rural Route)\s+\d{1,4})\b",
        ]
        .iter()
        .map(|r| Regex::new(r).expect("geo hint regex"))
        .collect()
    });
    // The patterns without a person word must not be about an event ("a free talk at
    // Sunrise Senior Living on Cole St") or give directions ("the nearest pharmacy is on
    // Birch Street").
    // Nor a recurring schedule with no person in it ("Our mobile clinic visits the Eastgate
    // neighborhood every second Tuesday").
    let open = |at: usize| {
        let sentence = &text[layout.sentence_range(at)];
        let s = layout.sentence(at);
        !s.practice
            && !public_event(sentence)
            && (!unasserted::open_to_all(sentence) || s.person())
            && !directions(sentence)
            && (!recurring(sentence) || s.person())
    };
    let caps = re
        .captures_iter(text)
        // "Serving families from Cedar Hollow to Pine Ridge": people of a place as a group.
        .filter(|c| {
            let sentence = &text[layout.sentence_range(c.get(1).unwrap().start())];
            !directions(sentence) && !public_event(sentence)
        })
        .chain(
            more.iter()
                .flat_map(|r| r.captures_iter(text))
                // "will answer questions live on Thursday": a day or month is no place.
                .filter(|c| {
                    open(c.get(1).unwrap().start()) && !not_place(c.get(1).unwrap().as_str())
                }),
        )
        .chain(tied.iter().flat_map(|r| r.captures_iter(text)).filter(|c| {
            let at = c.get(1).unwrap().start();
            let s = layout.sentence(at);
            open(at) && s.person() && !s.event && !not_place(c.get(1).unwrap().as_str())
        }))
        .collect::<Vec<_>>();
    for c in caps {
        let m = c.get(1).unwrap();
        let word = m.as_str().trim().to_lowercase();
        if ["the", "our", "us", "dr", "google", "yelp"].contains(&word.as_str()) {
            continue;
        }
        // A name inside the place ("Harmon" of "Harmon Ave") gives way to the place; a
        // tied name that is the whole capture ("from Maria") does not.
        let taken = out
            .iter()
            .any(|f| f.rule != "phi-name" && f.start < m.end() && m.start() < f.end)
            || names
                .iter()
                .any(|&(a, b)| a <= m.start() && m.end() <= b && b - a > m.len());
        if !taken {
            out.push(Flag {
                rule: "phi-geo",
                start: m.start(),
                end: m.end(),
                entity: Some(Entity::Address),
                score: 0.8,
            });
        }
    }
}

/// Directions and public notices: "the nearest pharmacy is two blocks south", "road closure",
/// "we've served the Westgate neighborhood for 20 years".
fn directions(sentence: &str) -> bool {
    re_match!(
        r"(?i)\b(?:nearest|blocks? (?:north|south|east|west|away)|next to|across from|around the corner|parking|detour|closure|construction|traffic|located|directions|shuttle|bus service|served|serving|serve)\b",
        sentence
    )
}

/// A recurring schedule: "every second Tuesday", "weekly", "on Mondays".
fn recurring(sentence: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let en = &crate::calendar::EN;
        Regex::new(&format!(
            r"(?i)\bevery\s+(?:other\s+|first\s+|second\s+|third\s+|fourth\s+|last\s+)?(?:day|week|month|{}|morning|afternoon|weekend)\b|\b(?:{}|weekly|monthly)\b",
            en.weekdays.join("|"),
            en.weekday_forms.join("|")
        ))
        .expect("recurring schedule regex")
    })
    .is_match(sentence)
}

/// Capitalised words after "near"/"back to" that are not places: days, months, titles.
fn not_place(capture: &str) -> bool {
    let first = capture
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_lowercase();
    let en = &crate::calendar::EN;
    if en.weekdays.contains(&first.as_str()) || en.months.contains(&first.as_str()) {
        return true;
    }
    [
        "dr",
        "dr.",
        "i",
        "our",
        "we",
        "you",
        "your",
        "christmas",
        "thanksgiving",
        "easter",
        "school",
        "work",
    ]
    .contains(&first.as_str())
}

/// phi7: true when the place `span` (with the text `before` and `after` it) is a site of the
/// practice or a room rather than where a person lives: a street followed by an office word
/// ("the Oak Street office", "our Elm St. location"), an office word and a preposition before
/// it ("la oficina de la calle Orchard", "our clinic on Pine Ridge Road", "la sede de"), a
/// suite number alone ("Suite 5"), or a room noun ("aus Zimmer 8").
fn site_or_room(before: &str, span: &str, after: &str) -> bool {
    let tail = crate::text::last_chars(before, 41);
    re_match!(
        r"(?i)^\S*\s+(?:office|offices|clinic|location|branch|site|campus|building|practice|lab|pharmacy)\b",
        after
    ) || re_match!(
        r"(?i)\b(?:office|clinic|location|branch|practice|oficina|clínica|consultorio|sede|sucursal|cabinet|clinique|praxis|klinik|filiale|standort|klinik kami|kantor|офис|клиник\w*|филиал\w*)\s+(?:on|at|in|off|de\s+la|del|de|de\s+l[\x27’]|du|de\s+la\s+rue|an\s+der|in\s+der|am|im|di|на|в)\s*$",
        tail
    ) || re_match!(
        r"(?i)^(?:suite|ste\.?|zimmer|raum|saal|station|kamar|ruang|sala|salle|chambre|палат\w*|кабинет\w*)\s*#?\d{0,4}[a-z]?$",
        span.trim()
    )
}

/// The practice pointing to its own pages: "our website", "follow us".
fn practice_site(sentence: &str) -> bool {
    re_match!(
        r"(?i)\b(?:our (?:website|site|page|portal|blog|channel|feed)|visit us|follow us|find us|book online)\b",
        sentence
    )
}

/// A public event (talk, fair, class; `vocab::EN_EVENT`) happening at a place: the place is not
/// a patient's. Beside the events, words of a public occasion that are no event nouns
/// (`PUBLIC_OCCASION`): "free", "charity", "graduates", a "race", a "screening" on offer.
fn public_event(sentence: &str) -> bool {
    /// Public-occasion words that are no event nouns (see `public_event`).
    const PUBLIC_OCCASION: &str = r"free|charity|graduates|race|screening";
    vocab::has_event("en", sentence) || {
        static RE: OnceLock<Regex> = OnceLock::new();
        RE.get_or_init(|| Regex::new(&format!(r"(?i)\b(?:{PUBLIC_OCCASION})\b")).unwrap())
            .is_match(sentence)
    }
}

/// `lang` as a static key for caches (the languages with packs).
fn lang_key(lang: &str) -> &'static str {
    crate::lang::LANGS
        .iter()
        .find(|l| **l == lang)
        .copied()
        .unwrap_or("en")
}

/// Street and neighbourhood words after a person in the other languages: "aus der
/// Lindenstraße", "de la calle Morelos", "من حي الروضة".
fn other_geo_hints(text: &str, lang: &str, layout: &Layout, out: &mut Vec<Flag>) {
    let src = match lang {
        "de" => {
            r"(?:(?i)\b(?:aus der|aus dem|in der|von der)\s+(\w+(?:straße|strasse|weg|gasse|platz|allee|siedlung|viertel))\b|(?i:\b(?:patient(?:in|en)?|familie|frau|herr|mann|junge|mädchen|kind|baby|oma|opa|nachbar\w*)\s+(?:aus|von)\s+(?:der\s+|dem\s+)?)((?-i:[A-ZÄÖÜ])[\wäöüß-]+(?:\s+(?-i:[A-ZÄÖÜ])[\wäöüß-]+)?))"
        }
        "es" => {
            r"(?:(?i:\b(?:de la|en la|del|en el|de el)\s+)((?i:calle|avenida|colonia|barrio)\s+\w+(?:\s+\w+)?)|(?i:\bvive\s+en\s+)((?:el\s+|la\s+)?[A-ZÁÉÍÓÚ]\w+(?:\s+[A-ZÁÉÍÓÚ]\w+){0,2})|(?i:\b(?:familia|paciente|señora|señor|niño|niña|bebé)\s+de\s+)((?:[A-ZÁÉÍÓÚ]\w+\s?(?:del?\s+)?){1,3}))"
        }
        "fr" => {
            r"(?:(?i)\b(?:de la|du|rue|habite|habite au|vit au|demeurant)\s+((?:\d+,?\s+)?(?:rue|avenue|allée|boulevard|chemin|impasse|quartier|cité|résidence)\s+[\w'’-]+(?:\s+[\w'’-]+)?)|(?i:\b(?:habite|vit|demeurant|résidant)\s+)((?i:à|au|en)\s+(?-i:[A-ZÉ])[\w'’-]+(?:[\s-](?:(?-i:[A-ZÉ])[\w'’-]+|du|de|des|la|le|sur|en)){0,4}))"
        }
        "ar" => r"(?:من|في)\s+((?:حي|شارع|قرية|بلدة|مدينة|منطقة|مخيم)\s+\S+(?:\s+ال\S+)?)",
        "ru" => {
            r"(?i)(?:с|на|из)\s+(улиц\w+\s+\w+|проспект\w*\s+\w+|район\w*\s+\w+|(?:пос[её]лк\w*|деревн\w*|сел[аое]|город\w*|микрорайон\w*|станиц\w*)\s+(?-i:[А-ЯЁ])[\w-]+(?:\s+(?-i:[А-ЯЁ])[\w-]+)?)"
        }
        "id" => {
            r"(?i)(?:\b(?:dari|di)\s+((?:jalan|jl\.|perumahan|kampung|desa)\s+\w+(?:\s+\w+)?)|\b((?:RT|RW)\s*\d+(?:\s+(?:kelurahan|desa)\s+\w+)?))"
        }
        _ => return,
    };
    static CACHE: OnceLock<std::sync::Mutex<std::collections::HashMap<&'static str, Regex>>> =
        OnceLock::new();
    let re = {
        let mut cache = CACHE
            .get_or_init(Default::default)
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        cache
            .entry(lang_key(lang))
            .or_insert_with(|| Regex::new(src).expect("geo regex"))
            .clone()
    };
    for c in re.captures_iter(text) {
        let Some(m) = c.iter().skip(1).flatten().next() else {
            continue;
        };
        // The practice's own branch or an event there is not a patient's place. (The event
        // cue is not used: Arabic "من" is both "from" and a schedule word.)
        let s = layout.sentence(m.start());
        let sentence = &text[layout.sentence_range(m.start())];
        if !s.person()
            && (s.practice
                || public_event(sentence)
                || branch(sentence)
                || unasserted::open_to_all(sentence))
        {
            continue;
        }
        // Thanks to someone of a street or quarter, with no person cue and no care in the
        // sentence, is about a public place: "El cartero del barrio San Miguel nos trae el
        // correo, ¡gracias!".
        if !s.person() && !s.visit && thanks(sentence) {
            continue;
        }
        if !out.iter().any(|f| f.start < m.end() && m.start() < f.end) {
            out.push(Flag {
                rule: "phi-geo",
                start: m.start(),
                end: m.end(),
                entity: Some(Entity::Address),
                score: 0.7,
            });
        }
    }
}

/// Thanks in the seven languages ("gracias", "merci", "спасибо", "terima kasih").
fn thanks(sentence: &str) -> bool {
    re_match!(
        r"(?i)\b(?:thank\w*|gracias|agradec\w*|merci|remerci\w*|danke|dank|vielen dank|спасибо|благодар\w*|terima kasih|makasih)\b|شكر",
        sentence
    )
}

/// The practice's own branch or opening, in the seven languages: "nuestra nueva sede abre".
fn branch(sentence: &str) -> bool {
    re_match!(
        r"(?i)\b(?:branch|location|office|opens|sede|sucursal|abre|abrirá|cabinet|ouvre|ouvrira|filiale|praxis|öffnet|eröffnet|филиал\w*|открыва\w*|cabang|buka)\b|فرع|يفتح",
        sentence
    )
}

/// Reddit user names ("u/sadmolar22"), which the web recognizer may not know: always a person.
fn web_hints(text: &str, out: &mut Vec<Flag>) {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| Regex::new(r"(?:^|[\s(])(u/[A-Za-z0-9_-]{3,})").unwrap());
    for c in re.captures_iter(text) {
        let m = c.get(1).unwrap();
        if !out.iter().any(|f| f.start < m.end() && m.start() < f.end) {
            out.push(Flag {
                rule: "phi-web",
                start: m.start(),
                end: m.end(),
                entity: Some(Entity::Url),
                score: 0.9,
            });
        }
    }
}

/// Ages the AGE recognizer may leave as bare numbers, recognised by how they are used: over 89
/// with a birthday or "at 93 you're ..." ("Happy 101st birthday", "98 and sharp as a tack"),
/// and a child's age next to a name ("Benny, age 4", "Mateo (7)", "another 17yo in our ER").
fn age_hints(text: &str, layout: &Layout, out: &mut Vec<Flag>) {
    static RE: OnceLock<Vec<Regex>> = OnceLock::new();
    let res = RE.get_or_init(|| {
        [
            // Over 89 in any wording.
            r"(?i)\b(?:at|turned|turning|turns|age|aged)\s+(9\d|1[01]\d)\b",
            r"(?i)\b(9\d|1[01]\d)(?:st|nd|rd|th)\s+birthday\b",
            r"(?i)\b(9\d|1[01]\d)\s*(?:y/?o|yo|yrs?(?:\s+old)?|years?\s+(?:old|young))\b",
            r"(?im)^\W*(9\d|1[01]\d)\s+(?:and|looks|is|years|going|still|candles)\b",
            r"(?i)!\s*(9\d|1[01]\d)\s+(?:and|looks|is|years|going|still)\b",
            // A person's age next to a name or in patient context.
            r"\b[A-Z][a-z]+,?\s+((?i:age|aged)\s+\d{1,2})\b",
            r"\b[A-Z][a-z]+\s+\((\d{1,2})\)",
            r"(?i)\b(\d{1,2}\s*(?:yo|y/o|yrs? old|months? old|weeks? old))\b",
            r"(?i)\b((?:9\d|1[01]\d)\s*(?:años|ans|jahre|jährige\w*|-?лет\w*|عام\w*|عاما|tahun))",
            r"(?i)\b((?:9\d|1[01]\d)-?(?:летие\w*|летн\w+|jährig\w*))",
            // Over 89 as a bare number said of a person: "our oldest patient is 104",
            // "Abuela Rosa, 99 and still flossing" (k = 10: needs a person in the sentence).
            r"(?i)(?:\bis|\bwas|\bnow|\bturns|,)\s*(9\d|1[01]\d)(?:\s+(?:and|today|now|this|years young)\b|\s*[!.,;]|$)",
            // Arabic tens of an age: "في عامها الثالث والتسعين".
            r"(?:عامها|عامه|عمرها|عمره|سنها|سنه)\s+((?:\S+\s+و)?(?:التسعين|تسعين|المئة|المائة|مئة|مائة)\S*)",
            // A child's age between commas after a name: "Lily, 6, was so brave".
            r"\b[A-Z][a-z]+,\s+(\d{1,2}),\s",
            // "At 17, your son was ..." (k = 13: needs a person in the sentence, like k = 10).
            r"(?i)(?:^|[.!?]\s+)at\s+(\d{1,2}),\s",
            // Over 89 in words: "ninety-seven years young", "turned ninety".
            r"(?i)\b((?:ninety|one hundred|a hundred)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?[\s-]+(?:years?[\s-]+(?:old|young)|year-old))",
            r"(?i)\b(?:turned|turning|turns|at|aged?)\s+((?:ninety|one hundred|a hundred)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)\b",
            // The same in the other languages (k >= 16: needs a person in the sentence, since
            // "cien años de historia" is a clinic's anniversary).
            r"(?i)\b((?:noventa|cien|ciento|quatre-vingt-dix|cent|neunzig|hundert|девяност\w*|сто|sembilan\s+puluh|seratus)(?:[\s-]+(?:y\s+)?[^\s\d]+)?\s+(?:años|ans|jahre|лет|года|tahun))",
            // Over 89 in Arabic words after "at" (k = 17, needs a person): "والدك في التسعين".
            r"((?:في|بعمر|بسن)\s+(?:ال)?(?:تسعين|مئة|مائة)\S*)",
            // A child's or relative's age right after the reader's family word, in the seven
            // languages (recall5): "your little one, 3 months,", "votre fille de 4 ans", "su
            // hijo de 6 años", "Ihre Oma ist mit 92", "ваш сын, 5 лет", "adik umur 5 tahun".
            r"(?i)\b(?:your|ur)\s+(?:(?:little|sweet|brave|baby)\s+)?(?:son|daughter|kid|child|baby|little one|little guy|little girl|boy|girl|toddler|newborn|grandson|granddaughter|twins)\s*,?\s*\(?((?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*(?:months?|mos?|weeks?|wks?|years?|yrs?)(?:\s+old)?)",
            r"(?i)\b(?:votre|ton|ta|vos)\s+(?:fils|fille|bébé|enfant|petit|petite|petite-fille|petit-fils|jumeaux|jumelles)\s+(de\s+\d{1,2}\s+(?:ans|mois|semaines))",
            r"(?i)\b(?:su|tu|sus|tus)\s+(?:hij[oa]s?|bebé|niñ[oa]|niet[oa]|pequeñ[oa]|gemel[oa]s)\s+(de\s+\d{1,2}\s+(?:años|meses|semanas))",
            r"(?i)\b(?:Ihr|Ihre|dein|deine)\s+(?:Sohn|Tochter|Kind|Baby|Kleine[rn]?|Enkel\w*|Oma|Opa|Mutter|Vater|Mann|Frau)\s+(?:\w+\s+){0,3}?(mit\s+\d{1,3})\b",
            r"(?i)(?:ваш\w*|тво\w+)\s+(?:сын|дочь|дочка|ребёнок|ребенок|малыш\w*|внук\w*|бабушк\w*|дедушк\w*)\s*,?\s*(\(?\d{1,3}\s+(?:лет|год\w*|месяц\w*)\)?)",
            // Over 89 in parentheses or after "at her" in other languages: "Your dad (92!)",
            // "A sus 93", "mit 95", "à 96 ans" (recall5).
            r"(\((?:9\d|1[01]\d)\s*!*\))",
            r"(?i)\b((?:a sus|a los|mit|в свои|di usia)\s+(?:9\d|1[01]\d))\b",
            r"(?i)\b(?:adik|anak\s+(?:anda|ibu|bapak|kamu)|putra\s+(?:anda|ibu|bapak)|putri\s+(?:anda|ibu|bapak)|cucu\s+(?:anda|ibu|bapak))\s+((?:umur|usia|berumur|berusia)\s+\d{1,2}\s+(?:tahun|bulan|minggu))",
        ]
        .iter()
        .map(|r| Regex::new(r).expect("age hint regex"))
        .collect()
    });
    for (k, re) in res.iter().enumerate() {
        for c in re.captures_iter(text) {
            let m = c.get(1).unwrap();
            if k == 7 && !layout.clause(m.start()).1.person() && !layout.sentence(m.start()).visit {
                let ((cs, ce), _) = layout.clause(m.start());
                let ctx = text[cs..ce].to_lowercase();
                if !["our", "er", "patient", "another", "came"]
                    .iter()
                    .any(|w| ctx.contains(w))
                {
                    continue;
                }
            }
            // "(92!)" and "a sus 93" / "mit 95" (k = 23, 24) need the person themselves in the
            // sentence: "Patienten jeden Alters, auch mit 92" is every patient.
            if (23..=24).contains(&k) && !layout.sentence(m.start()).person() {
                continue;
            }
            if k == 10 || k == 13 || k == 16 || k == 17 {
                let s = layout.sentence(m.start());
                let sentence = text[layout.sentence_range(m.start())].to_lowercase();
                if !(s.person() || sentence.contains("patient")) {
                    continue;
                }
            }
            let ((cs, ce), c) = layout.clause(m.start());
            let over89 = !(5..=7).contains(&k);
            let group = if over89 {
                re_match!(
                    r"(?i)older|over|and up|\+|or more|ke atas|y más|et plus|und älter|старше|más de|plus de|über|mehr als|более|lebih dari|todas las edades|tous âges|jeden alters|любого возраста",
                    &text[cs..ce]
                )
            } else {
                c.group_age
            };
            let sr = layout.sentence_range(m.start());
            // clin10: "the building just turned 101", "90th birthday to the library".
            if group
                || place_anniversary(&text[m.end()..])
                || unasserted::thing_age(&text[sr.start..m.start()], &text[m.end()..sr.end])
            {
                continue;
            }
            if !out
                .iter()
                .any(|f| f.start < m.end() && m.start() < f.end && f.rule == "phi-age")
            {
                out.push(Flag {
                    rule: "phi-age",
                    start: m.start(),
                    end: m.end(),
                    entity: Some(Entity::Age),
                    score: 0.8,
                });
            }
        }
    }
}

/// Clinical terms tied to a person (`clin-detail`) and health details of the review repeated to
/// the reviewer (`echo-disclosure`).
fn clinical_flags(
    input: &Input,
    lang: &str,
    layout: &Layout,
    terms: &[clinical::Term],
    cues: &Cues,
    addressed: bool,
    out: &mut Vec<Flag>,
) {
    let text = &input.text;
    let vocab = clinical::vocab();
    let ctx_lang = if input.context.trim().is_empty() {
        lang
    } else {
        crate::lang::resolve(&input.lang, &input.context)
    };
    let ctx_terms = vocab.find(&input.context, ctx_lang);
    let replying = !input.context.trim().is_empty();
    let ctx_words: Vec<String> = ctx_terms
        .iter()
        .flat_map(|t| words_of(&input.context[t.start..t.end]))
        .collect();
    let education = education_register(input, addressed);
    // Every word of the post by its stem, so "your pregnancy" echoes "we're finally pregnant"
    // (recall5): only the reply's clinical terms are looked up in it.
    let ctx_stems: Vec<String> = words_of(&input.context).iter().map(|w| stem(w)).collect();
    for t in terms {
        let ((cs, ce), c) = layout.clause(t.start);
        let s = layout.sentence(t.start);
        // "Your first mammogram is recommended at age 40", "How to use your inhaler": in a
        // reply that teaches every reader, a term in a sentence with no visit, no third
        // person, no name and nothing done or found in the past is anyone's.
        let sentence = &text[layout.sentence_range(t.start)];
        if education && !(s.visit || s.third || s.named) && !past_care(sentence) {
            continue;
        }
        // "you can now see your lab results in the patient portal" ("patient" there names
        // the portal, so a third-person cue does not count).
        if portal_feature(sentence) && !s.named && !past_care(sentence) {
            continue;
        }
        // "which options make sense, along with their side effects": "their" with no person
        // in the sentence is a thing's, not someone's.
        let poss = possessive_before(text, cs, t.start, cues)
            .filter(|&p| s.person() || !text[p..].to_lowercase().starts_with("their"));
        // "Check your blood pressure", "ask us at your next eye exam": a call to every reader;
        // "Reha-Abteilung", "ICU team": the term names a department, not someone's care.
        if poss.is_some_and(|p| call_to_all(&text[cs..p]) || negated_instruction(&text[cs..p]))
            || names_a_department(&text[t.end..])
            || (poss.is_none() && names_a_service(&text[t.end..]))
            || general_mention(text, cs, t, layout.sentence_range(t.start), poss.is_some())
            // clin10: a request for readers' own details, a reward for a review, a staff
            // member's leave, the topic of teaching material: nothing said of a patient.
            // A topic needs no possessive (fixp9: "the article about your heart transplant");
            // the request and the reward are about the reader's own term ("Tell us your
            // diagnosis"), and the leave filter rejects any reader or patient word itself.
            || unasserted::public_request(sentence)
            || unasserted::review_reward(sentence)
            || unasserted::staff_leave(sentence)
            || (poss.is_none() && unasserted::material_topic(&text[cs..t.start]))
            || (poss.is_none() && unasserted::imperative_offer(&text[cs..t.start]))
            || (poss.is_none()
                && !(c.person() || s.named || s.third)
                && !past_care(&text[cs..ce])
                && unasserted::kind_subject(
                    &text[cs..t.start],
                    &text[t.end..ce],
                ))
            || (poss.is_none()
                && !(replying || addressed || s.named || (s.third && !generic_subject(sentence)))
                && indefinite_offer(&text[cs..t.start]))
        {
            continue;
        }
        let weak = matches!(t.kind, Kind::Body | Kind::Care) || t.common;
        // An everyday or care word matches the post's words by stem only after "your" ("your
        // recovery" answering "my eating disorder recovery"; clin6).
        let yours = poss.is_some_and(|p| {
            crate::text::tokens(&text[p..t.start])
                .first()
                .is_some_and(|w| cues.second.is_match(w.text))
        });
        let echoed = ctx_terms.iter().any(|x| x.entry == t.entry)
            || words_of(&text[t.start..t.end]).iter().any(|w| {
                ctx_words.contains(w) || ((!weak || yours) && ctx_stems.contains(&stem(w)))
            });
        // clin6: a post to every follower (no post answered, no one named or pointed at) whose
        // sentence asserts nothing about anyone: a question, a condition, an instruction, a
        // comparison of kinds of care.
        // A kind of person as the subject ("A patient with diabetes heals more slowly",
        // "Someone with high blood pressure may feel nothing") is no third person (clin6).
        let third = s.third && !generic_subject(sentence);
        let to_all = !(replying || addressed || third || s.named);
        // A condition may hold a pronoun for the thing it is about ("Si elle dure plus de trois
        // semaines ou s'accompagne de fièvre": "elle" is the cough), so only a name keeps it.
        let post_condition = !replying
            && !addressed
            && !s.named
            && condition_before(&text[layout.sentence_range(t.start).start..t.start]);
        if !echoed
            && (comparison(&text[cs..t.start], &text[t.end..])
                || negated(&text[cs..poss.unwrap_or(t.start)])
                || post_condition
                || group_possessive(&text[cs..t.start])
                || staff_own(sentence)
                || (to_all
                    && (question(sentence)
                        || generic_present(sentence)
                        || (generic_subject(sentence) && !past_care(sentence))
                        || group_addressed(sentence)
                        || instruction_to_all(&text[cs..poss.unwrap_or(t.start)]))))
        {
            continue;
        }
        let start = poss.unwrap_or(t.start);
        let care_act = care_act(&text[cs..t.start]);
        // clin6: a person brought in with, for or after the term ("the guy who fixes bikes was
        // in this morning w/ a busted wrist", "was treated here for smoke inhalation", "operada
        // ayer de la vesícula"): what the visit was for, everyday word or not.
        // A general word elsewhere ("the guy who plays Santa every year") does not make the
        // visit anyone's; a condition before it ("if a patient comes in with") does.
        let sentence_before = &text[layout.sentence_range(t.start).start..t.start];
        let brought_for = (s.third || s.named)
            && visit_for(sentence_before)
            && !condition_before(sentence_before);
        // vocab13: an everyday word for a procedure or test ("echo", "sleeve", "pump").
        let everyday = t.common && !matches!(t.kind, Kind::Body | Kind::Care);
        let tied = if weak {
            brought_for
                || poss.is_some()
                    && !c.general
                    // An everyday word names the possessor's care only right after the
                    // possessive ("your echo", "your son's new crown"), not as a verb or a thing
                    // further on ("your voice will echo in the new lobby").
                    && !(everyday && poss.is_some_and(|p| far_from_possessive(&text[p..t.start])))
                    && (state_cue(&text[layout.sentence_range(t.start)])
                        || (everyday && weak_care_cue(&text[t.end..ce])))
        } else {
            brought_for
                || poss.is_some()
                || care_act
                || done::done_by_us(lang, &text[t.end..layout.sentence_range(t.start).end])
                || (c.person() && !c.general)
                || (c.visit && s.person() && !c.general)
        };
        // A reply to a post speaks to its author: a health detail of the post repeated in a
        // sentence of sympathy or relief ("Sorry about the headache", "Рады, что давление в
        // норме") is theirs (recall5); advice about it ("keep giving the amoxicillin") is not
        // an echo, and an everyday body word needs "your" ("call you back" is no back).
        let sentence_text = &text[layout.sentence_range(t.start)];
        // An everyday word the post itself used, with how it is going ("Рады, что давление
        // в норме" answering "помощь с давлением"), is theirs too (clin6).
        let same_word = ctx_terms.iter().any(|x| x.entry == t.entry);
        let to_author = replying
            && (!weak || poss.is_some() || same_word && state_cue(sentence_text))
            && sympathy(sentence_text)
            && (definite_before(&text[cs..t.start]) || state_cue(sentence_text));
        // A general word in the clause ("So glad we could help with your anxiety") does not
        // undo a term already tied to the reader (clin6).
        if echoed && (tied || !c.general && (c.person() || s.person() || addressed || to_author)) {
            out.push(Flag {
                rule: "echo-disclosure",
                start,
                end: t.end,
                entity: None,
                score: 0.9,
            });
            if !matches!(t.kind, Kind::Body | Kind::Care) {
                out.push(Flag {
                    rule: "clin-detail",
                    start,
                    end: t.end,
                    entity: None,
                    score: 0.9,
                });
            }
        } else if tied {
            out.push(Flag {
                rule: "clin-detail",
                start,
                end: t.end,
                entity: None,
                score: 0.9,
            });
        }
        // "Your crown was seated", "your son's filling was done": the reader's own care,
        // done by the practice, confirms the relationship whatever the clinical word is.
        if let Some(p) = poss {
            let word = crate::text::tokens(&text[p..t.start])
                .first()
                .map_or("", |w| w.text);
            // A test or scan of the reader's ("su resonancia salió normal", "votre IRM est
            // normale", "your MRI came back") is always a result of their care.
            let test = t.kind == Kind::Test && !t.common && result_said(&text[t.end..ce]);
            // Any diagnosis, procedure, drug or test of the reader's ("your migraines", "Ihre
            // Wurzelbehandlung", "ваша пломба") is their care: only this practice would say it.
            // Not an echo of the review (that is `echo-disclosure`), not an offer ("get your
            // Wegovy starter pack"), and not "su"/"ihr" when the sentence is about someone else.
            let own_term =
                !(weak || c.general || echoed || s.third || s.named || offer_before(&text[cs..p]));
            if (tied || echoed)
                && cues.second.is_match(word)
                && (test || own_term || care_done(&text[t.end..ce]))
            {
                out.push(Flag::relation(p, t.end, 0.8));
            }
        }
    }
}

/// A visit or treatment word, then within a few words "with", "for", "after" and at most an
/// article, a possessive and one more word, up to a clinical term: "came in Friday with a
/// burned hand", "was in for his shoulder", "treated here for", "after his fall", "vino con",
/// "operada ayer de la", "opéré du", "kam mit", "приходил ... с", "dirawat karena". `before`
/// is the sentence up to the term.
fn visit_for(before: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?i)\b(?:came in|come in|comes in|coming in|was in|were in|is in|stopped by|stopped in|popped in|showed up|treated|treating|seen|saw|admitted|operated on|patched up|stitched up|checked|came|vin[oa]|vinieron|lleg[óo]|ingres[óo]|atendimos|operad[oa]|tratad[oa]|venue?|arrivée?|opérée?|soignée?|traitée?|hospitalisée?|kam|war|wurde|behandelt|operiert|приходил\w*|пришл\w*|пришёл|поступил\w*|лечил\w*|оперировал\w*|прооперирован\w*|datang|dirawat|dioperasi|ditangani)\b(?:\s+[\w'’/-]+){0,5}?\s+(?:with|w/|for|after|from|because of|con|por|de|del|de la|avec|pour|du|d[\x27’]|mit|wegen|nach|с|со|после|по поводу|dengan|karena|untuk|setelah)(?:\s+(?:a|an|the|his|her|their|that|this|some|un|una|el|la|los|las|su|sus|le|la|les|une|des|son|sa|ses|einer?|einem|den|dem|der|die|seine[mnr]?|ihre[mnr]?|yang))?(?:\s+[\w'’-]+)?\s*$").unwrap()
    })
    .is_match(before)
}

/// A negation right before the term, at most an article between: "not a cavity", "bukan gigi
/// berlubang", "no sign of infection", "sin caries", "pas de fracture", "keine Entzündung", "без
/// перелома": the term is what the person does not have (clin6). "No longer" is not one.
fn negated(before: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?i)(?:^|[^\w])(?:not(?: a| an| any)?|no(?: sign of| signs of| evidence of| trace of)?|never had(?: a| an| any)?|ruled out(?: a| an)?|without(?: a| an| any)?|bukan|tidak ada|tanpa|sin|ningún|ninguna|ni|pas de|pas d[\x27’]|sans|aucune?|kein(?:e[nmrs]?)?|ohne|нет|без|لا|ليس|بدون)\s+$").unwrap()
    })
    .is_match(before)
}

/// A sentence in the generic present of how care goes for anyone, with no past event, date,
/// or how someone is doing: "Your mammogram takes about 20 minutes", "During your colonoscopy,
/// you'll be sedated", "After your extraction, avoid straws for 24 hours", "Your blood pressure
/// reading can vary by 10 points". Only asked of posts to every follower (clin6).
fn generic_present(sentence: &str) -> bool {
    let generic = re_match!(
        r"(?i)^\W*(?:after|before|during|once|when|while|después de|antes de|durante|après|avant|pendant|nach|vor|während|после|перед|во время|setelah|sebelum|selama|بعد|قبل|أثناء)\b|\b(?:can|could|may|might|should|must|usually|typically|generally|normally|often|takes?|lasts?|depends?|includes?|involves?|means|avoid|expect|puede|pueden|suele|dura|incluye|evite|peut|peuvent|dure|comprend|évitez|kann|können|dauert|umfasst|vermeiden|может|могут|длится|включает|избегайте|bisa|dapat|biasanya|berlangsung|hindari|يمكن|عادة|تستغرق|تجنب)\b|\byou[\x27’]ll\b",
        sentence
    );
    generic
        && !past_care(sentence)
        // "we called twice", "she flossed": a subject and a verb in the past.
        && !re_match!(r"(?i)\b(?:we|i|you|he|she|they|it)\s+(?:\w+\s+)?\w{2,}ed\b", sentence)
        && !state_cue(sentence)
        && !re_match!(r"(?i)\b(?:today|tonight|tomorrow|yesterday|this (?:morning|afternoon|week)|next (?:week|month)|last|on the \d|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}(?::\d{2}|\s?[ap]\.?m\b|/\d)|january|february|march|april|june|july|august|september|october|november|december)", sentence)
}

/// An age that is no one's (see the retain in [`analyze`]): `before`/`after` are the sentence
/// around the age, `clause` the age's clause, `post` true in a post to every follower with no
/// third person or name in the sentence.
fn nobodys_age(before: &str, after: &str, sentence: &str, clause: &str, post: bool) -> bool {
    // "A 3-year-old's teeth", "an 8-year-old needs": a kind of child, unless a visit or past
    // care makes it one ("a 12-year-old came in").
    let kind = re_match!(r"(?i)(?:^|\W)(?:a|an|any|every|each)\s+$", before)
        && !past_care(sentence)
        && !re_match!(
            r"(?i)\b(?:came|come|brought|admitted|saw|seen|treated|delivered|tonight|today|yesterday)\b",
            sentence
        );
    let milestone = post
        && re_match!(
            r"(?i)\b(?:by|until|before|after|from|under|over|at|starting at|beginning at|around)\s+(?:the\s+)?(?:age\s+(?:of\s+)?)?$|\bage\s+$",
            before
        );
    let generic_you = post && (question(sentence) || generic_present(sentence));
    let staff = re_match!(
        r"\b(?:Dr|Dra|Doctor|Doctora|Nurse|Dr\.)\.?\s+\p{Lu}|(?i:\bour\s+(?:\w+\s+)?(?:staff member|team member|hygienist|nurse|receptionist|assistant|founder|office manager|front desk))",
        sentence
    ) && !re_match!(
        r"(?i)\b(?:patient\w*|paciente\w*|пациент\w*|pasien|your|you|ur|boy|girl|son|daughter|mom|dad|baby|kid|child)\b",
        sentence
    );
    let thing = re_match!(
        r"(?i)\b(?:our|the)\s+(?:\w+\s+)?(?:building|clinic|practice|office|company|business|hospital|school|church|bakery|firm|brand)\s+(?:turns|turned|celebrates|is|was)\b",
        clause
    );
    let range = re_match!(
        r"(?i)\bfrom\s+\d{1,3}\s*(?:months?|weeks?|years?)?(?:\s+old)?\s+(?:to|through|until)\s+$",
        before
    ) || after.trim_start().starts_with("and up")
        || after.trim_start().starts_with("and older");
    // Over 89 an age singles a person out however the sentence is put ("At 93 you're our most
    // punctual patient").
    let over89 = {
        let digits: String = sentence[before.len()..sentence.len() - after.len()]
            .chars()
            .filter(char::is_ascii_digit)
            .collect();
        digits.parse::<u32>().is_ok_and(|n| (90..130).contains(&n))
    };
    (!over89 && (kind || milestone || generic_you)) || staff || thing || range
}

/// A place in a sentence about no one in particular, by the words around it (`before` and
/// `after` are the rest of its sentence): a group of people from it, a range of places, a
/// venue named after it, or the practice's own site (see the retain in [`analyze`]).
fn community_place(before: &str, after: &str) -> bool {
    group_from(before)
        // "Welcome to the neighborhood, Sunrise Bakery on Main Street!": a business's address.
        || re_match!(r"(?i)\b(?:bakery|cafe|café|shop|store|restaurant|diner|pharmacy|market|salon|gym|studio|library|church|school|inc|llc|co)\.?\s+(?:on|at|in)\s+(?:the\s+)?$", before)
        || (re_match!(r"(?i)\b(?:from|between)\s+(?:the\s+)?$", before)
        && re_match!(r"^\s+(?:to|through|and)\s+(?:the\s+)?\p{Lu}", after))
        || re_match!(r"(?i)\bour\s+(?:\w+\s+){0,2}(?:office|offices|clinic|location|branch|practice|site|building|van|bus|team|booth)\s+(?:\w+\s+)?(?:on|at|in|near)\s+(?:the\s+)?$", before)
        || venue_after(after)
}

/// A group of people, then a few words, then "from"/"in"/"on" up to a place: "kids from",
/// "Many of our patients drive in from", "Families from", "everyone in" (clin6).
fn group_from(before: &str) -> bool {
    re_match!(
        r"(?i)\b(?:kids|children|families|patients|everyone|everybody|folks|residents|students|neighbou?rs|people|seniors|members|friends|customers|clients|homeowners|parents|teams|schools)\s+(?:\w+\s+){0,3}?(?:from|in|on|of|across|throughout|around)\s+(?:the\s+)?$",
        before
    )
}

/// A word for one person (a pronoun, a title, "the guy"): with it a group phrase does not make
/// a place everyone's (clin6).
fn one_person(sentence: &str) -> bool {
    use vocab::{EN_ADULT, EN_COURTESY, EN_HE_SHE};
    re_match_fmt!(
        r"(?i)\b(?:{EN_HE_SHE}|{EN_COURTESY}|{EN_ADULT}|boy|girl|baby|the patient|our patient|this patient|a patient)\b",
        sentence
    )
}

/// A venue word right after a place name: "Oak Terrace Elementary", "Cedar Hollow Library",
/// "Glenwood Community Center".
fn venue_after(after: &str) -> bool {
    re_match!(
        r"^\s+(?:Elementary|Middle|High|School|Academy|Library|Church|Mall|Community|Rec|Recreation|Center|Centre|Stadium|Field|YMCA|Fire|Town Hall|Farmers)\b",
        after
    )
}

/// A service, topic or machine word right after an unpossessed term: "Asthma care is a big part
/// of what we do", "Medication questions deserve an answer", "the new X-ray machine",
/// "diabetes education", "cuidados de la diabetes" is left to the lists (clin6). "Your asthma
/// care" stays the reader's (the caller asks this only without a possessive).
fn names_a_service(after: &str) -> bool {
    re_match!(
        r"(?i)^[\s-](?:care|questions?|support|education|management|awareness|research|specialists?|experts?|expertise|machines?|scanners?|suites?|equipment|technology|tech|software|options|services|supplies|products|prices|pricing|costs?|coverage|guidelines|rates|statistics|stats|myths|facts|tips)\b",
        after
    )
}

/// A kind of person opening the sentence, in the seven languages: "A patient with diabetes",
/// "Someone with", "Anyone who", "Un paciente con", "Un patient qui", "Ein Patient mit",
/// "Пациент с", "Pasien dengan", "المريض المصاب" (clin6).
fn generic_subject(sentence: &str) -> bool {
    re_match!(
        r"(?i)^\W*(?:(?:a|an|any|every)\s+(?:\w+\s+)?(?:patient|person|child|kid|adult|senior|teen|woman|man|mother|mom|mum|dad|father|parent|athlete|runner|student|baby|smoker|diabetic)|someone|anyone|everyone|people|un[ao]?\s+(?:paciente|persona|niñ[oa]|patiente?|personne|enfant)|ein(?:e)?\s+(?:patient(?:in)?|kind|person)|jeder|jede|pasien\s+(?:yang|dengan)|seseorang|siapa pun)\b",
        sentence
    )
}

/// A group or the reader as one of a group, called at the start: "Moms: your postpartum
/// checkup matters", "Parents, ...", "Seniors -", "Runners!" (clin6).
fn group_addressed(sentence: &str) -> bool {
    re_match!(
        r"(?i)^\W*(?:moms?|mums?|dads?|parents|moms-to-be|new moms|kids|teens|seniors|everyone|folks|friends|patients|ladies|guys|athletes|runners|smokers|students|grandparents|caregivers|padres|mamás|parents|eltern|родители|orang tua|ibu-ibu|bapak-bapak)(?:-to-be)?\s*[:,!–—-]",
        sentence
    )
}

/// A group's possessive right before the term: "his patients' back pain", "our kids' cavities",
/// "people's blood pressure": every case of a group, not one person's (clin6).
fn group_possessive(before: &str) -> bool {
    re_match!(
        r"(?i)\b(?:patients|kids|people|families|clients|members|seniors|adults|women|men|teens|athletes|runners)[\x27’]s?\s+(?:\w+\s+)?$",
        before
    )
}

/// A clinician receiving care themself, as the subject of the sentence: "Dr. Lee got his flu
/// shot today", "Nurse Joy had her booster": staff news (colleague rules judge it), not a
/// patient's care. A care act ("Dr. Lee removed her wisdom teeth") is not matched (clin6).
fn staff_own(sentence: &str) -> bool {
    re_match!(
        r"^\W*(?:(?i:watch|hear|listen as|join)\s+)?(?:Dr|Dra|Doctor|Doctora|Nurse)\.?\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?\s+(?:(?i:just|finally|also)\s+)?(?:(?i:got|had|received|took|gets|is getting|just got|rolled up (?:his|her) sleeve for)\s+(?i:his|her|their|a|an|the)\b|(?i:explains?|shares?|discusses|discuss|talks? about|talks? through|walks? (?:us |you )?through|answers?|describes?|covers?|demonstrates?|presents?|reviews?|breaks? down)\b)",
        sentence
    ) || {
        // vocab13: the same teaching verb in the other languages, before or after the name: "In
        // diesem Video erklärt Dr. Becker, wie Insulinpumpen funktionieren". The verbs are
        // `vocab::TEACH_VERBS` and its named extras (mend14).
        use vocab::{TEACH_VERBS, TEACH_VERBS_DE_MORE, TEACH_VERB_RU};
        re_match_fmt!(
            r"(?:(?i:{TEACH_VERBS}|{TEACH_VERBS_DE_MORE}|{TEACH_VERB_RU}|рассказывает)\s+(?:Dr|Dra|Doctor|Doctora|Dre|dr)\.?\s+\p{{Lu}}|(?:Dr|Dra|Doctor|Doctora|Dre)\.?\s+\p{{Lu}}[\p{{L}}-]+\s+(?i:{TEACH_VERBS}|{TEACH_VERBS_DE_MORE})\b)",
            sentence
        )
    }
}

/// A clause opening with a past participle up to a date: "placed on", "done", "seen last",
/// "removed" (clin6): it carries on the person of the clause before.
fn participle_clause(before: &str) -> bool {
    re_match!(
        r"(?i)^\W*(?:(?:all|both|just|finally)\s+)?(?:\w{3,}ed|done|seen|given|taken|put|set|fitted|made|sewn|drawn)\s+(?:\w+\s+)?(?:on|at|in|last|this|since)?\s*$",
        before
    )
}

/// One of the practice's roles right before a name, as an apposition: "our newest patient
/// coordinator, ", "our front desk star, ", "nuestra recepcionista ", "unsere Helferin " (clin6).
fn staff_role_before(before: &str) -> bool {
    re_match!(
        r"(?i)\b(?:our|my|nuestr[oa]|notre|unser\w*|наш\w*)\s+(?:[\w-]+\s+){0,3}?(?:receptionist|hygienist|nurse|assistant|coordinator|manager|star|team member|staff member|colleague|technician|tech|front desk|biller|scheduler|intern|volunteer|pharmacist|therapist|recepcionista|higienista|enfermer[oa]|asistente|assistante?|secrétaire|infirmière?|helferin|assistentin|mitarbeiter\w*|администратор\w*|медсестр\w*)s?\s*,\s+$",
        before
    )
}

/// A sentence about a clinician by title and name with no patient in it: "We said goodbye to
/// Dr. Ortiz yesterday after 30 years", "Dr. Nguyen joins us on March 1" (clin6).
fn clinician_news(sentence: &str) -> bool {
    re_match!(
        r"\b(?:Dr|Dra|Doctor|Doctora|Docteur|Dokter)\.?\s+\p{Lu}",
        sentence
    ) && !re_match!(
        r"(?i)\b(?:patient\w*|paciente\w*|пациент\w*|pasien|saw|seen|treated|delivered|operated|removed|placed|admitted|discharged)\b|مريض",
        sentence
    )
}

/// A sentence put as a question ("Insurance denied your MRI?", "Worried your kid swallowed a
/// tooth?", "¿Le duele la muela?"): in a post to every follower it asks, it states no one's care.
fn question(sentence: &str) -> bool {
    let t = sentence.trim_end_matches(|c: char| c.is_whitespace() || "\"'’”)".contains(c));
    // "How's your filling?", "Как ваша пломба?", "Is the crown still sensitive?": asking how
    // the reader's own care is going presumes it, so it is no question to everyone.
    (t.ends_with('?') || t.ends_with('؟'))
        && !re_match!(
            r"(?i)^\W*(?:how|how's|hows|comment|cómo|como|wie|как|bagaimana|gimana|كيف)\b|\b(?:still|any better|feeling|healing|holding up|settl\w+|всё ещё|еще|ещё|todavía|toujours|immer noch|masih)\b",
            t
        )
}

/// A condition that runs from its "if" to the term with no main clause between: "Strep season:
/// if you sang the anthem at the game and your throat is sore", "If your child has a fever
/// over 104", "Si votre enfant a de la fièvre". `before` is the sentence up to the term.
/// Longer than [`hypothetical`], so it is only asked of posts to every follower.
fn condition_before(before: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    // "just asked if her colonoscopy prep could be done with margaritas": a question someone
    // put, reported, not a condition.
    if re_match!(
        r"(?i)\b(?:ask|asked|asks|asking|wonder\w*|know|knows|knew|see|saw|check\w*|tell|told|sure|demandé|preguntó|gefragt|спросил\w*|bertanya)\s+(?:\w+\s+){0,2}?(?:if|whether|si|ob|ли|apakah)\s[^,;:.!?]*$",
        before
    ) {
        return false;
    }
    RE.get_or_init(|| {
        Regex::new(r"(?i)(?:^|[\s:;,.!?(—–-])(?:if|in case|unless|si|en caso de|en cas de|falls|wenn|если|jika|kalau|apabila|bila|إذا|لو)\s[^,;:.!?]*$").unwrap()
    })
    .is_match(before)
}

/// An instruction to every reader opening the clause, in the seven languages: "Siga tomando
/// sus medicamentos", "Prenez vos médicaments", "Nehmen Sie Ihre Tabletten", "Продолжайте
/// принимать", "Lanjutkan minum obat", "استمر في تناول" (the English forms are [`call_to_all`]).
fn instruction_to_all(before: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?i)^\W*(?:por favor\s+|s'il vous plaît\s+|bitte\s+|пожалуйста,?\s+|mohon\s+|silakan\s+)?(?:siga|sigan|continúe|continúen|tome|tomen|traiga|traigan|revise|revisen|no olvide|no olviden|recuerde|guarde|continuez|prenez|apportez|n[\x27’]oubliez pas|gardez|vérifiez|nehmen sie|bringen sie|vergessen sie nicht|denken sie an|prüfen sie|продолжайте|принимайте|возьмите|не забудьте|не забывайте|проверьте|lanjutkan|minumlah|bawa|bawalah|jangan lupa|periksa|استمر|استمري|تابع|لا تنس|احضر|احضري)(?:\s|$)[^,;:]*$").unwrap()
    })
    .is_match(before)
}

/// Kinds of care compared or likened, around a term: "X-ray vs. CT", "CT or MRI", "felt like a
/// filling", "as easy as a cleaning": the term names a kind, not someone's care.
fn comparison(before: &str, after: &str) -> bool {
    static BEFORE: OnceLock<Regex> = OnceLock::new();
    static AFTER: OnceLock<Regex> = OnceLock::new();
    BEFORE
        .get_or_init(|| {
            Regex::new(r"(?i)(?:\b(?:vs\.?|versus|(?:feels?|felt|feeling|looks?|looked|just|more|less|nothing|no different) like(?: an?| getting an?| having an?)?|as \w+ as(?: an?)?|compared (?:to|with)(?: an?)?|rather than(?: an?)?|instead of(?: an?)?|comme une?|como une?|wie eine?|как)\s+)$").unwrap()
        })
        .is_match(before)
        || AFTER
            .get_or_init(|| Regex::new(r"(?i)^\s*(?:vs\.?|versus|or an?)\s").unwrap())
            .is_match(after)
}

/// A reply in the register of health education: it answers no review (no `context`), names no
/// one (`addressed` is false) and gives advice meant for every reader: "ask your doctor", "is
/// recommended", "how to", "tell your dentist before ...", in the seven languages. Its "your"
/// is anyone's. A bare "if you" is not enough: "If you need to reschedule your mammogram"
/// is said to a patient as often as to everyone.
fn education_register(input: &Input, addressed: bool) -> bool {
    !input.is_reply()
        && !addressed
        && re_match!(
            r"(?i)\b(?:(?:ask|talk to|talk with|check with|tell|call|see|let) (?:your|a) (?:doctor|dentist|provider|pharmacist|clinician|physician|pediatrician|care team)|how to|(?:is|are) (?:recommended|advised|suggested)|most (?:people|adults|kids|children|plans|insurance)|tips?|did you know|myths?|(?:consulte|pregunte|avise|hable con|dígale|informe) a su (?:médico|dentista|doctor|farmacéutico)|se recomienda|(?:demandez|parlez-en|prévenez|signalez-le|dites-le) (?:à )?votre (?:médecin|dentiste|pharmacien)|est recommandée?|(?:fragen|sagen|informieren) sie (?:es )?ihre[mn]? (?:arzt|ärztin|zahnarzt|zahnärztin|apotheker)|wird empfohlen|спросите (?:у )?(?:врача|стоматолога)|предупредите (?:врача|стоматолога)|рекомендуется|tanyakan (?:kepada )?dokter|beri tahu dokter|dianjurkan)\b|استشر طبيبك|أخبر طبيب|يُنصح|ينصح",
            &input.text
        )
}

/// A sentence announcing what every reader can do online: "you can now see your lab results
/// in the patient portal", "puede ver sus resultados en el portal". A result named there is
/// anyone's.
fn portal_feature(sentence: &str) -> bool {
    re_match!(
        r"(?i)\b(?:you can|you'll be able to|you’ll be able to|puede|puedes|vous pouvez|können sie|вы можете|anda dapat|anda bisa)\b[^.!?]*\b(?:portal|app|online|website|en línea|en ligne|приложени\w*|aplikasi)\b",
        sentence
    )
}

/// Something done to or found in a person in the past: "your biopsy was benign", "the filling
/// came back loose", "we placed", "tu resultado salió", "votre bilan était". Keeps a past
/// event personal in an education-style reply.
fn past_care(sentence: &str) -> bool {
    re_match!(
        r"(?i)\b(?:was|were|came back|showed|show|shows|had|got|did|went|came|looked|placed|removed|found|fixed|started|prescribed|diagnosed|salió|salieron|fue|fueron|tuvo|estuvo|était|étaient|a été|ont été|war|waren|wurde|wurden|был\w*|была|были|sudah|telah|كان|كانت)\b",
        sentence
    )
}

/// A department or team word right after a clinical term, joined by a hyphen or a space:
/// "Reha-Abteilung", "oncology unit team", "ICU staff", "dialysis center".
fn names_a_department(after: &str) -> bool {
    re_match!(
        r"(?i)^[\s-](?:abteilung|zentrum|station|team|klinik|praxis|department|dept|unit|center|centre|clinic|team|staff|ward|wing|program|programme|service|services|servicio|unidad|centro|équipe|service|отделени\w*|центр\w*|قسم|مركز|unit|bagian|klinik|dogs?|animals?|pets?)\b",
        after
    )
}

/// A clinical term that is about no one's care whoever else the sentence names: the practice's
/// event ("mammogram event", "acara vaksinasi"), every case ("cada antibiótico"), a price offer
/// ("$25 off whitening") or a cooking recipe ("su receta saludable"). `possessed`: a
/// possessive stands right before the term ("your whitening"), which keeps it someone's.
fn general_mention(
    text: &str,
    clause_start: usize,
    t: &clinical::Term,
    sentence: std::ops::Range<usize>,
    possessed: bool,
) -> bool {
    let before = &text[clause_start..t.start];
    let after = &text[t.end..];
    recipe_sense(&text[t.start..t.end], after)
        || hypothetical(before)
        || talk_topic(before)
        || (!possessed
            && (names_an_event(before, after)
                || every_before(before)
                || ours_before(before)
                || offer_in(&text[sentence])))
}

/// A sentence about the practice's own staff and no patient: "our front desk star Kevin",
/// "nuestra recepcionista Ana", "unsere Anna aus der Anmeldung", "resepsionis kami".
fn staff_subject(sentence: &str) -> bool {
    re_match!(
        r"(?i)\bour\s+(?:own\s+|amazing\s+|wonderful\s+|lovely\s+|oldest\s+|youngest\s+|newest\s+|new\s+|longest-serving\s+)?(?:volunteer|front desk|receptionist|hygienist|nurse|assistant|office manager|manager|team member|staff member|dr\b|doctor|dentist|tech\b|technician|pa\b|np\b|physician assistant|nurse practitioner|medical assistant|pharmacist|therapist|midwife|optometrist|dietitian)|\bnuestr[oa]\s+(?:recepcionista|higienista|enfermer[oa]|asistente|doctora?\b|dra?\b)|\bnotre\s+(?:assistante?|secrétaire|hygiéniste|infirmière?|dr\b|docteur)|\bunser(?:e[rn]?)?\s+(?:assistentin|mitarbeiter\w*|helferin|dr\b)|\baus der (?:anmeldung|rezeption)\b|\bнаш\w*\s+(?:администратор\w*|медсестр\w*|ассистент\w*|врач\w*|доктор\w*)|\b(?:resepsionis|perawat|asisten|dokter)\s+kami\b|موظف\w*\s+الاستقبال|ممرضتنا|طبيبنا",
        sentence
    ) && !re_match!(
        r"(?i)\b(?:patient\w*|paciente\w*|пациент\w*|pasien)\b|مريض",
        sentence
    )
}

/// A sentence led by "He"/"She" (or "Er", "Elle", "Она", "Beliau"...) right after a sentence
/// led by a clinician's title ("Dr. Marcus Lee is at a conference this week. He is back on
/// March 12."), with no patient, name, visit or second person in either: the pronoun is the
/// clinician, so the date or age in it is staff news.
fn staff_pronoun(text: &str, layout: &Layout, at: usize) -> bool {
    let range = layout.sentence_range(at);
    let s = layout.sentence(at);
    let Some(((ps, pe), p)) = layout.previous_sentence(at) else {
        return false;
    };
    let patient = |hay: &str| {
        re_match!(
            r"(?i)\b(?:patient\w*|paciente\w*|patiente?s?|patientin\w*|пациент\w*|pasien)\b|مريض",
            hay
        )
    };
    re_match!(
        r"^\W*(?:He|She|Él|Ella|Il|Elle|Er|Sie|Он|Она|Dia|Beliau)\b",
        &text[range.clone()]
    ) && (re_match!(
        // phi7: the clinician may stand anywhere in the sentence before ("Congratulations to
        // Dr. Laurent on 20 years! She started here on June 1, 2006.").
        r"(?:^|\W)(?:Dr\.?|Dra\.?|Doctor|Doctora|Docteur|Dokter|Доктор|الدكتور|الدكتورة)\s+\w",
        &text[ps..pe]
    ) || staff_subject(&text[ps..pe]))
        && !(s.second || s.named || s.visit || p.second || p.named || p.visit || p.third)
        && !patient(&text[range])
        && !patient(&text[ps..pe])
}

/// phi8: a bare ordinal ("3rd", "the 2nd") that ranks someone in a race or contest: after a
/// ranking verb ("came", "finished", "placed", "ranked", "took"), or before "place" or
/// "prize". A day of the month is written with a month or "on"/"the" and no ranking verb.
fn rank_ordinal(before: &str, span: &str, after: &str) -> bool {
    re_match!(r"(?i)^(?:the\s+)?\d{1,2}(?:st|nd|rd|th)$", span)
        && (re_match!(
            r"(?i)\b(?:came|come|comes|coming|finished|finishes|placed|places|ranked|ranks|took|takes|won|got)\s+$",
            before
        ) || re_match!(
            r"(?i)^[\s-]*(?:place|prize|overall|in\s+(?:his|her|their)\s+(?:age|division|class|category))\b",
            after
        ))
}

/// phi8: a negated instruction to every reader opening the clause before a possessive, in
/// the seven languages: "Never share your meds", "Don't stop your antibiotics early", "Nunca
/// comparta sus medicamentos", "Ne partagez jamais vos médicaments", "Teilen Sie niemals Ihre",
/// "Никогда не давайте свои", "Jangan berbagi obat Anda", "لا تشارك أدويتك".
///
/// The Spanish verb is one of the listed negative imperatives (subjunctive: "comparta",
/// "deje", "suspendan"), after at most a clitic ("no se salte"), so an indicative ("No está
/// lista su radiografía") is no instruction; the Arabic "لا تزال" (still) and "لا توجد"
/// (there is no) are statements, not "don't ...".
fn negated_instruction(before: &str) -> bool {
    (re_match!(
        r"(?i)^\W*(?:please\s+)?(?:never|don\x27t|don’t|do not)\s+[a-z]+\s+$|^\W*ne\s+\w+\s+jamais\s+$|^\W*\w+en\s+sie\s+(?:niemals|nie|keine?)\s+$|^\W*никогда\s+не\s+\w+\s+$|^\W*jangan(?:lah)?\s+\w+\s+$|^\W*لا\s+ت\S+\s+$",
        before
    ) && !re_match!(r"^\W*لا\s+(?:تزال|يزال|توجد|تزل)", before))
        || re_match!(
            r"(?i)^\W*(?:nunca|jamás|no)\s+(?:(?:se|le|les|lo|la|los|las|te|me|nos)\s+)?(?:(?:dej|tom|us|olvid|ignor|par|cambi|mezcl|esper|salt|abandon|guard|tir|bot|fum|apliqu|dupliqu|toqu|rasqu|automediqu|prest|retras|aument|baj|regal|dobl|quit)(?:e|es|en)|(?:compart|vend|reduzc|suspend|interrump|beb|com|conduzc|hag|pong|pospong|vay|pierd|dig|escond|omit|romp)(?:a|as|an)|d[ée]|des|den)\s+$",
            before
        )
}

/// phi8: the term is the indefinite object of an offer or a request to every reader ("ask
/// us about a lipid panel at ur next physical", "book an eye exam", "get a flu shot"): a
/// kind of care on offer, nobody's result. The verb opens the clause ("We had to get an MRI
/// for Mr. Diaz" is no offer) and the caller applies it only in a post to every follower.
fn indefinite_offer(before: &str) -> bool {
    re_match!(
        r"(?i)^\W*(?:(?:please|just|and|or|so|also|then|now)\s+)?(?:ask(?:\s+us)?\s+about|book|schedule|get|consider|request|come in for|sign up for|think about)\s+(?:a|an)\s+(?:[\w-]+\s+)?$",
        before
    )
}

/// A weekday in an idiom ("Monday blues") or owning a public event (`vocab::EN_EVENT`, or a
/// game, match, race, market, meeting or drive: "Friday's game") — `after` is the text after it.
fn weekday_idiom_or_event(after: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(&format!(
            r"(?i)^(?:\s+(?:blues|motivation|vibes|mood|funday|feels|feeling|special|deals?|treats?|tip|trivia|throwback|shoutout|smile)\b|[\x27’]s\s+(?:{}|game|match|race|market|meeting|drive)\b)",
            vocab::EN_EVENT
        ))
        .unwrap()
    })
    .is_match(after)
}

/// The topic of a talk right before the term: "a talk on diabetes", "einen Vortrag über
/// Diabetes", "seminar tentang diabetes", "una charla sobre diabetes", "лекцию о диабете".
fn talk_topic(before: &str) -> bool {
    // Any event of any language (`vocab`), a presentation or a class ("kelas").
    let topic = {
        static RE: OnceLock<Regex> = OnceLock::new();
        RE.get_or_init(|| {
            Regex::new(&format!(
                r"(?i)\b(?:{}|{}|presentation|vortrags|kelas)\s+(?:[\w-]+\s+){{0,2}}?(?:on|about|über|zum thema|sobre|sur(?:\s+(?:le|la|les))?|о|об|про|tentang|mengenai|عن|حول)\s+(?:[\w-]+\s+)?$",
                vocab::EN_EVENT,
                vocab::foreign_events()
            ))
            .unwrap()
        })
        .is_match(before)
    };
    // phi8: the Arabic nouns take a clitic ("لمحاضرة عن السكري", "to a lecture on diabetes").
    topic
        || re_match!(
            r"(?:^|\s)(?:[لبوف]|لل|ال|بال)?(?:محاضرة|ندوة|ورشة|درس)\s+(?:\S+\s+){0,2}?(?:عن|حول)\s+$",
            before
        )
}

/// A clause opening with a condition up to the term: "if you have a toothache", "bei
/// Zahnschmerzen", "jika Anda sakit gigi", "en cas de douleur", "при зубной боли": advice for
/// whoever it happens to, not someone's care.
fn hypothetical(before: &str) -> bool {
    // The condition may also follow a main clause ("Keep your baby home if they have a
    // fever", "call us if your gums bleed") when a generic subject follows it ("asked if
    // her colonoscopy prep..." is a question about one person): "si" and the prepositions
    // only open one.
    re_match!(
        r"(?i)^\W*(?:(?:if|in case of|si|en caso de|en cas de|falls|wenn|если|jika|kalau|apabila|bila|إذا|لو)\b(?:\s+[\w'’-]+){0,3}|(?:bei|при|عند)(?:\s+[\w-]+)?)\s+$|[\s,;:—–-](?:if|in case of|en caso de|en cas de|falls|wenn|если|jika|kalau|apabila|bila|إذا|لو)\s+(?:you|u|they|your|ur|anyone|someone|somebody|a|an|there|it|kids|children|anda|kamu|вы|вас|ваш\w*|у вас|vous|votre|vos|sie|ihr\w*|usted|su|sus|tu|tus)\s+(?:[\w'’-]+\s+){0,2}$",
        before
    )
}

/// An event word joined to a clinical term, after it ("mammogram event", "flu shot drive",
/// "vaccine fair") or before it ("acara vaksinasi", "campaña de vacunación", "journée de
/// dépistage"): the practice's event, not someone's care.
fn names_an_event(before: &str, after: &str) -> bool {
    // prec7: a service line in the plural ("Vaccine appointments are with Lena", "flu
    // shot hours", "allergy clinics"): the practice's schedule, not one person's visit.
    // Beside `vocab::EN_EVENT` after the term, words that make an event or a schedule only
    // there ("flu shot drive", "mammogram walk", "vaccine awareness", "allergy clinics").
    const SERVICE_LINE: &str = r"drives?|campaigns?|awareness|walk|run|appointments\s+(?:are|will be|run|go)|clinics|hours|days\s+(?:are|will be)";
    static AFTER: OnceLock<Regex> = OnceLock::new();
    static BEFORE: OnceLock<Regex> = OnceLock::new();
    AFTER
        .get_or_init(|| {
            Regex::new(&format!(
                r"(?i)^[\s-](?:{}|{SERVICE_LINE})\b",
                vocab::EN_EVENT
            ))
            .unwrap()
        })
        .is_match(after)
        || BEFORE
            .get_or_init(|| {
                // Right before the term a loose word is safe: "jornada de vacunación".
                Regex::new(&format!(
                    r"(?i)(?:^|[^\w])(?:{}|{}|{})(?:\s+(?:de|del|de la|des|du|der|des|по))?\s+$",
                    vocab::foreign_events(),
                    vocab::ES_EVENT_LOOSE,
                    vocab::AR_EVENT_LOOSE,
                ))
                .unwrap()
            })
            .is_match(before)
}

/// The practice's own word right before a term ("our teeth whitening options", "nuestras
/// vacunas", "unsere Implantate"): a service the practice offers, not someone's care (prec7).
fn ours_before(before: &str) -> bool {
    re_match!(
        r"(?i)(?:^|\W)(?:our|nuestr[oa]s?|nos|notre|unser[en]?|unsere[mnrs]?|наш[аеи]?\w*)\s+(?:(?:new|latest|same-day|in-office|nuevos?|nuevas?|nouveaux?|neuen?|нов\w+)\s+)?$",
        before
    )
}

/// A word of every case right before a term ("each", "every", "any", "cada", "chaque",
/// "jedes", "каждый", "setiap", "كل"): the statement is about all cases.
fn every_before(before: &str) -> bool {
    re_match!(
        r"(?i)(?:^|\W)(?:each|every|any|cada|cualquier|chaque|tout|toute|jede[nmrs]?|jedem|каждый|каждая|каждое|каждого|каждую|любой|любого|setiap|tiap|كل)\s+(?:[\w-]+\s+)?$",
        before
    )
}

/// A price offer in the sentence ("$25 off", "20% off", "half off", "20 % de descuento",
/// "-20 %", "скидка", "diskon", "خصم"): promotions speak to every reader.
fn offer_in(sentence: &str) -> bool {
    re_match!(
        r"(?i)(?:[$€£]\s?\d+|\d+\s?(?:%|[$€£]|dollars?|euros?))\s+(?:off|de descuento|de réduction|de remise|rabatt)\b|\bhalf off\b|\b(?:descuento|réduction|remise|rabatt|скидк\w*|diskon|potongan harga)\b|خصم",
        sentence
    )
}

/// A recipe word read as a prescription ("receta", "resep", "recette") when food words follow:
/// "su receta saludable favorita", "resep sehat", "receta de cocina".
fn recipe_sense(term: &str, after: &str) -> bool {
    re_match!(
        r"(?i)^(?:recetas?|resep|recettes?|rezepte?|рецепт\w*)$",
        term
    ) && re_match!(
        r"(?i)^\s+(?:(?:más|mas|plus|paling)\s+)?(?:saludables?|favoritas?|caseras?|fáciles|fácil|de cocina|de temporada|navideñas?|de (?:sopa|ensalada|postre|pastel|galletas|pollo|pescado|verduras)|sehat|favorit|masakan|makanan|kue|sayur|santé|saines?|préférées?|de cuisine|gesunde?n?|lieblings\w*|полезн\w*|любим\w*)\b",
        after
    )
}

/// A definite or possessive word right before a term ("the", "that", "her", "his"), in the
/// seven languages: it points back at something already said.
fn definite_before(before: &str) -> bool {
    re_match!(
        r"(?i)\b(?:the|that|this|her|his|their|el|la|los|las|su|sus|le|les|son|sa|ses|der|die|das|den|dem|ihre[nmrs]?|seine[nmrs]?|эт\w+|ее|её|его|itu|tersebut)\s+(?:[\w-]+\s+)?$",
        before
    )
}

/// A clause opening with an imperative addressed to every reader, up to a possessive: "check
/// your", "ask us at your", "get your", "don't forget your".
fn call_to_all(before: &str) -> bool {
    re_match!(
        r"(?i)^\W*(?:please\s+)?(?:check|ask|book|schedule|get|bring|protect|keep|know|track|monitor|update|mention|don\x27t forget|don’t forget|remember|(?:buchen|vereinbaren|sichern)\s+sie)\b[^,;:]*$",
        before
    )
}

/// An imperative offer or instruction opening the clause before a possessive: "get your",
/// "book your", "show us your", "trusting us with your".
fn offer_before(before: &str) -> bool {
    re_match!(
        r"(?i)(?:^|\W)(?:get|grab|try|book|start|schedule|show us|bring|ask about|off|on|with|for)\s+$|\b(?:free|half off|discount|comp)\b",
        before
    )
}

/// A result reported right after a test word, in the seven languages: "came back", "was
/// normal", "salió normal", "est normale", "ist unauffällig", "в норме", "hasilnya".
fn result_said(after: &str) -> bool {
    re_match!(
        r"(?i)^\W*(?:\w+\s+){0,2}?(?:came back|come back|is back|was|were|looks?|looked|showed|shows|salió|salieron|fue|est|était|a montré|ist|war|zeigt|в норме|показал\w*|пришл\w*|كانت|كان|جاءت|hasilnya|sudah keluar)\b",
        after
    )
}

/// A care step done, right after a clinical term: "was seated", "was done with", "got
/// removed", "went well".
fn care_done(after: &str) -> bool {
    re_match!(
        r"(?i)^\W*(?:comes?|came|is|are)\s+(?:off|out|back|in|due)\b|^\W*(?:\w+\s+)?(?:was|were|got|has been|had been|have been)\s+(?:\w+\s+)?(?:seated|placed|done|removed|fitted|filled|adjusted|cemented|replaced|repaired|fixed|pulled|extracted|taken out|put in|finished|completed|tightened|bonded|cleaned|checked|reviewed|started|changed|drained|stitched|set|cast|delivered|performed|read|sent)\b|^\W*went\s+(?:well|great|fine|smoothly|perfectly)\b",
        after
    )
}

/// The practice acting on one person's case right before a clinical term: "we caught the
/// pneumonia early", "Dr. Lee removed the cyst".
fn care_act(before: &str) -> bool {
    re_match!(
        r"(?i)\b(?:we|i|dr\.?\s+\w+)\s+(?:caught|found|diagnosed|treated|removed|fixed|pulled|extracted|drained|stitched|sewed up|set|delivered|managed)\s+(?:the|a|an|that|this)?\s*(?:\w+\s+)?$",
        before
    )
}

/// vocab13: more than one word between a possessive and the term, not counting a person's
/// possessive ("your daughter's"): "Your voice will echo".
fn far_from_possessive(between: &str) -> bool {
    crate::text::tokens(between)
        .iter()
        .skip(1)
        .filter(|w| !(w.text.ends_with("'s") || w.text.ends_with("’s")))
        .count()
        > 1
}

/// vocab13: what is said of an everyday-word procedure or test right after it when it is the
/// reader's care ("your echo ran late", "your pump settings", "your port flush is booked", "ur
/// iron drip is rescheduled"): with a possessive before it, "your sleeve"/"your scope" is care.
// fixp12 (review12 f9): only listed care nouns may stand between the term and its cue; "your
// drip coffee is ready" took any two words.
fn weak_care_cue(after: &str) -> bool {
    re_match!(
        r"(?i)^\s*(?:(?:line|bag|pump|rate|dose|drip|iv|port|infusion|appointment|session|test|labs?|scan)\s+){0,2}?(?:results?|settings|fill|flush|prep|instructions|(?:is|are|was|were|got|has been|have been)\s+(?:booked|scheduled|rescheduled|set|due|done|moved|cancell?ed|postponed|ready)|ran\s+late|running\s+late|came back|(?:was|went)\s+(?:easy|fine|smooth\w*|quick)|(?:se\s+(?:soit|est)\s+)?bien\s+pass\w*|sali[óo]\s+bien|saliera\s+bien|gut\s+(?:verlaufen|verheilt|gegangen)|прошл\w*\s+(?:хорошо|успешно|легко))\b",
        after
    )
}

/// Words about how a person's body or care is going ("better", "healing", "sore"): a body
/// part or care word is a disclosure with them ("glad your knee is healing"), not in advice
/// ("protect your teeth").
fn state_cue(sentence: &str) -> bool {
    re_match!(
        r"(?i)\b(?:better|heal\w*|recover\w*|feel\w*|doing (?:well|great|good)|hope|glad|sorry|pain\w*|hurt\w*|sore|swollen|broke\w*|fixed|new|working|worked|adjust\w*|switch\w*|came out|looks? (?:great|amazing|good)|went|mejor|mieux|besser|лучше|أفضل|membaik|sembuh|normal\w*|stable|estable|stabil\w*|норм\w*|в норме|turun|naik)\b",
        sentence
    )
}

/// The first six letters of a word (all of a shorter one): "pregnancy" and "pregnant" share
/// "pregna", "diabetes" and "diabetic" share "diabet".
fn stem(word: &str) -> String {
    word.chars().take(6).collect()
}

/// Ages the reply repeats from the post it answers ("My mom (she's 98!)" → "98 and sharp as a
/// tack"): the author's own detail confirmed back (recall5).
fn echoed_ages(input: &Input, out: &mut Vec<Flag>) {
    if input.context.trim().is_empty() {
        return;
    }
    let numbers = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_ascii_digit())
            .filter(|d| (1..=3).contains(&d.len()))
            .map(str::to_string)
            .collect()
    };
    let said = numbers(&input.context);
    let echoes: Vec<Flag> = out
        .iter()
        .filter(|f| f.rule == "phi-age")
        .filter(|f| {
            numbers(&input.text[f.start..f.end])
                .iter()
                .any(|n| said.contains(n))
        })
        .map(|f| Flag {
            rule: "echo-disclosure",
            entity: None,
            ..f.clone()
        })
        .collect();
    out.extend(echoes);
}

/// Lower-case words of at least four letters (shorter ones are too often shared by chance).
fn words_of(s: &str) -> Vec<String> {
    s.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 4)
        .map(|w| w.trim_end_matches('s').to_string())
        .collect()
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod clin_tests;

#[cfg(test)]
mod phi7_tests;

#[cfg(test)]
mod phi8_tests;
