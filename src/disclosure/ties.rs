//! rel14: the practice's tie to one person said without visit words (issue 3, corpus
//! convention g).
//!
//! Four grammars, each a per-language class of phrases (data below, one alternation per
//! language and class):
//! - *membership*: one person named as the practice's own member or regular, "our
//!   longest-serving resident", "the star of our Tuesday balance class", "nuestra residente más
//!   veterana", "notre petite patiente", "unsere treueste Bewohnerin", "наш самый преданный
//!   пациент", "أصغر مرضانا", "pasien langganan kami". Singular only: "our residents' garden",
//!   "unsere Bewohner freuen sich", "наши пациенты" name a group.
//! - *care over time*: the practice as carer of a person across a span of time, "we've been
//!   treating you for eleven years", "this smile took us nineteen months", "fourteen months in
//!   our chair", "cleared by our team", "trusting us with your rehab", "llevamos ocho años
//!   atendiendo a su familia", "nous suivons votre mère depuis", "wir betreuen Ihren Vater seit",
//!   "мы лечим вашу маму", "نرعى والدتك", "kami merawat ayah Anda". The object must be a person
//!   (a pronoun, a relative, a name): "we've been treating knees since 1998" is a service.
//! - *seeing again / the next check*: "qué gusto verla otra vez", "рады были видеть вас",
//!   "jangan lupa kontrol", "beim letzten Termin", "no olvide su control".
//! - *staff reporting on a person*: a staff subject with a report verb followed by the reader
//!   or a third person ("Nurse Priya says your mom", "the technician noted you", "Dr. Lund's
//!   notes from your", "you're already on Dr. Amari's list").
//!
//! Each match is a `rel-confirm` flag unless one already overlaps it; conditions, wishes and
//! offers to every reader are dropped afterwards by `roles::unasserted`, as for every
//! relationship phrase.

use super::Flag;
use regex::Regex;
use std::sync::OnceLock;

/// The phrase classes of one language, in the order membership, care over time, seeing again,
/// staff report; an empty string is no class.
fn classes(lang: &str) -> [&'static str; 4] {
    match lang {
        "es" => [
            r"(?i)\bnuestr[oa]\s+(?:(?:pequeñ[oa]|querid[oa]|fiel|valiente|gran)\s+)?(?:residente|paciente|campe[oó]na?|consentid[oa]|habitual)(?:\s+más\s+\w+|\s+de\s+l[oa]s\s+\w+)?\b",
            r"(?i)\b(?:(?:atendemos|cuidamos|tratamos|acompañamos)\s+a\s+su\s+(?:hij[oa]|madre|padre|mamá|papá|espos[oa]|marido|abuel[oa]|niñ[oa]|bebé)\b|llevamos\s+\w+\s+(?:años|meses)\s+(?:atendiendo|cuidando|tratando)\s+a\s+(?:(?:su|tu)\s+\w+|(?-i:\p{Lu})\w+)|(?:lo|la|le|los|las|te)\s+hemos\s+(?:acompañado|atendido|cuidado|tratado)\s+desde\s+\w+(?:\s+\w+){0,2}|gracias\s+por\s+confiarnos\s+(?:la|el|su|tu)\s+\w+(?:\s+de\s+(?:su|tu)\s+\w+)?|(?:nos\s+alegra|qué\s+alegría)\s+que\s+el\s+tratamiento\s+que\s+(?:le|te)\s+\w+mos)",
            r"(?i)\b(?:qué\s+(?:gusto|alegría)\s+(?:verla|verlo|verle|verte|volver\s+a\s+verl[aoe])(?:\s+(?:otra\s+vez|de\s+nuevo))?|no\s+olvide\s+su\s+(?:control|revisión|cita)(?:\s+del?\s+\w+)?)",
            r"(?i)\b((?:la\s+enfermera|el\s+enfermero|la\s+doctora|el\s+doctor|su\s+fisio\w*)\s+(?-i:\p{Lu})\w+\s+(?:comenta|dice|nos\s+dijo|nos\s+contó|comentó))\s+que\s+(?:su|usted|tu|él|ella)\b",
        ],
        "fr" => [
            r"(?i)\bnotre\s+(?:petite?\s+patiente?|doyenne?|benjamine?|fidèle\s+patiente?|patiente?\s+préférée?)(?:\s+d[ue]\s+\w+(?:\s+d[ue]\s+\w+){0,2})?",
            r"(?i)\b(?:(?:cela\s+fait\s+\w+\s+ans\s+que\s+)?nous\s+(?:suivons|soignons|accompagnons)\s+(?:votre|ton|ta)\s+(?:père|mère|fils|fille|mari|femme|enfant|bébé|grand-mère|grand-père)(?:\s+depuis\s+\w+)?|nous\s+suivons\s+(?:votre|ton|ta|vos)\s+\w+\s+depuis\s+\w+|merci\s+de\s+nous\s+avoir\s+confié\s+(?:votre|ton|ta|vos)\s+\w+|ravis\s+que\s+votre\s+\w+\s+aille\s+mieux\s+après\s+vos\s+séances)",
            r"(?i)\b(?:au\s+plaisir\s+de\s+vous\s+revoir|ravis\s+de\s+vous\s+avoir\s+revue?)\b",
            r"(?i)\b((?:l['’]infirmière|l['’]infirmier|le\s+docteur|la\s+docteure?)\s+(?-i:\p{Lu})\w+\s+(?:nous\s+dit|dit|nous\s+a\s+dit))\s+que\s+(?:votre|vous|ton|ta|il|elle)\b",
        ],
        "de" => [
            r"\b(?:[Uu]nser\s+(?:\w+\s+)?(?:Bewohner|Patient|Stammpatient|Stammgast)|[Uu]nsere\s+(?:\w+\s+)?(?:Bewohnerin|Patientin|Stammpatientin))\b",
            r"\b(?:[Ww]ir\s+(?:betreuen|behandeln|begleiten)\s+(?:Ihren|Ihre|deinen|deine)\s+(?:Vater|Mutter|Sohn|Tochter|Mann|Frau|Kind|Oma|Opa)(?:\s+(?:schon\s+)?seit\s+\w+(?:\s+Jahren)?)?|[Ww]ir\s+betreuen\s+(?:Ihren|Ihre|dich|Sie|deinen|deine)\s+(?:\w+\s+)?(?:schon\s+)?seit\s+\w+(?:\s+Jahren)?|\w+\s+(?:Monate|Jahre)\s+Behandlung\s+bei\s+uns)",
            r"\b(?:[Bb]eim\s+letzten\s+Termin\s+haben\s+wir\s+(?:Ihnen|dir)|[Ss]chön,\s+Sie\s+wieder\s+(?:bei\s+uns\s+)?gesehen\s+zu\s+haben)",
            r"\b((?:Schwester|Pfleger|Dr\.)\s+(?-i:\p{Lu})\w+\s+(?:meinte|sagt|sagte|erzählte)),?\s+(?:Ihr|Ihre|Sie|dein|er|sie)\b",
        ],
        "ru" => [
            r"(?i)(?:^|[^\p{L}])(наш(?:а)?\s+(?:сам(?:ый|ая)\s+)?(?:\p{L}+\s+)?(?:пациент(?:ка)?|подопечн(?:ый|ая)|постоял(?:ец|ица)))(?:$|[^\p{L}])",
            r"(?i)(?:^|[^\p{L}])((?:уже\s+\p{L}+\s+(?:лет|года?|месяц\p{L}*)\s+)?мы\s+(?:лечим|наблюдаем|ведём|ведем|сопровождаем)\s+(?:вашу|вашего|вас|ваших|тебя)(?:\s+\p{L}+)?(?:\s+уже\s+\p{L}+\s+(?:лет|года?|месяц\p{L}*))?|рады,\s+что\s+\p{L}+\s+\p{L}+\s+после\s+нашего\s+лечения)(?:$|[^\p{L}])",
            r"(?i)(?:^|[^\p{L}])(рады\s+были\s+(?:видеть|увидеть)\s+(?:вас|тебя)|не\s+забудьте\s+про\s+контроль(?:\s+в\s+\p{L}+)?)(?:$|[^\p{L}])",
            r"(?:^|[^\p{L}])((?:[Мм]едсестра|[Дд]октор|[Вв]рач)\s+\p{Lu}\p{L}+\s+(?:говорит|сказала|сказал|передаёт|передает))(?:,?\s+что\s+(?:ваш|ваша|вы|он|она))",
        ],
        "ar" => [
            r"(?:أصغر|أكبر|أقدم|أشجع|أوفى|أحب)\s+(?:مرضانا|نزلائنا|مراجعينا)|مريضتنا|مريضنا",
            r"(?:نرعى|نعالج|نتابع)\s+(?:حالة\s+)?(?:والدتك|والدك|ابنك|ابنتك|زوجتك|زوجك|طفلك)(?:\s+منذ\s+(?:عام\s+)?\S+)?|يسعدنا\s+أن\s+العلاج\s+الذي\s+قدمناه\s+لك",
            r"سعدنا\s+برؤيتك(?:\s+مرة\s+أخرى)?",
            r"((?:الممرضة|الممرض|الطبيبة|الطبيب|الدكتور|الدكتورة)\s+\S+\s+(?:تقول|يقول|قالت|قال))\s+إن\s+(?:ابنك|ابنتك|والدتك|والدك|زوجك|زوجتك|طفلك)",
        ],
        "id" => [
            r"(?i)\bpasien\s+(?:langganan|setia|termuda|tertua|kesayangan|favorit)\s+kami(?:\s+setiap\s+\w+)?\b",
            r"(?i)\b(?:sudah\s+\w+\s+(?:tahun|bulan)\s+kami\s+merawat\s+(?:ayah|ibu|anak|suami|istri|nenek|kakek)\s+(?:Anda|Bapak|Ibu)|kami\s+(?:sudah\s+)?(?:merawat|menangani|mendampingi)\s+(?:\w+\s+)?(?:ayah|ibu|anak|putra|putri|suami|istri|nenek|kakek)\s+(?:Anda|Bapak|Ibu)(?:\s+sejak\s+\w+)?)\b",
            r"(?i)\b(?:jangan\s+lupa\s+kontrol(?:\s+minggu\s+depan|\s+besok|\s+bulan\s+depan)?|senang\s+(?:sekali\s+)?bertemu\s+(?:Ibu|Bapak|Anda|kamu)\s+lagi)\b",
            r"\b((?:[Pp]erawat|[Dd]okter|[Bb]idan)\s+(?-i:\p{Lu})\w+\s+(?:bilang|mengatakan|cerita))\s+(?:anak|ibu|ayah|suami|istri)\s+(?:Anda|Bapak|Ibu)\b",
        ],
        _ => [
            // "our longest-serving resident", "our Wednesday dialysis regular", "our marathon guy",
            // "the star of our Tuesday balance class", "our favourite rehab-unit alumnus".
            r"(?i)\b(?:(?:the\s+)?(?:star|champ|champion|veteran|baby|sweetheart|favou?rite)\s+of\s+our\s+(?:[\w-]+\s+){0,2}(?:class|group|clinic|unit|ward|program|programme)|our\s+(?:(?:longest[\w-]*|oldest|youngest|newest|bravest|favou?rite|most\s+\w+|[\w-]+est)\s+)?(?:[\w-]+\s+){0,2}(?:resident|regular|alumn(?:us|a)|graduate|guy|gal|girl|lady|fella|gentleman))\b",
            // "we've been treating you for eleven years", "we've looked after Mrs. Adeyemi since
            // 2011", "a patient we've been seeing since", "this smile took us nineteen months",
            // "fourteen months in our chair", "cleared by our team", "trusting us with your X",
            // "he finally let us drain it", "she's been coming to us since".
            r"(?i)\b(?:we(?:['’]ve|\s+have)\s+been\s+(?:treating|seeing|caring\s+for|looking\s+after|following)\s+(?:you|him|her|your\s+(?:son|daughter|husband|wife|mom|mum|dad|mother|father|kids?|children|family|baby|grandma|grandpa)|(?:Mr|Mrs|Ms|Miss)\.?\s+(?-i:\p{Lu})\w+)\b(?:\s+(?:for|since)\s+(?:\w+\s+){0,2}\w+)?|\w+\s+(?:years|months|weeks)\s+of\s+(?:[\w-]+\s+){0,2}(?:visits|checks|check-ups|appointments|cleanings|sessions|adjustments|treatments?)\s+(?:with|at)\s+(?:us|our\s+\w+)|(?:a\s+patient\s+)?we(?:['’]ve|\s+have)\s+(?:known|watched)\s+(?:you|him|her|your\s+\w+)\s+(?:since|for|grow)\b(?:\s+\w+){1,4}|(?:a\s+patient\s+)?we(?:['’]ve|\s+have)\s+(?:been\s+(?:treating|seeing|caring\s+for|looking\s+after)|looked\s+after|taken\s+care\s+of|cared\s+for|had)\s+(?:you|him|her|them|your\s+\w+|all\s+(?:\w+\s+){1,2}of\s+(?:the\s+\w+|your|his|her)\s+\w+|(?:Mr|Mrs|Ms|Miss)\.?\s+(?-i:\p{Lu})\w+|(?-i:\p{Lu})\w+)(?:\s+\w+){0,3}?\s+(?:for|since)\s+(?:\w+\s+){0,2}\w+|(?:a\s+patient\s+)?we(?:['’]ve|\s+have)\s+been\s+(?:treating|seeing)\s+since\s+(?:\w+\s+){0,2}\w+|this\s+(?:smile|bite|knee|hip|shoulder|back|recovery)\s+took\s+us\s+\w+\s+(?:months|years|weeks|sessions)|\w+\s+(?:months|years|weeks)\s+in\s+our\s+(?:chair|care)|cleared\s+by\s+our\s+(?:team|doctors?|physios?|therapists?|surgeons?|staff)|trust(?:ing|ed)\s+us\s+with\s+(?:your|his|her)\s+[\w-]+|(?:he|she|they)\s+finally\s+let\s+us\s+\w+(?:\s+(?:it|them|that))?|(?:he|she|they)(?:['’]s|\s+has|\s+have)\s+been\s+coming\s+to\s+us\s+since(?:\s+\w+){1,4}|we\s+could\s+get\s+your\s+[\w-]+\s+(?:switched|sorted|fixed|adjusted|changed)(?:\s+before\s+your\s+\w+)?)",
            "",
            // "Nurse Priya says your mom", "the technician noted you", "our hygienist mentioned
            // you're", "Dr. Lund's notes from your", "you're already on Dr. Amari's list".
            r"(?i)\b(?:((?:(?:our|the|your)\s+(?:night\s+|day\s+)?(?:(?:sleep|lab|x-ray|ultrasound)\s+)?(?:technician|tech|hygienist|nurse|physio|therapist|midwife|surgeon|dentist|doctor|receptionist|front\s+desk)|Nurse\s+(?-i:\p{Lu})\w+)\s+(?:says|said|noted|wrote\s+down|mentioned|told\s+(?:us|me)|tells\s+(?:us|me)|let\s+us\s+know|reports|reported|passed\s+on))\s+(?:that\s+)?(?:you|your|ur|he|she|his|her|the\s+little)\b|(Dr\.?\s+(?-i:\p{Lu})\w+['’]s\s+notes\s+from\s+(?:your|his|her)|you['’]re\s+(?:already\s+)?on\s+Dr\.?\s+(?-i:\p{Lu})\w+['’]s\s+(?:list|schedule|books)))",
        ],
    }
}

fn class_res(lang: &str) -> &'static [Option<Regex>; 4] {
    static ALL: [OnceLock<[Option<Regex>; 4]>; crate::lang::LANGS.len()] =
        [const { OnceLock::new() }; crate::lang::LANGS.len()];
    ALL[crate::lang::slot(lang)].get_or_init(|| {
        classes(lang).map(|src| (!src.is_empty()).then(|| Regex::new(src).expect("ties regex")))
    })
}

/// "our regular hours", "our resident physician", "our graduate program": the member noun used
/// as a modifier of a service, a schedule or a staff role.
fn staff_or_service_after(lang: &str, matched: &str, after: &str) -> bool {
    static AFTER: OnceLock<Regex> = OnceLock::new();
    static MODIFIER: OnceLock<Regex> = OnceLock::new();
    // "our resident coffee snob", "our regular Friday hours": "resident" and "regular" before
    // any other lowercase word are adjectives; a verb or a clause word after them keeps the noun.
    let modifier = || {
        re_ends(matched, &["resident", "regular", "graduate"])
            && MODIFIER
                .get_or_init(|| Regex::new(r"^\s+[a-z]+\b").expect("member modifier"))
                .find(after)
                .is_some_and(|m| {
                    !matches!(
                        m.as_str().trim(),
                        "is" | "was"
                            | "has"
                            | "had"
                            | "who"
                            | "just"
                            | "brought"
                            | "turned"
                            | "turns"
                            | "celebrated"
                            | "celebrates"
                            | "and"
                            | "finally"
                            | "came"
                            | "walked"
                            | "made"
                            | "got"
                            | "will"
                            | "here"
                            | "today"
                            | "this"
                            | "at"
                            | "from"
                            | "in"
                            | "on"
                            | "of"
                            | "with"
                            | "still"
                            | "ran"
                    )
                })
    };
    lang_is_en(lang)
        && (modifier()
            || AFTER
            .get_or_init(|| {
                Regex::new(r"(?i)^(?:['’]s?\b|\s+(?:physician|doctor|dentist|nurse|expert|specialist|program|programme|team|staff|coordinator|position|spots?|hours|schedule|list|seats?|openings?|patients|customers|clients|members|check-?ups?|visits?|appointments?|cleanings?|clinic|prices?|rates?|fees?|service|care|meetings?|classes|events?|students|school))")
                    .expect("member after")
                })
                .is_match(after))
}

fn re_ends(matched: &str, words: &[&str]) -> bool {
    let lower = matched.to_lowercase();
    words.iter().any(|w| lower.ends_with(w))
}

/// English, or a language without packs of its own (English's slot).
fn lang_is_en(lang: &str) -> bool {
    crate::lang::slot(lang) == 0
}

/// Adds a `rel-confirm` flag for each phrase of the four classes that no `rel-confirm` in
/// `out` overlaps yet.
pub fn ties(text: &str, lang: &str, out: &mut Vec<Flag>) {
    for re in class_res(lang).iter().flatten() {
        for c in re.captures_iter(text) {
            let m = (1..c.len())
                .find_map(|i| c.get(i))
                .unwrap_or_else(|| c.get(0).unwrap());
            let (start, end) = (m.start(), m.end());
            if staff_or_service_after(lang, &text[start..end], &text[end..]) {
                continue;
            }
            // Not what `Scanner::merge_relations` does later: the merge would widen the flag
            // already found to the union of both spans ("Your physio" -> "Your physio told us",
            // "putri Ibu" -> "kami menangani gigi putri Ibu", dev ra-0023, rb-0027); this skip
            // keeps the earlier stage's span (mend16: scan output differs without it).
            if out
                .iter()
                .any(|f| f.rule == "rel-confirm" && f.start < end && start < f.end)
            {
                continue;
            }
            out.push(Flag::relation(start, end, 0.8));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(text: &str, lang: &str) -> Vec<String> {
        let mut out = Vec::new();
        ties(text, lang, &mut out);
        out.iter()
            .map(|f| {
                assert_eq!(f.rule, "rel-confirm");
                text[f.start..f.end].to_string()
            })
            .collect()
    }

    #[test]
    fn membership_of_one_person_is_a_relationship() {
        assert_eq!(
            quotes(
                "Happy birthday to our longest-serving resident, Miss Ida!",
                "en"
            ),
            ["our longest-serving resident"]
        );
        assert_eq!(
            quotes(
                "Cheers for Sam, the star of our Monday stretch class!",
                "en"
            ),
            ["the star of our Monday stretch class"]
        );
        assert_eq!(
            quotes("Unsere treueste Bewohnerin wird heute 99.", "de"),
            ["Unsere treueste Bewohnerin"]
        );
        assert_eq!(
            quotes("Наш самый преданный пациент выписывается.", "ru"),
            ["Наш самый преданный пациент"]
        );
        assert_eq!(
            quotes("Pasien setia kami akhirnya sembuh.", "id"),
            ["Pasien setia kami"]
        );
    }

    /// The overlap skip: a `rel-confirm` an earlier stage found over part of a tie keeps its
    /// span, and no wider flag is added that `merge_relations` would join to it.
    #[test]
    fn a_tie_over_an_earlier_relation_adds_nothing() {
        let text = "Pasien setia kami akhirnya sembuh.";
        let mut out = vec![Flag::relation(0, 6, 1.0)];
        ties(text, "id", &mut out);
        assert_eq!(out.len(), 1);
        assert_eq!((out[0].start, out[0].end), (0, 6));
    }

    #[test]
    fn members_in_general_and_staff_are_not() {
        assert!(quotes("Our residents' garden opens Sunday.", "en").is_empty());
        assert!(quotes("Our resident physician answers questions live.", "en").is_empty());
        assert!(quotes("Kai is our resident coffee snob.", "en").is_empty());
        assert!(quotes(
            "Llevamos treinta años atendiendo a las familias del barrio.",
            "es"
        )
        .is_empty());
        assert!(quotes("Unsere Bewohner freuen sich auf den Basar.", "de").is_empty());
        assert!(quotes("Наши пациенты часто спрашивают о парковке.", "ru").is_empty());
        assert!(quotes("Pasien kami bisa mendaftar lewat aplikasi.", "id").is_empty());
    }

    #[test]
    fn care_over_time_of_a_person_is_a_relationship() {
        assert_eq!(
            quotes("We've been treating you for almost nine years.", "en"),
            ["We've been treating you for almost nine years"]
        );
        assert_eq!(
            quotes("Sixteen months in our chair and look at that bite!", "en"),
            ["Sixteen months in our chair"]
        );
        assert_eq!(
            quotes("Thanks for trusting us with your hip rehab.", "en"),
            ["trusting us with your hip"]
        );
        assert_eq!(
            quotes("Wir betreuen Ihren Vater schon seit acht Jahren.", "de"),
            ["Wir betreuen Ihren Vater schon seit acht Jahren"]
        );
    }

    #[test]
    fn care_of_a_relative_without_a_duration_is_a_relationship() {
        assert_eq!(
            quotes(
                "We've been seeing your daughter and she is doing great.",
                "en"
            ),
            ["We've been seeing your daughter"]
        );
        assert_eq!(
            quotes("Мы лечим вашего папу.", "ru"),
            ["Мы лечим вашего папу"]
        );
        assert_eq!(
            quotes("Nous soignons votre père avec plaisir.", "fr"),
            ["Nous soignons votre père"]
        );
        assert_eq!(
            quotes(
                "Three years of Monday sessions with us and look at her now.",
                "en"
            ),
            ["Three years of Monday sessions with us"]
        );
    }

    #[test]
    fn care_of_no_person_is_not() {
        assert!(quotes("We've been seeing more flu cases this week.", "en").is_empty());
        assert!(quotes("Nous soignons les enfants et les adultes.", "fr").is_empty());
        assert!(quotes("We've been treating knees since 1998.", "en").is_empty());
        assert!(quotes("Seit 1992 betreuen wir Familien im Landkreis.", "de").is_empty());
        assert!(quotes("Мы лечим детей и взрослых с 1999 года.", "ru").is_empty());
    }

    #[test]
    fn seeing_again_and_staff_reports_are_relationships() {
        assert_eq!(
            quotes("¡Qué gusto verlo otra vez, don Luis!", "es"),
            ["Qué gusto verlo otra vez"]
        );
        assert_eq!(
            quotes("Рады были видеть вас снова!", "ru"),
            ["Рады были видеть вас"]
        );
        assert_eq!(
            quotes("Nurse Ana says your dad is eating again.", "en"),
            ["Nurse Ana says"]
        );
        assert_eq!(
            quotes("Good news: you're on Dr. Ruiz's list for Monday.", "en"),
            ["you're on Dr. Ruiz's list"]
        );
    }

    #[test]
    fn staff_news_and_invitations_are_not() {
        assert!(quotes("Nurse Ana just finished her certification!", "en").is_empty());
        assert!(quotes("Our nurse says hello to everyone at the fair.", "en").is_empty());
        assert!(quotes(
            "Medsestra is not Russian; Медсестра Ирина получила грамоту.",
            "ru"
        )
        .is_empty());
        assert!(quotes(
            "Recuerde que los controles suelen ser cada seis semanas.",
            "es"
        )
        .is_empty());
    }
}
