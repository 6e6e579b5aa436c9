//! Ages of a person: "92-year-old", "aged 95", "age 95", "at the age of 71", "95 years old",
//! "95 y/o", "turned 100", and "92 años", "92 ans", "92 Jahre alt", "92 года", "92 tahun",
//! "92 عامًا". Age ranges about groups ("adults 45 and older", "ages 45-65", "over 65") are not
//! the age of a person and are not reported; durations ("hace 5 años", "seit 20 Jahren") lower
//! the bare foreign forms below the threshold.

use super::{context_score, Ident, Recognizer};
use crate::finding::Entity;
use regex::Regex;

pub struct Age {
    re: Regex,
    group: Regex,
    anniversary: Regex,
    said: Regex,
    place_subject: Regex,
    group_noun: Regex,
}

const DURATION: &[&str] = &[
    "ago",
    "for",
    "hace",
    "durante",
    "desde",
    "depuis",
    "pendant",
    "il y a",
    "seit",
    "vor",
    "für",
    "назад",
    "через",
    "за",
    "уже",
    "selama",
    "lalu",
    "sejak",
    "منذ",
    "experience",
    "anniversary",
    "married",
    "warranty",
];

impl Age {
    pub fn new() -> Age {
        Age {
            // ASCII `\b` only next to digits and ASCII words (see `super::ascii_b`); matches
            // are checked with `super::bounded`.
            re: Regex::new(&super::ascii_b(
                r"(?xi)
                (?P<strong>
                  \b\d{1,3}[\s-]?(?:years?|yrs?|yo|y/o|y\.o\.|months?|weeks?)[\s-]?old\b
                | \b\d{1,3}\s?(?:y/o|yo|y\.o\.)(?:\b|\s|$)
                | \b\d{1,3}\s?years?\s+of\s+age\b
                | \b(?:aged?|age\s+of|turned|turning|turns|turn)\s+\d{1,3}\b
                | \b\d{1,3}(?:st|nd|rd|th)\s+birthday\b
                | \b\d{1,3}\s+candles\b
                | \b\d{1,3}\.?\s+geburtstag\b
                | \b\d{1,3}(?:e|ème|eme)\s+anniversaire\b
                | cumpleaños\s+(?:número\s+)?\d{1,3}\b
                # relrec10: cumplió 96, a cumplir 100: the Spanish verb of a
                # birthday, only over 89 (an age that needs no owner); younger
                # ages come with años and take the bare path.
                | \b(?:cumplió|cumple|cumplirá|a\s+cumplir)\s+(?:9\d|1[01]\d)(?:\s+años)?\b
                | ulang\s+tahun\s+ke-?\d{1,3}\b
                | \b\d{1,3}-?(?:летием|летие|летия)
                | \bwhen\s+(?:he|she|i|they|we|you)\s+(?:was|were|is|are|turned)\s+\d{1,3}\b
                | \b\d{1,3}[\s-]?(?:jährigen|jähriger|jährigem|jähriges|jährige|летнего|летний|летняя|летней|летнюю)
                | \b\d{1,3}\s+jahre?n?\s+alt\b
                # wird heute 100 (phi7): a German
                # birthday number after its verb; whose it is, the analysis decides.
                | \b(?:wird|wurde)\s+(?:heute\s+|morgen\s+|diese\s+woche\s+)?(?:9\d|1[01]\d)(?:\b|!)
                | (?:im\s+alter\s+von|в\s+возрасте|à\s+l'âge\s+de|a\s+la\s+edad\s+de|berusia|umur|usia|âgée?\s+de|عمره|عمرها)\s+\d{1,3}\b
                )
                | (?P<bare>\b\d{1,3}\s+(?:años|ans|jahren|jahre|года|год|лет|tahun|عامًا|عاماً|عاما|عام|سنة|سنوات))
                ",
            ))
            .unwrap(),
            // "ihr 10-jähriges Bestehen", "our 20-year-old practice": the age of a place.
            anniversary: Regex::new(
                r"(?i)^\s*(?:bestehen|jubiläum|firmenjubiläum|praxisjubiläum|anniversary|practice|clinic|office|building|business|юбилей|клиник\w*|de\s+(?:la\s+|l[\x27’]|notre\s+|nuestra\s+|du\s+)?(?:pharmacie|clinique|cabinet|mairie|école|boulangerie|association|village|ville|hôpital|clínica|farmacia|escuela|panadería))",
            )
            .unwrap(),
            // "You're 34, so...", "she's 91 and", "our oldest patient, 98", "98 and sharp as a
            // tack": a bare number said to be a person's age.
            said: Regex::new(
                r"(?i)\b(?:you\x27re|you’re|you are|you were|ur|she\x27s|she’s|she is|she was|he\x27s|he’s|he is|he was)\s+(?:only\s+|just\s+|now\s+|almost\s+|nearly\s+)?(\d{1,3})(?:\s*[,.;!?]|\s*$|\s+(?:now|and|so|but|years?|yrs)\b)|\b(?:oldest|youngest)\s+(?:\w+\s+)?(?:patient|member|resident|client|friend|visitor|fan)s?\s*,\s*(?:age\s+|aged\s+)?(\d{1,3})\b|(?:^|[.!?]\s+)(\d{2,3})\s+and\s+(?:still|sharp|going strong|counting|thriving|fabulous|fierce|feisty)\b|\b(?:your|ur|her|his|their|my)\s+(?:son|daughter|kid|child|boy|girl|mom|mother|dad|father|husband|wife|grandma|grandpa|grandmother|grandfather|baby|toddler|brother|sister)\s+(?:is|was|turns|turned|just turned)\s+(?:only\s+|just\s+|now\s+)?(\d{1,3})\b(?:\s*[,.;!?]|\s*$|\s+(?:now|and|so|but|years?|yrs|today|this)\b)|\b(?:celebrat\w+|turn\w*|mark\w*)\s+(?:her|his|their|your)\s+(\d{2,3})(?:st|nd|rd|th)\b|\b(?:er|sie)\s+ist\s+(?:jetzt\s+|schon\s+|erst\s+)?(\d{2,3})(?:\s*[,.;!?]|\s+(?:und|jahre)\b)|(?:^|[\s,.!?])(?:ей|ему)\s+(?:уже\s+)?(\d{2,3})(?:\s*[,.;!?]|\s+(?:и|лет|года)(?:$|[\s,.!?]))|\b(?:él|ella)\s+tiene\s+(\d{2,3})\b|\b(?-i:\p{Lu})\p{Ll}+\s+\((9\d|1[01]\d)\)",
            )
            .unwrap(),
            // The text just before "turns 30" names a place or business as its subject.
            place_subject: Regex::new(
                r"(?i)\b(?:office|practice|clinic|building|business|hospital|center|centre|pharmacy|lab|company|location|branch|praxis|klinik|clínica|consultorio|cabinet|клиника|офис)\s+(?:(?:just|officially|finally|now|will|is|has|also|quietly|proudly)\s+){0,2}$",
            )
            .unwrap(),
            // A plural group noun right before the age: "у детей 7 лет", "kids 7 years old".
            group_noun: Regex::new(
                r"(?i)(?:\b(?:children|kids|toddlers|teens|teenagers|babies|adults|seniors|students|niños|niñas|enfants|kinder|anak-anak|anak|детей|дети|детям|детьми|подростков|взрослых)|الأطفال|أطفال)\s*$",
            )
            .unwrap(),
            // Group ages: "45 and older", "65+", "ages 45-65", "over 65", "under 18".
            group: Regex::new(
                r"(?i)^(?:\s+(?:bulan|tahun|months?|years?|meses|mois|monate))?(?:\s*(?:\+|and\s+(?:older|over|up|above|under|younger)|or\s+(?:older|over|younger)|to\s+\d|-\s?\d|y\s+más|et\s+plus|und\s+älter|и\s+старше|ke\s+atas))",
            )
            .unwrap(),
        }
    }
}

impl Recognizer for Age {
    fn name(&self) -> &'static str {
        "age"
    }

    fn find(&self, text: &str, out: &mut Vec<Ident>) {
        for c in self.re.captures_iter(text) {
            let m = c.get(0).unwrap();
            let (s, e) = (
                m.start(),
                m.end() - (m.as_str().len() - m.as_str().trim_end().len()),
            );
            let num: u32 = m
                .as_str()
                .chars()
                .skip_while(|c| !c.is_ascii_digit())
                .take_while(char::is_ascii_digit)
                .collect::<String>()
                .parse()
                .unwrap_or(999);
            if num > 125
                || self.group.is_match(&text[e..])
                || self.anniversary.is_match(&text[e..])
                || !super::bounded(text, s, e)
            {
                continue;
            }
            let before = text[super::floor_char(text, s.saturating_sub(12))..s].to_lowercase();
            let before = before.trim_end();
            if [
                "over",
                "under",
                "ages",
                "mayores de",
                "más de",
                "plus de",
                "über",
                "ab",
                "старше",
                "от",
            ]
            .iter()
            .any(|w| before.ends_with(w))
            {
                continue;
            }
            // "the practice on its 25th birthday", "our 10th birthday as a clinic": the age of a
            // thing; "Turning 50? Screening starts at 45": a question to every reader.
            let said = &text[s..e].to_lowercase();
            if before.ends_with("its")
                || (said.starts_with("turn") && text[e..].trim_start().starts_with('?'))
            {
                continue;
            }
            // "our office turns 30", "the clinic turned 25": a place or business as the subject of
            // the age; "у детей 7 лет", "kids 7 years old often": a plural group's age (education).
            let wide = &text[super::floor_char(text, s.saturating_sub(48))..s];
            if (said.starts_with("turn") && self.place_subject.is_match(wide))
                || self.group_noun.is_match(wide)
            {
                continue;
            }
            let score = if c.name("strong").is_some() {
                0.85
            } else {
                context_score(text, s, e, 0.6, &[], DURATION, 0.3)
            };
            // Not `Ident::at`: the span stops before the match's trailing white space.
            out.push(Ident {
                entity: Entity::Age,
                start: s,
                end: e,
                score,
                recognizer: self.name(),
            });
        }
        for c in self.said.captures_iter(text) {
            let Some(m) = c.iter().skip(1).flatten().next() else {
                continue;
            };
            let n: u32 = m.as_str().parse().unwrap_or(999);
            // Below 13 it is as often a count ("you're 5 minutes late" is caught by the
            // unit, "he's 2" is a toddler's age but rare in replies).
            if (13..=125).contains(&n)
                && !out.iter().any(|i| i.start < m.end() && m.start() < i.end)
            {
                out.push(Ident::at(Entity::Age, m, 0.75, self.name()));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::finding::Entity;
    use crate::recognizers::test_util::found_kind;

    fn ages(t: &str) -> Vec<String> {
        found_kind(t, Entity::Age)
    }

    #[test]
    fn a_number_said_to_be_a_persons_age() {
        assert_eq!(ages("You're 34, so we waited"), vec!["34"]);
        assert_eq!(ages("she's 91 and still walks"), vec!["91"]);
        assert_eq!(ages("you're 5 minutes late"), Vec::<String>::new());
        assert_eq!(ages("he is 40 minutes away"), Vec::<String>::new());
        assert_eq!(ages("to our oldest patient, 102 today"), vec!["102"]);
        assert_eq!(ages("Your daughter is 16, so she can sign"), vec!["16"]);
        assert_eq!(ages("She just celebrated her 100th with us"), vec!["100"]);
        assert_eq!(
            ages("Your mom is a delight! 98 and sharp as a tack"),
            vec!["98"]
        );
    }

    #[test]
    fn a_place_turning_an_age_or_a_groups_age_is_not_a_persons() {
        assert_eq!(
            ages("Believe it or not, our office turns 30 this year!"),
            Vec::<String>::new()
        );
        assert_eq!(
            ages("Our Main St. clinic just turned 25"),
            Vec::<String>::new()
        );
        assert_eq!(
            ages("Молочные зубы у детей 7 лет часто начинают шататься — это нормально."),
            Vec::<String>::new()
        );
        assert_eq!(
            ages("Kids 7 years old often lose teeth"),
            Vec::<String>::new()
        );
        // A person turning an age, or one child's age, is still an age.
        assert_eq!(ages("Your mom turns 95 this week"), vec!["turns 95"]);
        assert_eq!(
            ages("Happy turning 50 to our Tuesday regular"),
            vec!["turning 50"]
        );
        assert_eq!(ages("Вашей дочери 7 лет"), vec!["7 лет"]);
    }

    #[test]
    fn the_age_of_a_place_is_not_a_persons() {
        assert_eq!(
            ages("feiert ihr 10-jähriges Bestehen"),
            Vec::<String>::new()
        );
        assert_eq!(ages("our 20-year-old practice"), Vec::<String>::new());
        assert_eq!(ages("Unsere 98-jährige Patientin"), vec!["98-jährige"]);
        assert_eq!(
            ages("Congrats to our practice on its 25th birthday"),
            Vec::<String>::new()
        );
        assert_eq!(
            ages("Turning 50? Screening starts at 45."),
            Vec::<String>::new()
        );
        assert_eq!(
            ages("Happy turning 50 to our Tuesday regular"),
            vec!["turning 50"]
        );
    }

    #[test]
    fn english_forms() {
        assert_eq!(ages("our 92-year-old patient"), vec!["92-year-old"]);
        assert_eq!(ages("This 74 year old female"), vec!["74 year old"]);
        assert_eq!(ages("aged 95, she"), vec!["aged 95"]);
        assert_eq!(ages("at age 95"), vec!["age 95"]);
        assert_eq!(ages("retired at the age of 71"), vec!["age of 71"]);
        assert_eq!(ages("he is 95 years old"), vec!["95 years old"]);
        assert_eq!(ages("Grandma turned 100!"), vec!["turned 100"]);
        assert_eq!(ages("I'll turn 21."), vec!["turn 21"]);
        assert_eq!(ages("Written when he was 64."), vec!["when he was 64"]);
        assert_eq!(ages("i'm 54 y/o."), vec!["54 y/o"]);
    }

    #[test]
    fn birthdays_and_candles() {
        assert_eq!(
            ages("Happy 101st birthday to Mrs. Okonkwo!"),
            vec!["101st birthday"]
        );
        assert_eq!(ages("103 candles for Miss Bertie"), vec!["103 candles"]);
        assert_eq!(ages("С 100-летием нашу пациентку"), vec!["100-летием"]);
        assert_eq!(ages("مريضتنا البالغة 96 عاماً خرجت"), vec!["96 عاماً"]);
    }

    #[test]
    fn other_languages() {
        assert_eq!(ages("tiene 92 años"), vec!["92 años"]);
        assert_eq!(ages("elle a 92 ans"), vec!["92 ans"]);
        assert_eq!(ages("sie ist 92 Jahre alt"), vec!["92 Jahre alt"]);
        assert_eq!(ages("ей 92 года"), vec!["92 года"]);
        assert_eq!(ages("usianya 92 tahun"), vec!["92 tahun"]);
    }

    #[test]
    fn group_ages_and_durations_are_not_ages() {
        assert!(ages("adults 45 and older should be screened").is_empty());
        assert!(ages("Los mayores de 65 años pueden").is_empty());
        assert!(ages("Anak usia 6 bulan ke atas dianjurkan").is_empty());
        assert!(ages("everyone age 65+ is eligible").is_empty());
        assert!(ages("ages 45-65 are covered").is_empty());
        assert!(ages("we have served the town for 30 years").is_empty());
        assert!(ages("hace 5 años que trabajamos").is_empty());
        assert!(ages("seit 20 Jahre").is_empty());
    }

    #[test]
    fn ages_said_in_german_russian_and_spanish() {
        assert_eq!(
            ages("Die Dame in Zimmer 7 wird heute 100!"),
            vec!["wird heute 100"]
        );
        assert_eq!(ages("Er ist 97 und kam mit dem Fahrrad!"), vec!["97"]);
        assert_eq!(ages("Ей 96, и она шутит громче всех!"), vec!["96"]);
        assert!(ages("Unser Kurs wird 10 Jahre alt")
            .iter()
            .all(|a| !a.contains("wird")));
        // The age of a place is no person's.
        assert!(ages("les 95 ans de la pharmacie du village").is_empty());
    }
}
