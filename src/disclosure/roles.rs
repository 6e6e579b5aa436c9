//! Who a clause is about and what kind of statement it is, for `rel-confirm`.
//!
//! A sentence confirms that someone is a patient when it *asserts* a care fact (a visit, a stay,
//! being seen, treated, billed or booked, a result, being on the books) about *one person*: the
//! reader of a reply ("you", "your", "u", "Sie", "Anda", the Arabic suffix "ـك"), a relative of
//! theirs, or a patient the reply describes. The same words confirm nothing in a condition ("if
//! you have a cavity, you should..."), an ability or instruction given to any reader ("you can
//! move your appointment online"), a wish ("we'd love to see you"), a refusal ("we cannot
//! confirm whether..."), a statement about everyone ("all patients receive..."), a question about
//! health in general, or an invitation to every follower ("book your next cleaning").
//!
//! [`unasserted`] answers the second question for a span any family found, so the scanner can
//! drop relationship findings whose clause asserts nothing; [`care_facts`] adds the clauses that
//! assert care of the reader or a relative through grammars over word classes
//! ([`super::relcues`]), in the seven languages.
//!
//! Most relationship phrases a new writer produces use no care verb at all: "Maria spotted you
//! in the lobby", "you sat in our waiting room Friday", "the forms you dropped off", "the team
//! still talks about your son". The *presence* grammars catch them as a mechanism: the practice
//! or its staff + ANY past verb + the reader as object or companion; the reader or a relative +
//! any past verb + one of the practice's places or a time; a thing the reader left or brought;
//! thanks for what the reader did at the desk; staff memories. What keeps them honest is what
//! they leave out: communication ("we reached out to you", "we heard you"), the reader's
//! review, feedback or message, feelings ("we let you down"), and every mood above.

use super::relclass;
use super::relcues::{self, MoodCues};
use super::{clause, Flag};
use crate::lang::{slot as lang_index, LANGS};
use crate::packs::PackRegex;
use regex::Regex;
use std::sync::OnceLock;

/// The mood cues of one language, compiled.
struct Moods {
    condition: PackRegex,
    negation: PackRegex,
    modal: PackRegex,
    wish: PackRegex,
    generic: PackRegex,
    question: PackRegex,
    imperative: PackRegex,
    generic_noun: PackRegex,
    policy: PackRegex,
    reader: PackRegex,
    next: PackRegex,
    vocative: PackRegex,
}

/// The lean compile of the packs (`crate::packs::build`): these cues only answer "is it there"
/// and "where", and the lean build compiles faster, which is the engine's cold start.
fn lean(src: &str) -> PackRegex {
    crate::packs::build(&format!("(?i){src}"))
        .unwrap_or_else(|e| panic!("relationship cue {src}: {e}"))
}

fn ci(src: &str) -> Regex {
    regex::RegexBuilder::new(&format!("(?i){src}"))
        .size_limit(8 << 20)
        .build()
        .unwrap_or_else(|e| panic!("relationship cue {src}: {e}"))
}

fn moods(lang: &str) -> &'static Moods {
    static ALL: [OnceLock<Moods>; LANGS.len()] = [const { OnceLock::new() }; LANGS.len()];
    let i = lang_index(lang);
    ALL[i].get_or_init(|| {
        let c: &MoodCues = relcues::mood_cues(LANGS[i]);
        // English cues read Latin words only (see `latin_words`); the others keep Unicode `\w`.
        let lean = |src: &str| {
            if i == 0 {
                lean(&crate::packs::latin_words(src))
            } else {
                lean(src)
            }
        };
        Moods {
            condition: lean(c.condition),
            negation: lean(c.negation),
            modal: lean(c.modal),
            wish: lean(c.wish),
            generic: lean(c.generic),
            question: lean(c.question),
            imperative: lean(c.imperative),
            generic_noun: lean(c.generic_noun),
            policy: lean(c.policy),
            reader: lean(c.reader),
            next: lean(c.next),
            vocative: lean(c.vocative),
        }
    })
}

/// The statement kinds that assert nothing about a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mood {
    /// A past or present fact: the only kind that can confirm a relationship.
    Asserted,
    /// "if you...", "whenever...", "when you come in...".
    Condition,
    /// "we cannot confirm whether...".
    Refusal,
    /// "you can...", "you should...": an ability or instruction for any reader.
    Ability,
    /// "we'd love to see you".
    Wish,
    /// "all patients...", "anyone who...".
    Everyone,
    /// "did you know...", "wondering what happens at...".
    Teaser,
    /// "usually", "typically": how things go for everyone.
    Policy,
    /// "book your next cleaning": a call to action for every follower.
    Invitation,
}

/// The sentence of `sentences` (the reply's, from [`super::sentences`]) that holds byte `at`
/// (the whole text when none does).
fn sentence_at(text: &str, sentences: &[(usize, usize)], at: usize) -> (usize, usize) {
    sentences
        .iter()
        .copied()
        .find(|&(s, e)| s <= at && at < e)
        .unwrap_or((0, text.len()))
}

/// rel16: a refusal to name someone followed by "but" and then the telling ("won't say who,
/// but the weather guy got his Botox done with us"): the refusal does not cover what comes
/// after the "but". `between` is the text from the refusal's end to the span.
fn refusal_then_but(between: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        ci(r"(?:^|[^\w])(?:but|though|pero|mais|aber|doch|но|однако|tapi|namun|لكن|ولكن)(?:$|[^\w])")
    })
    .is_match(between)
}

/// The kind of statement the span `start..end` of `text` sits in. `reply` says whether the
/// text answers someone's post (a review, a comment): an invitation there may still be about
/// that person's own booked care, unless its noun is generic ("your first visit").
/// `sentences` are the reply's sentences ([`super::sentences`]), cut once per scan.
pub fn mood(
    text: &str,
    sentences: &[(usize, usize)],
    lang: &str,
    reply: bool,
    start: usize,
    end: usize,
) -> Mood {
    let m = moods(lang);
    let (s, e) = sentence_at(text, sentences, start);
    let end = end.clamp(start, e.max(start));
    let sentence = &text[s..e];
    let head = &text[s..end];
    let (clause_start, clause_end) = clause::clauses(text, s, e)
        .into_iter()
        .find(|&(a, b)| a <= start && start < b)
        .unwrap_or((s, e));
    let clause_head = &text[clause_start..end];
    let clause_all = &text[clause_start..clause_end];
    if m.negation
        .find(sentence)
        .is_some_and(|n| !refusal_then_but(&text[(s + n.end()).min(start)..start]))
    {
        Mood::Refusal
    } else if m.condition.is_match(head)
        || (lang_index(lang) == 0
            && present_when(
                text[s..clause_end.max(end)].trim_end_matches(['.', '!', '?', ' ', '\n']),
            ))
    {
        Mood::Condition
    } else if m.modal.is_match(clause_head) {
        Mood::Ability
    } else if m.wish.is_match(head) && !m.next.is_match(head) {
        Mood::Wish
    } else if m.generic.is_match(clause_head) || m.vocative.is_match(sentence) {
        Mood::Everyone
    } else if m.question.is_match(head) || (!reply && headline_question(lang, sentence)) {
        Mood::Teaser
    } else if m.policy.is_match(clause_all) || m.policy.is_match(head) {
        Mood::Policy
    } else if (m.imperative.is_match(clause_head)
        && m.reader.is_match(&text[start..end])
        && (!reply || m.generic_noun.is_match(&text[start..end])))
        || (lang_index(lang) == 0 && slogan_before_call(text, sentences, s, e, &m.imperative))
    {
        Mood::Invitation
    } else {
        Mood::Asserted
    }
}

/// English (rel10): a short verbless slogan ("Not your cleaning!", "Your smile, your way!")
/// followed by a call to every reader ("Book now...") is marketing, whatever "your" noun it
/// holds. The slogan has at most five words and none of a finite verb or a time. Sympathy or
/// congratulations ("Sorry about your biopsy!") is no slogan, and the call must be a booking
/// call ("Book now"), not "Call us anytime" (fixp9).
fn slogan_before_call(
    text: &str,
    sentences: &[(usize, usize)],
    s: usize,
    e: usize,
    imperative: &PackRegex,
) -> bool {
    static VERB: OnceLock<Regex> = OnceLock::new();
    let verb = VERB.get_or_init(|| {
        ci(r"\b(?:is|are|was|were|be|been|has|have|had|did|do|does|will|can|[a-z]{3,}ed|came|went|got|saw|made|took|left|today|yesterday|tonight)\b|\d")
    });
    static SYMPATHY: OnceLock<Regex> = OnceLock::new();
    let sympathy = SYMPATHY.get_or_init(|| {
        ci(r"^\W*(?:so\s+)?(?:sorry|congrats|congratulations|hope|hoping|glad|happy|proud|thanks|thank|get well|feel better|condolences)\b")
    });
    static BOOKING: OnceLock<Regex> = OnceLock::new();
    let booking = BOOKING.get_or_init(|| {
        ci(r"^\W*(?:(?:so|and|just|then)\s+)?(?:book|schedule|grab|claim|reserve|sign up)\b")
    });
    let slogan = text[s..e].trim();
    if !(slogan.ends_with('!') || slogan.ends_with('?'))
        || sympathy.is_match(slogan)
        || slogan.split_whitespace().count() > 5
        || verb.is_match(slogan)
    {
        return false;
    }
    sentences
        .iter()
        .find(|&&(a, _)| a >= e)
        .is_some_and(|&(a, b)| imperative.is_match(&text[a..b]) && booking.is_match(&text[a..b]))
}

/// English: a post's headline question to every follower ("Worried your kid swallowed a
/// tooth?", "Insurance denied your MRI?", "New to braces?"): a question that opens without an
/// auxiliary or question word, has no "we/I" of the practice in it and no tag asking one
/// person to agree ("that was you at the desk, right?"). A question that does
/// ("How's the retainer we made you?", "Did the numbing from your visit wear off?", "We had
/// you in Tuesday, right?") asks one person about their own care.
fn headline_question(lang: &str, sentence: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let opener = RE.get_or_init(|| {
        ci(r"^\W*(?:did|do|does|how|how's|how’s|what|what's|what’s|when|where|why|who|which|are|is|was|were|have|has|had|can|could|will|would|should|shall|may|any|hope|hoping)\b|\b(?:we|we're|we’re|we've|we’ve|us|our|i|i'm|i’m|i've|i’ve|me|my)\b|\b(?:right|yeah|no|wasn't it|wasn’t it|weren't you|weren’t you|didn't you|didn’t you|wasn't that|wasn’t that)\s*\?+\s*$")
    });
    lang_index(lang) == 0 && sentence.trim_end().ends_with('?') && !opener.is_match(sentence)
}

/// English: a "when/whenever/before/once" clause about the reader in the present tense ("when
/// your child turns 1", "before you start treatment") is a condition for anyone; one in the
/// past ("when you came in") or with a booked time ("when you're in next week") is not.
fn present_when(head: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    static PAST: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        ci(r"(?:^|[,;:(]\s*)\W*(?:when|whenever|before|once|until)\s+(?:you|u|(?:your|ur)\s+(?:[\w-]+\s+){0,2}?(?:kids?|child|children|baby|little one|teen|son|daughter|teeth|tooth|gums|insurance|plan|coverage|card|smile|family|braces|aligners?|retainer|crown|implant|stitches|cast|numbness|numbing|results?|prescription|refill))\s+([\w'’]+)([^.!?]*)$")
    });
    let past = PAST.get_or_init(|| {
        ci(r"^(?:\w+ed|came|was|were|had|got|left|went|saw|did|made|took|brought|told|felt|spent|ran|began|broke|fell|gave|knew|met|paid|said|sat|sent|stood|thought|wore|wrote|stopped|checked|visited|called|arrived|showed)$")
    });
    static TIME: OnceLock<Regex> = OnceLock::new();
    let time = TIME.get_or_init(|| {
        let days = crate::calendar::EN.weekdays.join("|");
        ci(&format!(
            r"\b(?:next\s+\w+|tomorrow|tonight|today|this\s+(?:morning|afternoon|evening|week|{days})|on\s+(?:{days})|at\s+\d)"
        ))
    });
    re.captures(head).is_some_and(|c| {
        let verb = c.get(1).map_or("", |m| m.as_str());
        let rest = c.get(2).map_or("", |m| m.as_str());
        !past.is_match(verb) && !time.is_match(rest)
    })
}

/// True when the relationship span `start..end` sits in a clause that asserts nothing about a
/// person (see [`mood`]): the scanner drops such findings.
pub fn unasserted(
    text: &str,
    sentences: &[(usize, usize)],
    lang: &str,
    reply: bool,
    start: usize,
    end: usize,
) -> bool {
    communication(text, start, end, false)
        || event_after(&text[end..])
        || (lang_index(lang) == 0
            && (choice_thanks(&text[sentence_at(text, sentences, start).0..])
                || feeling_apology(&text[sentence_at(text, sentences, start).0..])))
        || mood(text, sentences, lang, reply, start, end) != Mood::Asserted
}

/// English (rel10): an apology whose only predicate is the reader's feeling or expectations
/// ("We're sorry your visit left you feeling that way", "sorry your appointment didn't meet
/// your expectations") states no fact of the visit, like "sorry you were frustrated"; a fact
/// ("sorry your appointment had to be moved to Monday") keeps it. The feeling must end the
/// sentence (fixp9): "sorry your visit felt rushed when Dr. Lee ran 40 minutes late" states
/// a fact after the feeling.
fn feeling_apology(sentence_on: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        ci(r"^\W*(?:(?:we|i)\s*(?:'re|’re|are|am|'m|’m)\s+(?:so\s+|very\s+|truly\s+|really\s+)?)?sorry\s+(?:that\s+|to hear\s+(?:that\s+)?)?(?:your|ur)\s+(?:visit|appointment|appt|experience|time with us|time here)\s+(?:(?:left you feeling|made you feel)\s+(?:that|this)\s+way|(?:didn['’]t|did not)\s+meet\s+your\s+expectations|(?:wasn['’]t|was not)\s+what\s+you\s+(?:expected|hoped\s+for))\s*(?:[.!]+(?:\s|$)|$)")
    })
    .is_match(sentence_on)
}

/// English (rel10): a sentence that only thanks the reader for choosing or trusting the
/// practice with "your family", "your care" or "your smile" and says nothing more ("Thanks for
/// choosing us for your family's care.") is the thanks every follower gets, like thanks for a
/// review. Anything after the object (a time, "over the past decade", a relative's care,
/// a procedure) makes it one person's and keeps it.
fn choice_thanks(sentence_on: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        ci(r"^\W*(?:thanks|thank you|thx|ty)\s+(?:so much\s+|again\s+)?for\s+(?:choosing|trusting|picking)\s+(?:us|brightwater)(?:\s+(?:with|for)\s+(?:your|ur)\s+(?:whole\s+)?(?:family|family['’]s\s+(?:care|smiles?|health)|care|smile|health|dental care|teeth))?\s*[.!]+(?:\s|$)")
    })
    .is_match(sentence_on)
}

/// When `phrase` stops at a determiner ("We saw your"), the byte length of the object words
/// that follow it in `after` (up to two, within the clause), so a check can read the object
/// ("We saw your [kind review]"); 0 otherwise.
fn object_after(phrase: &str, after: &str) -> usize {
    static DET: OnceLock<Regex> = OnceLock::new();
    static OBJ: OnceLock<Regex> = OnceLock::new();
    let det = DET.get_or_init(|| ci(r"\b(?:your|ur|the|their|his|her|our)$"));
    if !det.is_match(phrase) {
        return 0;
    }
    let obj = OBJ.get_or_init(|| ci(r"^(?:\s+[\w'’-]+){1,2}"));
    obj.find(after).map_or(0, |m| m.end())
}

/// Communication, not care: true when the relationship phrase `start..end` of `text` is about
/// the reader's review, message or feelings rather than their visit, by the one word class
/// [`relcues::COMM`]: its object ("we passed your [feedback] to the team", "nous avons
/// transmis vos remarques", "we sent you a [DM]"), what directly follows it ("got you
/// covered", "made you feel welcome") and, in a `presence` phrase (any past verb, no care
/// verb), a verb or noun of contact or feeling ("we reached out to you", "the review you left").
fn communication(text: &str, start: usize, end: usize, presence: bool) -> bool {
    struct Re {
        objects: Regex,
        after: Regex,
        acts: Regex,
    }
    static RE: OnceLock<Re> = OnceLock::new();
    let re = RE.get_or_init(|| Re {
        objects: ci(relcues::COMM.objects),
        after: ci(relcues::COMM.after),
        acts: ci(relcues::COMM.acts),
    });
    let phrase = &text[start..end];
    re.objects
        .is_match(&text[start..end + object_after(phrase, &text[end..])])
        || re.after.is_match(&text[end..])
        || (presence && re.acts.is_match(phrase))
}

/// One care grammar: the regex and whether a match needs the text to be a reply (a care noun
/// named by what the practice did to it, "the filling Dr. Lee placed", is someone's only when
/// the text answers that someone).
struct Grammar {
    re: PackRegex,
    reply_only: bool,
    /// A presence grammar (any past verb, no care verb): its phrase is dropped when it is about
    /// a message, a review or a feeling ([`relcues::EN_COMM`]).
    presence: bool,
    /// A grammar about "he", "she", "him" or "her" (rel10): it holds only after the text has
    /// named a relative ("your nephew", "grandma's"), who the pronoun carries.
    carried: bool,
}

impl Grammar {
    /// A grammar with no condition: any text, no presence or carried-pronoun check.
    fn plain(re: PackRegex) -> Grammar {
        Grammar {
            re,
            reply_only: false,
            presence: false,
            carried: false,
        }
    }
}

/// True when `before` names a relative of the reader ("your nephew", "ur grandpa", "the
/// kids", "grandma's"), so a later "he" or "her" is that person (rel10). Only the phrase's
/// own sentence and the one before count, and a member of the staff named after the relative
/// ("Our new hygienist Sam starts Monday; he trained...", "Dr. Lee retires Friday; he was...")
/// is the nearer antecedent (fixp9).
fn kin_named(before: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    static STAFF: OnceLock<Regex> = OnceLock::new();
    let kin = RE.get_or_init(|| {
        let kin = relcues::EN_KIN;
        ci(&format!(
            r"\b(?:(?:your|ur)\s+(?:[\w-]+\s+)?(?:{kin})|(?:{kin})['’]s)\b"
        ))
    });
    let staff = STAFF.get_or_init(|| {
        ci(r"\b(?:dr|dra|doctor|nurse|hygienist|assistant|receptionist|dentist|therapist|technician|tech|staff|team|our\s+(?:new\s+)?[a-z]+)\b")
    });
    // Start of the sentence before the phrase's own: the second-last sentence end.
    let ends: Vec<usize> = before
        .char_indices()
        .filter(|&(_, c)| matches!(c, '.' | '!' | '?'))
        .map(|(i, c)| i + c.len_utf8())
        .collect();
    let from = if ends.len() >= 2 {
        ends[ends.len() - 2]
    } else {
        0
    };
    let window = &before[from..];
    kin.find_iter(window)
        .last()
        .is_some_and(|m| !staff.is_match(&window[m.end()..]))
}

/// English care grammars built from the word classes of [`relcues`].
fn english() -> Vec<Grammar> {
    use relcues::{
        EN_AGENT, EN_BELONGING, EN_CARE_BASE, EN_CARE_ING, EN_CARE_NOUN, EN_CARE_NOUN_THIRD,
        EN_CARE_PAST, EN_KIN, EN_OBJECT, EN_PARTICIPLE, EN_PAST_ANY, EN_PLACE,
    };
    let en_time = relcues::en_time();
    // Weekday names from the one calendar (as `relcues::en_time` takes them).
    let days = crate::calendar::EN.weekdays.join("|");
    let person_head = r"guy|gentleman|lady|woman|man|kid|boy|girl|patient|toddler|baby|teen|teenager|newborn|grandma|grandpa|fella|dude|mom|dad|mama|papa|veteran|vet|student|firefighter|officer|teacher|coach|pilot|bride|groom|champ|hero|warrior|fighter|runner|player|athlete|neighbor|neighbour|grad|graduate|singer|artist|chef|driver|farmer|mayor|pastor|couple|twins";
    // A regular past form: "rehabbed", "finished", or one of the care verbs.
    let past = format!(r"(?:{EN_CARE_PAST}|[a-z]{{3,}}ed)");
    // A point in time (rel10): month + day either way round, a numeric date, a clock time, a
    // weekday (full or texting form) or an ordinal day.
    let months = crate::calendar::EN
        .months
        .iter()
        .chain(crate::calendar::EN.month_forms)
        .map(|m| m.trim_end_matches('.'))
        .collect::<Vec<_>>()
        .join("|");
    let date = format!(
        r"(?:{months})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{months})|\d{{1,2}}/\d{{1,2}}|\d{{1,2}}(?::\d{{2}})?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{{1,2}}:\d{{2}}|{days}|(?:mon|tues?|weds?|thurs?|thu|fri)\.?|the\s+\d{{1,2}}(?:st|nd|rd|th)"
    );
    // The words for one visit or one piece of care on a calendar.
    let visit = r"visit|appointment|appt|cleaning|exam|check-?up|consult|consultation|procedure|surgery|session|follow-?up|fitting|x-?rays?|scan|labs?|blood\s?work|infusion|injection|shot|vaccine|filling|crown|extraction|biopsy|test|recall|slot|spot|pickup|pick-up|drop-off|sedation|delivery";
    let adv = r"(?:(?:just|already|also|personally|happily|finally|actually|even|recently|first|originally|both)\s+)?";
    let perfect = r"(?:(?:has|have|had|'ve|’ve|'d|’d)\s+(?:been\s+)?)?";
    // The reader or theirs as an object or companion ("you", "ur mom", "your spot").
    let reader = format!(
        r"(?:you|u|ya|(?:your|ur)\s+(?:[\w-]+\s+)?(?:{EN_KIN}|{EN_BELONGING}|{EN_CARE_NOUN}))\b"
    );
    // The reader or a relative as a subject.
    let person = format!(
        r"(?:you|u|(?:your|ur)\s+(?:[\w-]+\s+)?(?:{EN_KIN})(?:['’]s\s+[\w-]+)?)(?:['’]ve|['’]d|\s+have|\s+had|\s+has)?(?:\s+been)?"
    );
    // fixp10: verbs of care itself, and what a visitor does at the practice's place.
    let care_narrow = r"saw|seen|treated|examined|checked on|operated on|admitted|discharged|looked after|took care of|taken care of|cared for|worked on|cleaned|filled|fitted|pulled|stitched(?: up)?|delivered|vaccinated|diagnosed|nursed|x-rayed|scanned|rehabbed|sedated|extracted|casted|splinted|followed";
    let visit_verb = r"left|dropped(?: off)?|sat|waited|fell|slipped|tripped|forgot|collapsed|fainted|passed out|lost|parked|napped|fell asleep|threw up|vomited|signed in|checked in|came in|walked in|showed up|paid|cried|screamed|sang|danced|stayed|spent";
    let place = format!(
        r"(?:(?:the\s+|our\s+|my\s+)(?:[\w-]+\s+){{0,2}}?(?:{EN_PLACE})|reception|check-?in|check-?out|triage|registration|pharmacy pickup)\b"
    );
    let manner = r"(?:(?:[a-z]+ly|just|all|both|still|even|really|so|twice|once|always|already|also)\s+){0,2}";
    let sources = [
        // Who acted + care verb (past or perfect) + the reader or theirs: "we rebooked u",
        // "Kevin cleaned your teeth", "Dr. Lee has followed your care".
        (
            format!(
                r"\b(?:{EN_AGENT})(?:\s+{adv}{perfect}|['’](?:ve|d)\s+(?:been\s+)?{adv})(?:{EN_CARE_PAST})\s+(?:(?:back|in|up|over|out)\s+)?(?:{EN_OBJECT})"
            ),
            false,
        ),
        // The reader or theirs + a passive care verb or a past attendance: "you were triaged",
        // "your claim was resubmitted", "your test results came back", "ur crown is ready".
        (
            format!(
                r"\b(?:you|u|(?:your|ur)\s+(?:\w+\s+){{0,2}}?(?:{EN_KIN}|{EN_CARE_NOUN}))\s+(?:(?:was|were|got|has been|have been|'ve been|’ve been|had been|'re|’re)\s+{adv}(?:{EN_CARE_PAST})\b|(?:came back|came in|came by|stopped by|dropped by|dropped in|checked in|checked out|went home|went through|went out|was here|were here|was in|were in|arrived|is ready|are ready|is in|are in|look(?:s|ed)? (?:great|good|amazing|healthy|perfect)|fits? (?:great|well|perfectly)|healed|is healing|are healing|did (?:so\s+|really\s+)?(?:well|great|amazing|awesome|fantastic)|went (?:well|smoothly|great|fine|perfectly))\b)"
            ),
            false,
        ),
        // A person the practice cared for, named by what it did: "the gentleman we admitted",
        // "the little guy we fitted with braces".
        (
            format!(
                r"\bthe\s+(?:[\w-]+\s+){{0,2}}?(?:{person_head})\s+(?:that\s+|who\s+|whom\s+|whose\s+(?:[\w-]+\s+){{1,2}}?)?(?:we|i|dr\.?\s+\w+)\s+{adv}{past}\b"
            ),
            false,
        ),
        // A care noun named by what the practice did for the reader: "the prescription we sent
        // for you", "the new retainer we made you", "the tests she ordered for you".
        (
            format!(
                r"\bthe\s+(?:[\w-]+\s+){{0,2}}?[\w-]+\s+(?:that\s+)?(?:we|i|she|he|dr\.?\s+\w+|(?-i:[A-Z][a-z]{{2,}}))\s+{adv}{past}\s+(?:(?:for|to)\s+)?(?:you|u)\b"
            ),
            false,
        ),
        // ... or, in a reply, without the "you": "the filling Dr. Lee placed".
        (
            format!(
                r"\bthe\s+(?:[\w-]+\s+){{0,2}}?(?:{EN_CARE_NOUN})\s+(?:that\s+)?(?:we|i|she|he|dr\.?\s+\w+|(?-i:[A-Z][a-z]{{2,}}))\s+{adv}(?:{EN_CARE_PAST})\b"
            ),
            true,
        ),
        // The pleasure of caring for them: "a joy treating you", "Maria remembers checking you in".
        (
            format!(
                r"\b(?:joy|pleasure|privilege|honou?r|fun|delight|treat|loved|enjoyed|remembers?|remembered|miss|missed)\s+(?:\w+\s+){{0,2}}?(?:{EN_CARE_ING})\s+(?:you|u|ya|(?:your|ur)\s+\w+)(?:\s+(?:in|back|all these years))?"
            ),
            false,
        ),
        // Relief or regret at having done it: "glad we could squeeze you in", "sorry we had to
        // reschedule you".
        (
            format!(
                r"\b(?:glad|happy|sorry|thrilled|great|nice|relieved)\s+(?:that\s+)?(?:we|i)\s+(?:could|had to|were able to|was able to|got to|managed to|finally got to)\s+(?:{EN_CARE_BASE})\s+(?:you|u|(?:your|ur)\s+\w+)(?:\s+(?:in|into|on|back)\b(?:\s+[\w'’.]+){{0,3}})?"
            ),
            false,
        ),
        // Being on the practice's books: "your whole family is already on our books", "your mom
        // is one of our favorites", "your girls were model patients".
        (
            format!(
                r"\b(?:you|u|(?:your|ur)\s+(?:whole\s+|little\s+)?(?:{EN_KIN}))\s+(?:is|are|was|were|have been|has been|'ve been|’ve been|'re|’re)\s+(?:already\s+|still\s+|all\s+|both\s+)?(?:on our (?:books|schedule|list|roster|panel)|in our system|one of our (?:favorites|favourites|patients|regulars|best|sweetest)|our (?:patients?|regulars?|favorites?|favourites?)|(?:a\s+)?(?:model|great|wonderful|brave|perfect|dream)\s+patients?)"
            ),
            false,
        ),
        // A third person's care thing + a finite verb: "her new hearing aids fit great", "his
        // results came back".
        (
            format!(
                r"\b(?:her|his)\s+(?:[\w-]+\s+){{0,2}}?(?:{EN_CARE_NOUN_THIRD})\s+(?:came back|came in|were|was|is|are|look|looks|fit|fits|healed|is healing|went|has|have)\b"
            ),
            false,
        ),
        // Ongoing care of a person: "we're treating his vocal cords", "we're seeing you Friday".
        (
            format!(
                r"\b(?:we|i|dr\.?\s+\w+|she|he)\s*(?:'re|’re|are|am|'m|’m|is|'s|’s)\s+(?:still\s+)?(?:{EN_CARE_ING})\s+(?:you|u|him|her|(?:your|ur|his|her)\s+\w+)\b"
            ),
            false,
        ),
        // A booked meeting with the person: "we'll see her next week", "see u tmrw at 3".
        (
            format!(
                r"\b(?:(?:we|i|dr\.?\s+\w+|she|he)\s*(?:'ll|’ll|will)\s+)?see\s+(?:you|u|ya|her|him|them|(?:your|ur)\s+\w+)\s+(?:next\s+(?:week|wk|month|time|{days})|tomorrow|tmrw|tmr|(?:this|on)\s+(?:{days}|afternoon|morning)|at\s+(?:your|ur)\b|for\s+(?:your|ur)\b|in\s+(?:two|three|six|2|3|6)\s+(?:weeks|months))"
            ),
            false,
        ),
        // Future care booked for one person: "we'll have his sealants done", "Dr. Lee will
        // recheck your crown", "the doctor is going to see her". An event after it ("see you at
        // the open house") is dropped by `event_after`.
        (
            r"\b(?:we|i|dr\.?\s+\w+|the\s+(?:doctor|dentist|nurse|hygienist|surgeon)|she|he|(?-i:[A-Z][a-z]{2,}))\s*(?:'ll|’ll|will|is going to|are going to|'re going to|’re going to)\s+(?:(?:have|get)\s+(?:you|u|(?:your|ur|his|her)\s+(?:[\w-]+\s+)?[\w-]+)\s+(?:done|finished|fixed|fitted|checked|cleaned|filled|placed|adjusted|removed|started)|(?:recheck|re-check|finish|remove|adjust|place|take out|clean|fill|fit|treat|examine|operate on|x-ray|redo|replace|repair|fix|numb|stitch|extract)\s+(?:you|u|him|her|(?:your|ur|his|her)\s+(?:[\w-]+\s+)?[\w-]+)(?:\s+(?:again|back|next\s+\w+|tomorrow|on\s+\w+|in\s+\w+\s+\w+))?)"
                .to_string(),
            false,
        ),
        // Care ordered or booked for the reader, told as a past choice: "ordering that second
        // scan for you was the right call".
        (
            r"\b(?:ordering|booking|scheduling|sending|referring|squeezing|fitting|moving|rebooking)\s+(?:[\w-]+\s+){0,3}?(?:for\s+)?(?:you|u)\s+(?:in\s+)?(?:was|were)\b"
                .to_string(),
            false,
        ),
        // A care participle about a described person: "discharged this morning".
        (EN_PARTICIPLE.to_string(), false),
        // A relative of the reader as the subject of a past event at the practice: "your mother
        // charmed the whole team", "your son told our hygienist".
        (
            format!(
                r"\b(?:your|ur)\s+(?:[\w-]+\s+)?(?:{EN_KIN})\s+(?:was|were|did|made|gave|brought|told|drew|won|had|kept|lit|{past})\s+(?:[\w'’]+\s+){{0,3}}?(?:us|the\s+(?:whole\s+)?(?:team|staff|office|front desk|nurses|hygienists?|waiting room)|our\s+(?:[\w-]+\s+)?(?:team|staff|office|day|morning|afternoon|week|front desk|nurses?|hygienists?|waiting room)|here|in the chair|in our chair)\b"
            ),
            false,
        ),
        // A described third person who came to the practice: "the lady who won the pie contest
        // came in Friday", "the twins' mom from the bakery brought us cookies".
        (
            format!(
                r"\b(?:the|our)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{person_head}|mother|father|woman|lady)(?:\s+(?:from|at|of|on|in)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?(?:\s+(?:who|that)\s+[^,.!?]{{0,40}}?)?\s+(?:came in|came by|stopped by|stopped in|dropped by|dropped in|popped in|was in|was here|brought us|visited us|checked in)\b"
            ),
            false,
        ),
        // Anyone who sat in the practice's chair: "Mateo was so chatty in the chair".
        (
            r"\b(?:[\w'’]+)\s+(?:was|were)\s+(?:so\s+|such\s+an?\s+|very\s+|really\s+|a\s+)?[\w-]+(?:\s+[\w-]+)?\s+in\s+(?:the|our|my)\s+chair\b"
                .to_string(),
            false,
        ),
        // One person pointed at in a post: "this champ just rang the bell", "our sweet
        // 7-year-old patient drew us this picture".
        (
            format!(
                r"\b(?:this|our)\s+(?:(?:little|sweet|brave|favorite|favourite|tough|amazing|youngest|oldest|newest|[\w-]+-year-old|\d+-year-old)\s+){{0,3}}(?:champ|warrior|fighter|hero|cutie|kiddo|superstar|trooper|rockstar|little guy|little girl|little one|patient|mama|papa|{person_head})\s+(?:just\s+|finally\s+|officially\s+)?(?:is|was|has|had|turns|turned|got|gets|rang|finished|graduated|walked|went|came|brought|drew|made|left|{past})\b"
            ),
            false,
        ),
        // The reader's care or wait + a past verb: "ur wait was so long", "your visit was quick".
        (
            format!(
                r"\b(?:your|ur)\s+(?:[\w-]+\s+){{0,2}}?(?:{EN_CARE_NOUN}|wait|wait time)\s+(?:[\w-]+\s+){{0,3}}?(?:was|were)\s+(?:so\s+|a bit\s+|too\s+|really\s+|very\s+|pretty\s+)?[\w-]+"
            ),
            false,
        ),
        // Time the clinician spent with the reader: "I spent twenty minutes with you".
        (
            r"\b(?:we|i)\s+spent\s+(?:[\w-]+\s+){0,3}?with\s+(?:you|u|(?:your|ur)\s+\w+)\b"
                .to_string(),
            false,
        ),
        // A time anchors one encounter of the reader's (rel10): a date, weekday or clock time
        // + any words + a visit word ("your Jan 9 crown visit", "ur tues 3pm cleaning"), or
        // the visit word + "on/from/of" + a date ("your invoice from 5 May", "your exam on the
        // 3rd"). A date makes the visit one person's, whatever verb surrounds it; "your next
        // visit" and "your first visit" carry no date and stay out.
        (
            format!(
                r"\b(?:your|ur)\s+(?:{date})\s+(?:[\w-]+\s+){{0,2}}(?:{visit})\b|\b(?:your|ur)\s+(?:[\w-]+\s+)?(?:{visit}|invoice|bill|statement|receipt)\s+(?:on|from|of)\s+(?:the\s+)?(?:{date})\b"
            ),
            false,
        ),
        // The reader's own clinician or staff member in a past event (rel10): "your hygienist
        // was rushed", "ur nurse on Friday was new", "your tech that day forgot the bib". A
        // present or modal verb ("your dentist should explain", "ask your dentist") is anyone's.
        (
            format!(
                r"\b(?:your|ur)\s+(?:hygienist|nurse|tech|technician|assistant|dental assistant|surgeon|provider|receptionist|therapist|dentist|doctor|doc|pharmacist|phlebotomist|sonographer|x-ray tech|anesthesiologist)\s+(?:(?:that|this)\s+(?:day|morning|afternoon|time)\s+|(?:{en_time})\s+|(?:on|at)\s+(?:{date})\s+)?(?:was|were|had|did|seemed|felt|got|came|left|took|forgot|missed|rushed|ran|used|wasn['’]t|didn['’]t)\b"
            ),
            false,
        ),
        // ... or a day's visit in a reply: "after Tuesday's visit", "at yesterday's cleaning".
        (
            format!(
                r"\b(?:after|before|at|during|from|since|about|for|in)\s+(?:{days}|yesterday|today|this\s+morning|last\s+(?:{days}|week))['’]s\s+(?:[\w-]+\s+)?(?:{visit})\b"
            ),
            true,
        ),
        // relrec10, structures rather than phrases. (1) A person the practice served, named by a
        // noun phrase with any determiner + "we/I" + a care verb: "a retired firefighter we
        // cared for all winter", "this sweet lady I treated". The care verb (not any verb)
        // keeps out "a patient we hope to meet". Only verbs of care itself (fixp10, review10
        // finding 5): "met/welcomed/helped/sent" are said of interns and guests too ("a student
        // we welcomed as our summer intern").
        (
            format!(
                r"\b(?:a|an|this|that|one)\s+(?:[\w-]+\s+){{0,2}}?(?:{person_head})\s+(?:that\s+|who\s+|whom\s+)?(?:we|i|dr\.?\s+\w+)\s+{adv}(?:{care_narrow})\b"
            ),
            false,
        ),
        // (2) One of the staff + a past verb + "with/for/to you" at once: "the hygienist ran
        // behind for you", "our front desk was short with you". The staff noun is the subject
        // and the verb is past, so "our nurses are here for you" (present) stays out.
        (
            r"\b(?:the|our|your|ur)\s+(?:[\w-]+\s+)?(?:hygienist|nurse|tech|technician|assistant|receptionist|front desk|desk|doctor|dentist|surgeon|therapist|pharmacist|staff|team|scheduler|office)\s+(?:(?:[a-z]+ly|really|so|very|a bit|a little)\s+)?(?:ran|was|were|got|seemed|acted|came across|sounded)\s+(?:(?:so|very|really|too|a bit|a little|pretty|quite)\s+)?(?:behind|late|short|rude|curt|abrupt|brusque|impatient|dismissive|rushed|cold|sharp|slow|off)\s+(?:(?:for|with|to|on)\s+)(?:you|u)\b"
                .to_string(),
            false,
        ),
        // (3) The after-effect of a piece of care the reader had, stated as past fact in a
        // reply: "glad the numbing wore off quickly", "sorry the swelling lasted so long".
        (
            format!(
                r"\b(?:glad|happy|relieved|sorry|good to hear|great to hear)\s+(?:that\s+)?(?:the|your|ur)\s+(?:numbing|numbness|anesthesia|anaesthesia|anesthetic|anaesthetic|sedation|swelling|soreness|bleeding|bruising|stitches|sutures|nausea|grogginess)\s+(?:{manner})(?:{EN_PAST_ANY}|wore off|was|went)\b"
            ),
            true,
        ),
        // (4) Gratitude or congratulations for the reader's own attendance or course of care:
        // "appreciate you popping in Monday", "congrats on finishing treatment here", "a
        // pleasure having you with us last week". Anchored by a time or by "here/with us",
        // so "thanks for choosing us" stays out; the words between are a closed class, so an
        // event ("popping in to our open house Saturday") stays out. "coming/stopping" are
        // the older thanks grammar's, which drops public events.
        (
            format!(
                r"\b(?:appreciate|appreciated|thanks|thank you|thx|ty|congrats|congratulations|pleasure|lovely|great|nice|good)\s+(?:so much\s+)?(?:(?:you|u|ya)\s+|(?:for|on|4)\s+)(?:(?:you|u)\s+)?(?:popping|dropping|swinging|finishing|completing|wrapping up|having\s+(?:you|u)|seeing\s+(?:you|u))\b(?:\s+(?:in|by|over|up|back|your|ur|the|treatment|physio|physical therapy|therapy|rehab|care|course|round|sessions?|visits?|appointments?|cleaning|check-?up|exam|again|so|early|late))*\s+(?:here|with us|in with us|at our (?:office|clinic|practice)|(?:{en_time}))\b"
            ),
            true,
        ),
        // (5) A part of the day defined by the reader's visit: "the morning you were here",
        // "that afternoon you came in". The clause is the visit.
        (
            format!(
                r"\b(?:the|that)\s+(?:day|morning|afternoon|evening|night|week|time|visit)\s+(?:that\s+|when\s+)?{person}\s+(?:were|was)\s+(?:here|in|with us|at the (?:office|clinic))\b|\b(?:the|that)\s+(?:morning|afternoon|evening|night|week)\s+(?:that\s+|when\s+)?{person}\s+(?:came|stopped|dropped|popped|checked)\s+(?:in|by)\b"
            ),
            true,
        ),
        // (6) Someone left or did something at the practice's place, told about a third person
        // in a post: "whoever left a blue walker at the front desk", "the lady who knitted our
        // receptionist a scarf between appointments". A time alone is not enough: "the guy who
        // swallowed a spoon today" says nothing of where. Nor is any verb at the practice's place
        // (fixp10, review10 finding 4): a guest or contractor also does things there ("the
        // artist who painted the mural in our lobby"), so the verb is a visitor's (left, sat,
        // waited, fell, forgot ...) or the deed is done to one of the staff.
        (
            format!(
                r"\b(?:whoever|the\s+(?:[\w-]+\s+){{0,2}}?(?:{person_head}|one|person)\s+(?:who|that))\s+(?:(?:{visit_verb})\b(?:\s+[\w'’-]+){{0,5}}?\s+(?:at|in|on|by)\s+{place}|(?:{EN_PAST_ANY})\b(?:\s+[\w'’-]+){{0,5}}?\s+between\s+(?:appointments|visits|sessions)|(?:{EN_PAST_ANY})\s+(?:our|the)\s+(?:receptionist|front desk|hygienist|nurse|nurses|doctor|dentist|staff|team)\b(?:\s+[\w'’-]+){{0,4}}?\s+(?:at|in|on|by)\s+{place})"
            ),
            false,
        ),
    ];
    // Presence grammars: the practice and the person together, with any past verb.
    let care_event = r"mammograms?|replacement|colonoscopy|physical|rehab|therapy|delivery|birth|c-section|vaccination|screening|round|dose|transplant|repair|removal|extraction|implant|root canal|pap|stress test";
    let presence = [
        // (a) The practice or its staff + any past verb + the reader as object or companion:
        // "Maria spotted you", "we had u in chair 2", "our nurse sat with you", "Joy loved
        // chatting with you", "Kevin walked you out", "we held your spot". A sentence may drop
        // its subject in texting ("Spotted your family in the lobby").
        format!(
            r"(?:\b(?:{EN_AGENT})\s+{manner}{perfect}(?:{EN_PAST_ANY})|(?:^|[.!?\n]\s*)(?:spotted|saw|caught|met|found|bumped into|ran into|loved|enjoyed|had a blast with))\s+(?:(?:[a-z]{{3,}}ing|up|out|in|over|back|off|on)\s+)?(?:(?:with|to|beside|next to|alongside|behind|after|about|into|up with|on)\s+)?{reader}"
        ),
        // ... or was a way with them: "our tech was short with you", "Lena was so sweet to
        // your boys".
        format!(
            r"\b(?:{EN_AGENT})\s+(?:was|were)\s+(?:[\w-]+\s+){{1,2}}?(?:with|to)\s+{reader}"
        ),
        // (b) The reader or a relative + any past verb + one of the practice's places: "you sat
        // in our waiting room", "your wife let us know at check-out", "u left ur jacket in exam
        // room 3".
        format!(
            r"\b{person}\s+{manner}(?:{EN_PAST_ANY}|was|were)\b(?:\s+[\w'’-]+){{0,6}}?\s+(?:(?:in|at|by|to|from|on|near|outside|inside|through|into|around|across|out|behind|under)\s+{place}|(?:here|with us|in and out)\b|(?:the\s+(?:whole|entire)\s+|(?:during|throughout)\s+(?:the\s+|your\s+|ur\s+))(?:{EN_CARE_NOUN})\b)"
        ),
        // (c) ... or + a time that stamps the encounter: "You signed in at 2:10", "u were our
        // first walk-in this morning", "You waited in the car Wednesday".
        format!(
            r"\b{person}\s+{manner}(?:{EN_PAST_ANY}|was|were)\b(?:\s+[\w'’-]+){{0,6}}?\s+(?:{en_time})\b"
        ),
        // A time at the start of the reader's encounter: "On Thursday you were in room 4",
        // "yesterday at 4:15 we had u in chair 2".
        format!(
            r"(?:^|[.!?\n]\s*)(?:{en_time})(?:\s*,?\s*(?:{en_time}))?\s*,?\s+(?:you|u|we|i|(?-i:[A-Z][a-z]{{2,}}))\s+(?:{EN_PAST_ANY})\s+(?:(?:you|u|ur|your)\s+)?(?:in|at|by|here|with|to)\b(?:\s+(?:the|our|room|chair|exam|\d+))*"
        ),
        // A thing the reader or a relative left, brought or made at the practice: "the forms
        // you dropped off", "the card your twins made us", "the coffee you had in our waiting
        // room".
        format!(
            r"\bthe\s+(?:[\w-]+\s+){{0,2}}?(?:{EN_BELONGING})\s+(?:that\s+)?{person}\s+(?:just\s+)?(?:{EN_PAST_ANY})\b(?:\s+(?:off|in|up|behind|over|by|us|her|him|the team|for us|for the team))?(?:\s+(?:at|in|on|by)\s+{place})?"
        ),
        // The reader or a relative + any past verb with one of the staff: "your mom chatted
        // with our receptionist", "you talked to the nurse at length".
        format!(
            r"\b{person}\s+{manner}(?:{EN_PAST_ANY})\s+(?:with|to)\s+(?:our|the)\s+(?:[\w-]+\s+)?(?:team|staff|nurse|nurses|hygienist|doctor|dentist|receptionist|front desk|assistant|tech|pharmacist|manager|billing team|surgeon|valet|cashier|volunteers?)\b"
        ),
        // A person's own care event done at the practice: "Linda had her first 3D mammogram
        // with us yesterday", "congrats to the coach on a successful knee replacement with us".
        format!(
            r"\b(?:had|got|finished|completed|did|started|began|passed)\s+(?:her|his|your|ur)\s+(?:[\w-]+\s+){{0,3}}?(?:{EN_CARE_NOUN}|{care_event})\s+(?:here\s+)?with\s+us\b|\bon\s+(?:a|an|her|his)\s+(?:successful|smooth|speedy|quick|great)\s+(?:[\w-]+\s+){{0,2}}?(?:{EN_CARE_NOUN}|{care_event})\s+with\s+us\b"
        ),
        // Thanks for what the reader did at the practice: "thanks for dropping off the forms at
        // the front desk", "thank you for waiting out the storm with us in the lobby".
        format!(
            r"\b(?:thanks|thank you|thx|ty)\s+(?:so much\s+)?for\s+(?:[a-z]{{3,}}ing|(?:your|ur)\s+[a-z]{{3,}})\b(?:\s+[\w'’-]+){{0,6}}?\s+(?:at|in|to|by|through|from)\s+{place}"
        ),
        // ... or for bringing a relative in: "thanks for bringing your dad back".
        format!(
            r"\b(?:thanks|thank you|thx|ty)\s+(?:so much\s+)?for\s+(?:bringing|driving|taking|walking)\s+(?:your|ur)\s+(?:[\w-]+\s+)?(?:{EN_KIN})\s+(?:in|back|by|over|to\s+(?:us|see us|your|his|her|the))\b(?:\s+(?:for\s+)?(?:his|her|their|the)\s+(?:{EN_CARE_NOUN}))?"
        ),
        // Meeting the reader at the practice: "so good running into you in the hallway",
        // "nice chatting with your mom at the desk yesterday".
        format!(
            r"\b(?:good|great|nice|lovely|fun|wonderful|joy|pleasure|treat)\s+(?:to\s+)?(?:run(?:ning)?\s+into|bump(?:ing)?\s+into|chat(?:ting)?\s+with|talk(?:ing)?\s+(?:with|to)|catch(?:ing)?\s+up\s+with|see(?:ing)?|meet(?:ing)?|hav(?:e|ing)|host(?:ing)?)\s+{reader}\s+(?:(?:in|at|on|by)\s+{place}|(?:{en_time}))"
        ),
        // (a) with the object before "with/for you": "our billing lead went through the charges
        // with you at checkout", "we kept the lights on for you until 7:15".
        format!(
            r"\b(?:{EN_AGENT})\s+{manner}{perfect}(?:{EN_PAST_ANY})(?:\s+[\w'’-]+){{1,3}}?\s+(?:with|beside|alongside)\s+{reader}|\b(?:{EN_AGENT})\s+{manner}{perfect}(?:{EN_PAST_ANY})(?:\s+[\w'’-]+){{0,3}}?\s+for\s+{reader}\s+(?:(?:about\s+|over\s+|almost\s+)?(?:\d+|twenty|thirty|forty|fifteen|ten|an?)\s*(?:min|mins|minutes|hours?|hrs?)\s+)?(?:(?:until|till|til|at|in|on|by)\s+(?:{en_time}|\d{{1,2}}(?::\d{{2}})?|{place})|(?:{en_time})\b)"
        ),
        // A staff member named by what they did with the reader: "the valet who parked your
        // car", "the nurse that walked you out".
        format!(
            r"\bthe\s+(?:[\w-]+\s+)?(?:valet|nurse|hygienist|tech|technician|receptionist|doctor|dentist|assistant|attendant|pharmacist|cashier|driver|volunteer|therapist|surgeon|guard|manager|lady|gentleman|guy|woman|man|girl|gal|one|person)\s+(?:who|that)\s+(?:{EN_PAST_ANY})\s+(?:(?:up|out|in|over|back|off|on)\s+)?(?:(?:with|to|beside|for)\s+)?(?:{reader}|(?:your|ur)\s+(?:[\w-]+\s+)?[\w-]+)"
        ),
        // The reader pointed at in a place or a time: "that was you in the blue scarf at the
        // desk this morning", "your mom's walker is in our supply closet".
        format!(
            r"\b(?:that|this)\s+(?:was|were)\s+(?:you|u|(?:your|ur)\s+(?:{EN_KIN}))\b(?:\s+[\w'’-]+){{0,6}}?\s+(?:(?:at|in|by|on)\s+{place}|{en_time})|\b(?:your|ur)\s+(?:(?:{EN_KIN})['’]s\s+)?(?:[\w-]+\s+)?(?:{EN_BELONGING})\s+(?:is|are|was|were)\s+(?:still\s+|safe\s+)?(?:in|at|behind|under|on|by)\s+{place}"
        ),
        // Paperwork or a payment tied to a visit: "your payment from the March 3 visit", "the
        // forms for your Tuesday appointment".
        format!(
            r"\b(?:your|ur|the)\s+(?:payment|invoice|bill|statement|receipt|copay|co-pay|charges?|paperwork|forms?|papers|intake forms?|consent forms?|sign-in sheet)\s+(?:from|for)\s+(?:(?:the|your|ur|that)\s+(?:[\w,-]+\s+){{0,3}}?(?:{EN_CARE_NOUN})\b|(?:the\s+)?(?:{en_time}|\d{{1,2}}/\d{{1,2}}|\d{{1,2}}(?:st|nd|rd|th)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{{1,2}}(?:st|nd|rd|th)?)\b)"
        ),
        // A time of the reader's own: "at your 8 am", "before ur 3:30".
        r"\b(?:(?:at|for|before|after|since|during|from|about)\s+(?:your|ur)\s+\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|o['’]clock)?|(?:your|ur)\s+\d{1,2}(?::\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?|\s*(?:am|pm|a\.m\.|p\.m\.|o['’]clock)))(?:\s|[,.!?;]|$)".to_string(),
    ];
    // Presence grammars that hold only in a reply (fixp): thanks for attendance at a time and
    // a past "when/while" clause about the reader also open a post to every follower ("Thanks
    // for being so patient with our phones today", "When you were pregnant, did you crave
    // pickles? Tell us below!"), where they assert no one's visit.
    let presence_in_reply = [
        // Thanks for the reader's attendance at a time (rel9): "thanks for being so brave with
        // the needle yesterday", "thank you for coming all the way over on Friday". The verbs
        // are a closed class of attendance, so "thanks for reading yesterday" and "tips for
        // staying cool at Saturday's run" stay out, and a public event inside ("thanks for
        // coming to our open house Saturday") is dropped.
        format!(
            r"\b(?:thanks|thank you|thx|ty)\s+(?:so much\s+|again\s+)?(?:for|4)\s+(?:being|coming|stopping|waiting|sitting|hanging|holding|visiting|dropping|popping|driving|walking)\b(?:\s+[\w'’-]+){{0,8}}?\s+(?:{en_time})\b"
        ),
        // A past "when/while" clause about the reader (rel9): "when you got dizzy after the
        // blood draw", "while u were in the chair". A present one is a condition for anyone
        // (`present_when`); contact verbs ("when you called") are left to `communication`.
        format!(
            r"\b(?:when|while|the day|the time)\s+{person}\s+{manner}(?:{EN_PAST_ANY}|was|were)\b"
        ),
    ];
    // The person carried across sentences (rel10): once the text has named a relative of the
    // reader, "he"/"she" + any past verb + the practice's place or a time ("Your nephew's a
    // riot. He told the whole waiting room..."), and the staff + any past verb + "him"/"her"
    // ("grandma's new teeth... we loved fitting her") are that relative's visit.
    let carried = [
        format!(
            r"\b(?:he|she)\s+{manner}(?:{EN_PAST_ANY}|was)\b(?:\s+[\w'’-]+){{0,6}}?\s+(?:(?:in|at|by|to|from|on|near|outside|inside|through|into|around|across|out|behind|under)\s+{place}|the\s+(?:whole\s+|entire\s+)?(?:waiting room|office|team|staff|front desk|lobby|desk)\b|(?:here|with us)\b|(?:{en_time})\b)"
        ),
        format!(
            r"\b(?:{EN_AGENT})\s+{manner}{perfect}(?:{EN_PAST_ANY})(?:\s+[a-z]+ing)?\s+(?:(?:up|out|in|over|back|off|on|with|to|beside)\s+)?(?:him|her)\b"
        ),
    ];
    // Thanks for how the reader bore a piece of care (rel10): "thanks for being so patient
    // during the drilling", "thank you for staying so calm through the blood draw". The care
    // word keeps out "thanks for being so patient with our phones".
    let bore = format!(
        r"\b(?:thanks|thank you|thx|ty)\s+(?:so much\s+|again\s+)?(?:for|4)\s+(?:being|staying|sitting|keeping)\s+(?:so\s+|such\s+an?\s+|super\s+|really\s+)?[\w-]+\s+(?:during|through|with|for|in)\s+(?:the|your|ur|his|her|that)\s+(?:[\w-]+\s+)?(?:{EN_CARE_NOUN}|{care_event}|needle|drill|drilling|numbing|injection|blood draw|draw|stitches|shots?)\b"
    );
    let memory = [
        // Staff memories of the reader: "Maria remembers you", "the team still talks about
        // your son", "the nurses on 5 West still ask about your dad", "the front desk will miss
        // seeing you".
        format!(
            r"\b(?:{EN_AGENT}|(?:the|our)\s+(?:whole\s+)?(?:front desk|desk|nurses|hygienists|girls|ladies|crew|doctors|docs|receptionists|team|staff)(?:\s+(?:on|at|in)\s+[\w-]+(?:\s+[\w-]+)?)?)\s+(?:still\s+|always\s+|all\s+|really\s+|fondly\s+|often\s+|will\s+|'ll\s+|’ll\s+)*(?:remembers?|remembered|recalls?|recalled|recogni[sz]e[sd]?|talks?\s+about|talked\s+about|asks?\s+(?:about|after)|asked\s+(?:about|after)|speaks?\s+(?:fondly\s+)?of|raves?\s+about|raved\s+about|thinks?\s+of|miss(?:es|ed)?\s+(?:seeing|having)|misses|(?:will\s+|'ll\s+|’ll\s+)?never\s+forget|won['’]t\s+forget|(?:still\s+)?(?:laugh|laughs|laughing|smile|smiles|smiling)\s+about)\s+(?:(?:the|that)\s+(?:day|time|morning|afternoon|night|visit)\s+)?(?:[a-z]{{3,}}ing\s+)?{reader}"
        ),
    ];
    sources
        .into_iter()
        .map(|(src, reply_only)| Grammar {
            re: lean(&crate::packs::latin_words(&src)),
            reply_only,
            presence: false,
            carried: false,
        })
        .chain(presence.iter().map(|src| Grammar {
            re: lean(&crate::packs::latin_words(src)),
            reply_only: false,
            presence: true,
            carried: false,
        }))
        .chain(presence_in_reply.iter().map(|src| Grammar {
            re: lean(&crate::packs::latin_words(src)),
            reply_only: true,
            presence: true,
            carried: false,
        }))
        .chain(
            memory
                .iter()
                .map(|src| Grammar::plain(lean(&crate::packs::latin_words(src)))),
        )
        .chain(carried.iter().map(|src| Grammar {
            re: lean(&crate::packs::latin_words(src)),
            reply_only: false,
            presence: true,
            carried: true,
        }))
        .chain(std::iter::once(Grammar::plain(lean(
            &crate::packs::latin_words(&bore),
        ))))
        .collect()
}

fn grammars(lang: &str) -> &'static [Grammar] {
    static ALL: [OnceLock<Vec<Grammar>>; LANGS.len()] = [const { OnceLock::new() }; LANGS.len()];
    let i = lang_index(lang);
    ALL[i].get_or_init(|| {
        // rel12: the class grammars of `relclass` come after the language's own.
        let classes = relclass::class_grammars(LANGS[i])
            .into_iter()
            .chain(super::reword::grammars(LANGS[i]))
            .chain(super::reword16::grammars(LANGS[i]))
            .map(|src| Grammar::plain(lean(&src)));
        if i == 0 {
            return english().into_iter().chain(classes).collect();
        }
        relcues::care_grammars(LANGS[i])
            .iter()
            .map(|src| Grammar::plain(lean(src)))
            .chain(classes)
            .collect()
    })
}

/// A pronoun that carries a person the reply already tied to the practice into a recovery or
/// discharge state: "Sending love to the dispatcher, [she's recovering]", "Hugs to the couple
/// from the bakery, [he's home] after his bypass". The person must come first: a relationship
/// phrase before it, or a greeting, wish or thanks sent to someone. English only.
fn carried_recovery(
    text: &str,
    sentences: &[(usize, usize)],
    lang: &str,
    reply: bool,
    existing: &[(usize, usize)],
    found: &[(usize, usize)],
) -> Vec<(usize, usize)> {
    if lang != "en" {
        return Vec::new();
    }
    static STATE: OnceLock<Regex> = OnceLock::new();
    static TARGET: OnceLock<Regex> = OnceLock::new();
    let state = STATE.get_or_init(|| {
        ci(r"\b(?:she|he|they)\s*(?:'s|’s|is|are|'re|’re|was|were)\s+(?:now\s+|finally\s+|already\s+|still\s+|officially\s+)?(?:home|back home|recovering|resting|done|doing (?:great|well|better|fine|amazing)|up and walking|up walking|walking again|out of surgery|out of the hospital|on the mend|discharged|cancer-free|cleared|healing|feeling better|all done|back on (?:his|her|their) feet)\b|\b(?:she|he|they)\s+(?:went|got to go|headed)\s+home\b")
    });
    let target = TARGET.get_or_init(|| {
        ci(r"\b(?:sending|wishing|congrats|congratulations|hugs|prayers|get well|welcome home|welcome back|shout-?out|bravo|kudos|cheers|thinking of|best wishes|love)\b[^.!?]{0,20}?\b(?:to|for)\b")
    });
    let mut out = Vec::new();
    for m in state.find_iter(text) {
        let before = &text[..m.start()];
        let anchored =
            existing.iter().chain(found).any(|&(_, b)| b <= m.start()) || target.is_match(before);
        if anchored && !unasserted(text, sentences, lang, reply, m.start(), m.end()) {
            out.push((m.start(), m.end()));
        }
    }
    out
}

/// The recovery state of one person greeted with good news ("Congrats to the Lakeside fire
/// chief, [back at work] after his bypass", "Bravo à la boulangère, [rétablie] après sa
/// fracture"): see [`relcues::recovery_cues`]. Staff greeted and wishes are left out.
fn greeted_recovery(
    text: &str,
    sentences: &[(usize, usize)],
    lang: &str,
    reply: bool,
) -> Vec<(usize, usize)> {
    struct Cues {
        opener: Regex,
        /// rel16: the same greeting after the state, behind a comma or dash: "The fire chief
        /// is back on duty after his bypass, congrats Chief!"
        trailing: Regex,
        state: Regex,
        staff: Regex,
        wish: Regex,
    }
    static ALL: [OnceLock<Cues>; LANGS.len()] = [const { OnceLock::new() }; LANGS.len()];
    let i = lang_index(lang);
    let c = ALL[i].get_or_init(|| {
        let (opener, state) = relcues::recovery_cues(LANGS[i]);
        Cues {
            opener: ci(opener),
            trailing: ci(&opener.replacen(r"^\W*", r"[,;–—-]\s*", 1)),
            state: ci(state),
            staff: ci(relcues::RECOVERY_STAFF),
            wish: ci(relcues::RECOVERY_WISH),
        }
    });
    let mut out = Vec::new();
    for &(s, e) in sentences {
        let sentence = &text[s..e];
        // The state follows a greeting at the start, or comes before a trailing one.
        let (from, to) = match c.opener.find(sentence) {
            Some(open) => (open.end(), sentence.len()),
            None => match c.trailing.find(sentence) {
                Some(trail) => (0, trail.start()),
                None => continue,
            },
        };
        for m in c.state.find_iter(&sentence[from..to]) {
            let (a, b) = (s + from + m.start(), s + from + m.end());
            let raw = &text[a..b];
            let lead = raw.len()
                - raw
                    .trim_start_matches(|ch: char| !ch.is_alphanumeric())
                    .len();
            let trail = raw.len() - raw.trim_end_matches(|ch: char| !ch.is_alphanumeric()).len();
            let (a, b) = (a + lead, b - trail);
            if a >= b
                || c.staff.is_match(&text[s..a])
                || c.wish.is_match(&text[s..a])
                || unasserted(text, sentences, lang, reply, a, b)
            {
                continue;
            }
            out.push((a, b));
        }
    }
    out
}

/// A German or Russian staff-and-reader phrase (rel10) that ends on a verb of contact rather
/// than of presence: "unsere Helferin hat Sie angerufen", "наш администратор звонила вам".
/// Calling or writing to someone confirms no visit (as [`relcues::COMM`] says for English).
fn contact_participle(phrase: &str) -> bool {
    // German participles are whole words; Russian past verbs by stem, so that every
    // gender and the plural count ("звонили", "ответили": fixp9).
    const CONTACT: [&str; 12] = [
        "angerufen",
        "zurückgerufen",
        "geschrieben",
        "kontaktiert",
        "informiert",
        "benachrichtigt",
        "gebeten",
        "geantwortet",
        "gemailt",
        "erreicht",
        "eingeladen",
        "gedankt",
    ];
    const CONTACT_RU: [&str; 7] = [
        "звонил",
        "позвонил",
        "писал",
        "написал",
        "ответил",
        "сообщил",
        "благодар",
    ];
    let lower = phrase.to_lowercase();
    lower
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| CONTACT.contains(&w) || CONTACT_RU.iter().any(|s| w.starts_with(s)))
}

/// A phrase that opens with no one, everyone or a day rather than a person of the practice
/// (the capitalised-name agent also matches "Nobody", "Wednesday"): "Nobody rushed you".
fn no_agent(phrase: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        // Month names but "may" (a modal and a first name), from the one calendar.
        let en = &crate::calendar::EN;
        let months: Vec<&str> = en.months.iter().copied().filter(|m| *m != "may").collect();
        ci(&format!(
            r"^(?:nobody|no one|no-one|none|noone|neither|nothing|everyone|everybody|anyone|anybody|someone|somebody|{}|today|yesterday|tonight|{})\b",
            en.weekdays.join("|"),
            months.join("|")
        ))
    })
    .is_match(phrase)
}

/// A condition word right before the phrase, inside a sentence: "comment with a 🦷 if [you
/// brushed twice today]", "ask whether [your son sat in the chair]".
fn condition_before(before: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| ci(r"\b(?:if|whether|unless|whenever|in case)\s+$"))
        .is_match(before)
}

/// A presence phrase that runs through one of the practice's public events ("thank you for
/// coming to our open house at the front desk"): the person came to the event, not for care.
fn event_inside(phrase: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        // Beside the events, a tour of the office.
        ci(&format!(r"\b(?:{}|tour)\b", super::vocab::EN_EVENT))
    })
    .is_match(phrase)
}

/// A public event right after a meeting phrase: "we'll see you at the open house".
fn event_after(after: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        // Beside the events, the parts and kinds of one that are ordinary words alone; after
        // "the/our/this" they are the event's ("see you at our table", "at the drive").
        const AT_THE_EVENT: &str = r"table|tent|stand|market|drive|walk|run|game";
        ci(&format!(
            r"^\s*(?:again\s+)?(?:(?:at|for|on|by|to)\s+)?(?:the|our|this)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{}|{AT_THE_EVENT})\b",
            super::vocab::EN_EVENT
        ))
    })
    .is_match(after)
}

/// "Thanks to all who ..." before a Russian care phrase ("Спасибо всем, кто заглянули к нам"):
/// everyone who came, not one person (fixp10, review10 finding 6).
fn everyone_before(before: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| ci(r"(?:всем|все|всех)\s*,?\s*кто\s+(?:\w+\s+)?$"))
        .is_match(before)
}

/// A negation just before a care phrase: "no le llamamos", "we did not see you".
fn negated_before(before: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        ci(r"(?:^|[^\w])(?:no|not|never|nunca|jamás|ne|не|nicht|tidak|belum|لم|لا|didn't|didn’t|haven't|haven’t|hasn't|hasn’t|wasn't|wasn’t|weren't|weren’t)\s+(?:\w+\s+)?$")
    })
    .is_match(before)
}

/// The relationship phrases of `text` that assert care of the reader, a relative of theirs or
/// a described patient, and that no finding in `existing` (byte spans of `rel-confirm`)
/// overlaps. `reply` says whether the text answers someone's post.
pub fn care_facts(
    text: &str,
    sentences: &[(usize, usize)],
    lang: &str,
    reply: bool,
    existing: &[(usize, usize)],
) -> Vec<Flag> {
    let mut found: Vec<(usize, usize)> = Vec::new();
    for g in grammars(lang) {
        if g.reply_only && !reply {
            continue;
        }
        for m in g.re.find_iter(text) {
            // Trim the separators some grammars match around the phrase.
            let (start, end) = trim_separators(text, m.start(), m.end());
            if start >= end
                || (g.carried && !kin_named(&text[..start]))
                || existing.iter().any(|&(a, b)| a < end && start < b)
                || relcues::ordinal_counts_thing(&text[..end], &text[end..])
            {
                continue;
            }
            // "Dr. Patel is seeing his patients": a clinician's list, not one person; "the
            // $1,200 for her braces": a payment, which `phi-payment` covers.
            let phrase = text[start..end].to_lowercase();
            if (phrase.ends_with("patients") && !phrase.starts_with("one of "))
                || phrase.ends_with("clients")
                || ((phrase.starts_with("her ") || phrase.starts_with("his "))
                    && crate::text::last_chars(&text[..start], 4)
                        .to_lowercase()
                        .ends_with("for "))
            {
                continue;
            }
            let before = crate::text::last_chars(&text[..start], 21);
            if communication(text, start, end, g.presence)
                || (g.presence && event_inside(&text[start..end]))
                || no_agent(&phrase)
                || (matches!(lang, "de" | "ru") && contact_participle(&phrase))
                || condition_before(before)
                || event_after(&text[end..])
                || (lang != "en" && relcues::foreign_event(lang, &text[start..]))
                || (lang == "ru" && everyone_before(before))
                || negated_before(before)
                || relclass::staff_news(lang, text, start, end)
                || unasserted(text, sentences, lang, reply, start, end)
            {
                continue;
            }
            found.push((start, end));
        }
    }
    found.extend(carried_recovery(
        text, sentences, lang, reply, existing, &found,
    ));
    found.extend(greeted_recovery(text, sentences, lang, reply));
    // Where grammars overlap, the phrases join into one ("the new retainer we made you" over
    // "we made you"; "When you pulled" + "you pulled into our garage on Wednesday" is one
    // encounter).
    found.sort_by_key(|&(a, b)| (a, std::cmp::Reverse(b)));
    let mut out: Vec<Flag> = Vec::new();
    for (start, end) in found {
        if let Some(last) = out.last_mut().filter(|f| start < f.end) {
            last.end = last.end.max(end);
            continue;
        }
        out.push(Flag::relation(start, end, 0.8));
    }
    out
}

/// `start..end` without the characters that are not letters or digits at either end (the
/// separators a grammar matches around its phrase); `start >= end` when nothing is left.
/// One trim for `care_facts` and `short_times_in_relations`.
fn trim_separators(text: &str, start: usize, end: usize) -> (usize, usize) {
    let raw = &text[start..end];
    let lead = raw.len() - raw.trim_start_matches(|c: char| !c.is_alphanumeric()).len();
    let trail = raw.len() - raw.trim_end_matches(|c: char| !c.is_alphanumeric()).len();
    (start + lead, end - trail)
}

/// Texting time words and bare ordinal days inside an English relationship phrase that the
/// date recognizer does not read as dates ("ur slot [mon]", "on the way out [tues]", "at the
/// checkup [this week]", "ur paperwork from [the 12th]"; an ordinal without "from/since/of the"
/// is a count, "your 2nd cleaning"):
/// inside a phrase that ties them to the reader they are that person's dates. `relations` are
/// the `rel-confirm` spans, `dated` the spans already reported as `phi-date`. "sat" and "sun"
/// are left out (a verb and a noun); "wed" too (a verb).
pub fn short_times_in_relations(
    text: &str,
    lang: &str,
    relations: &[(usize, usize)],
    dated: &[(usize, usize)],
) -> Vec<Flag> {
    // Per language (rel10): besides English texting forms, the weekdays, parts of a day,
    // "yesterday" and clock hours that sit inside another language's relationship phrase
    // ("d'être passé [jeudi soir]", "nunggu di lobi sampai [jam 8]").
    static RE: [OnceLock<Regex>; LANGS.len()] = [const { OnceLock::new() }; LANGS.len()];
    let i = lang_index(lang);
    let re = RE[i].get_or_init(|| {
        ci(match i {
            0 => r"\b(?:(?:this|last)\s+(?:week|wk|month|mo)|last\s+nite|yday|(?:on\s+)?(?:mon|tues?|weds|thurs?|thu|fri)\.?|(?:from|since|of)\s+the\s+\d{1,2}(?:st|nd|rd|th))(?:$|[^\w'’])",
            1 => r"\b(?:(?:el\s+)?(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)(?:\s+(?:por\s+la\s+)?(?:mañana|tarde|noche))?|ayer|anoche|esta\s+mañana)(?:$|\W)",
            2 => r"\b(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\s+(?:matin|soir|après-midi))?|hier(?:\s+(?:matin|soir))?|ce\s+matin|ce\s+soir)(?:$|\W)",
            3 => r"\b(?:(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)(?:morgen|abend|nachmittag|\s+(?:morgen|abend|nachmittag))?|gestern(?:\s+(?:morgen|abend|nachmittag))?|heute\s+morgen)(?:$|\W)",
            4 => r"(?:^|\W)(?:(?:в\s+)?(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)|вчера|сегодня\s+утром)(?:$|\W)",
            5 => r"(?:^|\s)(?:(?:يوم\s+)?(?:الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد)|أمس|البارحة)(?:$|\s|[،.!؟])",
            _ => r"\b(?:(?:senin|selasa|rabu|kamis|jumat|sabtu)(?:\s+(?:kemarin|lalu|pagi|siang|sore|malam))?|kemarin(?:\s+(?:pagi|siang|sore|malam))?|tadi\s+(?:pagi|siang|sore|malam)|jam\s+\d{1,2}(?:[.:]\d{2})?)(?:$|\W)",
        })
    });
    let mut out = Vec::new();
    for &(a, b) in relations {
        for m in re.find_iter(&text[a..b]) {
            let (start, end) = trim_separators(text, a + m.start(), a + m.end());
            // The date itself, without the preposition before it ("[mon]", "from [the 12th]").
            let lower = text[start..end].to_lowercase();
            let start = ["on ", "from ", "since ", "of ", "el ", "в ", "يوم "]
                .iter()
                .find(|p| lower.starts_with(*p))
                .map_or(start, |p| start + p.len());
            if dated.iter().any(|&(x, y)| x < end && start < y)
                || relcues::ordinal_counts_thing(&text[..end], &text[end..])
            {
                continue;
            }
            out.push(Flag {
                rule: "phi-date",
                start,
                end,
                entity: Some(crate::finding::Entity::Date),
                score: 0.7,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    /// mend16: the one separator trim of `care_facts` and `short_times_in_relations`.
    #[test]
    fn trim_separators_keeps_the_words() {
        let text = "Yes, (your visit) - ok";
        assert_eq!(super::trim_separators(text, 4, 18), (6, 16));
        assert_eq!(&text[6..16], "your visit");
        assert_eq!(super::trim_separators("Nous, l’été", 4, 15), (6, 15));
        let (a, b) = super::trim_separators(text, 16, 20);
        assert!(a >= b);
    }

    use super::*;

    /// The phrases `care_facts` reports for `text` (a reply when `reply`).
    fn facts<'a>(text: &'a str, lang: &str, reply: bool) -> Vec<&'a str> {
        care_facts(text, &super::super::sentences(text), lang, reply, &[])
            .iter()
            .map(|f| &text[f.start..f.end])
            .collect::<Vec<_>>()
    }

    fn mood_of(text: &str, lang: &str, reply: bool, phrase: &str) -> Mood {
        let start = text.find(phrase).expect("phrase in text");
        mood(
            text,
            &super::super::sentences(text),
            lang,
            reply,
            start,
            start + phrase.len(),
        )
    }

    #[test]
    fn a_post_headline_question_asks_every_follower() {
        let t = "Worried your kid swallowed a tooth? It happens all the time.";
        assert_eq!(mood_of(t, "en", false, "your kid"), Mood::Teaser);
        // The same question answering someone's post is about them.
        assert_eq!(mood_of(t, "en", true, "your kid"), Mood::Asserted);
        // A question with the practice in it, or opened by an auxiliary, asks one person.
        let t = "We had you in Tuesday afternoon for a filling, right?";
        assert_eq!(mood_of(t, "en", false, "We had you in"), Mood::Asserted);
        let t = "Did the numbing from your visit wear off yet?";
        assert_eq!(mood_of(t, "en", false, "your visit"), Mood::Asserted);
    }

    #[test]
    fn a_negated_instruction_in_a_post_is_for_every_follower() {
        let t = "Floss daily, and don't skip your checkups.";
        assert_eq!(mood_of(t, "en", false, "your checkups"), Mood::Invitation);
        let t = "Jangan bagikan obat resep Anda kepada orang lain.";
        assert_eq!(mood_of(t, "id", false, "resep Anda"), Mood::Invitation);
        let t = "Nunca comparta su receta con otras personas.";
        assert_eq!(mood_of(t, "es", false, "su receta"), Mood::Invitation);
        // A reply about the reader's own booked visit stays asserted.
        let t = "Don't worry, your crown came back from the lab.";
        assert_eq!(
            mood_of(t, "en", true, "your crown came back"),
            Mood::Asserted
        );
    }

    #[test]
    fn care_verbs_on_the_reader_are_found_with_their_span() {
        assert_eq!(
            facts("we rebooked u for thursday, check ur texts", "en", false),
            vec!["we rebooked u"]
        );
        assert_eq!(
            facts("Kevin cleaned your teeth that morning.", "en", true),
            vec!["Kevin cleaned your teeth"]
        );
        assert_eq!(
            facts("Dr. Lee has followed your care since 2016.", "en", true),
            vec!["Dr. Lee has followed your care"]
        );
        assert_eq!(
            facts("You were triaged as non-urgent.", "en", true),
            vec!["You were triaged"]
        );
        assert_eq!(
            facts("Your referral was sent last week.", "en", true),
            vec!["Your referral was sent"]
        );
    }

    #[test]
    fn described_patients_and_care_nouns_by_what_was_done() {
        assert_eq!(
            facts("The gentleman we admitted on Friday is home.", "en", false),
            vec!["The gentleman we admitted on Friday"]
        );
        assert_eq!(
            facts(
                "How is the new retainer we made you holding up?",
                "en",
                false
            ),
            vec!["the new retainer we made you"]
        );
        assert_eq!(
            facts("The filling Dr. Lee placed is under warranty.", "en", true),
            vec!["The filling Dr. Lee placed"]
        );
        // Not in a post to every follower: "the cleaning we recommended" is anyone's.
        assert!(facts("The cleaning we recommended is quick.", "en", false).is_empty());
    }

    #[test]
    fn pleasure_regret_and_tenure() {
        assert_eq!(
            facts(
                "It has been a joy treating you all these years.",
                "en",
                true
            ),
            vec!["joy treating you all these years"]
        );
        assert_eq!(
            facts(
                "Glad we could squeeze you into Dr. Patel's schedule!",
                "en",
                true
            ),
            vec!["Glad we could squeeze you into Dr. Patel's schedule"]
        );
        assert_eq!(
            facts(
                "Your whole family is already on our books, so call.",
                "en",
                true
            ),
            vec!["Your whole family is already on our books"]
        );
    }

    #[test]
    fn third_persons_ongoing_care_and_booked_meetings() {
        assert_eq!(
            facts(
                "The lady from the bakery says her new hearing aids fit great.",
                "en",
                false
            ),
            vec!["her new hearing aids fit"]
        );
        assert_eq!(
            facts(
                "the radio host is back, we're treating his vocal cords",
                "en",
                false
            ),
            vec!["we're treating his vocal"]
        );
        assert_eq!(
            facts("She's recovering and we'll see her next week.", "en", false),
            vec!["we'll see her next week"]
        );
        assert_eq!(
            facts(
                "Welcome home to the chief, discharged this morning!",
                "en",
                false
            ),
            vec!["discharged this morning"]
        );
        // A clinician's list, an event and a policy are nobody's care.
        assert!(facts("Until then Dr. Patel is seeing his patients.", "en", false).is_empty());
        assert!(facts("Most patients go home the same day.", "en", false).is_empty());
        assert_eq!(
            facts(
                "Bon rétablissement au chauffeur, opéré du genou mardi.",
                "fr",
                false
            ),
            vec!["opéré du genou mardi"]
        );
        assert_eq!(
            facts(
                "Semoga cepat sembuh, kemarin dioperasi usus buntu.",
                "id",
                false
            ),
            vec!["kemarin dioperasi"]
        );
        assert_eq!(
            facts("Ihr Sohn war gestern bei uns, er war tapfer.", "de", true),
            vec!["Ihr Sohn war gestern bei uns"]
        );
    }

    #[test]
    fn relatives_at_the_practice_and_people_pointed_at() {
        assert_eq!(
            facts(
                "Your grandma charmed the whole staff on Monday!",
                "en",
                true
            ),
            // The presence grammar (a relative + a past verb + a time) keeps the date inside.
            vec!["Your grandma charmed the whole staff on Monday"]
        );
        assert_eq!(
            facts("Leo was so chatty in the chair today!", "en", true),
            vec!["Leo was so chatty in the chair"]
        );
        assert_eq!(
            facts(
                "This little warrior just finished physical therapy!",
                "en",
                false
            ),
            vec!["This little warrior just finished"]
        );
        assert_eq!(
            facts(
                "The transfer we processed for you went out today.",
                "en",
                true
            ),
            vec!["The transfer we processed for you went out today"]
        );
        assert_eq!(
            facts("Sorry ur wait was so long yesterday.", "en", true),
            vec!["ur wait was so long"]
        );
        assert_eq!(
            facts(
                "The lady who won the pie contest came in Friday.",
                "en",
                false
            ),
            vec!["The lady who won the pie contest came in"]
        );
        assert!(facts("Lots of families came in for flu shots today.", "en", false).is_empty());
        assert_eq!(
            facts(
                "Great news! We'll have his sealants done in no time.",
                "en",
                true
            ),
            vec!["We'll have his sealants done"]
        );
        assert_eq!(
            facts("Ordering that scan for you was the right call.", "en", true),
            vec!["Ordering that scan for you was"]
        );
        assert!(facts("We'll see you at the open house!", "en", false).is_empty());
        assert_eq!(
            facts(
                "Sending love to the dispatcher, she's recovering well.",
                "en",
                false
            ),
            vec!["she's recovering"]
        );
        assert!(facts(
            "Dr. Lee is on leave; she's home with the baby.",
            "en",
            false
        )
        .is_empty());
        // A tip to every follower and a plural are nobody's visit.
        assert!(facts(
            "pro tip: your cleaning was easier if you flossed",
            "en",
            false
        )
        .is_empty());
        assert!(facts("Kids sometimes act up in the chair.", "en", false).is_empty());
        assert_eq!(
            facts("Su abuela nos alegró la tarde, qué simpática.", "es", true),
            vec!["Su abuela nos alegró la tarde"]
        );
        assert_eq!(
            facts("كانت والدتك معنا أمس.", "ar", true),
            vec!["كانت والدتك معنا"]
        );
    }

    #[test]
    fn other_languages() {
        assert_eq!(
            facts("Revisamos su expediente y todo está en orden.", "es", true),
            vec!["Revisamos su expediente"]
        );
        assert_eq!(
            facts("Le Dr Laurent vous suit depuis 2019.", "fr", true),
            vec!["vous suit"]
        );
        assert_eq!(
            facts(
                "Ihr Termin am Montag hat sich verschoben, sorry.",
                "de",
                true
            ),
            vec!["Ihr Termin am Montag hat sich verschoben"]
        );
        assert_eq!(
            facts("Вас приняли позже, извините.", "ru", true),
            vec!["Вас приняли"]
        );
        assert_eq!(
            facts("شكرا لك! سعدنا بعلاجك.", "ar", true),
            vec!["سعدنا بعلاجك"]
        );
        assert_eq!(
            facts("Senang sekali bisa merawat Anda minggu lalu.", "id", true),
            vec!["Senang sekali bisa merawat Anda"]
        );
        assert_eq!(
            facts(
                "Mohon maaf, jadwal Anda mundur karena ada pasien darurat.",
                "id",
                true
            ),
            vec!["jadwal Anda mundur"]
        );
    }

    #[test]
    fn unasserted_clauses_add_nothing() {
        for (text, lang) in [
            (
                "If you were seen in October, your statement is in the portal.",
                "en",
            ),
            ("u can reschedule ur appt online now", "en"),
            ("We've sent you a DM with our number.", "en"),
            ("We'd love to have you back anytime.", "en"),
            ("All patients who were seen last year got a reminder.", "en"),
            ("Usually the results we sent for you arrive in a day.", "en"),
            ("Kami tunggu kunjungan Anda di klinik kami!", "id"),
            ("Nous ne pouvons pas confirmer si nous vous avons vu.", "fr"),
        ] {
            assert!(facts(text, lang, true).is_empty(), "{text}");
        }
    }

    #[test]
    fn moods_of_relationship_words() {
        let t = "When you come in for your first visit, bring a photo ID.";
        assert_eq!(mood_of(t, "en", false, "your first visit"), Mood::Condition);
        let t = "We cannot confirm whether anyone is a patient here.";
        assert_eq!(mood_of(t, "en", true, "a patient"), Mood::Refusal);
        let t = "You can move your appointment online.";
        assert_eq!(mood_of(t, "en", true, "your appointment"), Mood::Ability);
        let t = "We'd love to see you again anytime!";
        assert_eq!(mood_of(t, "en", true, "see you again"), Mood::Wish);
        let t = "Thank you! Kids are our favorite patients.";
        assert_eq!(
            mood_of(t, "en", true, "our favorite patients"),
            Mood::Everyone
        );
        let t = "Night shift nurses, we see you. Proud of our team.";
        assert_eq!(mood_of(t, "en", false, "we see you"), Mood::Everyone);
        let t = "Book your next cleaning online.";
        assert_eq!(
            mood_of(t, "en", true, "your next cleaning"),
            Mood::Invitation
        );
        // In a reply, a call about the reader's own care is still theirs.
        let t = "Please call us about your results.";
        assert_eq!(mood_of(t, "en", true, "your results"), Mood::Asserted);
        let t = "When your child turns one, book their first visit.";
        assert_eq!(
            mood_of(t, "en", false, "their first visit"),
            Mood::Condition
        );
        let t = "When you're in next week, we'll check your crown.";
        assert_eq!(mood_of(t, "en", true, "your crown"), Mood::Asserted);
        let t = "Sorry about the mix-up when you came in.";
        assert_eq!(mood_of(t, "en", true, "when you came in"), Mood::Asserted);
        let t = "Sorry we had to reschedule you twice this month!";
        assert_eq!(mood_of(t, "en", true, "reschedule you"), Mood::Asserted);
        let t = "Si usted necesita una cita urgente, llámenos.";
        assert_eq!(mood_of(t, "es", false, "una cita"), Mood::Condition);
        let t = "Wir können nicht bestätigen, ob jemand bei uns in Behandlung ist.";
        assert_eq!(mood_of(t, "de", false, "in Behandlung"), Mood::Refusal);
    }

    #[test]
    fn presence_with_any_past_verb_is_found_with_its_span() {
        // (a) the practice or its staff + any past verb + the reader as object or companion.
        let cases = [
            (
                "Maria spotted you in the lobby on Tuesday.",
                "Maria spotted you",
            ),
            (
                "Our manager talked with you in the parking lot afterwards.",
                "Our manager talked with you",
            ),
            (
                "Our tech was short with you at the lab window.",
                "Our tech was short with you",
            ),
            // (b) the reader or a relative + any past verb + a place of the practice.
            (
                "Your wife let us know at check-out that the wait was long.",
                "Your wife let us know at check-out",
            ),
            // (c) ... or + a time stamping the encounter.
            (
                "You signed in at 2:10 on the 14th.",
                "You signed in at 2:10",
            ),
            ("At your 8 am we were running behind.", "At your 8 am"),
            // things left or dropped off, thanks for what was done at the desk, meetings.
            (
                "The forms you dropped off are scanned.",
                "The forms you dropped off",
            ),
            (
                "Thanks for dropping off the forms at the front desk last Wednesday.",
                "Thanks for dropping off the forms at the front desk last Wednesday",
            ),
            (
                "It was so good running into you in the hallway yesterday!",
                "good running into you in the hallway",
            ),
            (
                "Your payment from the March 3 visit was posted twice.",
                "Your payment from the March 3 visit",
            ),
        ];
        for (text, phrase) in cases {
            assert_eq!(facts(text, "en", true), vec![phrase], "{text}");
        }
        // The object before "with/for you", a staff member named by what they did, the reader
        // pointed at, a relative's thing still at the practice.
        let cases = [
            (
                "Our billing lead went through the charges with you at checkout.",
                "Our billing lead went through the charges with you",
            ),
            (
                "We kept the lights on for you until 7:15, no trouble.",
                "We kept the lights on for you until 7:15",
            ),
            (
                "The valet who parked your car on Thursday has been spoken to.",
                "The valet who parked your car",
            ),
            (
                "that was you in the blue scarf at the desk this morning right??",
                "that was you in the blue scarf at the desk",
            ),
            (
                "your mom's walker is in our supply closet, grab it whenever",
                "your mom's walker is in our supply closet",
            ),
            (
                "Linda from our walking group had her first 3D mammogram with us yesterday!",
                "had her first 3D mammogram with us",
            ),
        ];
        for text in [
            "Thousands of women had their first mammogram with us last year.",
            "Our hygienist Joy had her baby shower with us at the office.",
        ] {
            assert!(facts(text, "en", false).is_empty(), "{text}");
        }
        for (text, phrase) in cases {
            assert_eq!(facts(text, "en", false), vec![phrase], "{text}");
        }
        // Staff memories, in a post too.
        assert_eq!(
            facts(
                "The team still talks about your son and his dinosaur.",
                "en",
                false
            ),
            vec!["The team still talks about your son"]
        );
    }

    #[test]
    fn presence_in_the_other_languages() {
        let cases = [
            (
                "Su chaqueta quedó en la consulta 2 el viernes.",
                "es",
                "Su chaqueta quedó en la consulta 2",
            ),
            (
                "Votre mari a oublié son parapluie dans la salle d'attente.",
                "fr",
                "Votre mari a oublié son parapluie dans la salle d'attente",
            ),
            (
                "Sie saßen am Montag fast eine Stunde in unserem Wartezimmer.",
                "de",
                "Sie saßen am Montag fast eine Stunde in unserem Wartezimmer",
            ),
            (
                "Lena erinnert sich noch an Ihren Besuch im Mai.",
                "de",
                "erinnert sich noch an Ihren Besuch",
            ),
            (
                "Ваша дочка забыла у нас в холле варежки.",
                "ru",
                "Ваша дочка забыла у нас в холле",
            ),
            (
                "نسيت ابنتك معطفها في الاستقبال.",
                "ar",
                "نسيت ابنتك معطفها في الاستقبال",
            ),
            (
                "Putri Anda meninggalkan jaketnya di meja resepsionis.",
                "id",
                "Putri Anda meninggalkan jaketnya di meja resepsionis",
            ),
        ];
        for (text, lang, phrase) in cases {
            assert_eq!(facts(text, lang, true), vec![phrase], "{text}");
        }
        // Thanks for the reader's time at the practice's place; the practice met them there.
        for (text, lang) in [
            ("Gracias por esperar en la recepción el lunes.", "es"),
            ("Merci d'avoir patienté à l'accueil lundi.", "fr"),
            (
                "Wir haben uns am Empfang lange mit Ihnen unterhalten.",
                "de",
            ),
            ("Спасибо, что подождали в регистратуре во вторник.", "ru"),
            ("شكرا لانتظارك في غرفة الانتظار يوم الاثنين.", "ar"),
            ("Kami bertemu ibu Anda di lobi kemarin.", "id"),
        ] {
            assert_eq!(facts(text, lang, true).len(), 1, "{text}");
        }
        // ... but a review of the place, or a call, is not a visit.
        for (text, lang) in [
            ("Gracias por su reseña sobre la nueva sala de espera.", "es"),
            (
                "Wir haben mit Ihnen gerne telefoniert, bitte rufen Sie uns an.",
                "de",
            ),
            (
                "Terima kasih sudah memberi ulasan tentang ruang tunggu kami.",
                "id",
            ),
        ] {
            assert!(facts(text, lang, true).is_empty(), "{text}");
        }
    }

    #[test]
    fn recovery_of_one_person_greeted_is_found() {
        let cases = [
            (
                "Congrats to the Lakeside fire chief, back at work after his bypass!",
                "en",
                "back at work",
            ),
            (
                "Felicidades a la directora de la escuela, ya recuperada de la operación.",
                "es",
                "ya recuperada",
            ),
            (
                "Bravo à la boulangère du marché, rétablie après sa fracture !",
                "fr",
                "rétablie",
            ),
            (
                "Selamat untuk kepala desa yang sudah pulih dari operasi!",
                "id",
                "sudah pulih",
            ),
        ];
        for (text, lang, phrase) in cases {
            assert_eq!(facts(text, lang, false), vec![phrase], "{text}");
        }
        // A colleague's recovery is colleague-info; a wish is no fact.
        for (text, lang) in [
            (
                "Welcome back to our nurse Lisa, fully healed after her surgery!",
                "en",
            ),
            (
                "Selamat pagi! Semoga cepat sembuh untuk semua yang sakit.",
                "id",
            ),
            ("Congrats to everyone who ran the 5K this weekend!", "en"),
        ] {
            assert!(facts(text, lang, false).is_empty(), "{text}");
        }
    }

    #[test]
    fn presence_words_that_confirm_nothing_are_not_found() {
        for (text, reply) in [
            // the practice's own event, a message to the reader, a feeling, a condition, no one.
            ("We waved goodbye to our old sign this morning.", false),
            ("We reached out to you by message to hear more.", true),
            ("We had you in mind when we built the playroom.", false),
            ("We let you down, and we're sorry.", true),
            ("Comment with a tooth if you brushed twice today.", false),
            ("Nobody rushed you out of the exam room.", true),
            (
                "Anyone who left a jacket at the front desk can pick it up.",
                false,
            ),
            ("Thanks for stopping by our table at the school fair.", true),
            (
                "Thank you for coming to our open house at the front desk on Saturday!",
                true,
            ),
            (
                "Thank you for sharing your experience at the front desk.",
                true,
            ),
        ] {
            assert!(facts(text, "en", reply).is_empty(), "{text}");
        }
        // The reader's feedback is not their care, in any language.
        assert!(unasserted(
            "Wir haben Ihr Feedback an das Team weitergegeben.",
            &super::super::sentences("Wir haben Ihr Feedback an das Team weitergegeben."),
            "de",
            true,
            0,
            48
        ));
    }

    #[test]
    fn rel9_encounters_in_everyday_paraphrase_with_their_spans() {
        let en = [
            // a past when-clause joined with the encounter it opens
            (
                "When you pulled into our garage on Wednesday, the attendant should have helped.",
                "When you pulled into our garage on Wednesday",
            ),
            (
                "When you got dizzy after the blood draw our staff should have helped.",
                "When you got",
            ),
            // the whole length of a care event
            (
                "You kept your mask on the whole appointment and we respect that.",
                "You kept your mask on the whole appointment",
            ),
            // thanks for attendance at a time
            (
                "Thanks for coming all the way over on Friday!",
                "Thanks for coming all the way over on Friday",
            ),
            // texting time words
            (
                "u sat in our waiting room last wk",
                "u sat in our waiting room last wk",
            ),
        ];
        for (text, phrase) in en {
            assert_eq!(facts(text, "en", true), vec![phrase], "{text}");
        }
        let other = [
            (
                "Nos alegró atenderla otra vez el martes.",
                "es",
                "Nos alegró atenderla otra vez",
            ),
            (
                "Lamentamos que usted esperara casi una hora en recepción.",
                "es",
                "usted esperara casi una hora en recepción",
            ),
            (
                "Nous sommes ravis de vous avoir revu jeudi.",
                "fr",
                "ravis de vous avoir revu",
            ),
            (
                "Wir haben Sie nach der Impfung noch zwanzig Minuten im Wartezimmer beobachtet.",
                "de",
                "Wir haben Sie nach der Impfung noch zwanzig Minuten im Wartezimmer beobachtet",
            ),
            (
                "Спасибо! Были рады снова видеть вас у нас.",
                "ru",
                "Были рады снова видеть вас у нас",
            ),
            (
                "نعتذر لأن الممرضة تأخرت عليك في غرفة الفحص.",
                "ar",
                "الممرضة تأخرت عليك في غرفة الفحص",
            ),
            (
                "Mohon maaf, kakak sudah menunggu lama di ruang tunggu kami.",
                "id",
                // rel15 (`reword`): the place's owner "kami" joins the phrase.
                "kakak sudah menunggu lama di ruang tunggu kami",
            ),
        ];
        for (text, lang, phrase) in other {
            assert_eq!(facts(text, lang, true), vec![phrase], "{text}");
        }
    }

    #[test]
    fn rel9_second_person_that_confirms_nothing_is_not_found() {
        for (text, lang, reply) in [
            // a present "when" is a condition for anyone; a contact verb is communication
            (
                "When you feel sensitivity after a filling, call us.",
                "en",
                false,
            ),
            ("We're sorry nobody answered when you called.", "en", true),
            // attendance verbs only: reading, following and events stay out
            ("Thanks for reading our newsletter last week!", "en", false),
            (
                "Thanks for coming to our open house on Saturday!",
                "en",
                true,
            ),
            (
                "Our tips for staying cool at Saturday's fun run.",
                "en",
                false,
            ),
            // invitations in the future tense of joy, in three languages
            ("Nous serons ravis de vous accueillir samedi.", "fr", false),
            ("Будем рады видеть вас в нашей клинике!", "ru", false),
            ("Nos alegra atenderle de lunes a viernes.", "es", false),
        ] {
            assert!(facts(text, lang, reply).is_empty(), "{text}");
        }
    }

    #[test]
    fn communication_is_one_class_over_object_what_follows_and_acts() {
        let t = "We passed your feedback to the whole team.";
        let st = t.find("We").unwrap();
        let end = t.find(" feedback").unwrap();
        assert!(
            communication(t, st, end, false),
            "object after the determiner"
        );
        let t = "We sent you a link to the form.";
        assert!(
            communication(t, 0, "We sent you".len(), false),
            "what follows"
        );
        let t = "We reached out to you twice.";
        assert!(
            communication(t, 0, "We reached out to you".len(), true),
            "presence act"
        );
        assert!(!communication(t, 0, "We reached out to you".len(), false));
        let t = "We cleaned your teeth on Friday.";
        assert!(!communication(t, 0, "We cleaned your teeth".len(), true));
        // a visit to the practice's page or site is no visit, in any language
        for (t, phrase, lang) in [
            (
                "Merci de votre visite sur notre page, suivez-nous !",
                "Merci de votre visite",
                "fr",
            ),
            (
                "Thanks for your visit to our website today.",
                "Thanks for your visit",
                "en",
            ),
            (
                "Gracias por su visita a nuestra página.",
                "Gracias por su visita",
                "es",
            ),
        ] {
            assert!(communication(t, 0, phrase.len(), false), "{t}");
            assert!(
                unasserted(t, &super::super::sentences(t), lang, true, 0, phrase.len()),
                "{t}"
            );
        }
        let t = "Merci de votre visite au cabinet mardi.";
        assert!(!communication(t, 0, "Merci de votre visite".len(), false));
    }

    #[test]
    fn short_times_inside_a_relationship_phrase_are_dates() {
        let t = "u canceled like 2h before ur slot mon so the fee applied";
        let rel = (0, t.find(" so").unwrap());
        let got: Vec<&str> = short_times_in_relations(t, "en", &[rel], &[])
            .iter()
            .map(|f| &t[f.start..f.end])
            .collect();
        assert_eq!(got, vec!["mon"]);
        let t = "Your teeth looked great at the checkup this week, keep it up!";
        let rel = (0, t.find(',').unwrap());
        let got: Vec<&str> = short_times_in_relations(t, "en", &[rel], &[])
            .iter()
            .map(|f| &t[f.start..f.end])
            .collect();
        assert_eq!(got, vec!["this week"]);
        let t = "ur paperwork from the 12th is still here, and your 2nd cleaning too";
        let got: Vec<&str> = short_times_in_relations(t, "en", &[(0, t.len())], &[])
            .iter()
            .map(|f| &t[f.start..f.end])
            .collect();
        assert_eq!(got, vec!["the 12th"]);
        // outside a relationship phrase, or already a date, or "you sat": nothing
        let t = "Open this week, mon to fri. You sat in our waiting room.";
        assert!(short_times_in_relations(t, "en", &[], &[]).is_empty());
        let rel = (t.find("You").unwrap(), t.len() - 1);
        assert!(short_times_in_relations(t, "en", &[rel], &[]).is_empty());
    }

    #[test]
    fn conditions_for_anyone_read_past_the_phrase() {
        for (t, phrase) in [
            // the verb after the phrase decides: present is a condition for anyone
            (
                "Once your braces come off, you will wear a retainer.",
                "your braces",
            ),
            (
                "Whether you come in for a cleaning or a crown, we care.",
                "you come in",
            ),
            ("Every time you visit, we check your gums.", "you visit"),
            // a visit to the practice's page
            (
                "Thanks so much for stopping by our page!",
                "Thanks so much for stopping by",
            ),
        ] {
            let st = t.find(phrase).unwrap();
            let sentences = super::super::sentences(t);
            assert!(
                unasserted(t, &sentences, "en", true, st, st + phrase.len()),
                "{t}"
            );
        }
        // ... and past is a fact: "Once your results came back, we called you."
        let t = "Once your results came back, Dr. Lee read them.";
        let phrase = "your results came back";
        let st = t.find(phrase).unwrap();
        let sentences = super::super::sentences(t);
        assert!(!unasserted(
            t,
            &sentences,
            "en",
            true,
            st,
            st + phrase.len()
        ));
    }

    #[test]
    fn invitations_open_with_everyday_verbs() {
        // "Say hi at your next visit" in a post is an invitation to every follower.
        let t = "Meet our new hygienist Lena! Say hi at your next visit.";
        let st = t.find("your next visit").unwrap();
        let end = st + "your next visit".len();
        assert!(unasserted(
            t,
            &super::super::sentences(t),
            "en",
            false,
            st,
            end
        ));
        // ... but "We saw you at your last visit" asserts one.
        let t = "We saw you at your last visit.";
        let st = t.find("your last visit").unwrap();
        let end = st + "your last visit".len();
        assert!(!unasserted(
            t,
            &super::super::sentences(t),
            "en",
            true,
            st,
            end
        ));
    }

    #[test]
    fn attendance_thanks_and_when_clauses_hold_only_in_a_reply() {
        // fixp: in a post to every follower they assert no one's visit.
        let t = "When you were pregnant, did you crave pickles? Tell us below!";
        assert!(
            facts(t, "en", false).is_empty(),
            "{:?}",
            facts(t, "en", false)
        );
        let t = "Thanks for being so patient with our phones today";
        assert!(
            facts(t, "en", false).is_empty(),
            "{:?}",
            facts(t, "en", false)
        );
        // In a reply the reader's own visit is still found.
        assert_eq!(
            facts(
                "thanks for being so brave with the needle yesterday",
                "en",
                true
            ),
            vec!["thanks for being so brave with the needle yesterday"]
        );
    }

    #[test]
    fn an_ordinal_counting_floors_or_patients_is_no_date() {
        // fixp: "from the 3rd floor", "of the 1st patients" are no day of the month.
        for t in [
            "you came down from the 3rd floor",
            "you were one of the 1st patients",
        ] {
            let got: Vec<&str> = short_times_in_relations(t, "en", &[(0, t.len())], &[])
                .iter()
                .map(|f| &t[f.start..f.end])
                .collect();
            assert!(got.is_empty(), "{t}: {got:?}");
        }
        let t = "you came in since the 3rd for the same tooth";
        let got: Vec<&str> = short_times_in_relations(t, "en", &[(0, t.len())], &[])
            .iter()
            .map(|f| &t[f.start..f.end])
            .collect();
        assert_eq!(got, vec!["the 3rd"]);
        assert!(relcues::ordinal_counts_thing(
            "from the 3rd",
            " floor for your x-ray"
        ));
        assert!(!relcues::ordinal_counts_thing(
            "from the 3rd",
            " for your x-ray"
        ));
        let t = "you were in from the 3rd floor";
        assert!(
            facts(t, "en", true).iter().all(|p| !p.ends_with("3rd")),
            "{:?}",
            facts(t, "en", true)
        );
    }

    #[test]
    fn a_time_anchors_one_visit_of_the_reader() {
        // rel10: a date, weekday or clock time + a visit word, in either order
        let t =
            "Our billing lady found the double charge from your Jan 9 crown visit and fixed it.";
        assert_eq!(facts(t, "en", false), vec!["your Jan 9 crown visit"]);
        let t =
            "Dear, we are very sorry for mistake in your invoice from 5 May, we sent correction.";
        assert_eq!(facts(t, "en", false), vec!["your invoice from 5 May"]);
        let t = "We're sorry your gums ached into the evening after Tuesday's visit.";
        assert_eq!(facts(t, "en", true), vec!["after Tuesday's visit"]);
        // no date, a post rather than a reply, a condition or a call to everyone: nothing
        for (t, reply) in [
            ("Bring your insurance card to your next visit.", false),
            (
                "Photos from Tuesday's visit by the fire brigade are up!",
                false,
            ),
            (
                "If your Monday appointment clashes with school, call us.",
                false,
            ),
            ("You can move your 3pm cleaning online anytime.", false),
        ] {
            assert!(facts(t, "en", reply).is_empty(), "{t}");
        }
    }

    #[test]
    fn a_relative_is_carried_to_a_later_pronoun() {
        // rel10: a relative named, then "he/she" at the practice's place or "her/him" as object
        let t = "Your nephew's a riot. He told the whole waiting room about his loose tooth lol";
        assert_eq!(
            facts(t, "en", false),
            vec!["He told the whole waiting room"]
        );
        let t = "Happy to hear grandma's new teeth work for corn on the cob again, we loved fitting her";
        assert_eq!(facts(t, "en", false), vec!["we loved fitting her"]);
        // no relative before the pronoun, or the pronoun is a staff member's: nothing
        for t in [
            "Dr. Lee ran the 10K on Sunday. He told the whole team it was easy.",
            "Maria is back from leave and we loved welcoming her.",
        ] {
            assert!(facts(t, "en", false).is_empty(), "{t}");
        }
    }

    #[test]
    fn staff_by_place_and_thanks_for_bearing_care() {
        // rel10: the person named by the place they work at is an agent; "for you" + a duration
        let t = "Sorry, the girl who took your blood pressure this am is in training.";
        assert_eq!(
            facts(t, "en", false),
            vec!["the girl who took your blood pressure"]
        );
        let t = "we waited for you 25 min Wednesday then gave your spot away";
        assert_eq!(
            facts(t, "en", false),
            vec!["we waited for you 25 min Wednesday"]
        );
        let t = "Thanks for being so patient during the drilling, you barely flinched";
        assert_eq!(
            facts(t, "en", false),
            vec!["Thanks for being so patient during the drilling"]
        );
        let t = "We're sorry your hygienist was rushed.";
        assert_eq!(facts(t, "en", false), vec!["your hygienist was"]);
        let t = "Your nurse on Friday was new.";
        assert_eq!(facts(t, "en", false), vec!["Your nurse on Friday was"]);
        for t in [
            "Thanks for being so patient with our phones this week!",
            "The lady at the front desk posted the new hours.",
            "Your dentist should explain the options.",
            "If your dentist was rough, tell us.",
        ] {
            assert!(facts(t, "en", false).is_empty(), "{t}");
        }
    }

    #[test]
    fn staff_with_the_reader_in_german_and_russian_and_thanks_with_a_day() {
        let t = "Unsere Helferin hat Sie nach der Behandlung noch zum Taxi begleitet, gern.";
        assert_eq!(
            facts(t, "de", false),
            vec!["Unsere Helferin hat Sie nach der Behandlung noch zum Taxi begleitet"]
        );
        let t = "Наша медсестра проводила вас до выхода после процедуры.";
        assert_eq!(facts(t, "ru", false), vec!["Наша медсестра проводила вас"]);
        let t = "Merci d'être passé jeudi soir malgré la neige.";
        assert_eq!(facts(t, "fr", false), vec!["Merci d'être passé jeudi soir"]);
        let t = "Makasih udah mampir Kamis kemarin bareng anaknya";
        assert_eq!(
            facts(t, "id", false),
            vec!["Makasih udah mampir Kamis kemarin"]
        );
        // contact is no visit for the staff-and-reader presence grammar (fixp9: this covers
        // that grammar only; the German reply is still flagged end to end by another grammar,
        // see tests/review9_privacy.rs `f15_contact_wording_end_to_end`)
        for (t, lang) in [
            ("Unsere Helferin hat Sie gestern angerufen.", "de"),
            ("Наш администратор звонила вам вчера.", "ru"),
        ] {
            assert!(facts(t, lang, false).is_empty(), "{t}");
        }
    }

    #[test]
    fn weekdays_inside_other_languages_relationship_phrases_are_dates() {
        for (t, lang, want) in [
            ("Merci d'être passé jeudi soir", "fr", "jeudi soir"),
            ("Mbak yang nunggu di lobi sampai jam 8", "id", "jam 8"),
            ("Спасибо, что пришли к нам в субботу", "ru", "субботу"),
            ("Gracias por venir el martes con tu mamá", "es", "martes"),
        ] {
            let got: Vec<&str> = short_times_in_relations(t, lang, &[(0, t.len())], &[])
                .iter()
                .map(|f| &t[f.start..f.end])
                .collect();
            assert_eq!(got, vec![want], "{t}");
        }
    }

    #[test]
    fn asking_at_the_next_visit_is_an_invitation_in_every_language() {
        // rel10: imperatives of asking, telling and coming by + a "next" visit confirm nothing
        for (t, lang, phrase) in [
            (
                "Fragen Sie uns bei Ihrem nächsten Besuch.",
                "de",
                "Ihrem nächsten Besuch",
            ),
            (
                "Demandez-nous lors de votre prochaine visite.",
                "fr",
                "votre prochaine visite",
            ),
            ("Pregúntenos en su próxima cita.", "es", "su próxima cita"),
            (
                "Спросите нас на вашем следующем приёме.",
                "ru",
                "вашем следующем приёме",
            ),
            (
                "Tanyakan saja pada kunjungan Anda berikutnya.",
                "id",
                "kunjungan Anda",
            ),
            ("اسألنا في موعدك القادم.", "ar", "موعدك"),
        ] {
            assert_eq!(mood_of(t, lang, false, phrase), Mood::Invitation, "{t}");
        }
        // a statement about the reader's booked visit stays asserted
        let t = "Wir haben Ihren nächsten Besuch auf Freitag verlegt.";
        assert_eq!(
            mood_of(t, "de", false, "Ihren nächsten Besuch"),
            Mood::Asserted
        );
    }

    #[test]
    fn an_apology_for_a_feeling_confirms_nothing() {
        // rel10
        let t = "We're sorry your visit left you feeling that way. Please call us.";
        let at = t.find("your visit").unwrap();
        assert!(unasserted(
            t,
            &super::super::sentences(t),
            "en",
            true,
            at,
            at + 10
        ));
        let t = "So sorry your appointment had to be moved to Monday.";
        let at = t.find("your appointment").unwrap();
        assert!(!unasserted(
            t,
            &super::super::sentences(t),
            "en",
            true,
            at,
            at + 16
        ));
    }

    #[test]
    fn a_feeling_followed_by_a_fact_is_asserted() {
        // fixp9 (review9 #6): the feeling must end the sentence.
        for (t, phrase) in [
            (
                "We're sorry your visit felt rushed when Dr. Lee ran 40 minutes late on Tuesday.",
                "your visit",
            ),
            (
                "We're sorry your appointment fell short after we had to cancel your root canal twice.",
                "your appointment",
            ),
        ] {
            let at = t.find(phrase).unwrap();
            assert!(
                !unasserted(t, &super::super::sentences(t), "en", true, at, at + phrase.len()),
                "{t}"
            );
        }
    }

    #[test]
    fn sympathy_before_a_call_is_no_slogan() {
        // fixp9 (review9 #7): "Sorry about your biopsy!" is sympathy, "Call us" no booking call.
        let t = "Sorry about your biopsy! Call us anytime.";
        let at = t.find("your biopsy").unwrap();
        assert_eq!(
            mood_of(t, "en", true, "your biopsy"),
            Mood::Asserted,
            "{t} at {at}"
        );
        // The slogan the mechanism was written for still is one.
        let t = "Not your cleaning! Book now for a free whitening.";
        assert_eq!(mood_of(t, "en", false, "your cleaning"), Mood::Invitation);
    }

    #[test]
    fn a_staff_member_after_the_relative_is_the_antecedent() {
        // fixp9 (review9 #10)
        assert!(!kin_named(
            "Thanks for the kind words about your son! Our new hygienist Sam starts Monday; "
        ));
        assert!(!kin_named(
            "Thanks for trusting us with your family all these years. Dr. Lee retires Friday; "
        ));
        // Too far back: two sentences before the pronoun's.
        assert!(!kin_named(
            "Your son was brave. We loved the drawing. The waiting room looks great. "
        ));
        assert!(kin_named("Your nephew was so brave today, "));
        assert!(kin_named("Thanks for bringing your grandpa in. "));
    }

    #[test]
    fn contact_verbs_of_every_number_are_no_presence() {
        // fixp9 (review9 #9)
        assert!(contact_participle("Наши администраторы звонили вам"));
        assert!(contact_participle("Наши врачи ответили вам"));
        assert!(contact_participle("Unsere Helferin hat Sie angerufen"));
        assert!(!contact_participle("Наша медсестра проводила вас"));
    }

    #[test]
    fn thanks_for_choosing_us_alone_confirms_nothing() {
        // rel10: the thanks every follower gets
        for t in [
            "Thanks for choosing us for your family's care. New patients always welcome.",
            "Joy loves kids. Thank you for trusting us with your family.",
        ] {
            let at = t.find("Thank").unwrap();
            let end = t[at..].find('.').unwrap() + at;
            assert!(
                unasserted(t, &super::super::sentences(t), "en", true, at, end),
                "{t}"
            );
        }
        // a time or a relative's care after the object keeps it one person's
        for t in [
            "Thanks for trusting us with your care over the past decade.",
            "Thanks for choosing us for your baby's delivery, Ms. Abernathy!",
        ] {
            let end = t.find(['.', ',']).unwrap();
            assert!(
                !unasserted(t, &super::super::sentences(t), "en", true, 0, end),
                "{t}"
            );
        }
    }

    #[test]
    fn a_slogan_before_a_call_to_book_is_marketing() {
        // rel10
        let t = "It can wait until after the holidays? Not your cleaning! Book now while slots are open.";
        assert_eq!(mood_of(t, "en", false, "your cleaning"), Mood::Invitation);
        // a fact about the reader, or no call after it, stays asserted
        let t = "Your cleaning was quick! Book again anytime.";
        assert_eq!(mood_of(t, "en", false, "Your cleaning"), Mood::Asserted);
        let t = "Not your cleaning! We moved it.";
        assert_eq!(mood_of(t, "en", false, "your cleaning"), Mood::Asserted);
    }

    // relrec10 (issue 3): clause structures, each beside the nearest wording that asserts
    // nothing about a person.
    #[test]
    fn relrec10_structures_found() {
        for (text, lang, reply, want) in [
            (
                "Proud moment: a retired firefighter we cared for all winter walked out.",
                "en",
                false,
                "a retired firefighter we cared for",
            ),
            (
                "Sorry the hygienist ran behind for you, we moved her schedule.",
                "en",
                true,
                "the hygienist ran behind for you",
            ),
            (
                "Glad the numbing wore off quickly!",
                "en",
                true,
                "Glad the numbing wore",
            ),
            (
                "Appreciate you popping in Monday even with the road closures.",
                "en",
                true,
                "Appreciate you popping in Monday",
            ),
            (
                "Congrats on finishing treatment here, we'll miss you.",
                "en",
                true,
                "Congrats on finishing treatment here",
            ),
            (
                "Whoever left a blue walker at the front desk, it's waiting for you.",
                "en",
                false,
                "Whoever left a blue walker at the front desk",
            ),
            (
                "Danke, dass Sie am Montag trotz Glatteis vorbeigekommen sind!",
                "de",
                true,
                "dass Sie am Montag trotz Glatteis vorbeigekommen sind",
            ),
            (
                "Der Herr, den wir letzte Woche behandelt haben, hat uns Kuchen gebracht.",
                "de",
                false,
                "Der Herr, den wir letzte Woche behandelt haben",
            ),
            (
                "Perdón porque la higienista se retrasó con usted.",
                "es",
                true,
                "la higienista se retrasó con usted",
            ),
            (
                "Senang pembersihan karang gigi Anda berjalan lancar!",
                "id",
                true,
                "Senang pembersihan karang gigi Anda berjalan lancar",
            ),
        ] {
            let got = facts(text, lang, reply);
            assert!(got.contains(&want), "{text}: {got:?}");
        }
    }

    #[test]
    fn relrec10_near_misses_not_found() {
        for (text, lang, reply) in [
            (
                "A teacher we hope to meet soon joins our board.",
                "en",
                false,
            ),
            ("Our nurses are here for you every day.", "en", true),
            ("Numbing usually wears off within a few hours.", "en", true),
            ("Thanks for choosing us, have a lovely week!", "en", true),
            (
                "Thanks for popping in to our open house on Saturday!",
                "en",
                true,
            ),
            (
                "Photo of the x-ray from the guy who swallowed a spoon today.",
                "en",
                false,
            ),
            ("Es tut uns leid, dass Sie warten mussten.", "de", true),
            ("Semoga perawatan Anda nanti berjalan lancar.", "id", true),
        ] {
            assert!(facts(text, lang, reply).is_empty(), "{text}");
        }
    }
}
