//! Names a reply uses for a person, found from how they are used rather than from a name list:
//! the review author's display name, a name after a greeting or thanks ("Hi Derek,"), a name
//! called out at the end ("See you soon, Nina!"), a title and surname ("Mrs. Ellison"), a
//! family term and name ("your husband Tom") and a possessive before a health or image word
//! ("Kayla's x-ray"). These complement the NAME recognizer, which finds names by their form.

use super::cues::Cues;
use crate::finding::Entity;
use crate::recognizers::names::{is_kin, NameLexicon};
use crate::recognizers::Ident;
use crate::text::{tokens, Token};
use std::sync::OnceLock;

/// Why a span was taken for a name; every reason ties it to a person the practice serves.
pub const RECOGNIZER: &str = "disclosure-name";

/// Capitalised words that open sentences or follow greetings without being names; so are
/// weekdays and months ([`not_listed_name`]).
const NOT_NAMES: &[&str] = &[
    // The end of a school's name ("Lakeside High's principal"), never a person's.
    "high",
    "elementary",
    // Prepositions that open a sentence ("By age 3, ..."; clin6).
    "by",
    "until",
    "since",
    "i",
    "we",
    "you",
    "our",
    "your",
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "it",
    "thanks",
    "thank",
    "hi",
    "hello",
    "hey",
    "dear",
    "sorry",
    "yes",
    "no",
    "well",
    "again",
    "also",
    "however",
    "unfortunately",
    "please",
    "everyone",
    "all",
    "team",
    "folks",
    "friends",
    "guys",
    "sir",
    "madam",
    "maam",
    "ma'am",
    "doctor",
    "dr",
    "dra",
    "nurse",
    "staff",
    "santa",
    "haji",
    "hajjah",
    "year",
    // Indonesian office titles after "Pak"/"Bu": "Pak Kepala Desa", "Bu Lurah".
    "kepala",
    "lurah",
    "camat",
    "bupati",
    "wali",
    "guru",
    "so",
    // Indonesian imperatives and particles that open a sentence (phi7: "Hubungi dokter").
    "hubungi",
    "silakan",
    "jangan",
    "ayo",
    "yuk",
    "mari",
    "kunjungi",
    "bawa",
    "segera",
    "and",
    "but",
    "for",
    "from",
    "to",
    "so",
    "happy",
    "great",
    "good",
    "glad",
    "hope",
    "wow",
    "congrats",
    "congratulations",
    "welcome",
    "everybody",
    "there",
    "here",
    "what",
    "when",
    "who",
    "how",
    "why",
    "just",
    "again",
    "today",
    "tonight",
    "tomorrow",
    "yesterday",
    "morning",
    "afternoon",
    "evening",
    "night",
    "love",
    "cheers",
    "best",
    "regards",
    "sincerely",
    "warmly",
    "patient",
    "patients",
    "reviewer",
    "neighbor",
    "neighbors",
    "community",
    "family",
    "mom",
    "dad",
    "mama",
    "papa",
    "baby",
    "honey",
    "buddy",
    "ok",
    "okay",
    "oh",
    "ah",
    "note",
    "update",
    "reminder",
    "heads",
    "fyi",
    "absolutely",
    "definitely",
    "indeed",
    "certainly",
    "of",
    "in",
    "on",
    "at",
    "with",
    "google",
    "yelp",
    "facebook",
    "instagram",
    "healthgrades",
    "x",
    "twitter",
    "hola",
    "gracias",
    "estimado",
    "estimada",
    "querido",
    "querida",
    "bonjour",
    "merci",
    "cher",
    "chère",
    "hallo",
    "liebe",
    "lieber",
    "danke",
    "halo",
    "hai",
    "terima",
    "kasih",
    "bapak",
    "ibu",
    "pak",
    "bu",
    "señor",
    "señora",
    "madame",
    "monsieur",
    "herr",
    "frau",
    "usted",
    "vous",
    "sie",
    "mr",
    "mrs",
    "ms",
    "miss",
    "mx",
    "sra",
    "sr",
    "srta",
    "mme",
    "mlle",
    "bravo",
    "kudos",
    "shoutout",
    "shout",
    "cheers",
    "much",
    "many",
    "very",
    "appreciate",
    "appreciated",
    "enjoy",
    "take",
    "stay",
    "see",
    "feel",
    "get",
    "let",
    "call",
    "sorry",
    "apologies",
    "على",
    "في",
    "من",
    "قبل",
    "بعد",
    "عن",
    "إلى",
    "الى",
    "مع",
    "حفاظاً",
    "حفاظا",
    "ab",
    "les",
    "des",
    "une",
    "los",
    "las",
    "unsere",
    "kami",
    "kita",
    "saya",
    "anda",
    "unsere",
    "unser",
    "wir",
    "nous",
    "nosotros",
    "здравствуйте",
    "привет",
    "спасибо",
    "уважаемый",
    "уважаемая",
    "дорогой",
    "дорогая",
    // Indonesian "day" of holidays ("Selamat Hari Ibu", "Hari Raya", "Hari Kartini").
    "hari",
    // Holidays ("Happy Father's Day") and titles ("Father Michael"), not first names.
    "father",
    "mother",
];

/// True if `w` (lower case) is one of [`NOT_NAMES`], an English month or an English, Spanish,
/// French or German weekday. Not "may" and "domingo": May and Domingo are also first names.
fn not_listed_name(w: &str) -> bool {
    use crate::calendar::{DE, EN, ES, FR};
    NOT_NAMES.contains(&w)
        || (EN.months.contains(&w) && w != "may")
        || ([EN, ES, FR, DE].iter().any(|c| c.weekdays.contains(&w)) && w != "domingo")
}

/// Heads of organisation, office and place names, and public roles, that end a capitalised
/// run before a possessive: "the Lakeside Fire Department's open house", "the Westfield Rotary
/// Club's tournament", "Mayor's Office". The possessive belongs to a body or an office, not to a
/// person the practice serves.
const ORG_HEADS: &[&str] = &[
    "academy",
    "agency",
    "alliance",
    "association",
    "bank",
    "board",
    "bureau",
    "cafe",
    "center",
    "centre",
    "chamber",
    "church",
    "city",
    "clinic",
    "club",
    "coalition",
    "college",
    "committee",
    "company",
    "council",
    "county",
    "department",
    "district",
    "foundation",
    "fund",
    "government",
    "group",
    "guild",
    "hall",
    "hospital",
    "institute",
    "league",
    "library",
    "market",
    "ministry",
    "museum",
    "network",
    "office",
    "pantry",
    "park",
    "pharmacy",
    "program",
    "restaurant",
    "school",
    "service",
    "services",
    "shelter",
    "society",
    "state",
    "station",
    "store",
    "team",
    "town",
    "trust",
    "union",
    "university",
    "village",
    "ymca",
    "mayor",
    "governor",
    "sheriff",
    "senator",
    "principal",
    "chief",
    "president",
    "superintendent",
    "parish",
];

/// True for a possessive word that is the head of an organisation or a public office
/// (see [`ORG_HEADS`]): "Department's", "Mayor's". The bare word may still be a surname
/// ("Mrs. Park").
fn org_possessive(w: &str) -> bool {
    let l = w.to_lowercase();
    stem(&l) != l && ORG_HEADS.contains(&stem(&l))
}

/// Words for a picture, or for what a picture shows, that may be followed by "of"/"de"/"von"
/// and a name: "Photo de Mathis", "la sonrisa de Valeria", "Bilder von Lenas Zahnspange".
const SHOWN: &[&str] = &[
    "photo",
    "photos",
    "foto",
    "fotos",
    "video",
    "videos",
    "pic",
    "pics",
    "picture",
    "pictures",
    "vidéo",
    "bilder",
    "bild",
    "aufnahmen",
    "smile",
    "sonrisa",
    "sourire",
    "lächeln",
    "senyum",
    "radiografía",
    "radiographie",
    "röntgenbild",
    "radio",
    "reel",
    "story",
    "scan",
    "irm",
    "x-ray",
    "transformation",
    "transformación",
];

/// Family terms that may be followed by a name: "your husband Tom". The ones the name
/// recognizer also reads are its kin words (`recognizers::names::is_kin`); these are the rest.
const FAMILY: &[&str] = &[
    "fiance",
    "boy",
    "girl",
    // Kin words used as a title before a first name: "Abuela Rosa", "Uncle Ray", "Tía Lupe".
    "abuela",
    "abuelo",
    "tía",
    "tío",
    "nana",
    "granny",
    "auntie",
    "aunt",
    "uncle",
    "mamie",
    "papi",
    "tante",
    "onkel",
    "бабушка",
    "дедушка",
    "nenek",
    "kakek",
    "om",
    "муж",
    "жена",
    "сын",
    "дочь",
];

/// True if `w` (lower case) is a family term: a kin word of the name recognizer or `FAMILY`.
fn is_family(w: &str) -> bool {
    is_kin(w) || FAMILY.contains(&w)
}

fn is_capitalised(w: &str) -> bool {
    let mut cs = w.chars();
    cs.next().is_some_and(char::is_uppercase) && cs.any(char::is_lowercase)
}

/// True for words that open sentences or follow greetings without being names.
pub fn not_name(w: &str) -> bool {
    if w.split_whitespace().count() > 1 {
        return w.split_whitespace().any(not_name);
    }
    let l = w.to_lowercase();
    let l = l.trim_end_matches("'s").trim_end_matches("’s");
    not_listed_name(l)
}

/// A plausible name word in a Latin or Cyrillic script: capitalised and not a common word.
fn name_word(t: &Token) -> bool {
    is_capitalised(t.text) && !not_name(t.text) && t.text.chars().count() >= 2
}

/// The name lists of the `data` branch (shared with the NAME recognizer).
fn lexicon() -> &'static NameLexicon {
    static L: OnceLock<NameLexicon> = OnceLock::new();
    L.get_or_init(NameLexicon::builtin)
}

/// A name word that the name lists know as a first name or surname and that is not also an
/// ordinary word: needed where only the position suggests a name ("Robert, ...", "..., Nina!").
fn listed_name(t: &Token) -> bool {
    let l = t.text.to_lowercase();
    let l = l.trim_end_matches("'s").trim_end_matches("’s");
    name_word(t)
        && [lexicon().first(l), lexicon().last(l)]
            .iter()
            .flatten()
            .any(|f| !f.word && !f.foreign_word)
}

/// A capitalised word the name lists know and do not flag as an English word; names that are
/// also words of the other languages ("Rosa", "Carmen") count, since the photo word before
/// them already says a person is shown.
fn shown_name(t: &Token) -> bool {
    let l = t.text.to_lowercase();
    let l = l.trim_end_matches("'s").trim_end_matches("’s");
    name_word(t)
        && [lexicon().first(l), lexicon().last(l)]
            .iter()
            .flatten()
            .any(|f| !f.word)
}

/// A first name typed in lower case ("hey jess lol"): the name lists know it as a first name,
/// with no flag saying it is also an ordinary word, and it is no common opener. Used only
/// right after a greeting, where the position already suggests a name.
fn lower_listed_first(t: &Token) -> bool {
    let w = t.text;
    w.chars().count() >= 3
        && w.chars().all(char::is_lowercase)
        && !not_name(w)
        && lexicon()
            .first(w)
            .is_some_and(|f| !f.word && !f.foreign_word)
        && lexicon().last(w).is_none_or(|f| !f.word)
}

/// Ident for `text[start..end]` (a name, trimmed of a trailing possessive).
fn ident(text: &str, start: usize, mut end: usize) -> Ident {
    for suffix in ["'s", "’s"] {
        if text[start..end].ends_with(suffix) {
            end -= suffix.len();
        }
    }
    Ident {
        entity: Entity::Name,
        start,
        end,
        score: 0.9,
        recognizer: RECOGNIZER,
    }
}

/// Extends a name starting at token `i` over one following capitalised word (a surname).
fn name_end(toks: &[Token], i: usize, text: &str) -> usize {
    let t = &toks[i];
    if let Some(n) = toks.get(i + 1) {
        let gap = &text[t.end..n.start];
        if gap == " " && name_word(n) && !t.text.ends_with("'s") && !t.text.ends_with("’s") {
            return n.end;
        }
    }
    t.end
}

/// Names the reply uses for a person (see the module doc). `author` is the reviewer's display
/// name, possibly empty.
pub fn find(text: &str, author: &str, sentences: &[(usize, usize)], cues: &Cues) -> Vec<Ident> {
    let mut out = Vec::new();
    author_names(text, author, &mut out);
    let toks = tokens(text);
    for &(s, e) in sentences {
        let sentence = &text[s..e];
        let lead = sentence.len() - sentence.trim_start().len();
        // Tokens are sorted and disjoint: the sentence's ones are one contiguous run, found by
        // binary search rather than a pass over every token of the reply per sentence.
        let lo = toks.partition_point(|t| t.start < s);
        let hi = toks.partition_point(|t| t.end <= e).max(lo);
        let st: Vec<usize> = (lo..hi).collect();
        if st.is_empty() {
            continue;
        }
        // Greeting or thanks, then a name: "Hi Derek," "Thanks, Priya," "Dear Mrs. Ortiz".
        if let Some(g) = cues.greeting.find(&sentence[lead..]) {
            let after = s + lead + g.end();
            if let Some(&k) = st.iter().find(|&&k| toks[k].start >= after) {
                let gap = &text[after..toks[k].start];
                let mut k = k;
                if (cues.title.is_match(toks[k].text) || AR_TITLES.contains(&toks[k].text))
                    && st.contains(&(k + 1))
                {
                    k += 1;
                }
                let t = &toks[k];
                if gap.trim_matches([' ', ',']).is_empty()
                    && !org_possessive(t.text)
                    && (name_word(t)
                        || lower_listed_first(t)
                        || (is_arabic_name(t.text) && !cues.second.is_match(t.text)))
                {
                    let start = title_start(&toks, k, text, cues);
                    out.push(ident(text, start, name_end(&toks, k, text)));
                }
            }
        }
        // A name addressed at the start: "Robert, our records show ...".
        let first = &toks[st[0]];
        if listed_name(first) && text[first.end..].starts_with(',') && first.start == s + lead {
            out.push(ident(text, first.start, first.end));
        }
        // A listed first name opening a sentence about a person's care: "Mateo finally got
        // his braces off", "Arjun was such a star during his fillings". The name lists alone
        // are too weak at a sentence start; a person cue in the rest of the sentence ties it.
        if listed_name(first)
            && first.start == s + lead
            && st.len() > 2
            && !cues.greeting.is_match(&sentence[lead..])
        {
            let nx = &toks[st[1]];
            let rest = &text[first.end..e];
            if &text[first.end..nx.start] == " "
                && nx.text.starts_with(char::is_lowercase)
                && (cues.third.is_match(rest) || cues.possessive.is_match(rest))
            {
                out.push(ident(text, first.start, first.end));
            }
        }
        // clin6: a listed name in the possessive opening a sentence about care ("Walter's
        // kidney function is back to normal", "Noah's fever broke overnight"): the care word
        // right after it, in lower case, is that person's.
        if listed_name(first)
            && first.start == s + lead
            && (first.text.ends_with("'s") || first.text.ends_with("’s"))
            && !org_possessive(first.text)
            && st.len() > 2
        {
            let nx = &toks[st[1]];
            let rest = &text[first.end..e];
            if nx.text.starts_with(char::is_lowercase)
                && !crate::clinical::vocab().find(rest, "en").is_empty()
            {
                out.push(ident(text, first.start, first.end));
            }
        }
        // A name called out at the end: "See you soon, Nina!".
        let last = &toks[*st.last().unwrap()];
        let before = &text[s..last.start];
        let tail = text[last.end..e].trim();
        if listed_name(last)
            && before.trim_end().ends_with(',')
            && tail.chars().all(|c| !c.is_alphanumeric())
            && st.len() > 1
        {
            let start = title_start(&toks, *st.last().unwrap(), text, cues);
            out.push(ident(text, start, last.end));
        }
        for (n, &k) in st.iter().enumerate() {
            let t = &toks[k];
            // Title and surname: "Mrs. Ellison", "Sra. Gómez".
            if cues.title.is_match(t.text) && n + 1 < st.len() {
                let nx = &toks[st[n + 1]];
                let gap = &text[t.end..nx.start];
                if gap.trim_start_matches('.').trim().is_empty() && name_word(nx) {
                    out.push(ident(text, t.start, name_end(&toks, st[n + 1], text)));
                }
            }
            // A name with an age: "Benny, age 4", "Mateo (7)".
            if name_word(t) && n + 1 < st.len() {
                let rest = &text[t.end..e];
                // "Mateo (7)": an age closed right away, not an area code "(555) ...".
                let paren_age = rest.strip_prefix(" (").is_some_and(|r| {
                    let digits = r.chars().take_while(char::is_ascii_digit).count();
                    (1..=3).contains(&digits)
                        && r[digits..].starts_with(')')
                        && r[..digits].parse::<u32>().is_ok_and(|n| n <= 115)
                });
                // "Lily, 6, was so brave": a child's age between commas.
                let comma_age = rest.strip_prefix(", ").is_some_and(|r| {
                    let digits = r.chars().take_while(char::is_ascii_digit).count();
                    (1..=2).contains(&digits) && r[digits..].starts_with(',')
                });
                let aged = rest.starts_with(", age ")
                    || rest.starts_with(" age ")
                    || paren_age
                    || comma_age;
                if aged {
                    out.push(ident(text, t.start, t.end));
                }
            }
            // A name after a photo word: "Photo de Mathis", "Video of Lily".
            if n >= 2 && name_word(t) {
                let w1 = toks[st[n - 1]].text.to_lowercase();
                let w2 = toks[st[n - 2]].text.to_lowercase();
                if ["of", "de", "von", "dari"].contains(&w1.as_str())
                    && SHOWN.contains(&w2.as_str())
                {
                    out.push(ident(text, t.start, name_end(&toks, k, text)));
                }
            }
            // A listed name a few words after a photo word, behind "of/from/de/du/von/dari":
            // "these photos from Lucy's braces reveal", "la foto del antes y después de
            // Carmen". Only names the lists know (not ordinary words), since places follow
            // "from" too.
            if n >= 2 && shown_name(t) {
                let w1 = toks[st[n - 1]].text.to_lowercase();
                let shown_before = st[n.saturating_sub(7)..n - 1].iter().any(|&j| {
                    let w = toks[j].text.to_lowercase();
                    // "Vorher-Nachher-Foto": the last part of a compound.
                    let w = w.rsplit('-').next().unwrap_or("");
                    SHOWN.contains(&w) || ["después", "après", "nachher"].contains(&w)
                });
                if ["of", "from", "de", "du", "von", "dari"].contains(&w1.as_str()) && shown_before
                {
                    out.push(ident(text, t.start, name_end(&toks, k, text)));
                }
            }
            // A name right after a photo word in a language with a genitive: "Фото Даши".
            if n >= 1 && name_word(t) {
                let w1 = toks[st[n - 1]].text.to_lowercase();
                if ["фото", "снимок", "снимки", "видео"].contains(&w1.as_str())
                {
                    out.push(ident(text, t.start, name_end(&toks, k, text)));
                }
            }
            // Family term and name: "your husband Tom".
            if is_family(&t.text.to_lowercase()) && n + 1 < st.len() {
                let nx = &toks[st[n + 1]];
                if &text[t.end..nx.start] == " " && name_word(nx) {
                    out.push(ident(text, nx.start, name_end(&toks, st[n + 1], text)));
                }
            }
            // Possessive name not opening the sentence: "Here's Kayla's x-ray".
            // "St. Luke's", "San Juan's": a saint's name is a church, school or hospital.
            let saint = {
                let before = text[..t.start].trim_end();
                ["St.", "St", "Saint", "Ste.", "San", "Santa"]
                    .iter()
                    .any(|w| {
                        before.ends_with(w)
                            && !before[..before.len() - w.len()].ends_with(char::is_alphanumeric)
                    })
            };
            // phi7: "Coach Dawson's team", "Pastor Kim's sermon": the role's holder, not a
            // patient; their relatives are phi-unique's.
            let titled =
                n > 0 && ROLE_TITLES.contains(&toks[st[n - 1]].text.to_lowercase().as_str());
            if n > 0
                && !saint
                && !titled
                && !org_possessive(t.text)
                && (t.text.ends_with("'s") || t.text.ends_with("’s"))
                && name_word(t)
            {
                out.push(ident(text, t.start, t.end));
            }
        }
    }
    cheered_and_family_names(text, &toks, &mut out);
    positioned_names(text, &toks, sentences, &mut out);
    carry_over(text, &toks, &mut out);
    out.retain(|i| !in_observance_name(text, i.start, i.end));
    out
}

/// True when the words at `start..end` are part of the name of an observance or public day:
/// "National Children's Dental Health Month", "our Mother's Day event", "World Heart Day".
/// The capitalised run either ends in a period word (Day, Week, Month...) or opens with
/// "National", "World" or "International"; nobody is named by it.
pub(crate) fn in_observance_name(text: &str, start: usize, end: usize) -> bool {
    static RE: std::sync::OnceLock<(regex::Regex, regex::Regex, regex::Regex)> =
        std::sync::OnceLock::new();
    let (head, after, before) = RE.get_or_init(|| {
        (
            regex::Regex::new(r"^(?:Day|Week|Month|Eve|Awareness)$").unwrap(),
            regex::Regex::new(
                r"^(?:['’]s?)?(?:\s+\p{Lu}[\p{L}'’-]*){0,4}\s+(?:Day|Week|Month|Eve|Awareness)\b",
            )
            .unwrap(),
            regex::Regex::new(
                r"\b(?:National|World|International|Global)(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s+$",
            )
            .unwrap(),
        )
    });
    let word = text[start..end]
        .trim_end_matches("'s")
        .trim_end_matches("’s");
    head.is_match(word) || after.is_match(&text[end..]) || before.is_match(&text[..start])
}

/// Words that single out one person for praise, sympathy or welcome, right before a name:
/// "so proud of Liam", "shoutout to Jake", "prayers for Ellie". Each entry is the words just
/// before the name, lower case.
const CHEERS: &[&[&str]] = &[
    &["proud", "of"],
    // clin6: congratulations and a permission to share name the person too.
    &["congrats", "to"],
    &["congratulations", "to"],
    &["permission", "from"],
    &["wishes", "for"],
    &["shoutout", "to"],
    &["shout-out", "to"],
    &["shout", "out", "to"],
    &["props", "to"],
    &["kudos", "to"],
    &["cheers", "to"],
    &["off", "to"],
    &["happy", "for"],
    &["prayers", "for"],
    &["praying", "for"],
    &["thinking", "of"],
    &["rooting", "for"],
    &["cheering", "for"],
    &["cheering", "on"],
    &["love", "to"],
    &["hugs", "to"],
    &["wishes", "to"],
    &["miss", "you"],
    &["missed", "you"],
];

/// Texting openers before a lower-case name: "ok daniel we moved ur appt".
const TEXTING: &[&str] = &[
    "ok", "okay", "k", "yo", "thx", "ty", "omg", "aw", "aww", "sry", "lol",
];

/// Words after a surname that make it a family: "the Nguyen family", "the Ortiz twins".
const FAMILY_GROUP: &[&str] = &[
    "family",
    "families",
    "twins",
    "triplets",
    "kids",
    "boys",
    "girls",
    "household",
    "clan",
    "sisters",
    "brothers",
];

/// Names found by the words around them rather than by a greeting: a listed name after a
/// cheer ("so proud of Liam"), a listed lower-case first name after a texting opener ("ok
/// daniel"), and a family by its surname ("the Nguyen family", "thinking of the Hendersons").
fn cheered_and_family_names(text: &str, toks: &[Token], out: &mut Vec<Ident>) {
    let low = |k: usize| toks[k].text.to_lowercase();
    for (k, t) in toks.iter().enumerate() {
        let cheered = CHEERS.iter().any(|c| {
            k >= c.len()
                && c.iter()
                    .enumerate()
                    .all(|(i, w)| low(k - c.len() + i) == *w)
        });
        if cheered && listed_name(t) {
            out.push(ident(text, t.start, name_end(toks, k, text)));
            continue;
        }
        if k > 0 && TEXTING.contains(&low(k - 1).as_str()) && lower_listed_first(t) {
            let gap = &text[toks[k - 1].end..t.start];
            if gap.trim_matches([' ', ',']).is_empty() {
                out.push(ident(text, t.start, t.end));
                continue;
            }
        }
        if k > 0 && low(k - 1) == "the" && is_capitalised(t.text) && !not_name(t.text) {
            let surname = |w: &str| {
                lexicon()
                    .last(&w.to_lowercase())
                    .is_some_and(|f| !f.word && !f.foreign_word)
            };
            let grouped = toks.get(k + 1).is_some_and(|n| {
                &text[t.end..n.start] == " "
                    && FAMILY_GROUP.contains(&n.text.to_lowercase().as_str())
            });
            // "the Hendersons" (not "the Hendersons' youngest", a role of the family).
            let plural = t
                .text
                .strip_suffix('s')
                .filter(|stem| !text[t.end..].starts_with(['\'', '’']) && surname(stem));
            if grouped && surname(t.text) || plural.is_some() {
                out.push(ident(text, t.start, t.end));
            }
        }
    }
}

/// A name found once is the same person wherever the reply uses it again: "Hi Derek! ... so
/// glad Derek's crown feels good". Every later or earlier use of a found one-word name (the
/// same capitalised word) is added.
fn carry_over(text: &str, toks: &[Token], out: &mut Vec<Ident>) {
    let mut seen: Vec<&str> = out
        .iter()
        .map(|id| &text[id.start..id.end])
        .filter(|w| !w.contains(char::is_whitespace) && w.chars().count() >= 2)
        .filter(|w| w.starts_with(char::is_uppercase) || !w.contains(char::is_lowercase))
        .collect();
    seen.sort_unstable();
    seen.dedup();
    if seen.is_empty() {
        return;
    }
    for t in toks {
        let w = stem(t.text);
        if seen.contains(&w) && !out.iter().any(|id| id.start <= t.start && t.start < id.end) {
            out.push(ident(text, t.start, t.start + w.len()));
        }
    }
}

/// A token without its possessive ending.
fn stem(w: &str) -> &str {
    w.strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .unwrap_or(w)
}

/// Arabic vocative and honorifics, with or without "to" (ل), that may stand between a
/// greeting and a name: "يا سارة", "للحاجة فاطمة".
const AR_TITLES: &[&str] = &[
    "يا",
    "الحاج",
    "الحاجة",
    "للحاج",
    "للحاجة",
    "للسيد",
    "للسيدة",
    "لحضرة",
    "للأستاذ",
    "للأستاذة",
];

/// Arabic words that follow a greeting or thanks without being names.
const AR_NOT_NAMES: &[&str] = &[
    "على",
    "جزيلا",
    "جزيلاً",
    "لكم",
    "لتقييمك",
    "لكلماتك",
    "بكم",
    "لزيارتك",
    "لثقتك",
    "كثيرا",
    "كثيراً",
    "بك",
    "لك",
    "الجميع",
    "لمراجعتك",
    "لتعليقك",
];

/// Arabic role and group nouns that follow a greeting or thanks, alone or with "to" (ل):
/// "شكرا لإمام مسجد الحي" thanks the mosque's imam, nobody by name.
const AR_ROLES: &[&str] = &[
    "إمام",
    "امام",
    "مدير",
    "مديرة",
    "رئيس",
    "رئيسة",
    "معلم",
    "معلمة",
    "فريق",
    "طاقم",
    "جميع",
    "كل",
    "أهل",
    "سكان",
    "عمدة",
    "شيخ",
    "مدرسة",
    "بلدية",
    "صاحب",
    "صاحبة",
    "مالك",
    "مدرب",
    "خباز",
    "حارس",
    "سائق",
];

fn is_arabic_name(w: &str) -> bool {
    w.chars().all(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
        && w.chars().count() >= 3
        && !AR_NOT_NAMES.contains(&w)
        // "لإمام", "لمدير": "to the imam", "to the director": a role, not a name.
        && !AR_ROLES.contains(&w.strip_prefix('ل').unwrap_or(w))
        && !AR_ROLES.contains(&w)
        // "لل..." is "to the ...", and "...تنا" is "our ..." ("لعيادتنا", "to our clinic").
        && !w.starts_with("لل")
        && !w.ends_with("تنا")
}

/// Start of a name at token `k`, moved back over a title right before it ("Mrs. Ellison").
fn title_start(toks: &[Token], k: usize, text: &str, cues: &Cues) -> usize {
    if k > 0 {
        let p = &toks[k - 1];
        if cues.title.is_match(p.text)
            && text[p.end..toks[k].start]
                .trim_start_matches('.')
                .trim()
                .is_empty()
        {
            return p.start;
        }
    }
    toks[k].start
}

/// Each word of the author's display name (initials and one-letter words left out) wherever
/// the reply uses it.
fn author_names(text: &str, author: &str, out: &mut Vec<Ident>) {
    let parts: Vec<String> = author
        .split(|c: char| c.is_whitespace() || c == ',' || c == '.' || c == '@' || c == '_')
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| w.chars().count() >= 3 && !not_listed_name(w))
        .collect();
    if parts.is_empty() {
        return;
    }
    for t in tokens(text) {
        let w = t.text.to_lowercase();
        let w = w.trim_end_matches("'s").trim_end_matches("’s");
        if parts.iter().any(|p| p == w) {
            out.push(ident(text, t.start, t.end));
        }
    }
}

/// Interjections that open a sentence before a name and a comma: "Ugh, Brian paid late again".
const INTERJECTIONS: &[&str] = &[
    "ugh", "wow", "aw", "aww", "omg", "lol", "ok", "okay", "oh", "well", "yay", "welp", "whew",
    "phew", "haha", "ha", "hmm", "psst", "btw", "fyi", "ps", "update",
];

/// Words that open a caption before the person shown: "Pictured: Jada and her braces".
const CAPTIONS: &[&str] = &[
    "pictured",
    "photo",
    "pic",
    "video",
    "clip",
    "meet",
    "featuring",
    "starring",
    "foto",
    "vídeo",
    "vidéo",
    "bild",
];

/// Celebration words right before "to" and a name: "Happy birthday to Will, 92 today".
const CELEBRATED: &[&str] = &[
    "birthday",
    "anniversary",
    "bday",
    "cumpleaños",
    "anniversaire",
];

/// phi8: words after which a listed first name is the person addressed ("sorry Bruce",
/// "thanks Keisha", "congrats Omar", "gracias Marta", "merci Julie", "danke Jonas").
const ADDRESSED_AFTER: &[&str] = &[
    "sorry",
    "thanks",
    "thank",
    "thx",
    "ty",
    "congrats",
    "congratulations",
    "bye",
    "hey",
    "hi",
    "hello",
    "gracias",
    "merci",
    "danke",
    "спасибо",
    "terima",
    "kasih",
];

/// Irregular past-tense verbs that follow a first name in a report about that person ("Lily
/// lost her first tooth"); regular ones are told by their "-ed".
const PAST: &[&str] = &[
    "lost", "got", "had", "came", "was", "made", "took", "went", "broke", "brought", "left", "ran",
    "sat", "said", "told", "wore", "paid", "won", "beat", "drew", "fell", "gave", "slept", "ate",
    "felt", "kept", "swore", "bit", "threw", "wrote", "sent", "showed", "finally", "just",
];

/// phi7: names told by the position they stand in rather than by a greeting, so that a name
/// which is also an ordinary word ("Will", "Grace", "Lily") counts only where a name goes:
/// - a vocative opening the sentence before a dash or colon ("Derek — you were a champ");
/// - after a celebration and "to", before a comma or the end ("Happy birthday to Will, 92");
/// - after a caption word and a colon ("Pictured: Jada and her new braces");
/// - after an interjection and a comma ("Ugh, Brian paid late AGAIN");
/// - opening a sentence before a past-tense verb whose rest points at the same person
///   ("Lily lost her first tooth", not "Will you join us?" nor "Grace under pressure");
/// - a listed name's possessive opening a sentence about that person ("Ana's chart number is
///   ..., can the desk pull it for her").
fn positioned_names(
    text: &str,
    toks: &[Token],
    sentences: &[(usize, usize)],
    out: &mut Vec<Ident>,
) {
    // Each token lower-cased once: the position tests below look at neighbours repeatedly.
    let lower: Vec<String> = toks.iter().map(|t| t.text.to_lowercase()).collect();
    let low = |k: usize| lower[k].as_str();
    let third = |rest: &str| {
        let r = format!(" {} ", rest.to_lowercase());
        [
            " her ", " his ", " she ", " he ", " him ", " her,", " him,", " him.", " her.",
            " she's ", " he's ",
        ]
        .iter()
        .any(|w| r.contains(w))
    };
    let past = |w: &str| (w.ends_with("ed") && w.len() > 3) || PAST.contains(&w);
    for &(s, e) in sentences {
        let lo = toks.partition_point(|t| t.start < s);
        let hi = toks.partition_point(|t| t.end <= e).max(lo);
        if hi <= lo {
            continue;
        }
        let f = &toks[lo];
        let after_first = text[f.end..e].trim_start_matches(' ');
        // Only spaces and an opening "¡", "¿" or quote before the first word.
        let opens = text[s..f.start]
            .chars()
            .all(|c| c.is_whitespace() || matches!(c, '¡' | '¿' | '"' | '“'));
        // Vocative before a dash or colon ("Derek — you were a champ"), a name alone as its
        // sentence ("Nadia! You rocked it"), or after "¡" before a comma ("¡Camila, lo
        // lograste!").
        let alone = hi == lo + 1 && after_first.starts_with('!');
        let comma_lead = text[s..f.start].contains(['¡', '¿']) && after_first.starts_with(',');
        if opens
            && shown_name(f)
            && (["—", "–", "- ", ":"]
                .iter()
                .any(|d| after_first.starts_with(d))
                || alone
                || comma_lead)
            && !CAPTIONS.contains(&low(lo))
        {
            out.push(ident(text, f.start, f.end));
        }
        // A name with its patronymic: "Мария Ивановна", "Иван Петрович".
        for k in lo..hi.saturating_sub(1) {
            let (a, b) = (&toks[k], &toks[k + 1]);
            let patronymic = ["овна", "евна", "ична", "ович", "евич", "ьич"]
                .iter()
                .any(|x| b.text.ends_with(x));
            if patronymic
                && &text[a.end..b.start] == " "
                && is_capitalised(a.text)
                && is_capitalised(b.text)
                && a.text
                    .chars()
                    .all(|c| ('\u{0400}'..='\u{04FF}').contains(&c))
            {
                out.push(ident(text, a.start, b.end));
            }
        }
        for k in lo..hi {
            let t = &toks[k];
            if !first_name_any(t) {
                continue;
            }
            let next = text[t.end..e].trim_start();
            let closes = next.is_empty()
                || next.starts_with([',', '!', '.', '?', '('])
                || next.starts_with("and ")
                || next.starts_with("&");
            // "Happy birthday to Will,", "Happy 91st to Dot!": the celebrated person.
            let ordinal = |w: &str| {
                w.len() > 2
                    && w.starts_with(|c: char| c.is_ascii_digit())
                    && ["st", "nd", "rd", "th"].iter().any(|x| w.ends_with(x))
            };
            if k >= lo + 2
                && low(k - 1) == "to"
                && (CELEBRATED.contains(&low(k - 2)) || ordinal(low(k - 2)))
                && closes
            {
                out.push(ident(text, t.start, name_end(toks, k, text)));
                continue;
            }
            // phi8: "I'm sorry Bruce.", "thanks Keisha!", "congrats Omar": a listed first name
            // (not an ordinary word) called out right after an apology, thanks or cheer with
            // no comma, closing its clause.
            if k > lo
                && ADDRESSED_AFTER.contains(&low(k - 1))
                && &text[toks[k - 1].end..t.start] == " "
                && listed_name(t)
                && closes
            {
                out.push(ident(text, t.start, name_end(toks, k, text)));
                continue;
            }
            // "Baby June arrived", "Granny Rose (102)": a kin title before a first name.
            if k > lo
                && KIN_TITLES.contains(&low(k - 1))
                && &text[toks[k - 1].end..t.start] == " "
                && toks[k - 1].text.starts_with(char::is_uppercase)
            {
                out.push(ident(text, t.start, name_end(toks, k, text)));
                continue;
            }
            // "Feel better, Hope!", "Get well soon, Grace.": a wish called out to a name.
            if k + 1 == hi
                && k >= lo + 2
                && text[toks[k - 1].end..t.start].trim() == ","
                && closes
                && WISHES
                    .iter()
                    .any(|w| text[s..toks[k - 1].end].to_lowercase().contains(w))
            {
                out.push(ident(text, t.start, t.end));
                continue;
            }
            // "Pictured: Jada and ...".
            if k > lo
                && CAPTIONS.contains(&low(k - 1))
                && text[toks[k - 1].end..t.start].trim() == ":"
                && (closes || t.text.ends_with("'s") || t.text.ends_with("’s"))
            {
                out.push(ident(text, t.start, name_end(toks, k, text)));
                continue;
            }
            // "Ugh, Brian paid ...": a listed name (not an ordinary word) after an interjection.
            if k == lo + 1
                && INTERJECTIONS.contains(&low(lo))
                && text[toks[lo].end..t.start].trim() == ","
                && listed_name(t)
                && toks
                    .get(k + 1)
                    .is_some_and(|n| n.end <= e && n.text.starts_with(char::is_lowercase))
            {
                out.push(ident(text, t.start, name_end(toks, k, text)));
                continue;
            }
            if k != lo {
                continue;
            }
            // "Lily lost her first tooth": the name, a past-tense verb, the same person after.
            if let Some(n) = toks
                .get(k + 1)
                .filter(|n| n.end <= e && &text[t.end..n.start] == " ")
            {
                let v = low(k + 1);
                if past(v) && third(&text[n.end..e]) {
                    out.push(ident(text, t.start, t.end));
                    continue;
                }
                // "Jorge and Ana welcomed twins here": two listed first names, a past verb.
                if v == "and" && listed_name(t) {
                    let pair = toks.get(k + 2).filter(|m| m.end <= e && listed_name(m));
                    let verb = toks.get(k + 3).filter(|w| w.end <= e).map(|_| low(k + 3));
                    if let (Some(m), Some(w)) = (pair, verb) {
                        if past(w) {
                            out.push(ident(text, t.start, t.end));
                            out.push(ident(text, m.start, m.end));
                            continue;
                        }
                    }
                }
                // "Ana's chart number is ..., ... for her 3:30".
                if (t.text.ends_with("'s") || t.text.ends_with("’s"))
                    && shown_name(t)
                    && !org_possessive(t.text)
                    && n.text.starts_with(char::is_lowercase)
                    && third(&text[n.end..e])
                {
                    out.push(ident(text, t.start, t.end));
                }
            }
        }
    }
}

/// Kin titles written before a first name: "Baby June", "Granny Rose", "Uncle Ray".
const KIN_TITLES: &[&str] = &[
    "baby", "granny", "grandma", "grandpa", "nana", "nanna", "papa", "auntie", "aunt", "uncle",
    "lil", "abuela", "abuelo", "tía", "tío", "mamie", "papi", "oma", "opa",
];

/// Wishes that call out to a name at the end of a sentence: "Feel better, Hope!".
const WISHES: &[&str] = &[
    "feel better",
    "get well",
    "good luck",
    "congrats",
    "congratulations",
    "happy birthday",
    "see you",
    "take care",
    "welcome back",
    "welcome home",
    "hang in there",
    "miss you",
    "proud of you",
    "well done",
    "great job",
    "you did it",
];

/// A capitalised word the first-name list holds, whatever else it is ("Will", "Grace", "Ana"):
/// only for positions where nothing but a name fits ([`positioned_names`]).
fn first_name_any(t: &Token) -> bool {
    let l = t.text.to_lowercase();
    let l = l.trim_end_matches("'s").trim_end_matches("’s");
    is_capitalised(t.text) && t.text.chars().count() >= 2 && lexicon().first(l).is_some()
}

/// Public role titles written before a surname ("Coach Dawson", "Pastor Kim", "Mayor Reyes").
const ROLE_TITLES: &[&str] = &[
    "coach",
    "pastor",
    "principal",
    "mayor",
    "officer",
    "chief",
    "judge",
    "senator",
    "reverend",
    "rev",
    "governor",
    "sheriff",
    "captain",
    "professor",
    "prof",
    "councilman",
    "councilwoman",
    "commissioner",
    "sergeant",
    "sgt",
    "deputy",
    "rabbi",
    "imam",
    "father",
    "president",
];

/// phi7: true when `after` (the text after a name) makes the name an animal's or a mascot's:
/// "Milo the tooth mascot", "Bubbles the fish", "Biscuit, our therapy dog".
pub fn mascot_after(after: &str) -> bool {
    static RE: OnceLock<regex::Regex> = OnceLock::new();
    RE.get_or_init(|| {
        regex::Regex::new(
            r"(?i)^,?\s+(?:the|our)\s+(?:[\w-]+\s+){0,2}(?:mascot|dog|puppy|cat|kitten|fish|goldfish|turtle|tortoise|hamster|bunny|rabbit|bear|teddy|robot|puppet|parrot|bird|lizard|horse|pony|therapy dog|service dog|tooth fairy|elf)\b",
        )
        .unwrap()
    })
    .is_match(after)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::disclosure::cues::cues;

    /// mend14: a family term is a kin word of the name recognizer or one of `FAMILY`.
    #[test]
    fn family_terms_from_both_lists() {
        for w in [
            "husband", "esposa", "anak", "abuela", "tante", "дочь", "fiance",
        ] {
            assert!(is_family(w), "{w}");
        }
        assert!(!is_family("widow") && !is_family("Husband"));
    }

    /// The names found in an English reply to `author`.
    fn names<'a>(text: &'a str, author: &str) -> Vec<&'a str> {
        names_by(text, author, "en")
    }

    /// The names found in a reply in `lang`, each span once, in order.
    fn names_by<'a>(text: &'a str, author: &str, lang: &str) -> Vec<&'a str> {
        let s = crate::disclosure::sentences(text);
        let mut v: Vec<(usize, usize)> = find(text, author, &s, cues(lang))
            .into_iter()
            .map(|i| (i.start, i.end))
            .collect();
        v.sort();
        v.dedup();
        v.into_iter().map(|(a, b)| &text[a..b]).collect()
    }

    #[test]
    fn greeting_vocative_title_family_possessive() {
        assert_eq!(names("Hi Derek, sorry about the wait.", ""), vec!["Derek"]);
        assert_eq!(
            names("Thanks, Priya, hope it feels good!", ""),
            vec!["Priya"]
        );
        assert_eq!(names("Dear Mrs. Ortiz, thank you.", ""), vec!["Mrs. Ortiz"]);
        assert_eq!(
            names("Robert, our records show otherwise.", ""),
            vec!["Robert"]
        );
        assert_eq!(names("See you soon, Nina!", ""), vec!["Nina"]);
        assert_eq!(names("Say hi to your husband Tom.", ""), vec!["Tom"]);
        assert_eq!(names("Here's Kayla's x-ray.", ""), vec!["Kayla"]);
        assert_eq!(names("Great to hear, linda!", "Linda K."), vec!["linda"]);
    }

    fn names_in<'a>(text: &'a str, lang: &str) -> Vec<&'a str> {
        names_by(text, "", lang)
    }

    #[test]
    fn lower_case_name_after_a_greeting() {
        assert_eq!(
            names("hey jess lol u left ur scarf at the desk", ""),
            vec!["jess"]
        );
        // Ordinary words and pet names after a greeting are not names.
        assert!(names("hey honey lol u left ur scarf", "").is_empty());
        assert!(names("hey guys, we are open late today", "").is_empty());
        assert!(names("hi there, we are open late today", "").is_empty());
    }

    #[test]
    fn listed_name_a_few_words_after_a_photo_word() {
        assert_eq!(
            names("Check out these photos from Lucy's braces reveal!", ""),
            vec!["Lucy"]
        );
        assert_eq!(
            names_in("Mira la foto del antes y después de Carmen", "es"),
            vec!["Carmen"]
        );
        // A place after the photo word is not a person.
        assert!(names("Check out these photos from Lakeside Park!", "").is_empty());
        assert_eq!(
            names_in("Vorher-Nachher-Foto von Felix nach dem Bleaching!", "de"),
            vec!["Felix"]
        );
    }

    #[test]
    fn a_found_name_is_the_same_person_later() {
        assert_eq!(
            names(
                "Hi Derek! So glad the crown fits. Tell Derek we said hi.",
                ""
            ),
            vec!["Derek", "Derek"]
        );
        // Only the found word is carried, not other capitalised words.
        assert_eq!(
            names("Hi Derek! Lakeside Park is lovely.", ""),
            vec!["Derek"]
        );
    }

    #[test]
    fn cheers_texting_openers_and_families() {
        assert_eq!(
            names("So proud of Liam, he walked out on crutches today.", ""),
            vec!["Liam"]
        );
        assert_eq!(
            names("Shoutout to Jake for being so brave.", ""),
            vec!["Jake"]
        );
        assert_eq!(
            names("ok daniel we moved ur appt to thurs", ""),
            vec!["daniel"]
        );
        assert_eq!(
            names("The Nguyen family came in for flu shots today!", ""),
            vec!["Nguyen"]
        );
        assert_eq!(
            names("Thinking of the Hendersons this week.", ""),
            vec!["Hendersons"]
        );
        // Ordinary words after the same cues are not names.
        assert!(names("So proud of everyone who ran the 5K!", "").is_empty());
        assert!(names("ok so we moved the flu clinic to thurs", "").is_empty());
        assert!(names("The Lakeside family of clinics is growing.", "").is_empty());
        assert!(names("Prayers for the Hendersons' youngest.", "").is_empty());
    }

    #[test]
    fn a_saints_name_is_a_place() {
        assert!(names("The choir at St. Luke's sang at our open house.", "").is_empty());
        assert_eq!(names("Here's Luke's x-ray.", ""), vec!["Luke"]);
    }

    #[test]
    fn an_organisation_or_office_possessive_is_not_a_name() {
        assert!(names("The Lakeside Fire Department's open house is Saturday.", "").is_empty());
        assert!(names("Proud sponsor of the Westfield Rotary Club's golf day.", "").is_empty());
        assert!(names("Thank you, Mayor's Office, for the proclamation.", "").is_empty());
        // A person's possessive keeps its place.
        assert_eq!(names("The Club met Nora's mom.", ""), vec!["Nora"]);
    }

    #[test]
    fn arabic_roles_after_thanks_are_not_names() {
        assert!(names_in("شكرا لإمام مسجد الحي على استضافة يوم الصحة.", "ar").is_empty());
        assert!(names_in("شكرا لصاحب مخبز الحي على الفطور.", "ar").is_empty());
        assert_eq!(names_in("شكرا لأحمد على كلماته.", "ar"), vec!["لأحمد"]);
    }

    #[test]
    fn common_openers_are_not_names() {
        assert!(names("Thanks, everyone! Sorry, we are closed Monday.", "").is_empty());
        assert!(names("Hello, we are open today.", "").is_empty());
        assert!(names("Thank you for the review.", "").is_empty());
    }
}
