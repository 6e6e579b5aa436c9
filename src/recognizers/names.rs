//! Person names (NAME) for `--identifiers` mode and the `phi-name` rule.
//!
//! Evidence, strongest first:
//! - a title before the name ("Mrs. Ortiz", "Dr. Lee", "Herr Braun", "Ibu Sari");
//! - a greeting ("Hi Derek,", "Dear Mrs. Ortiz"), a family term ("your husband Tom"), or a
//!   naming phrase ("my name is", "named", "called", "says");
//! - a middle initial between capitalised words ("Faina D. Yefremova");
//! - the words themselves: first names and surnames from [`NameLexicon`] (US Census and
//!   community lists, see data/SOURCES.md).
//!
//! Names that are also ordinary words (flag `w`: Will, Grace, May, Bill, Hope, Faith, Mark)
//! count only with a title, greeting, family term or naming phrase, or next to another name
//! ("Grace Kim"). A capital at the start of a sentence proves nothing, so a lone
//! sentence-initial word needs to be an unambiguous first name. Practice staff are removed
//! later by the allowlist.

use super::{Ident, Recognizer};
use crate::finding::Entity;
use crate::text::{tokens, Token};
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

/// Flags of a lexicon entry.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct NameFlags {
    /// Also a common English word ("will", "grace").
    pub word: bool,
    /// Also a Spanish, French or German word.
    pub foreign_word: bool,
}

/// First names and surnames, lower case, with their flags.
pub struct NameLexicon {
    first: HashMap<String, NameFlags>,
    last: HashMap<String, NameFlags>,
}

fn parse_list(src: &str) -> HashMap<String, NameFlags> {
    src.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let mut it = l.split('\t');
            let name = it.next().unwrap_or("").trim().to_string();
            let flags = it.next().unwrap_or("");
            (
                name,
                NameFlags {
                    word: flags.contains('w'),
                    foreign_word: flags.contains('x'),
                },
            )
        })
        .collect()
}

impl NameLexicon {
    /// The lists embedded from `data/names/` (see data/SOURCES.md for sources and licences).
    pub fn builtin() -> NameLexicon {
        // Embedded front-coded by build.rs (a fifth smaller gzipped), decoded here.
        NameLexicon::from_lists(
            &crate::text::front_decode(include_str!(concat!(env!("OUT_DIR"), "/first.fc"))),
            &crate::text::front_decode(include_str!(concat!(env!("OUT_DIR"), "/last.fc"))),
        )
    }

    /// Builds a lexicon from two lists, one lower-case `name[<TAB>flags]` a line.
    pub fn from_lists(first: &str, last: &str) -> NameLexicon {
        NameLexicon {
            first: parse_list(first),
            last: parse_list(last),
        }
    }

    pub fn first(&self, lower: &str) -> Option<NameFlags> {
        self.first.get(lower).copied()
    }

    pub fn last(&self, lower: &str) -> Option<NameFlags> {
        self.last.get(lower).copied()
    }
}

/// Titles that announce a name (lower case, without the final dot).
const TITLES: &[&str] = &[
    "princess",
    "prince",
    "king",
    "queen",
    "duke",
    "duchess",
    "sheikh",
    "mr",
    "mrs",
    "ms",
    "miss",
    "mx",
    "dr",
    "doctor",
    "prof",
    "professor",
    "sr",
    "sra",
    "srta",
    // Spanish and Portuguese "Doctora"/"Doctores" abbreviated ("Dra. Ruiz").
    "dra",
    "dres",
    "señor",
    "señora",
    "señorita",
    "don",
    "doña",
    "herr",
    "frau",
    "mme",
    "mlle",
    "madame",
    "monsieur",
    "ibu",
    "bapak",
    "pak",
    "bu",
    "nurse",
    "sir",
    "madam",
    "dame",
    "lord",
    "lady",
    "uncle",
    "aunt",
    "auntie",
    "sister",
    "brother",
    "father",
    "rev",
    "pastor",
    "coach",
    "господин",
    "госпожа",
    "سيد",
    "السيد",
    "السيدة",
];

/// Family words after which a capitalised word is very likely a name ("your husband Tom",
/// "su esposa Ana"): cues here, family terms in `crate::disclosure::names` (which reads a few
/// more, `FAMILY`), kept in one list for both. `KIN_EN` is also the core of the English kin
/// words of `crate::disclosure::unique` (which reads more, `KIN_MORE`).
pub(crate) const KIN_EN: &[&str] = &[
    "husband",
    "wife",
    "son",
    "daughter",
    "mother",
    "mom",
    "father",
    "dad",
    "brother",
    "sister",
    "grandma",
    "grandpa",
    "grandmother",
    "grandfather",
    "partner",
    "fiancé",
    "baby",
];

/// The kin words of `is_kin` in the other languages.
const KIN_OTHER: &[&str] = &[
    "esposo", "esposa", "hijo", "hija", "mari", "femme", "fils", "fille", "mann", "sohn",
    "tochter", "suami", "istri", "anak",
];

/// True if `w` (lower case) is a kin word: one of `KIN_EN`, `KIN_OTHER` or the casual English
/// forms (`disclosure::vocab::EN_KIN_CASUAL`: "big bro Noah", "my hubby Dan"; clin16, the texting
/// register of the same class).
pub(crate) fn is_kin(w: &str) -> bool {
    KIN_EN.contains(&w)
        || KIN_OTHER.contains(&w)
        || crate::disclosure::vocab::EN_KIN_CASUAL
            .split('|')
            .any(|k| k == w)
}

/// True if `w` (lower case) is a cue word: one of `CUES` or a kin word (`is_kin`).
fn is_cue(w: &str) -> bool {
    CUES.contains(&w) || is_kin(w)
}

/// Words after which a capitalised word is very likely a name.
const CUES: &[&str] = &[
    "привет",
    "здравствуйте",
    "уважаемый",
    "уважаемая",
    "дорогой",
    "дорогая",
    "مرحبا",
    "عزيزي",
    "عزيزتي",
    "selamat",
    "salam",
    "ciao",
    "buenos",
    "buenas",
    "estimados",
    "hi",
    "hello",
    "hey",
    "dear",
    "thanks",
    "thank",
    "hola",
    "querido",
    "querida",
    "estimado",
    "estimada",
    "bonjour",
    "cher",
    "chère",
    "hallo",
    "liebe",
    "lieber",
    "halo",
    "hai",
    "mum",
    "grandson",
    "granddaughter",
    "fiancée",
    "kid",
    "nephew",
    "niece",
    "cousin",
    "friend",
    "boyfriend",
    "girlfriend",
    "named",
    "called",
    "says",
    "said",
    "asked",
    "told",
    "user",
    "name",
    "name's",
    "starring",
    "by",
    "features",
    "featuring",
    "meet",
    "congratulations",
    "congrats",
    "welcome",
    "patient",
    "caregiver",
    "frau",
];

/// Arabic short-vowel marks, ignored when looking words up ("مرحباً" = "مرحبا").
const ARABIC_MARKS: &[char] = &[
    '\u{64b}', '\u{64c}', '\u{64d}', '\u{64e}', '\u{64f}', '\u{650}', '\u{651}', '\u{652}',
];

/// Frequent words of the other six languages that start sentences or are capitalised nouns
/// and pronouns (German "Sie", "Dank"), so that a capital there is not a name.
const OTHER_WORDS: &[&str] = &[
    "sie",
    "ihre",
    "ihr",
    "ihnen",
    "wir",
    "danke",
    "dank",
    "vielen",
    "herzlichen",
    "herzlich",
    "bitte",
    "gerne",
    "gern",
    "fragen",
    "guten",
    "tag",
    "team",
    "praxis",
    "termin",
    "bewertung",
    "liebe",
    "lieber",
    "grüße",
    "ärztin",
    "arzt",
    "patient",
    "patientin",
    "les",
    "des",
    "une",
    "nous",
    "vous",
    "merci",
    "bonjour",
    "bonne",
    "bon",
    "toute",
    "tout",
    "équipe",
    "cher",
    "chère",
    "gracias",
    "muchas",
    "hola",
    "nuestro",
    "nuestra",
    "nuestros",
    "estimado",
    "estimada",
    "equipo",
    "los",
    "las",
    "una",
    "para",
    "por",
    "feliz",
    "kami",
    "anda",
    "yuk",
    "terima",
    "kasih",
    "halo",
    "selamat",
    "tim",
    "mohon",
    "silakan",
    "спасибо",
    "здравствуйте",
    "уважаемый",
    "уважаемая",
    "наш",
    "наша",
    "ваш",
    "ваша",
    "мы",
    "вы",
    "команда",
    "доктора",
    "доктор",
    "врач",
];

/// Capitalised words that are never person names here, even if a surname somewhere.
/// So are the English weekday and month names ([`calendar_words`]).
const NOT_NAMES: &[&str] = &[
    "english",
    "spanish",
    "french",
    "german",
    "russian",
    "arabic",
    "indonesian",
    "american",
    "christmas",
    "easter",
    "god",
    "lord",
    "jesus",
    "facebook",
    "google",
    "yelp",
    "instagram",
    "twitter",
    "tiktok",
    "medicare",
    "medicaid",
    "covid",
    "street",
    "avenue",
    "road",
    "lane",
    "drive",
    "suite",
    "apt",
    "clinic",
    "hospital",
    "dental",
    "medical",
    "health",
    "center",
    "centre",
    "pharmacy",
    "university",
    "college",
    "school",
    "church",
    "inc",
    "llc",
    "ltd",
    "corp",
    "group",
    "company",
    "bank",
    "orchestra",
    "band",
    "north",
    "south",
    "east",
    "west",
    "new",
    "saint",
    "st",
    "mount",
    "lake",
    "river",
    "city",
    "county",
    "state",
    "united",
    "states",
    "kingdom",
    "republic",
    "hi",
    "hello",
    "dear",
    "thanks",
    "thank",
    "please",
    "sorry",
    "welcome",
    "yes",
    "no",
    "ok",
    "okay",
    "sir",
    "madam",
    "mr",
    "mrs",
    "ms",
    "dr",
    "doctor",
    "nurse",
    "user",
    "bot",
    "name",
    "phone",
    "email",
    "fax",
    "date",
    "address",
    "zip",
    "ssn",
    "id",
    "apt",
    "tel",
    "mobile",
    "desk",
    "office",
    "website",
    "e-mail",
    "where",
    "when",
    "who",
    "what",
    "why",
    "how",
    "which",
];

/// The English weekday and month names, never person names here, except "may": May is also
/// a first name ("May Chen").
fn calendar_words() -> impl Iterator<Item = &'static str> {
    let en = &crate::calendar::EN;
    en.weekdays
        .iter()
        .chain(en.months.iter().filter(|m| **m != "may"))
        .copied()
}

/// Verbs that follow a person as the subject ("Aniela is", "Zak shouted"): a lone unknown
/// capitalised word at a sentence start followed by one of them is taken as a name.
const SUBJECT_VERBS: &[&str] = &[
    "is",
    "was",
    "has",
    "had",
    "lives",
    "lived",
    "spent",
    "began",
    "said",
    "says",
    "shouted",
    "went",
    "came",
    "called",
    "wrote",
    "will",
    "would",
    "can",
    "could",
    "did",
    "does",
    "works",
    "worked",
    "told",
    "asked",
    "got",
    "loves",
    "likes",
    "wants",
    "needs",
    "made",
    "took",
    "gave",
    "saw",
    "knows",
    "thinks",
    "feels",
    "just",
    "also",
    "never",
    "always",
    "and",
    "cried",
    "smiled",
    "replied",
    "answered",
    "explained",
    "joined",
    "left",
    "moved",
    "died",
    "passed",
    "visited",
    "stayed",
    "seemed",
    "looked",
    "turned",
    "walked",
    "ran",
];

/// Words after a name that make the run an organisation or place, not a person.
const ORG_AFTER: &[&str] = &[
    "clinic",
    "hospital",
    "dental",
    "dentistry",
    "medical",
    "health",
    "center",
    "centre",
    "pharmacy",
    "university",
    "college",
    "school",
    "inc",
    "llc",
    "ltd",
    "corp",
    "group",
    "company",
    "associates",
    "orchestra",
    "band",
    "street",
    "avenue",
    "road",
    "lane",
    "drive",
    "park",
    "county",
    "foundation",
    "institute",
    "bank",
    "hotel",
    "restaurant",
    "church",
    // Schools, shops and venues named after people: "Roosevelt Elementary", "Lincoln Middle".
    "elementary",
    "middle",
    "high",
    "academy",
    "library",
    "mall",
    "market",
    "bakery",
    "cafe",
    "café",
    "diner",
    "stadium",
    "memorial",
    // Team names: "Westfield Warriors", "Lakeside Lions".
    "warriors",
    "lions",
    "tigers",
    "eagles",
    "bears",
    "panthers",
    "wildcats",
    "bulldogs",
    "knights",
    "rangers",
    "hawks",
    "falcons",
    "spartans",
    "titans",
    "raiders",
    "fc",
];

/// `common_en.txt` (front-coded by build.rs), decoded once per process.
fn common_en() -> &'static str {
    static WORDS: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        crate::text::front_decode(include_str!(concat!(env!("OUT_DIR"), "/common_en.fc")))
    })
}

pub struct Names {
    lex: NameLexicon,
    /// Common English words (SCOWL 10+20, see common_en.txt): a capitalised one is an
    /// ordinary word at a sentence start, not an unknown name.
    common: HashSet<&'static str>,
    /// Street words ("Trail", "Pass") that end a street name, not a person's.
    street_word: regex::Regex,
    /// Titles, cue words, non-names and other languages' function words: never a name
    /// themselves (one hash look-up instead of scanning the lists for every word).
    stop: HashSet<&'static str>,
}

impl Default for Names {
    fn default() -> Names {
        Names::new()
    }
}

impl Names {
    pub fn new() -> Names {
        Names::with_lexicon(NameLexicon::builtin())
    }

    pub fn with_lexicon(lex: NameLexicon) -> Names {
        let common = common_en()
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .collect();
        let street_word =
            regex::Regex::new(&format!("^(?:{})$", super::address::NAMED_WAY)).unwrap();
        let stop = NOT_NAMES
            .iter()
            .chain(TITLES)
            .chain(CUES)
            .chain(KIN_EN)
            .chain(KIN_OTHER)
            .chain(OTHER_WORDS)
            .copied()
            .chain(calendar_words())
            .collect();
        Names {
            lex,
            common,
            street_word,
            stop,
        }
    }

    /// What one word is, for the run logic.
    fn kind(&self, w: &str) -> Kind {
        if self.stop.contains(w) {
            return Kind::Word;
        }
        let f = self.lex.first(w);
        let l = self.lex.last(w);
        let word =
            self.common.contains(w) || f.is_some_and(|x| x.word) || l.is_some_and(|x| x.word);
        // Contractions ("I'm", "Let's") are words unless a name list has them ("O'Brien").
        let word = word || (w.contains(['\'', '’']) && f.is_none() && l.is_none());
        match (f.is_some() || l.is_some(), word) {
            (true, false) => {
                if f.is_some() {
                    Kind::First
                } else {
                    Kind::Last
                }
            }
            (true, true) => Kind::Ambiguous,
            (false, true) => Kind::Word,
            (false, false) if self.looks_english(w) => Kind::Word,
            (false, false) => Kind::Unknown,
        }
    }

    /// An unlisted word that is an inflected common word ("pleasures", "booked") or has an
    /// English derivational ending ("salesperson", "cautionary", "animation").
    fn looks_english(&self, w: &str) -> bool {
        const INFLECT: &[&str] = &["s", "es", "ed", "d", "ing", "er", "ers", "ly", "est"];
        const DERIV: &[&str] = &[
            "tion", "sion", "ness", "ment", "ments", "ity", "ship", "ism", "ary", "ous", "ful",
            "able", "ible", "ive", "ics", "ings", "person", "ance", "ence", "ology", "ward",
            "wise", "less", "hood", "ling", "ean", "ese", "ish", "ic", "ical", "ics",
        ];
        INFLECT.iter().any(|x| {
            w.strip_suffix(x)
                .is_some_and(|b| b.len() >= 3 && self.common.contains(b))
        }) || DERIV
            .iter()
            .any(|x| w.len() > x.len() + 2 && w.ends_with(x))
    }
}

/// How a word can be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A first name that is not an ordinary word ("derek").
    First,
    /// A surname that is not an ordinary word ("gonzalez").
    Last,
    /// A name that is also a word ("will", "grace", "brown").
    Ambiguous,
    /// An ordinary word or a title.
    Word,
    /// In no list: a rare name, a place, a brand.
    Unknown,
}

impl Kind {
    fn is_name(self) -> bool {
        matches!(self, Kind::First | Kind::Last)
    }
}

fn is_cap(t: &str) -> bool {
    let upper = t.chars().filter(|c| c.is_uppercase()).count();
    let lower = t.chars().filter(|c| c.is_lowercase()).count();
    // "CEOs", "URLs": an acronym with a plural s.
    let acronym = upper >= 2 && lower == 1 && t.ends_with('s');
    t.chars().next().is_some_and(char::is_uppercase) && lower > 0 && !acronym
}

/// A single capital letter, optionally followed by a dot: a middle initial ("D.", "M").
fn is_initial(t: &Token) -> bool {
    t.text.chars().count() == 1 && t.text.chars().all(char::is_uppercase)
}

/// The word without a possessive ending ("Yefremova's" -> "Yefremova").
fn stem(t: &str) -> &str {
    t.strip_suffix("'s")
        .or_else(|| t.strip_suffix("’s"))
        .unwrap_or(t)
}

/// True if only spaces (no line break, no punctuation) lie between two tokens, allowing the
/// dot of an initial.
fn joined(text: &str, a: &Token, b: &Token) -> bool {
    let gap = &text[a.end..b.start];
    let gap = if is_initial(a) {
        gap.strip_prefix('.').unwrap_or(gap)
    } else {
        gap
    };
    !gap.is_empty() && gap.chars().all(|c| c == ' ' || c == '\u{a0}')
}

/// True if the token starts a sentence: only spaces, quotes or bullets since a sentence end,
/// a line break, a colon, or the start of the text.
fn sentence_initial(text: &str, start: usize) -> bool {
    for c in text[..start].chars().rev() {
        match c {
            ' ' | '\t' | '"' | '\'' | '“' | '‘' | '(' | '>' | '-' | '*' | '•' => continue,
            '.' | '!' | '?' | '\n' | ':' | '¡' | '¿' => return true,
            _ => return false,
        }
    }
    true
}

/// True if the token begins a line and is followed by a colon: a speaker in a transcript
/// ("Nicole: Remember me?").
fn speaker_label(text: &str, t: &Token) -> bool {
    text[t.end..].starts_with(':')
        && text[..t.start]
            .chars()
            .rev()
            .take_while(|&c| c != '\n')
            .all(|c| c == ' ' || c == '>')
}

/// A candidate name span (token indices, end exclusive) and its score.
struct Cand {
    i: usize,
    end: usize,
    score: f32,
}

impl Recognizer for Names {
    fn name(&self) -> &'static str {
        "names"
    }

    fn find(&self, text: &str, out: &mut Vec<Ident>) {
        let toks = tokens(text);
        // Lower-case forms; most words already are, so they are borrowed, not copied.
        let lower: Vec<Cow<str>> = toks
            .iter()
            .map(|t| {
                let w = stem(t.text);
                if w.contains(ARABIC_MARKS) {
                    Cow::Owned(w.replace(ARABIC_MARKS, ""))
                } else if w.chars().any(char::is_uppercase) {
                    Cow::Owned(w.to_lowercase())
                } else {
                    Cow::Borrowed(w)
                }
            })
            .collect();
        // Text typed all in lower case: capitals carry no evidence, so a listed name counts
        // as if capitalised (unknown words still need a cue).
        // (Only for cased scripts: Arabic has no capitals at all.)
        let lower_text =
            !text.chars().any(char::is_uppercase) && text.chars().any(char::is_lowercase);
        // Lexicon look-ups only where they can matter: capitalised words (and every word of
        // an all-lower-case text). Other words count as ordinary words.
        let kinds: Vec<Kind> = toks
            .iter()
            .zip(&lower)
            .map(|(t, w)| {
                let uncased = !t.text.chars().any(|c| c.is_uppercase() || c.is_lowercase())
                    && !t.text.starts_with(|c: char| c.is_ascii_digit());
                if lower_text || uncased || t.text.starts_with(char::is_uppercase) {
                    self.kind(w)
                } else {
                    Kind::Word
                }
            })
            .collect();
        let mut cands: Vec<Cand> = Vec::new();
        let cap_at = |k: usize| {
            is_cap(toks[k].text)
                || lower_text
                    && (kinds[k].is_name() || kinds[k] == Kind::Unknown)
                    && toks[k].text.chars().all(char::is_alphabetic)
        };
        let mut i = 0;
        while i < toks.len() {
            let t = &toks[i];
            // Scripts without capitals (Arabic): a listed name right after a greeting,
            // title or family word ("مرحباً أحمد").
            let uncased_cued = !t.text.chars().any(|c| c.is_uppercase() || c.is_lowercase())
                && i > 0
                && (is_cue(&lower[i - 1]) || TITLES.contains(&lower[i - 1].as_ref()))
                && kinds[i].is_name();
            let cap = cap_at(i) || uncased_cued;
            let lower_name = lower_text
                && kinds[i] == Kind::First
                && t.text.chars().all(char::is_lowercase)
                && toks.get(i + 1).is_some_and(|n| {
                    joined(text, t, n)
                        && n.text.chars().all(char::is_lowercase)
                        && matches!(kinds[i + 1], Kind::Last | Kind::Unknown | Kind::First)
                });
            if lower_name {
                // "patricia desrosiers": a lower-case first name and surname.
                cands.push(Cand {
                    i,
                    end: i + 2,
                    score: 0.6,
                });
                i += 2;
                continue;
            }
            // Part of a handle or an email address ("@derek_m", "jane.doe@x.org").
            let handle = text[..t.start].ends_with(['@', '_', '.'])
                && !text[..t.start].ends_with(". ")
                || text[t.end..].starts_with(['@', '_'])
                || text[t.end..].starts_with('.')
                    && text[t.end + 1..].starts_with(|c: char| c.is_alphanumeric());
            if !cap || handle || TITLES.contains(&lower[i].as_ref()) {
                i += 1;
                continue;
            }
            // Extend over capitalised words and initials joined by spaces.
            let mut j = i + 1;
            while j < toks.len()
                && j - i < 4
                && joined(text, &toks[j - 1], &toks[j])
                && (cap_at(j)
                    || is_initial(&toks[j])
                    || lower_text && toks[j].text.chars().count() == 1
                    || matches!(
                        lower[j].as_ref(),
                        "van"
                            | "von"
                            | "de"
                            | "del"
                            | "da"
                            | "ten"
                            | "der"
                            | "la"
                            | "le"
                            | "bin"
                            | "al"
                    ) && toks.get(j + 1).is_some_and(|n| is_cap(n.text)))
                && toks[j - 1].text == stem(toks[j - 1].text)
            {
                j += 1;
            }
            // Drop ordinary words at the edges ("I'm Naomi Ryan", "Why is", "Producer Liviana").
            let mut a = i;
            while a < j && kinds[a] == Kind::Word && !is_initial(&toks[a]) {
                a += 1;
            }
            let mut b = j;
            while b > a && (kinds[b - 1] == Kind::Word || is_initial(&toks[b - 1])) {
                b -= 1;
            }
            if a < b {
                let mut score = self.score_run(text, &toks, &lower, &kinds, a, b);
                if lower_text && score < 0.85 && !(a..b).any(|k| kinds[k].is_name()) {
                    score = score.min(0.3);
                }
                if score > 0.0 {
                    cands.push(Cand {
                        i: a,
                        end: b,
                        score,
                    });
                }
            }
            i = j;
        }
        // Lists: "Kónya, Becker and Vasquez", "Gaetane, Hannah, Anthony": a capitalised word
        // coordinated with a found name is a name too.
        let found: Vec<(usize, usize)> = cands
            .iter()
            .filter(|c| c.score >= 0.5)
            .map(|c| (c.i, c.end))
            .collect();
        for c in cands.iter_mut().filter(|c| c.score < 0.5) {
            let linked = found.iter().any(|&(fi, fe)| {
                let (lo, hi) = if fe <= c.i {
                    (fe - 1, c.i)
                } else if c.end <= fi {
                    (c.end - 1, fi)
                } else {
                    return false;
                };
                let sep = |g: &str| matches!(g.trim(), "," | "&" | "");
                match hi - lo {
                    1 => {
                        sep(&text[toks[lo].end..toks[hi].start])
                            && text[toks[lo].end..toks[hi].start].contains([',', '&'])
                    }
                    2 => {
                        matches!(
                            lower[lo + 1].as_ref(),
                            "and" | "or" | "y" | "et" | "und" | "и" | "dan" | "e"
                        ) && sep(&text[toks[lo].end..toks[lo + 1].start])
                            && sep(&text[toks[lo + 1].end..toks[hi].start])
                    }
                    _ => false,
                }
            });
            if linked && c.end - c.i <= 2 && (c.i..c.end).all(|k| kinds[k] != Kind::Word) {
                c.score = 0.6;
            }
        }
        for c in cands {
            if c.score > 0.0 {
                out.push(Ident {
                    entity: Entity::Name,
                    start: toks[c.i].start,
                    end: toks[c.i].start + (toks[c.end - 1].end - toks[c.i].start)
                        - (toks[c.end - 1].text.len() - stem(toks[c.end - 1].text).len()),
                    score: c.score,
                    recognizer: "names",
                });
            }
        }
    }
}

impl Names {
    /// Scores the capitalised run `a..b` (0 = not a name). Scores below 0.5 are kept as
    /// candidates that a list of names can promote.
    fn score_run(
        &self,
        text: &str,
        toks: &[Token],
        lower: &[Cow<str>],
        kinds: &[Kind],
        a: usize,
        b: usize,
    ) -> f32 {
        let street_word = &self.street_word;
        let t = &toks[a];
        let n = b - a;
        let ks = &kinds[a..b];
        // What is right before and after.
        let prev_close = a > 0 && {
            let gap = &text[toks[a - 1].end..t.start];
            gap.len() <= 3 && !gap.contains('\n')
        };
        let prev = if prev_close {
            lower[a - 1].as_ref()
        } else {
            ""
        };
        let titled = TITLES.contains(&prev);
        let cued = is_cue(prev)
            || a > 1 && prev == "is" && lower[a - 2] == "name"
            || a > 1 && prev == "me" && matches!(lower[a - 2].as_ref(), "call" | "calls");
        let next = toks.get(b).filter(|nx| joined(text, &toks[b - 1], nx));
        let prev_is_number = a > 0
            && toks[a - 1].text.starts_with(|c: char| c.is_ascii_digit())
            && joined(text, &toks[a - 1], t);
        // "Lakeside High's principal", "Roosevelt Elementary": a school's name ends the run.
        let last = lower[b - 1].as_ref();
        let last = last
            .strip_suffix("'s")
            .or_else(|| last.strip_suffix("’s"))
            .unwrap_or(last);
        let after_capital = a > 0 && prev_close && toks[a - 1].text.starts_with(char::is_uppercase);
        if (n >= 2 || after_capital) && matches!(last, "high" | "elementary" | "middle" | "academy")
        {
            return 0.0;
        }
        // "Smith Dental", "Koskikatu 25", "6750 Koskikatu": an organisation or a street.
        if prev_is_number
            || next.is_some_and(|nx| {
                ORG_AFTER.contains(&lower[b].as_ref())
                    || nx.text.starts_with(|c: char| c.is_ascii_digit())
            })
        {
            return 0.0;
        }
        // "in Tobel", "near Assen": a place.
        if matches!(prev, "in" | "near" | "en" | "dans" | "di" | "im" | "в") && !titled {
            return 0.0;
        }
        // "the Exversion Orchestra", "a Zoolander": people rarely take a determiner.
        if matches!(
            prev,
            "the" | "a" | "an" | "this" | "that" | "these" | "those" | "its" | "their" | "our"
        ) && !ks.iter().any(|k| k.is_name())
        {
            return 0.0;
        }
        // "Mathias Pass", "King Forges": a street.
        if street_word.is_match(toks[b - 1].text) {
            return 0.0;
        }
        let initial_pos = sentence_initial(text, t.start);
        let names = ks.iter().filter(|k| k.is_name()).count();
        let unknown = ks.iter().filter(|&&k| k == Kind::Unknown).count();
        let words = ks.iter().filter(|&&k| k == Kind::Word).count();
        let has_initial = (a..b).any(|k| is_initial(&toks[k]));
        if titled || cued {
            return if words == n { 0.0 } else { 0.85 };
        }
        if n == 1
            && speaker_label(text, t)
            && matches!(
                ks[0],
                Kind::First | Kind::Last | Kind::Unknown | Kind::Ambiguous
            )
        {
            return 0.6;
        }
        if n >= 2 {
            if words > 0 {
                return if names >= 1 && names + unknown + words == n && words == 1 && !initial_pos {
                    0.55
                } else {
                    0.0
                };
            }
            if names >= 1 || has_initial {
                return 0.8;
            }
            if unknown == n || unknown >= 1 {
                // Two rare capitalised words together ("Tomomi Nishiyama", "Miklós Hajdu").
                return 0.6;
            }
            // Ambiguous words only ("Will Young").
            return if initial_pos { 0.0 } else { 0.55 };
        }
        // One word.
        let followed_by_lower = toks.get(b).is_some_and(|nx| {
            nx.text.starts_with(|c: char| c.is_lowercase()) && joined(text, t, nx)
        });
        let followed_by_comma = text[t.end..].starts_with(',')
            || text[t.end..].starts_with("'s")
            || text[t.end..].starts_with("’s");
        let subject_verb = toks
            .get(b)
            .is_some_and(|nx| joined(text, t, nx) && SUBJECT_VERBS.contains(&lower[b].as_ref()));
        match ks[0] {
            Kind::First if !initial_pos => 0.7,
            Kind::First | Kind::Last | Kind::Unknown if subject_verb => 0.6,
            Kind::Unknown if followed_by_comma && initial_pos && text[t.end..].starts_with(',') => {
                0.55
            }
            Kind::First if followed_by_lower || followed_by_comma => 0.6,
            Kind::Last if !initial_pos => 0.55,
            Kind::Unknown if !initial_pos => 0.45,
            Kind::First | Kind::Last | Kind::Unknown => 0.3,
            _ => 0.0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// mend14: the kin list split by language still holds a word of each part, as a cue and
    /// as a stop word; the English part is a subset of `disclosure::vocab::EN_KIN`.
    #[test]
    fn kin_words_in_one_list() {
        for w in ["husband", "baby", "esposa", "fille", "tochter", "anak"] {
            assert!(is_kin(w) && is_cue(w), "{w}");
        }
        assert!(!is_kin("widow") && !is_kin("abuela"));
        let en_kin =
            regex::Regex::new(&format!("^(?:{})$", crate::disclosure::vocab::EN_KIN)).unwrap();
        for w in KIN_EN {
            assert!(en_kin.is_match(w), "{w} is in vocab::EN_KIN too");
        }
    }

    /// The embedded (front-coded) lists hold exactly the words of the source lists, in order.
    #[test]
    fn embedded_lists_match_their_sources() {
        let words = |src: &str| -> Vec<String> {
            src.lines()
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .map(str::to_string)
                .collect()
        };
        let decoded = |coded: &str| -> Vec<String> {
            crate::text::front_decode(coded)
                .lines()
                .map(str::to_string)
                .collect()
        };
        assert_eq!(
            decoded(include_str!(concat!(env!("OUT_DIR"), "/first.fc"))),
            words(include_str!("../../data/names/first.txt"))
        );
        assert_eq!(
            decoded(include_str!(concat!(env!("OUT_DIR"), "/last.fc"))),
            words(include_str!("../../data/names/last.txt"))
        );
        assert_eq!(
            common_en().lines().collect::<Vec<_>>(),
            words(include_str!("common_en.txt"))
        );
    }
    use crate::recognizers::test_util::found_kind;

    fn names(t: &str) -> Vec<String> {
        found_kind(t, Entity::Name)
    }

    #[test]
    fn greetings_titles_and_family_terms() {
        assert_eq!(names("Hi Derek, sorry about the wait"), vec!["Derek"]);
        assert_eq!(names("Dear Mrs. Ortiz, thank you"), vec!["Ortiz"]);
        assert_eq!(names("we hope your husband Tom is well"), vec!["Tom"]);
        assert_eq!(names("Herr Braun war hier"), vec!["Braun"]);
        assert_eq!(names("Terima kasih Ibu Sari"), vec!["Sari"]);
    }

    #[test]
    fn full_names_and_initials() {
        assert_eq!(
            names("I spoke with Maria Gonzalez today"),
            vec!["Maria Gonzalez"]
        );
        assert_eq!(
            names("the verses from Faina D. Yefremova's tales"),
            vec!["Faina D. Yefremova"]
        );
        assert_eq!(names("My name is Rubija"), vec!["Rubija"]);
    }

    #[test]
    fn ambiguous_names_need_stronger_evidence() {
        assert!(names("We will see. Grace is a virtue.").is_empty());
        assert!(names("May we call you back?").is_empty());
        assert!(names("Hope you feel better").is_empty());
        assert_eq!(names("Hi Grace, thanks for the note"), vec!["Grace"]);
        assert_eq!(names("your wife Faith called"), vec!["Faith"]);
    }

    #[test]
    fn other_languages() {
        assert!(names("Vielen Dank für Ihre netten Worte!").is_empty());
        assert!(names("Danke, dass Sie sich die Zeit genommen haben.").is_empty());
        assert!(names("شكراً جزيلاً على تقييمك اللطيف!").is_empty());
        assert_eq!(names("مرحباً أحمد، نعتذر عن التأخير"), vec!["أحمد"]);
    }

    #[test]
    fn capitals_that_are_not_people() {
        assert!(names("Thanks for visiting Smith Dental on Monday").is_empty());
        assert!(names("Call us. Please come again").is_empty());
        assert!(names("We speak English and Spanish").is_empty());
    }

    #[test]
    fn lexicon_parses_flags() {
        let lex = NameLexicon::from_lists("# header\nwill\twxm\nderek\tm\n", "smith\t\n");
        assert!(lex.first("will").unwrap().word);
        assert!(!lex.first("derek").unwrap().word);
        assert!(lex.last("smith").is_some());
    }
}
