//! clin15: an age over 89 written as a word or in Arabic-Indic digits, and a named person's
//! age said with "was" / "is" (`phi-age`), beside `age_hints` in the parent module.
//!
//! Paraphrases of ages that `age_hints` finds kept the person and the age but changed how the
//! number is written: "today she's ninety-five", "heute achtundneunzig", "son centième
//! anniversaire", "أتمّت اليوم ٩٣ عاماً", "Сто лет сегодня празднует одна из наших пациенток",
//! "Ahmed was 24 and on dialysis". The grammar: an over-89 number in any of these forms, in a
//! sentence that speaks of a person (a pronoun, a name, a patient word or a birthday with a
//! possessive), and never a building's, a practice's or a group's age.

use super::{Flag, Layout};
use crate::finding::Entity;
use regex::Regex;
use std::sync::OnceLock;

/// Over-89 numbers as words or in Arabic-Indic digits; group 1 is the age.
fn over_89() -> &'static [Regex] {
    static RE: OnceLock<Vec<Regex>> = OnceLock::new();
    RE.get_or_init(|| {
        [
            // "she's ninety-five", "now a hundred and one", "is 95!" is age_hints'.
            r"(?i)(?:\bis|\bwas|['’]s|\bnow|\btoday|\bturns|\bturned|\bturning)\s+((?:ninety|one hundred|a hundred)(?:[\s-](?:and\s+)?(?:one|two|three|four|five|six|seven|eight|nine))?)\b",
            // "heute achtundneunzig", "wird hundert", "mit siebenundneunzig".
            r"(?i)\b(?:heute|wird|wurde|ist|mit|feiert)\s+((?:(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und)?neunzig|(?:ein)?hundert(?:und\w+)?)\b",
            // "son centième anniversaire", "ses quatre-vingt-quinze ans", "sus noventa y dos años".
            r"(?i)\b((?:son|sa|ses|votre)\s+(?:centième|quatre-vingt-dix\w*ième|(?:9\d|1[01]\d)e)\s+anniversaire)",
            r"(?i)\b((?:sus|su)\s+(?:noventa(?:\s+y\s+\w+)?|cien)\s+(?:años|cumpleaños))",
            // "Сто лет сегодня празднует", "девяносто пять лет": any case of the sentence.
            r"(?i)(?:^|[^\p{L}])((?:сто|девяност\w+(?:\s+\p{L}+)?)\s+(?:лет|года))",
            // Arabic-Indic digits: "٩٣ عاماً", "١٠١ سنة".
            r"((?:٩[٠-٩]|١[٠١][٠-٩])\s*(?:عام[\p{L}\p{M}]*|سنة|سنوات))",
        ]
        .iter()
        .map(|r| Regex::new(r).expect("spelled age regex"))
        .collect()
    })
}

/// A sentence that speaks of one person: a pronoun or name (the layout's signals), a patient
/// word, a birthday or a "turned" verb, in the seven languages.
fn of_person(sentence: &str) -> bool {
    re_match!(
        r"(?i)\b(?:patient\w*|paciente\w*|pasien|birthday|cumpleaños|anniversaire|geburtstag|ulang tahun|she|he|she's|he's|elle|il|sie|er|ella|él|beliau|dia|frau|herr|mme|madame|monsieur|sra?|señora|señor|ibu|bapak|nenek|kakek|oma|opa|abuela|abuelo|mamie|papi|grandma|grandpa)\b|пациент\w*|исполнил\w*|празднует|отмечает|день рождения|юбиле\w*|مريض\w*|الحاج\S*|السيد\S*|أتم\S*|بلغ\S*|ميلاد",
        sentence
    )
}

/// Words after a number that make it a count or a measure, not an age.
fn measure_after(after: &str) -> bool {
    re_match!(
        r"(?i)^\s*(?:percent|%|patients|people|minutes|min|days|dollars|euros?|pounds|lbs|kg|mg|pacientes|patienten|prozent|пациент\w*|процент\w*|pasien|persen|مريض)",
        after
    )
}

/// A named person's age said with a verb: "Ahmed was 24 and on dialysis", "Lucía tiene 7 y".
fn named_age() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"\b(?:Mr\.?\s+|Mrs\.?\s+|Ms\.?\s+)?\p{Lu}\p{Ll}+\s+(?:was|is|just turned|turned|tiene|tenía|avait|a|war|ist|berusia|umur)\s+(\d{1,2})(?:\s+(?:years old|and|y|et|und|dan|tahun|años|ans|Jahre)\b|\s*[,;])",
        )
        .unwrap()
    })
}

/// Words that start a sentence with a capital but are not names.
const NOT_NAMES: &[&str] = &[
    "It", "This", "That", "There", "Here", "He", "She", "Room", "Suite", "Bed", "Chair", "Bay",
    "Unit", "Floor", "Page", "Step", "Day", "Week", "Total", "Score", "Rate", "Age", "Ella", "Él",
    "Il", "Er", "Sie", "Es",
];

pub(super) fn flags(
    text: &str,
    layout: &Layout,
    terms: &[crate::clinical::Term],
    out: &mut Vec<Flag>,
) {
    let mut found: Vec<(usize, usize)> = Vec::new();
    for re in over_89() {
        for c in re.captures_iter(text) {
            let m = c.get(1).unwrap();
            let range = layout.sentence_range(m.start());
            let sentence = &text[range.clone()];
            let s = layout.sentence(m.start());
            if !(s.person() || s.named || of_person(sentence)) || measure_after(&text[m.end()..]) {
                continue;
            }
            // "the library turns ninety", "ninety-five years of the practice", "90 and over".
            if super::place_anniversary(&text[m.end()..])
                || super::unasserted::thing_age(
                    &text[range.start..m.start()],
                    &text[m.end()..range.end],
                )
                || re_match!(
                    r"(?i)older|over|and up|\+|or more|ke atas|y más|et plus|und älter|старше|más de|plus de|über|mehr als|более|lebih dari",
                    sentence
                )
            {
                continue;
            }
            found.push((m.start(), m.end()));
        }
    }
    for c in named_age().captures_iter(text) {
        let whole = c.get(0).unwrap();
        let name = whole.as_str().split_whitespace().next().unwrap_or("");
        if NOT_NAMES.contains(&name) {
            continue;
        }
        let m = c.get(1).unwrap();
        let s = layout.sentence(m.start());
        let range = layout.sentence_range(m.start());
        // The person's care in the sentence: "Ahmed was 24 and on dialysis".
        let care = terms.iter().any(|t| {
            range.contains(&t.start)
                && !t.common
                && !matches!(
                    t.kind,
                    crate::clinical::Kind::Body | crate::clinical::Kind::Care
                )
        });
        if !(s.visit || care || of_person(&text[range.clone()])) || measure_after(&text[m.end()..])
        {
            continue;
        }
        found.push((m.start(), m.end()));
    }
    for (a, b) in found {
        if !out
            .iter()
            .any(|f| f.rule == "phi-age" && f.start < b && a < f.end)
        {
            out.push(Flag {
                rule: "phi-age",
                start: a,
                end: b,
                entity: Some(Entity::Age),
                score: 0.8,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::disclosure::{analyze, name_candidates, sentences};
    use crate::finding::Input;

    fn ages(text: &str, lang: &str) -> Vec<String> {
        let mut input = Input::new(text);
        input.lang = lang.to_string();
        let lang = crate::lang::resolve(&input.lang, text);
        let sentences = sentences(text);
        let ids = name_candidates(&input, lang, &sentences);
        analyze(&input, lang, &sentences, &ids)
            .into_iter()
            .filter(|f| f.rule == "phi-age")
            .map(|f| text[f.start..f.end].to_string())
            .collect()
    }
    #[test]
    fn over_89_in_words_and_other_digits() {
        assert_eq!(
            ages(
                "She's been coming to us since 1985 and today she's ninety-five!",
                "en"
            ),
            ["ninety-five"]
        );
        assert_eq!(
            ages(
                "Seit vier Jahrzehnten Patientin bei uns und heute achtundneunzig!",
                "de"
            ),
            ["achtundneunzig"]
        );
        assert_eq!(
            ages("Mme Lefèvre fête son centième anniversaire !", "fr"),
            ["son centième anniversaire"]
        );
        assert_eq!(ages("الحاجة فاطمة أتمّت اليوم ٩٣ عاماً", "ar"), ["٩٣ عاماً"]);
        assert_eq!(
            ages("Сто лет сегодня празднует одна из наших пациенток!", "ru"),
            ["Сто лет"]
        );
        assert_eq!(
            ages("Ahmed was 24 and on hemodialysis at our center.", "en"),
            ["24"]
        );
    }

    #[test]
    fn counts_buildings_and_groups_stay_silent() {
        assert!(ages("Our clinic turned ninety this year!", "en").is_empty());
        assert!(ages("The building is a hundred years old.", "en").is_empty());
        assert!(ages("Patients aged ninety and over get a free ride.", "en").is_empty());
        assert!(ages("Unsere Praxis wird hundert!", "de").is_empty());
        assert!(ages("Нашей клинике сто лет!", "ru").is_empty());
        assert!(ages("Room 5 was 24 degrees, sorry.", "en").is_empty());
        assert!(ages("Today we saw ninety-five patients.", "en").is_empty());
    }
}
