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
use std::collections::HashMap;

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
        NameLexicon::from_lists(
            include_str!("../../data/names/first.txt"),
            include_str!("../../data/names/last.txt"),
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

    /// Known as a first name or surname that is not also an ordinary English word.
    fn clear(&self, lower: &str) -> bool {
        let f = self.first(lower);
        let l = self.last(lower);
        (f.is_some() || l.is_some()) && !f.is_some_and(|x| x.word) && !l.is_some_and(|x| x.word)
    }

    fn known(&self, lower: &str) -> bool {
        self.first.contains_key(lower) || self.last.contains_key(lower)
    }
}

/// Titles that announce a name (lower case, without the final dot).
const TITLES: &[&str] = &[
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

/// Words after which a capitalised word is very likely a name.
const CUES: &[&str] = &[
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
    "husband",
    "wife",
    "son",
    "daughter",
    "mother",
    "mom",
    "mum",
    "father",
    "dad",
    "brother",
    "sister",
    "grandson",
    "granddaughter",
    "grandma",
    "grandpa",
    "grandmother",
    "grandfather",
    "partner",
    "fiancé",
    "fiancée",
    "kid",
    "baby",
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
    "esposo",
    "esposa",
    "hijo",
    "hija",
    "mari",
    "femme",
    "fils",
    "fille",
    "mann",
    "frau",
    "sohn",
    "tochter",
    "suami",
    "istri",
    "anak",
];

/// Capitalised words that are never person names here, even if a surname somewhere.
const NOT_NAMES: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
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
];

pub struct Names {
    lex: NameLexicon,
}

impl Names {
    pub fn new() -> Names {
        Names {
            lex: NameLexicon::builtin(),
        }
    }

    pub fn with_lexicon(lex: NameLexicon) -> Names {
        Names { lex }
    }
}

fn is_cap(t: &str) -> bool {
    t.chars().next().is_some_and(char::is_uppercase) && t.chars().any(char::is_lowercase)
}

/// A single capital letter followed by a dot: a middle initial ("D.").
fn is_initial(text: &str, t: &Token) -> bool {
    t.text.chars().count() == 1
        && t.text.chars().all(char::is_uppercase)
        && text[t.end..].starts_with('.')
}

/// True if only spaces (no line break, no punctuation) lie between two tokens, allowing the
/// dot of an initial.
fn joined(text: &str, a: &Token, b: &Token) -> bool {
    let gap = &text[a.end..b.start];
    let gap = gap.strip_prefix('.').unwrap_or(gap);
    !gap.is_empty() && gap.chars().all(|c| c == ' ' || c == '\u{a0}')
}

/// True if the token starts a sentence: only spaces, quotes or bullets since a sentence end,
/// a line break, or the start of the text.
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

impl Recognizer for Names {
    fn name(&self) -> &'static str {
        "names"
    }

    fn find(&self, text: &str, out: &mut Vec<Ident>) {
        let toks = tokens(text);
        let lower: Vec<String> = toks.iter().map(|t| t.text.to_lowercase()).collect();
        let mut i = 0;
        while i < toks.len() {
            let t = &toks[i];
            if !is_cap(t.text)
                || NOT_NAMES.contains(&lower[i].as_str())
                || TITLES.contains(&lower[i].as_str())
            {
                i += 1;
                continue;
            }
            // Extend the run over capitalised words and initials joined by spaces.
            let mut j = i + 1;
            while j < toks.len()
                && joined(text, &toks[j - 1], &toks[j])
                && (is_cap(toks[j].text) || is_initial(text, &toks[j]))
                && !NOT_NAMES.contains(&lower[j].as_str())
                && j - i < 4
            {
                j += 1;
            }
            // Do not end on an initial.
            let mut end = j;
            while end > i + 1 && is_initial(text, &toks[end - 1]) {
                end -= 1;
            }
            let run = i..end;
            let words: Vec<&str> = run.clone().map(|k| lower[k].as_str()).collect();
            let has_initial = (i..end).any(|k| is_initial(text, &toks[k]));
            // What comes before: a title, a cue word.
            let prev = (i > 0).then(|| lower[i - 1].as_str());
            let prev_joined = i > 0 && {
                let gap = &text[toks[i - 1].end..t.start];
                gap.len() <= 3 && !gap.contains('\n')
            };
            let titled = prev_joined && prev.is_some_and(|p| TITLES.contains(&p));
            let cued = prev_joined && prev.is_some_and(|p| CUES.contains(&p))
                || i > 1 && lower[i - 1] == "is" && lower[i - 2] == "name"
                || i > 1
                    && lower[i - 1] == "me"
                    && matches!(lower[i - 2].as_str(), "call" | "calls");
            let next_joined = toks.get(end).filter(|n| joined(text, &toks[end - 1], n));
            let prev_is_number = i > 0
                && toks[i - 1].text.starts_with(|c: char| c.is_ascii_digit())
                && joined(text, &toks[i - 1], t);
            // "Smith Dental", "Koskikatu 25", "6750 Koskikatu": an organisation or a street.
            let org_after = next_joined.is_some_and(|n| {
                ORG_AFTER.contains(&lower[end].as_str())
                    || n.text.starts_with(|c: char| c.is_ascii_digit())
            }) || prev_is_number;
            let clear: Vec<bool> = words.iter().map(|w| self.lex.clear(w)).collect();
            let known: Vec<bool> = words.iter().map(|w| self.lex.known(w)).collect();
            let n = words.len();
            let initial_pos = sentence_initial(text, t.start);
            let score = if org_after {
                0.0
            } else if titled || cued {
                0.85
            } else if has_initial && n >= 3 {
                0.85
            } else if n >= 2
                && clear.iter().any(|&c| c)
                && known.iter().filter(|&&k| k).count() >= 1
                && (known.iter().all(|&k| k) || !initial_pos || clear[0])
            {
                0.8
            } else if n >= 2 && known.iter().all(|&k| k) && !initial_pos {
                0.6
            } else if n == 1 && self.lex.first(words[0]).is_some_and(|f| !f.word) && clear[0] {
                if initial_pos {
                    // "Derek called": accept a clear first name followed by a lower-case word.
                    let next_lower = toks.get(i + 1).is_some_and(|n| {
                        n.text.starts_with(|c: char| c.is_lowercase()) && joined(text, t, n)
                    });
                    if next_lower {
                        0.55
                    } else {
                        0.0
                    }
                } else {
                    0.7
                }
            } else if n == 1 && clear[0] && !initial_pos {
                0.55
            } else {
                0.0
            };
            if score > 0.0 {
                out.push(Ident {
                    entity: Entity::Name,
                    start: toks[i].start,
                    end: toks[end - 1].end,
                    score,
                    recognizer: "names",
                });
            }
            i = j.max(i + 1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
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
            vec!["Faina D. Yefremova's"]
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
