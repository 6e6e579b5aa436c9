//! rel16: `rel-confirm` templates for the classes batch `rk` (session 15, probe file
//! `probe-2026-11-26q.txt`) showed missing when a caught reply is said another way (issue 3).
//!
//! Each template is a word class or a structure, not the failing sentence:
//!
//! 1. **Care anchored with the practice's people, or done there (causative)**: a person's care
//!    thing + "with our therapists / nurses / team" ("his post-surgery rehab with our
//!    therapists"); "got/had + his/her/your + thing + a participle + here / with us" ("got his
//!    Botox done with us", "had her stitches taken out here").
//! 2. **A person on the practice's books**: a person noun + "on our books / roster / list".
//! 3. **Care over time with a singular subject**: "Walter has been coming to us since ...",
//!    "who's been coming to us since day one" (rel15's template took "you" and kin only).
//! 4. **The practice's care as a place**: "when you left our care", "your dad was in our care".
//! 5. **The next visit with other greetings**: "catch u at the next checkup", "cya at ur recall".
//! 6. **Staff reporting, inverted**: "heard from our hygiene team that you're moving".
//! 7. **A removal told with a split particle**: "we took that tooth out", "pulled her stitches
//!    out" (the verb class of taking out, with the thing between verb and particle).
//! 8. **"I am / have been your ROLE for/since ..."**: the copula form of "as your dentist for
//!    ten years" in English, French and Spanish ("je suis votre généraliste depuis dix ans").
//! 9. **Spanish duration + gerund**: "llevo una década atendiendo su boca", "hace años que le
//!    atiendo".
//! 10. **Russian being under care**: "давно наблюдается в нашей клинике", "лечился у нас".
//! 11. **Indonesian passive care by the staff**: "perban Anda sudah diganti oleh perawat kami",
//!     "gigi Bapak sudah kami cabut".
//!
//! How this differs from `reword` (rel15, batch `re`): only in the batch it answers. Both are
//! "care said in other words" templates over word classes, read one after the other by
//! `roles::grammars` and passed through the same mood checks. Shared, not copied: the care
//! nouns `reword::EN_CARE`, the kin words `vocab::en_kin_any`, the test helper `reword::tests::rel`.
//!
//! Word classes: the English verbs and role nouns were widened from Princeton WordNet 3.0
//! synonym sets (Debian `wordnet-base`, WordNet 3.0 licence, permissive) where one applied
//! ("remove" / "extract" / "take out"; "doctor" / "physician" / "medico"); the rest are the
//! words of the catalog's own examples. Every phrase still goes through `roles::care_facts`'
//! mood checks (condition, question, imperative, wish, negation, everyone).

use super::reword::EN_CARE;

/// The practice's people after "our": heads of "with our ___".
const EN_STAFF: &str = r"team|therapists?|physios?|physiotherapists?|nurses?|doctors?|docs?|dentists?|hygienists?|surgeons?|staff|trainers?|specialists?|midwi(?:fe|ves)|techs?|technicians?|providers?|clinicians?|orthodontists?|crew|front desk|assistants?|receptionists?|pharmacists?|physicians?|practitioners?";

/// Cosmetic and other care things a writer names without a care noun ("his Botox").
const EN_CARE_MORE: &str = r"botox|fillers?|lip filler|peels?|facials?|laser|whitening|microneedling|stitches|staples|cast|splint|wires?|bandages?|dressings?|nails?|teeth|tooth|molars?|moles?";

/// Irregular and particle participles of care, beside the regular "-ed / -en".
const EN_DONE: &str = r"done|fixed|sorted|seen to|put in|put on|fitted|set|redone|topped up|taken out|taken off|pulled|removed|checked|cleaned|whitened|adjusted|tightened|filled|changed|swapped|stitched(?: up)?|sewn up|patched up|[a-z]{3,}ed";

/// Singular person nouns for "the ___ on our books".
const EN_ONE: &str = r"kid|kiddo|lady|guy|gentleman|gent|girl|boy|man|woman|patient|fella|fellow|gal|senior|baby|toddler|teen|teenager|tot|client|member|regular|customer";

/// Role nouns of a clinician (WordNet "doctor, physician, doc, medico" and the catalog's list).
const EN_ROLE: &str = r"dentist|doctor|doc|medico|physician|provider|hygienist|surgeon|therapist|dermatologist|orthodontist|pediatrician|paediatrician|gp|family doctor|nurse|pharmacist|chiropractor|optometrist|ob-?gyn|midwife|counselor|psychiatrist|psychologist|practitioner|physio|physiotherapist|podiatrist|cardiologist|oncologist|pcp";

/// Things taken out or off, for the split particle ("took that tooth out").
const EN_OUT_THING: &str = r"tooth|teeth|molars?|wisdom teeth|wisdom tooth|stitches|sutures|staples|cast|splint|braces?|drain|tubes?|moles?|cysts?|tonsils|appendix|gallbladder|splinter|ingrown nail|toenail|nail|crown|filling|implant|wires?|catheter|iv|cyst|lump|growth|wart|tag|skin tag|stone";

fn english() -> Vec<String> {
    let care = format!("{EN_CARE}|{EN_CARE_MORE}");
    let kin = super::vocab::en_kin_any();
    vec![
        // 1. A person's care thing with the practice's people: "his post-surgery rehab with our
        // therapists".
        format!(
            r"\b(?:your|ur|his|her)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{care})\s+(?:(?:{EN_DONE})\s+)?(?:with|by)\s+our\s+(?:[\w-]+\s+)?(?:{EN_STAFF})\b"
        ),
        // 1b. Causative, done at the practice: "got his Botox done with us", "had her stitches
        // taken out here". "their" is left out (everyone's), and so is the imperative "get".
        format!(
            r"\b(?:got|had)\s+(?:his|her|your|ur)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{EN_DONE})\s+(?:here|with us|by us|at our (?:office|clinic|practice|surgery|spa|center|centre))\b"
        ),
        // 2. A person on the practice's books: "the toughest little kiddo on our books".
        format!(
            r"\b(?:the|a|our)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{EN_ONE})\s+(?:(?:who|that)(?:'s|’s|\s+is|\s+was)\s+)?(?:on|in)\s+our\s+(?:books|roster|patient list|patient roster|register|registry|panel|system|files)\b"
        ),
        // 3. Care over time, a singular subject and its anchor: "Walter Greene has been coming
        // to us since his bypass", "who's been coming to us since day one".
        r"\b(?:who|he|she|(?-i:\p{Lu}[\w.]+(?:\s+\p{Lu}\w+)?))\s*(?:has|'s|’s)\s+been\s+(?:coming\s+(?:to\s+(?:see\s+)?us|here|to\s+our\s+(?:office|clinic|practice))|seeing\s+us|(?:a|our)\s+patient(?:\s+(?:here|of ours))?)\s+(?:since|for)\s+[^\s,.;:!?]+(?:\s+[^\s,.;:!?]+){0,4}".to_string(),
        // 4. The practice's care as a place the reader or a relative was in or left.
        format!(
            r"\b(?:you|u|he|she|(?:your|ur|his|her)\s+(?:[\w-]+\s+)?(?:{kin}))\s+(?:left|were in|was in|came into|came under|entered|were under|was under|stayed in|spent\s+\w+\s+\w+\s+in)\s+our\s+care\b"
        ),
        // 5. The next visit with other greetings: "catch u at the next checkup in 6 months".
        r"\b(?:see|c|catch|cya|seeya|see ya)\s+(?:you|u|ya)(?:\s+(?:back|again))?\s+(?:at|for|in|during|on)\s+(?:(?:your|ur)\s+(?:next\s+|upcoming\s+)?|the\s+(?:next|upcoming)\s+)(?:\d+[- ]?(?:mo|month)s?\s+)?(?:[\w-]+\s+)?(?:appointments?|appts?|visits?|check-?ups?|cleanings?|recalls?|follow-?ups?|exams?|adjustments?|sessions?|consults?|reviews?|fittings?)\b(?:\s+in\s+\S+\s+(?:months?|weeks?|mo|wks?))?".to_string(),
        // 6. Staff reporting, inverted: "heard from our hygiene team that you're moving".
        format!(
            r"\b(?:heard|learned|learnt|found out|got word)\s+from\s+(?:our|the)\s+(?:[\w-]+\s+)?(?:{EN_STAFF})\s+(?:that\s+)?(?:you|u|your|ur)\b"
        ),
        // 7. A removal with a split particle: "we took that tooth out".
        format!(
            r"\b(?:we|i|dr\.?\s+\w+|our\s+(?:[\w-]+\s+)?(?:{EN_STAFF}))\s+(?:took|pulled|drew|yanked|got|popped|plucked|whipped|had)\s+(?:that|the|your|ur|his|her|those|these|this)\s+(?:[\w-]+\s+){{0,2}}?(?:{EN_OUT_THING})\s+(?:out|off)\b"
        ),
        // 8. The copula of "as your dentist for ten years": "I've been your doctor since 2012".
        format!(
            r"\b(?:i(?:'ve|’ve|\s+have)\s+been|i\s+am|i['’]m|we(?:'ve|’ve|\s+have)\s+been)\s+(?:your|ur|his|her)\s+(?:(?:family|primary|regular|main|treating)\s+)?(?:{EN_ROLE})\s+(?:for|since)\s+[^\s,.;:!?]+(?:\s+[^\s,.;:!?]+){{0,2}}"
        ),
    ]
}

fn french() -> Vec<String> {
    vec![
        // 8. "Je suis votre généraliste depuis dix ans".
        r"\b(?:je\s+suis|j['’]ai\s+été|nous\s+sommes|nous\s+avons\s+été)\s+(?:votre|ton|ta)\s+(?:médecin(?:\s+traitant|\s+de\s+famille|\s+généraliste)?|généraliste|dentiste|docteure?|pédiatre|kiné|kinésithérapeute|orthodontiste|gynécologue|sage-femme|infirmière?|ostéopathe|dermatologue|cardiologue|ophtalmologue|orthophoniste|praticienne?|chirurgien(?:ne)?(?:-dentiste)?)\s+(?:depuis|pendant)\s+[^\s,.;:!?]+(?:\s+[^\s,.;:!?]+){0,2}".to_string(),
    ]
}

fn spanish() -> Vec<String> {
    vec![
        // 9. Duration + gerund of care with the reader: "llevo una década atendiendo su boca",
        // "llevamos años tratándola"; "hace diez años que le atiendo".
        r"\b(?:llevo|llevamos)\s+(?:\S+\s+){1,3}?(?:(?:atendiendo|tratando|cuidando|viendo|siguiendo|acompañando|curando|controlando)\s+(?:a\s+usted|(?:su|sus)\s+(?:boca|dientes|muelas|caso|tratamiento|ortodoncia|embarazo|rodilla|espalda|piel|corazón|diabetes|hij[oa]s?|madre|padre|espos[oa]|mamá|papá|abuel[oa]|niñ[oa]s?|bebé|pequeñ[oa])\b)|(?:atendiéndo|tratándo|cuidándo|viéndo|siguiéndo|acompañándo)(?:le|la|lo|te)\b)".to_string(),
        r"\bhace\s+(?:\S+\s+){1,3}?que\s+(?:le|la|lo|te)\s+(?:atiendo|atendemos|trato|tratamos|cuido|cuidamos|veo|vemos|sigo|seguimos)\b".to_string(),
        // 8. "Soy su dentista desde hace diez años".
        r"\b(?:soy|he\s+sido|somos|hemos\s+sido)\s+(?:su|tu)\s+(?:dentista|médic[oa](?:\s+de\s+cabecera|\s+de\s+familia)?|doctora?|odontólog[oa]|pediatra|enfermer[oa]|fisioterapeuta|ortodoncista|ginecólog[oa])\s+(?:desde|durante)\s+[^\s,.;:!?]+(?:\s+[^\s,.;:!?]+){0,2}".to_string(),
    ]
}

fn russian() -> Vec<String> {
    vec![
        // 10. Being under the practice's care: "давно наблюдается в нашей клинике".
        r"(?:^|[^\p{L}])(?:(?:давно|уже|много\s+лет|годами)\s+)?(?:наблюдается|наблюдался|наблюдалась|лечится|лечился|лечилась|обслуживается|наблюдаетесь|лечитесь|наблюдаешься|лечишься)\s+(?:у\s+нас|в\s+нашей\s+\p{L}+|в\s+нашем\s+\p{L}+|у\s+(?:нашего|нашей)\s+\p{L}+)".to_string(),
    ]
}

/// Indonesian care verbs done to a person (the root after "di-" / "kami").
const ID_CARE: &str = r"ganti|periksa|rawat|jahit|bersihkan|cabut|tambal|balut|perban|suntik|operasi|tangani|obati|pasang|lepas|rontgen|vaksin|imunisasi|infus|tensi|cek|scaling|kontrol";

fn indonesian() -> Vec<String> {
    vec![
        // 11. Passive care by the staff: "perban Anda sudah diganti oleh perawat kami"; the
        // object-focus form "gigi Bapak sudah kami cabut".
        format!(
            r"\b(?:\w+\s+)?(?:Anda|Bapak|Ibu|kamu|adik|anak\s+(?:Anda|Bapak|Ibu)|putra\s+(?:Anda|Bapak|Ibu)|putri\s+(?:Anda|Bapak|Ibu))\s+(?:sudah\s+|telah\s+|tadi\s+|baru\s+)?di(?:{ID_CARE})\s+(?:\S+\s+){{0,2}}?oleh\s+(?:kami|(?:dokter|perawat|bidan|terapis|tim|staf|petugas|drg\.?|dr\.?)(?:\s+\S+)?\s+kami)\b"
        ),
        format!(r"\b\w+\s+(?:Anda|Bapak|Ibu|kamu|adik)\s+(?:sudah|telah)\s+kami\s+(?:{ID_CARE})\b"),
    ]
}

/// The rel16 templates of one language, each a whole relationship phrase.
pub fn grammars(lang: &str) -> Vec<String> {
    match lang {
        "en" => english(),
        "es" => spanish(),
        "fr" => french(),
        "ru" => russian(),
        "id" => indonesian(),
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use crate::disclosure::reword::tests::rel;

    /// `vocab::en_kin_any`, the one kin alternation of both modules (mend16: each used to join
    /// `EN_KIN` and `EN_KIN_CASUAL` itself): a word of each register in a template of each.
    #[test]
    fn kin_of_both_registers_in_both_modules() {
        // reword (rel15) template 9, the practice's record of a relative's contact.
        assert_eq!(
            rel("The number we have for your husband bounced."),
            vec!["The number we have for your husband"]
        );
        assert_eq!(
            rel("The number we have for ur hubby bounced."),
            vec!["The number we have for ur hubby"]
        );
        // reword16 (rel16) template 4, the practice's care as a place. In a scan `roles` takes
        // "Your dad left" first, so the EN_KIN word is checked on the template itself.
        let care_place = regex::Regex::new(&format!("(?i){}", super::english()[4])).unwrap();
        assert_eq!(
            care_place
                .find("Your dad left our care in March.")
                .map(|m| m.as_str()),
            Some("Your dad left our care")
        );
        assert_eq!(
            rel("Ur sis left our care in great shape."),
            vec!["Ur sis left our care"]
        );
    }

    #[test]
    fn care_with_the_practices_people_and_done_here() {
        assert_eq!(
            rel("So proud of her knee rehab with our therapists this spring."),
            vec!["her knee rehab with our therapists"]
        );
        assert!(rel("Book your rehab with our therapists today.").is_empty());
        assert_eq!(
            rel("The mayor got his ears seen to here last week."),
            vec!["got his ears seen to here"]
        );
        assert!(rel("Want to get your teeth whitened here? Call us.").is_empty());
        assert!(rel("Thousands had their teeth whitened here last year.").is_empty());
    }

    #[test]
    fn on_our_books_and_care_over_time_with_one_subject() {
        assert_eq!(
            rel("Happy 100th to the sweetest lady on our books!"),
            vec!["the sweetest lady on our books"]
        );
        assert!(rel("Every kid on our books gets a free toothbrush in June.").is_empty());
        assert_eq!(
            rel("Mrs. Alvarez has been coming to us since 1998, happy retirement!"),
            vec!["Mrs. Alvarez has been coming to us since 1998"]
        );
        assert!(rel("Dr. Lee has been with us since 2010.").is_empty());
        assert!(rel("Families have been coming to us since 1985.").is_empty());
    }

    #[test]
    fn our_care_the_next_visit_and_staff_reporting() {
        assert_eq!(
            rel("You came under our care in 2019 and look at you now."),
            vec!["You came under our care"]
        );
        assert!(rel("Every patient in our care gets a follow-up call.").is_empty());
        assert_eq!(
            rel("catch ya at the next checkup, take care!"),
            vec!["catch ya at the next checkup"]
        );
        assert!(rel("See you at the next health fair!").is_empty());
        assert_eq!(
            rel("Heard from our front desk that you're expecting, congrats!"),
            vec!["Heard from our front desk that you"]
        );
        assert!(rel("Heard from our team that the parking lot reopens Monday.").is_empty());
    }

    #[test]
    fn a_split_removal_and_the_role_copula() {
        assert_eq!(
            rel("Dr. Patel yanked that wisdom tooth out in ten minutes flat."),
            vec!["Dr. Patel yanked that wisdom tooth out"]
        );
        assert!(rel("We took the recycling out after the open house.").is_empty());
        assert_eq!(
            rel("I've been his physio for six years, and I'd do it again."),
            vec!["I've been his physio for six years"]
        );
        assert!(rel("I've been a doctor since 2009.").is_empty());
        assert_eq!(
            rel("Je suis votre dentiste depuis 2015, cet avis me peine."),
            vec!["Je suis votre dentiste depuis 2015"]
        );
    }

    #[test]
    fn spanish_russian_indonesian() {
        assert_eq!(
            rel("Llevo ocho años cuidando sus dientes, así que me duele leer esto."),
            vec!["Llevo ocho años cuidando sus dientes"]
        );
        assert!(rel("Llevamos 20 años cuidando la sonrisa de las familias del barrio.").is_empty());
        assert_eq!(
            rel("Ваша бабушка давно наблюдается в нашей клинике."),
            vec!["давно наблюдается в нашей клинике"]
        );
        assert!(rel("Более пяти тысяч детей наблюдаются в нашей клинике.").is_empty());
        assert_eq!(
            rel("Jahitan Bapak sudah dilepas oleh dokter kami kemarin."),
            vec!["Jahitan Bapak sudah dilepas oleh dokter kami"]
        );
        assert!(rel("Data Anda dijaga oleh tim kami.").is_empty());
        assert_eq!(
            rel("Gigi Ibu sudah kami cabut kemarin, jadi jangan makan yang keras dulu."),
            vec!["Gigi Ibu sudah kami cabut"]
        );
        assert_eq!(
            rel("Hace años que la atiendo y nunca hubo una queja."),
            vec!["Hace años que la atiendo"]
        );
    }

    #[test]
    fn recovery_before_a_trailing_greeting_and_refusal_then_but() {
        assert_eq!(
            rel("The school bus driver is back behind the wheel after her hip surgery, congrats!"),
            vec!["back behind the wheel"]
        );
        assert!(rel("Our nurse Dana is back on duty after her surgery, congrats Dana!").is_empty());
        assert_eq!(
            rel("We won't say who, but the Channel 9 anchor had his Botox done with us."),
            vec!["had his Botox done"]
        );
        assert!(rel(
            "We can't confirm whether anyone is our patient, but we'd love to talk: call us."
        )
        .is_empty());
    }
}
