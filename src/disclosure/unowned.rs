//! prec10: dates and places said of no person. A date or a street that no relationship phrase
//! holds, in a clause with no person in it (no reader, pronoun, patient or family word), is
//! the practice's or the public's when the clause is one of these kinds:
//! - the team's own activity ("We spent Saturday painting the lobby", "Our team ran the 5K
//!   Sunday"): a staff subject opening the clause and a non-care thing or event after it;
//! - a contest or draw ("Winner picked Friday", "Sorteo el lunes");
//! - a service on offer on a day ("Cataract surgery can now be booked on Saturdays",
//!   "Operasi katarak sekarang bisa dijadwalkan hari Sabtu juga");
//! - a public talk or workshop ("ندعوكم لمحاضرة عن السكري يوم الأحد", "Free talk Thursday");
//! - (places only) a part of the site or a way to reach it ("the old entrance on Pine Street
//!   is now closed", "turn right on Maple Avenue").
//!
//! The clause is cut at sentence ends and at , ; : — –, so a call to every reader later in the
//! sentence ("..., come see the new colors at your next visit!") does not hide the kind, and a
//! person in the date's own clause ("We saw you Saturday", "we removed his stitches Friday")
//! always keeps the flag. A person is not only a word from a fixed list: any noun phrase that
//! takes a relative clause ("the retiree who collapsed") or a "from <place>" ("the toddler from
//! 18 Birch Lane") is someone, and so is a clause holding an age, a unique trait or a clinical
//! detail (fixp10, review10 findings 1-3).

use crate::finding::Finding;
use regex::Regex;
use std::sync::OnceLock;

/// The byte range of the clause around `start..end` (cut at sentence and clause punctuation).
fn clause_around(text: &str, start: usize, end: usize) -> (usize, usize) {
    // Emoji end a clause too ("comment your favorite emoji 👇 Winner picked Friday").
    let cut = |c: char| {
        matches!(
            c,
            '.' | '!' | '?' | ';' | ',' | ':' | '—' | '–' | '\n' | '،' | '؛' | '؟'
        ) || matches!(c as u32, 0x2600..=0x27BF | 0x1F300..=0x1FAFF)
    };
    let a = text[..start]
        .char_indices()
        .rev()
        .find(|&(_, c)| cut(c))
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(0);
    let b = text[end..]
        .char_indices()
        .find(|&(_, c)| cut(c))
        .map(|(i, _)| end + i)
        .unwrap_or(text.len());
    (a, b)
}

/// A person in the clause: the reader, a pronoun, a patient, a family member, a courtesy
/// title, in the seven languages.
fn person_in(clause: &str) -> bool {
    // A noun phrase with a relative clause or a "from <place>" is someone, whatever the noun
    // ("The retiree from 22 Pine Street who collapsed ..."); "which" is a thing's.
    if re_match!(
        r"(?i)\b(?:who|whom|whose)\b|\b(?:the|a|an|our|this|that)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+from\s+(?:\d|(?-i:[A-Z]))|\b(?:toddler|infant|newborn|retiree|senior|teenager|student|veteran|grandson|granddaughter|grandmother|grandfather|nephew|niece|cousin|sister|brother|aunt|uncle|widow\w*)s?\b|(?:^|[^\w])(?:ты|тебя|тебе|тобой|твой|твоя|твоё|твое|твои|твоего|твоей|твоему|твоих|мама|маму|мамы|маме|мамой|папа|папу|папы|папе|папой|муж|мужа|мужу|мужем|жена|жену|жены|жене|женой)(?:$|[^\w])|(?:^|[^\w])(?:و|ل|ب)?(?:ال)?(?:والد|والدة|أخ|أخت|أم|أب|جد|جدة)(?:ك|كِ|كم|ه|ها|ي)?(?:$|[^\w])",
        clause
    ) {
        return true;
    }
    // The Arabic reader as a suffix pronoun: "من والدك", "وستصلك النتيجة". Words that merely end
    // in ك ("ذلك", "هناك", "مبارك") are not the reader, nor is the plural ـكم of an invitation
    // to all ("ندعوكم لمحاضرة").
    if clause.split(|c: char| !c.is_alphanumeric()).any(|w| {
        let n = w.chars().count();
        n >= 3
            && w.ends_with('ك')
            && w.chars().all(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
            && !matches!(
                w,
                "ذلك"
                    | "لذلك"
                    | "كذلك"
                    | "وكذلك"
                    | "بذلك"
                    | "هناك"
                    | "وهناك"
                    | "تلك"
                    | "ملك"
                    | "بنك"
                    | "البنك"
                    | "مبارك"
                    | "المبارك"
                    | "مباركة"
                    | "المشترك"
                    | "مشترك"
                    | "السمك"
                    | "سمك"
                    | "شبك"
            )
    }) {
        return true;
    }
    // The English kin words are `vocab::EN_KIN`; the rest are pronouns, titles and other
    // people words of the seven languages.
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(&format!(
            r"(?i)\b(?:{}|you|your|yours|u|ur|y\x27all|he|she|his|her|him|hers|they|their|them|patient\w*|gentleman|lady|man|woman|guy|couple|neighbou?r\w*|resident\w*|mr|mrs|ms|miss|sir|madam|usted|ustedes|su|sus|tu|tus|él|ella|paciente\w*|hij[oa]s?|mamá|papá|señora|caballero|vecin[oa]s?|familia|señor\w*|sra?|vous|votre|vos|ton|ta|tes|il|elle|fils|fille|madame|monsieur|mme|dame|voisin\w*|famille|sie|ihr\w*|dein\w*|er|sein\w*|sohn|tochter|frau|herr|mann|familie|nachbar\w*|вы|вас|вам|ваш\w*|он|она|его|её|ее|пациент\w*|сын\w*|доч\w*|мужчин\w*|женщин\w*|сосед\w*|семь\w*|anda|kamu|dia|ibu|bapak|pak|bu|pasien|anak\w*|bapak-bapak|tetangga|keluarga|beliau)\b|مريض|ابن|زوج",
            super::vocab::EN_KIN
        ))
        .unwrap()
    })
    .is_match(clause)
}

/// The clause is one of the kinds that date or place nothing about a person (module doc).
/// `place` is true for a `phi-geo` span, which also accepts a part of the site or a way there.
pub(crate) fn kind_of_no_one(clause: &str, place: bool) -> bool {
    if person_in(clause) {
        return false;
    }
    let staff = re_match!(
        r"(?i)^\W*(?:we|our\s+(?:team|staff|crew|nurses|hygienists|front desk|office|clinic|practice)|the\s+(?:team|staff)|nosotros|nuestro equipo|nous|notre équipe|wir|unser team|мы|наша команда|kami|tim kami|نحن|فريقنا)\b",
        clause
    ) && re_match!(
        r"(?i)\b(?:lobby|walls?|paint\w*|renovat\w*|decorat\w*|party|potluck|celebrat\w*|training|meeting|fundraiser|food drive|5k|10k|marathon|charity|volunteer\w*|moved|building|furniture|sala de espera|pint\w*|fiesta|salle d\x27attente|peint\w*|fête|wartezimmer|gestrichen|streichen|feier\w*|приёмн\w*|покраси\w*|праздн\w*|ruang tunggu|mengecat|pesta|الاستقبال|حفل)\b",
        clause
    );
    let contest = re_match!(
        r"(?i)\b(?:winners?|giveaway|raffle|contest|sorteo|ganador\w*|gagnant\w*|tirage|gewinner\w*|verlosung|gewinnspiel|победител\w*|розыгрыш\w*|pemenang|undian)\b|الفائز|مسابقة",
        clause
    );
    let offered = re_match!(
        r"(?i)\b(?:can\s+(?:now\s+|also\s+)?be\s+(?:scheduled|booked)|(?:now|also)\s+(?:open|available)|(?:se\s+)?pued\w+\s+(?:agendar|programar|reservar)|peu\w+\s+(?:être\s+)?(?:planifi\w+|programm\w+|réserv\w+)|(?:kann|können)\s+(?:jetzt\s+|auch\s+)?\w*\s*gebucht|можно\s+записаться|bisa\s+dijadwalkan|dapat\s+dijadwalkan)\b",
        clause
    );
    // A public event of any language (`vocab`), or an invitation to one.
    let talk = re_match!(r"(?i)\bjoin us\b", clause)
        || super::vocab::has_event("en", clause)
        || super::vocab::has_foreign_event(clause);
    let site = place
        && re_match!(
            r"(?i)\b(?:entrances?|side door|back door|garage|elevators?|turn (?:left|right)|take exit|exit \d+|entrada|entrée|eingang|вход|pintu masuk)\b|مدخل",
            clause
        );
    staff || contest || offered || talk || site
}

/// Drop `phi-date` and `phi-geo` findings whose clause is a kind of no one, unless a
/// relationship phrase holds them or a person finding (`phi-name`, `rel-confirm`, `phi-age`,
/// `phi-unique`; for a date also `clin-detail`) sits in the same clause.
pub fn drop_dates_and_places_of_no_one(text: &str, out: &mut Vec<Finding>) {
    let held: Vec<(usize, usize)> = out
        .iter()
        .filter(|f| {
            matches!(
                f.rule.as_str(),
                "rel-confirm" | "phi-name" | "phi-age" | "phi-unique"
            )
        })
        .map(|f| (f.start, f.end))
        .collect();
    // A clinical detail holds a date in its clause, not a place: a wheelchair lane at the side
    // entrance ("Pintu masuk samping di Jalan Kenanga punya jalur kursi roda") is the site's.
    let clinical: Vec<(usize, usize)> = out
        .iter()
        .filter(|f| f.rule == "clin-detail")
        .map(|f| (f.start, f.end))
        .collect();
    out.retain(|f| {
        let place = f.rule == "phi-geo";
        if !(place || f.rule == "phi-date") || f.end > text.len() || !text.is_char_boundary(f.start)
        {
            return true;
        }
        let (a, b) = clause_around(text, f.start, f.end);
        if held.iter().any(|&(s, e)| s < b && a < e)
            || (!place && clinical.iter().any(|&(s, e)| s < b && a < e))
        {
            return true;
        }
        !kind_of_no_one(&text[a..b], place)
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_of_no_one() {
        assert!(kind_of_no_one(
            "We spent Saturday painting the lobby",
            false
        ));
        assert!(!kind_of_no_one("We saw you Saturday in the lobby", false));
        assert!(!kind_of_no_one(
            "We removed his stitches Friday at the party",
            false
        ));
        assert!(kind_of_no_one(" Winner picked Friday", false));
        assert!(kind_of_no_one(
            "Operasi katarak sekarang bisa dijadwalkan hari Sabtu juga",
            false
        ));
        assert!(!kind_of_no_one(
            "Operasi katarak Ibu dijadwalkan hari Sabtu",
            false
        ));
        assert!(kind_of_no_one(
            "ندعوكم لمحاضرة عن السكري يوم الأحد في المكتبة العامة",
            false
        ));
        assert!(kind_of_no_one(
            " the old entrance on Pine Street is now closed",
            true
        ));
        // A person noun keeps the place (px-0052).
        assert!(!kind_of_no_one(
            "The gentleman from Elm Street who had the stroke in our parking garage last week is home now",
            true
        ));
        // A site word is no excuse for a date, nor for a person's place.
        assert!(!kind_of_no_one(
            " the old entrance on Pine Street is now closed",
            false
        ));
        assert!(!kind_of_no_one(
            "your mom uses the entrance on Pine Street",
            true
        ));
    }

    #[test]
    fn emoji_cut_a_clause() {
        let t = "Just comment your favorite emoji 👇 Winner picked Friday, no purchase needed.";
        let at = t.find("Friday").unwrap();
        let (a, b) = clause_around(t, at, at + 6);
        assert_eq!(&t[a..b], " Winner picked Friday");
    }

    #[test]
    fn clauses_cut_at_commas() {
        let t = "We spent Saturday painting the lobby, come see it at your next visit!";
        let at = t.find("Saturday").unwrap();
        assert_eq!(clause_around(t, at, at + 8), (0, t.find(',').unwrap()));
    }
}
