//! Identifiers by their use rather than their form: numbers the recognizers may miss when the
//! reply says what they are ("fax 555-640-1123", "member ID MOL-77120-4", "n° IPP 00481123")
//! and day/time forms of the other languages ("9h15", "jam 09.15", "14. März", "12/03").
//! They go through the allowlist and the patient-tie analysis like recognizer identifiers.

use crate::finding::Entity;
use crate::recognizers::Ident;
use regex::Regex;
use std::sync::OnceLock;

/// Name of these identifiers' source, for `replyguard check`.
pub const RECOGNIZER: &str = "disclosure-hint";

fn ident(entity: Entity, start: usize, end: usize, score: f32) -> Ident {
    Ident {
        entity,
        start,
        end,
        score,
        recognizer: RECOGNIZER,
    }
}

struct Patterns {
    contact: Regex,
    idnum: Regex,
    code: Regex,
    dates: Vec<Regex>,
}

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| Patterns {
        // A contact word, then a number of 7 to 15 digits.
        contact: Regex::new(
            r"(?i)(?:\b(fax|tel|phone|cell|mobile|number|call|text|message|al|au|unter|nomor|hp|wa|di|ke|whatsapp|telp|telepon|celular|móvil|movil|teléfono|portable|téléphone|handy|mobil|cel)\b|на номер|телефон\w*|тел\.|الرقم|رقم|جوال|هاتف|واتساب)\s*[:.]?\s*(\+?\d[\d .()-]{5,18}\d)",
        )
        .unwrap(),
        // An identifier label, then a code with at least four digits and no lower case.
        idnum: Regex::new(
            r"(?:(?i:\b(?:id|sn|s/n|serial|mrn|ipp|rm|nhc|member|afiliado|policy|polis\w*|licen[cs]e|licencia de conducir|licencia|versichertennummer|no\.|n°|nº|claim|chart|acct|account|case|invoice|ref|reference|confirmation|record|dl|plate|badge|ticket|rx|prescription|passport|mbi|npi|expediente|dossier|akte|карт\w*|ملف|rekam medis)\b(?:,?\s*(?i:number|no\.?|#))?|№|#|ОМС|омс|полис\w*|بطاقة التأمين|رقم)\s*[:#]?\s*)([A-Z0-9][A-Z0-9 -]{3,24}[A-Z0-9])",
        )
        .unwrap(),
        // An unlabelled code of capitals and at least five digits ("MOL-77120-4",
        // "XEA902114577"): in a reply about care it is a member, record or account number.
        code: Regex::new(r"\b(?-i:[A-Z]{1,6})-?\d{5,}(?:-?[A-Z0-9]+)*\b|\b(?-i:[A-Z]{1,6})-\d{2,}-\d{2,}(?:-[A-Z0-9]+)*\b")
            .unwrap(),
        dates: [
            r"\b(\d{1,2}h\d{2})\b",
            r"(?i)\b(?:jam|pukul)\s+(\d{1,2}[.:]\d{2})\b",
            r"(?:^|[\s(])(\d{1,2}/\d{1,2})(?:$|[\s.,;!?)])",
            r"(?i)\b((?:the\s+)?(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th))\b",
            r"(?i)\b(\d{1,2}\.\s+(?:{de.months}))\b",
            r"(?i)\b(?:del|de los|el)\s+((?:{es.weekdays}))\b",
            r"(?i)\b(?:in|since|during|from|last|until|by|early|late|mid)\s+((?:{en.months_but_may}))\.?(?:$|[^\w])",
            r"(?i)\b(?:saw|seen|on|last|this past)\s+((?:tues|tue|weds|wed|thurs|thu|fri|mon))\.?(?:$|[^\w])",
            r"(?i)\b(yesterday|last night|last wk)\b",
            // "had a second stroke overnight", "broke overnight": a night in someone's care when
            // a past verb leads to it ("leave it in overnight" is an instruction; clin6).
            // clin16: the other ways to say it (during the night, in the night, in the small or
            // early hours) and the common irregular past verbs ("a stroke hit him during the night").
            r"(?i)\b(?:\w{2,}ed|broke|had|went|came|was|were|stayed|spent|slept|kept|fell|began|got|hit|struck|woke|took|felt|rose|spiked|came on)\s+(?:[\w'’-]+\s+){0,4}?(overnight|during the night|in the night|in the (?:small|early) hours)\b",
            // Relative days and parts of a day, per language: they date a visit only when the
            // clause is about a person (the tie analysis decides), "last week we hosted" stays
            // an event.
            r"(?i)\b((?:last|this past|earlier this)\s+(?:week|month|weekend|spring|summer|fall|autumn|winter|nite)|(?:yesterday|{en.weekdays})\s+(?:morning|afternoon|evening|night)|this\s+(?:morning|afternoon|evening)|earlier today|the other day|(?:a|one|two|three|four|five|a few|a couple of|\d{1,2})\s+(?:days?|weeks?|months?)\s+ago|last\s+(?:{en.weekdays}))\b",
            // Weekdays counted back, holidays (a visit on a holiday is as telling
            // as one on a date; "closed Christmas Eve" stays an event for the tie analysis).
            r"(?i)\b((?:a|one|two|three|four|five|a few|a couple of|\d{1,2})\s+(?:{en.weekday_forms})\s+ago|(?:on\s+|last\s+|over\s+)?(?:christmas eve|christmas day|christmas|new year[\x27’]s (?:eve|day)|halloween|thanksgiving|easter(?: sunday)?|valentine[\x27’]s day|mother[\x27’]s day|father[\x27’]s day|independence day|the fourth of july|july 4th|labor day|memorial day|veterans day))\b",
            r"(?i)(?:^|[^\w])((?:en\s+|el día de\s+)?(?:nochebuena|navidad|año nuevo|nochevieja)|(?:à\s+|le jour de\s+)?(?:noël|nouvel an|la saint-sylvestre)|(?:an\s+|zu\s+)?(?:heiligabend|weihnachten|silvester|neujahr|ostern)|(?:на\s+|в\s+)?(?:рождество|новый год|пасху)|(?:idul fitri|lebaran|natal|tahun baru))(?:$|[^\w])",
            r"((?:ليلة\s+|يوم\s+|في\s+)?(?:عيد الفطر|عيد الأضحى|العيد|رأس السنة)|الساعة\s+(?:\d{1,2}(?::\d{2})?|الواحدة|الثانية|الثالثة|الرابعة|الخامسة|السادسة|السابعة|الثامنة|التاسعة|العاشرة|الحادية عشرة|الثانية عشرة))",
            r"(?i)\b((?:just\s+|right\s+)?(?:after|before|around|past)\s+midnight|at\s+midnight|(?:the\s+)?week\s+of\s+(?:{en.months})\s+\d{1,2})\b",
            r"(?i)\b(tanggal\s+\d{1,2})\b",
            // A month named with "in" in the other languages: "im Juli", "en janvier", "في مارس";
            // clin16: Arabic also "in the month of March" (في شهر مارس) and "during" (خلال).
            r"(?i)(?:^|[^\w])((?:im|seit)\s+(?:{de.months})|en\s+(?:{fr.months_but_mai}|{es.months_but_mayo})|в\s+(?:январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)|(?:pada\s+)?bulan\s+(?:{id.months})|(?:في|منذ|خلال)\s+(?:شهر\s+)?(?:{ar.months}|إبريل))(?:$|[^\w])",
            // Texting shorthand: "this wk", "last yr", "tmrw", "this am".
            r"(?i)\b((?:this|last)\s+(?:wk|am|pm|yr|mo|nite)|tmrw|tmw|2morrow|yday|2nite)\b",
            r"(?i)\b((?:exactly\s+)?(?:one|a|two|three|\d{1,2})\s+years?\s+ago(?:\s+today)?)\b",
            r"(?i)\b(?:venue?s?|passée?s?|vue?s?|reçue?s?|opérée?s?|sortie?s?|arrivée?s?|soignée?s?)\s+(hier)\b",
            r"(?i)\b(a las \d{1,2}(?::\d{2})?|à \d{1,2}h(?:\d{2})?|um \d{1,2}(?::\d{2})?\s*Uhr)(?:$|[^\w])",
            r"(?i)\b(la semana pasada|el mes pasado|el fin de semana pasado|esta mañana|esta tarde|anoche|antier|anteayer|hace (?:un|una|dos|tres|unos|unas|\d{1,2})\s+(?:días?|semanas?|mes(?:es)?))(?:$|[^\w])",
            r"(?i)(?:^|[^\w])(la semaine dernière|le mois dernier|ce matin|cet après-midi|hier (?:matin|soir|après-midi)|avant-hier|il y a (?:un|une|deux|trois|quelques|\d{1,2})\s+(?:jours?|semaines?|mois)|(?:{fr.weekdays})(?: (?:dernier|matin|soir|après-midi))?)(?:$|[^\w-])",
            r"(?i)\b(letzte Woche|letzten Monat|vergangene Woche|vorige Woche|heute (?:Morgen|Vormittag|Nachmittag|früh)|gestern (?:Abend|Morgen|Nachmittag|Vormittag)|vor (?:einem|einer|zwei|drei|ein paar|\d{1,2})\s+(?:Tag(?:en)?|Wochen?|Monat(?:en)?))(?:$|[^\w])",
            r"(?i)(?:^|[^\w])(на прошлой неделе|в прошлом месяце|сегодня утром|вчера (?:утром|вечером|днём|днем)|в (?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)|(?:два|три|несколько|\d{1,2}) (?:дня|дней|недели|недель) назад)(?:$|[^\w])",
            // clin16: a weekday after any part of its day (صباح/مساء/ظهر/ليلة الخميس), not only يوم.
            r"(الأسبوع الماضي|الشهر الماضي|صباح اليوم|هذا الصباح|مساء أمس|صباح أمس|(?:يوم|صباح|مساء|ظهر|ليلة) (?:{ar.weekdays}))",
            r"(?i)\b(minggu lalu|bulan lalu|tadi pagi|tadi siang|tadi malam|kemarin (?:pagi|siang|sore|malam)|(?:{id.weekdays}|minggu) lalu|(?:dua|tiga|beberapa|\d{1,2}) (?:hari|minggu|bulan) (?:lalu|yang lalu))\b",
        ]
        .iter()
        .map(|r| Regex::new(&with_calendar(r)).unwrap())
        .collect(),
    })
}

/// `pattern` with its `{lang.list}` slots filled from `crate::calendar`, so the date hints
/// spell no month or weekday themselves. Some slots leave a word out on purpose: "in May"
/// and "en mai" / "en mayo" are no hint (May is also a name, "en mayo" mostly a plan), and a
/// month there is followed by an optional dot, so the dotted abbreviations are left out too.
/// The Russian months after "в" are the prepositional case ("в марте") and the weekdays
/// there the accusative ("в понедельник", "в среду"), forms the calendar does not all hold,
/// so they stay spelled out; Arabic adds the spelling "إبريل", Indonesian
/// "minggu" (the calendar leaves it out as it also means week; before "lalu" it is Sunday).
fn with_calendar(pattern: &str) -> String {
    use crate::calendar::{AR, DE, EN, ES, FR, ID};
    let all = |_: &str| true;
    let slots = [
        ("{de.months}", alt(&[DE.months], all)),
        ("{es.weekdays}", alt(&[ES.weekdays], all)),
        (
            "{en.months_but_may}",
            alt(&[EN.months, EN.month_forms], |w| {
                w != "may" && !w.ends_with('.')
            }),
        ),
        ("{en.weekdays}", alt(&[EN.weekdays], all)),
        ("{en.weekday_forms}", alt(&[EN.weekday_forms], all)),
        ("{en.months}", alt(&[EN.months], all)),
        ("{fr.months_but_mai}", alt(&[FR.months], |w| w != "mai")),
        ("{es.months_but_mayo}", alt(&[ES.months], |w| w != "mayo")),
        ("{id.months}", alt(&[ID.months], all)),
        ("{ar.months}", alt(&[AR.months], all)),
        ("{fr.weekdays}", alt(&[FR.weekdays], all)),
        ("{ar.weekdays}", alt(&[AR.weekdays], all)),
        ("{id.weekdays}", alt(&[ID.weekdays], all)),
    ];
    let mut out = pattern.to_string();
    for (slot, words) in slots {
        out = out.replace(slot, &words);
    }
    out
}

/// The words of `lists` that `keep` accepts, in order, as a regex alternation (calendar words
/// hold no regex syntax).
fn alt(lists: &[&[&str]], keep: fn(&str) -> bool) -> String {
    let mut out = String::new();
    for w in lists.iter().flat_map(|l| l.iter()).filter(|w| keep(w)) {
        if !out.is_empty() {
            out.push('|');
        }
        out.push_str(w);
    }
    out
}

/// True if a date hint names a holiday ("Christmas Eve", "Navidad", "العيد").
fn holiday(s: &str) -> bool {
    let l = s.to_lowercase();
    [
        "christmas",
        "new year",
        "halloween",
        "thanksgiving",
        "easter",
        "valentine",
        "mother",
        "father",
        "independence",
        "fourth of july",
        "july 4",
        "labor day",
        "memorial day",
        "veterans",
        "navidad",
        "nochebuena",
        "año nuevo",
        "nochevieja",
        "noël",
        "nouvel an",
        "sylvestre",
        "weihnacht",
        "heiligabend",
        "silvester",
        "neujahr",
        "ostern",
        "рождеств",
        "новый год",
        "пасх",
        "idul",
        "lebaran",
        "natal",
        "tahun baru",
        "عيد",
        "رأس السنة",
    ]
    .iter()
    .any(|h| l.contains(h))
}

/// A score out of five or ten ("Rate us 10/10", "gave us 5/5", "9/10 would recommend"): the
/// same digits as a day and month, read as a rating by the words around them.
fn rating(before: &str, m: &str, after: &str) -> bool {
    static BEFORE: OnceLock<Regex> = OnceLock::new();
    static AFTER: OnceLock<Regex> = OnceLock::new();
    m == "10/10"
        || BEFORE
            .get_or_init(|| {
                Regex::new(
                    r"(?i)\b(?:rate|rated|rating|score|scored|give us|gave us|solid|easy|a)\s*$",
                )
                .unwrap()
            })
            .is_match(before)
            && (m.ends_with("/10") || m.ends_with("/5"))
        || AFTER
            .get_or_init(|| Regex::new(r"(?i)^\s*(?:stars?|would|rating|overall)\b").unwrap())
            .is_match(after)
}

/// Identifiers found by their use in `text`.
pub fn find(text: &str) -> Vec<Ident> {
    let p = patterns();
    let mut out = Vec::new();
    for c in p.contact.captures_iter(text) {
        let m = c.get(2).unwrap();
        let digits = m.as_str().chars().filter(char::is_ascii_digit).count();
        // "chart number 00771245", "policy number ...": an identifier's number, not a phone.
        let id_number = c.get(1).is_some_and(|w| {
            w.as_str().eq_ignore_ascii_case("number") && id_word_before(&text[..w.start()])
        });
        if (7..=15).contains(&digits) && !id_number {
            let fax = c
                .get(1)
                .is_some_and(|w| w.as_str().eq_ignore_ascii_case("fax"));
            let e = if fax { Entity::Fax } else { Entity::Phone };
            out.push(ident(e, m.start(), m.end(), 0.7));
        }
    }
    for c in p.idnum.captures_iter(text) {
        let m = c.get(1).unwrap();
        let digits = m.as_str().chars().filter(char::is_ascii_digit).count();
        if digits >= 4 {
            out.push(ident(Entity::OtherId, m.start(), m.end(), 0.7));
        }
    }
    for m in p.code.find_iter(text) {
        if !out
            .iter()
            .any(|i: &Ident| i.start < m.end() && m.start() < i.end)
        {
            out.push(ident(Entity::OtherId, m.start(), m.end(), 0.6));
        }
    }
    for (k, re) in p.dates.iter().enumerate() {
        for c in re.captures_iter(text) {
            let m = c.get(1).unwrap();
            // "Rate us 10/10", "9/10 would recommend": a rating, not a day (clin6).
            if k == 2 && rating(&text[..m.start()], m.as_str(), &text[m.end()..]) {
                continue;
            }
            // An ordinal before "birthday" or "anniversary" is an age or a count, not a day.
            if k == 3 {
                let after = text[m.end()..].trim_start().to_lowercase();
                if [
                    "birthday",
                    "anniversary",
                    "year",
                    "time",
                    "grade",
                    "floor",
                    "place",
                ]
                .iter()
                .any(|w| after.starts_with(w))
                {
                    continue;
                }
                // "the food truck on 5th": a street; a day takes "the" ("on the 5th").
                let before = text[..m.start()].trim_end().to_lowercase();
                if !m.as_str().to_lowercase().starts_with("the")
                    && ["on", "at", "off", "and"].iter().any(|w| {
                        before.ends_with(w)
                            && !before[..before.len() - w.len()].ends_with(char::is_alphanumeric)
                    })
                {
                    continue;
                }
            }
            // "this Halloween", "every Christmas", "Happy Easter": a season or a greeting,
            // not a day in someone's care.
            let before = text[..m.start()].trim_end().to_lowercase();
            if holiday(m.as_str())
                && [
                    "this", "every", "happy", "merry", "for", "before", "until", "over the",
                ]
                .iter()
                .any(|w| before.ends_with(w))
            {
                continue;
            }
            // "your Halloween costumes", "our Mother's Day mammogram event": a holiday naming
            // an event or a season's thing, not the day of someone's care.
            if holiday(m.as_str()) && names_an_event(&text[m.end()..]) {
                continue;
            }
            out.push(ident(Entity::Date, m.start(), m.end(), 0.6));
        }
    }
    out
}

/// True when `after` (the text right after a holiday) goes on, within two words, to a noun for an
/// event or a season's thing: "Halloween costumes", "Mother's Day mammogram event", "Christmas
/// hours". "your Halloween appointment" goes on to care, so it stays a date.
fn names_an_event(after: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        // Beside the events (`vocab::EN_EVENT`), a season's things and the office's hours.
        const SEASON_THINGS: &str = r"costumes?|hours|schedule|closures?|sales?|specials?|drive|weekend|week|break|candy|treats|decorations?|lunch|dinner|brunch|photos? booth|promo(?:tion)?";
        Regex::new(&format!(
            r"(?i)^\s+(?:[\w-]+\s+){{0,2}}?(?:{}|{SEASON_THINGS})\b",
            crate::disclosure::vocab::EN_EVENT
        ))
        .unwrap()
    })
    .is_match(after)
}

/// True when `before` ends with a word naming an identifier ("chart", "policy", "tracking"), so
/// the "number" that follows is that identifier's.
fn id_word_before(before: &str) -> bool {
    let last = before
        .trim_end()
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_lowercase();
    [
        "chart",
        "account",
        "acct",
        "policy",
        "member",
        "claim",
        "case",
        "record",
        "tracking",
        "serial",
        "group",
        "confirmation",
        "reference",
        "invoice",
        "ticket",
        "rx",
        "prescription",
        "order",
        "patient",
        "id",
        "license",
        "licence",
        "plate",
        "badge",
        "passport",
        "mrn",
        "medicaid",
        "medicare",
        "subscriber",
        "certificate",
        "routing",
    ]
    .contains(&last.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<(Entity, &str)> {
        find(text)
            .into_iter()
            .map(|i| (i.entity, &text[i.start..i.end]))
            .collect()
    }

    #[test]
    fn labelled_numbers() {
        assert_eq!(
            quoted("Faxed to your cardiologist at fax 555-640-1123 on Monday."),
            vec![(Entity::Fax, "555-640-1123")]
        );
        assert_eq!(
            quoted("Votre dossier (n° IPP 00481123) est complet."),
            vec![(Entity::OtherId, "00481123")]
        );
        assert_eq!(
            quoted("Your plan (ID MOL-77120-4) is active."),
            vec![(Entity::OtherId, "MOL-77120-4")]
        );
        // An identifier's "number" is not a phone number; a bare "number" still is.
        assert_eq!(
            quoted("Your chart number 00771245 shows the visit."),
            vec![(Entity::OtherId, "00771245")]
        );
        assert_eq!(
            quoted("We left a message at your number 555 867 5309."),
            vec![(Entity::Phone, "555 867 5309")]
        );
    }

    #[test]
    fn a_holiday_naming_an_event_is_no_date() {
        assert!(quoted("Show us your Halloween costumes in the comments!").is_empty());
        assert!(quoted("tell ur mom about our Mother's Day mammogram event").is_empty());
        assert_eq!(
            quoted("We moved your Halloween appointment."),
            vec![(Entity::Date, "Halloween")]
        );
        assert_eq!(
            quoted("Sorry you were sick on Christmas."),
            vec![(Entity::Date, "on Christmas")]
        );
    }

    #[test]
    fn day_and_time_forms() {
        assert_eq!(
            quoted("votre rendez-vous de 9h15."),
            vec![(Entity::Date, "9h15")]
        );
        assert_eq!(
            quoted("your follow-up is 12/03."),
            vec![(Entity::Date, "12/03")]
        );
        assert_eq!(
            quoted("on the 3rd and the 5th"),
            vec![(Entity::Date, "the 3rd"), (Entity::Date, "the 5th")]
        );
        assert!(quoted("Happy 101st birthday!").is_empty());
    }
}

#[cfg(test)]
mod code_tests {
    use super::*;

    #[test]
    fn unlabelled_codes_with_capitals_and_five_digits() {
        let t = "Your Blue Shield XEA902114577 was entered wrong; COVID-19 is not a code.";
        let got: Vec<&str> = find(t)
            .into_iter()
            .filter(|i| i.entity == Entity::OtherId)
            .map(|i| &t[i.start..i.end])
            .collect();
        assert_eq!(got, vec!["XEA902114577"]);
    }

    #[test]
    fn ratings_are_no_days() {
        let dates = |t: &str| -> Vec<String> {
            find(t)
                .into_iter()
                .filter(|i| i.entity == Entity::Date)
                .map(|i| t[i.start..i.end].to_string())
                .collect()
        };
        assert!(dates("Rate us 10/10 and we'll knock $30 off.").is_empty());
        assert!(dates("Solid 9/10 would recommend").is_empty());
        assert_eq!(dates("Your visit on 9/10 is confirmed."), vec!["9/10"]);
    }
}
