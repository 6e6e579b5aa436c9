//! One home for the EVENT and KIN vocabularies. Events: the words naming a public event the practice holds or
//! joins (a talk, fair, drive, race, class, webinar, open house, contest, ...), per language.
//!
//! Why: several steps ask "is this about an event, not a person's care?" — a place in a
//! sentence about a fair is the fair's (`public_event`), a holiday before "party" is no date
//! of care (`hints`), "thanks for coming to our open house" is no visit (`roles`), "Sommerfest
//! für alle" is open to all (`unasserted`), a date in a clause about a free talk is no one's
//! (`unowned`). Each used to type its own list and the lists drifted, so the same reply was
//! judged by different words in different steps. The steps above build their check from the
//! classes here, plus, where a step needs more, a NAMED extra class beside the step saying why
//! (for instance `roles::event_after` also accepts "table" or "stand" after "the/our", which
//! are no events on their own). Not yet moved: the English and German cue lists in `cues.rs`
//! still carry their own event words beside other notice words (review11 f5).
//!
//! How a word is matched: each class is a regex alternation matched case-insensitively as a
//! whole word (`\b` both sides) in English, Spanish, French, German and Indonesian; Russian
//! entries are stems that carry their own `\w*` ending and are matched from a word start; Arabic
//! entries are matched anywhere (the article and conjunctions are glued to the word: "والمحاضرة").
//!
//! How to add a word: put it in the class of its language below (an English plural with `s?`),
//! add it to the language's case in `tests::each_class_matches_its_words`, then diff
//! `replyguard scan` on dev before and after (README "Detection quality").

use regex::Regex;
use std::sync::OnceLock;

/// English event nouns. Not here on purpose: "screening" alone (a screening is care), "race"
/// (also a protected trait), "drive", "walk", "run", "table", "stand" alone (ordinary words):
/// the steps that accept them do so in a named extra class with their own context.
pub const EN_EVENT: &str = r"talks?|lectures?|seminars?|webinars?|workshops?|class|classes|events?|fairs?|expos?|exhibitions?|galas?|festivals?|parades?|picnics?|concerts?|tournaments?|fundraisers?|open house|clinic day|screening day|(?:food|blood|toy|coat|vaccine|card) drives?|5k|10k|fun run|marathon|walkathon|part(?:y|ies)|potluck|celebrations?|booths?|contests?|raffles?|giveaways?|ribbon cutting|reunion|cleanup";

/// Spanish event nouns. "jornada" alone is also a greeting ("feliz jornada") and "fiesta" a
/// holiday wish: see `ES_EVENT_LOOSE`.
pub const ES_EVENT: &str = r"charlas?|taller|talleres|seminarios?|webinars?|ferias?|conferencias?|campañas?|eventos?|jornada de (?:vacunación|salud|puertas abiertas)|puertas abiertas";
/// French event nouns. "journée" alone is a greeting ("bonne journée"), "fête" and "salon" are
/// ordinary words: see `FR_EVENT_LOOSE`.
pub const FR_EVENT: &str = r"conférences?|ateliers?|webinaires?|webinars?|séminaires?|campagnes?|journée (?:de (?:vaccination|dépistage|prévention|la santé)|portes ouvertes)|portes ouvertes|kermesse";
/// German event nouns; compounds end in the event word ("Grippeimpfaktion", "Gesundheitsvortrag").
/// Words that only end like one ("Verlauf", "Ablauf") are not matched: "-lauf" needs its first part,
/// and "-aktion" is listed compound by compound, since "Reaktion", "Impfreaktion", "Transaktion"
/// and "Extraktion" end in it too (review11 f5).
pub const DE_EVENT: &str = r"\w*vortrag|(?:grippe|corona|covid|masern)?impfaktion|(?:spenden|vorsorge|gesundheits|mitmach|aufklärungs|sammel|zahnputz|putz|rabatt|sommer|winter|herbst|frühlings|oster|weihnachts|praxis)aktion|aktion|\w*aktionstag|\w*impftag|\w*tag der offenen tür|gesundheitstag|infoabend|infotag|seminar|webinar|workshop|(?:sommer|herbst|straßen|strassen|stadt|gemeinde|praxis|gesundheits|dorf|schul)fest|(?:wochen|weihnachts|floh|bauern)markt|(?:stadt|spenden|benefiz|firmen|volks)lauf";
/// Russian event stems.
pub const RU_EVENT: &str = r"акци\w*|мероприяти\w*|ярмарк\w*|лекци\w*|семинар\w*|вебинар\w*|день\s+открытых\s+дверей|мастер-класс\w*|конференци\w*|забег\w*|кампани\w*|месячник\w*";
/// Indonesian event nouns.
pub const ID_EVENT: &str = r"acara|kampanye|penyuluhan|webinar|seminar|lokakarya|workshop|pameran|bazar|jalan\s+sehat|open\s+house|talkshow";
/// Arabic event nouns (matched anywhere in a word).
/// "معرض" (fair) is also "exposed / at risk" ("وأنت معرض لخطر التسوس"): only "المعرض" not before
/// a "ل…" complement, or "معرض" with a health qualifier, is the fair (review11 f4).
pub const AR_EVENT: &str = r"محاضرة|ندوة|مؤتمر|ورشة|يوم مفتوح|اليوم المفتوح|معرض\s+(?:صحي|طبي|الصحة|للصحة)|المعرض(?:\s+[^\sل]|\s*$|[.،!؟:])|فعالية|حملة";

/// Event words that are also everyday words ("feliz jornada", "bonne fête", "Messe",
/// "праздник", "حفل"): only for a check that has already found a visit phrase and asks whether
/// its sentence names an event (`relcues::foreign_event`), or one that sees the word right
/// before a clinical term ("jornada de vacunación").
pub const ES_EVENT_LOOSE: &str = r"jornada|fiesta";
pub const FR_EVENT_LOOSE: &str = r"salon|fête";
pub const DE_EVENT_LOOSE: &str = r"feier|messe";
pub const RU_EVENT_LOOSE: &str = r"праздник\w*";
pub const AR_EVENT_LOOSE: &str = r"حفل";

/// The languages with an event class other than English, in a fixed order.
pub const FOREIGN: [&str; 6] = ["es", "fr", "de", "ru", "id", "ar"];

/// The event class of `lang` ("en" for an unknown language).
pub fn events(lang: &str) -> &'static str {
    match lang {
        "es" => ES_EVENT,
        "fr" => FR_EVENT,
        "de" => DE_EVENT,
        "ru" => RU_EVENT,
        "id" => ID_EVENT,
        "ar" => AR_EVENT,
        _ => EN_EVENT,
    }
}

/// The loose extra words of `lang` (empty when it has none).
pub fn loose_events(lang: &str) -> &'static str {
    match lang {
        "es" => ES_EVENT_LOOSE,
        "fr" => FR_EVENT_LOOSE,
        "de" => DE_EVENT_LOOSE,
        "ru" => RU_EVENT_LOOSE,
        "ar" => AR_EVENT_LOOSE,
        _ => "",
    }
}

/// All non-English event classes as one alternation, for a check that does not know the
/// language. The vocabularies overlap ("seminar", "webinar", "workshop" are German, Indonesian
/// and English; "open house" Indonesian and English): harmless here, since any event of any
/// language counts.
pub fn foreign_events() -> &'static str {
    static ALL: OnceLock<String> = OnceLock::new();
    ALL.get_or_init(|| {
        FOREIGN
            .iter()
            .map(|l| events(l))
            .collect::<Vec<_>>()
            .join("|")
    })
}

/// The whole-word matcher for an alternation `alt` of `lang`, by the rules in the module doc.
fn word_regex(lang: &str, alt: &str) -> Regex {
    let src = match lang {
        "ar" => format!("(?:{alt})"),
        "ru" => format!(r"(?i)\b(?:{alt})"),
        _ => format!(r"(?i)\b(?:{alt})\b"),
    };
    Regex::new(&src).expect("event vocabulary regex")
}

/// One regex per language, English first and then `FOREIGN`, built by `build` into `cell` on
/// first use; returns the one of `lang`, English's for a language of none of them. The one
/// per-language cache of `has_event` and `relclass::staff_news`.
pub fn per_lang(
    cell: &'static OnceLock<Vec<Regex>>,
    build: impl Fn(&'static str) -> Regex,
    lang: &str,
) -> &'static Regex {
    let res = cell.get_or_init(|| std::iter::once("en").chain(FOREIGN).map(build).collect());
    let i = FOREIGN.iter().position(|l| *l == lang).map_or(0, |i| i + 1);
    &res[i]
}

/// True when `text` holds a word of the event class of `lang`.
pub fn has_event(lang: &str, text: &str) -> bool {
    static RES: OnceLock<Vec<Regex>> = OnceLock::new();
    per_lang(&RES, |l| word_regex(l, events(l)), lang).is_match(text)
}

/// True when `text` holds a word of the event class of `lang` or of its loose extra words.
pub fn has_event_loose(lang: &str, text: &str) -> bool {
    static RES: OnceLock<Vec<(&'static str, Regex)>> = OnceLock::new();
    let res = RES.get_or_init(|| {
        FOREIGN
            .iter()
            .filter(|l| !loose_events(l).is_empty())
            .map(|&l| (l, word_regex(l, loose_events(l))))
            .collect()
    });
    has_event(lang, text)
        || res
            .iter()
            .find(|(l, _)| *l == lang)
            .is_some_and(|(_, re)| re.is_match(text))
}

/// True when `text` holds an event word of any language other than English.
pub fn has_foreign_event(text: &str) -> bool {
    FOREIGN.iter().any(|l| has_event(l, text))
}

/// English kin and people words (a family member, a child): "your husband", "your twins",
/// "her grandson". Matched by the callers as whole words (`\b`), after "your/ur" in `roles`
/// and anywhere in a clause in `unowned::person_in`. Add a word here and both see it.
/// `recognizers::names::KIN_EN` (a slice, read word by word before a name) is a subset of
/// these words, kept a slice there; `tests::kin_slice_is_within_en_kin` holds it inside this
/// class, so a word is added here first.
pub const EN_KIN: &str = r"husband|wife|partner|spouse|son|sons|daughter|daughters|kids?|children|child|boys?|girls?|baby|babies|twins|triplets|little one|little guy|little girl|toddler|teen|mom|mum|mother|dad|father|parents|grandson|granddaughter|grandkids|grandchildren|grandma|grandpa|grandmother|grandfather|nana|papa|brother|sister|aunt|uncle|niece|nephew|cousin|family|whole family|household|fianc[eé]e?|boyfriend|girlfriend";

/// Texting and family forms of kin that `EN_KIN` does not list ("ur sis", "my hubby"): the
/// casual register of rel15's grammars (`reword`), kept apart so that `unowned::person_in` and
/// the `roles` grammars read `EN_KIN` as before.
pub const EN_KIN_CASUAL: &str =
    r"sis|bro|hubby|wifey|mama|momma|ma|pops|gran|granny|nan|bestie|fiance";

/// `EN_KIN` and `EN_KIN_CASUAL` as one alternation (no outer group): the kin words of the
/// "said another way" grammars (`reword`, `reword16`), which read both registers.
pub fn en_kin_any() -> String {
    format!("{EN_KIN}|{EN_KIN_CASUAL}")
}

/// A clinician teaching ("explains"), in the languages other than English, as every reader of
/// it reads it: `staffside::clinician_act` after a titled name, `staff_own` (mod.rs) before and
/// after one. English "explains" stays in each reader's own English list. The readers differ
/// only as the two classes below say.
pub const TEACH_VERBS: &str = "erklärt|explica|explique|menjelaskan";
/// German teaching verbs that only `staff_own` reads ("In diesem Video erläutert Dr. Becker"),
/// before and after the name; `clinician_act` does not clear a name on them.
pub const TEACH_VERBS_DE_MORE: &str = "erläutert|bespricht";
/// The Russian teaching verb: read by `clinician_act` after the name, and by `staff_own` only
/// before it ("объясняет Dr. Petrov"), where `staff_own` also reads "рассказывает".
pub const TEACH_VERB_RU: &str = "объясняет";

/// English words for one person, shared by `unowned::person_in` (a person in the clause) and
/// `one_person` in mod.rs (a word for one person in the sentence), matched as whole words,
/// case-insensitively. What each reads beside them is spelled at the reader: `person_in` also
/// "hers", "they", "couple", "miss", "sir", the reader and the kin words (`EN_KIN`);
/// `one_person` also "boy", "girl", "baby" and "the/our/this/a patient" (all of which
/// `person_in` reads too, through `EN_KIN` and "patient").
pub const EN_HE_SHE: &str = "he|she|him|her|his";
/// English courtesy titles (without their full stop), see `EN_HE_SHE`.
pub const EN_COURTESY: &str = "mr|mrs|ms";
/// English nouns for one adult, see `EN_HE_SHE`.
pub const EN_ADULT: &str = "gentleman|lady|man|woman|guy";

/// A clinician's title before a name, abbreviated ("Dr.", Spanish "Dra."), matched
/// case-insensitively by `staffside` (one class for its readers: `titled_before`,
/// `clinician_in`, `covering_colleague`, `clinician_act`).
pub const TITLE_DR: &str = r"dr\.?|dra\.?";
/// A clinician's title spelled out: English and Spanish "doctor", German "Doktor", Indonesian
/// and Dutch "dokter", French "docteur" (`staffside::titled_before`, `clinician_in`,
/// `clinician_name`).
pub const TITLE_DOCTOR: &str = "doctor|doktor|dokter|docteur";
/// The Russian title, a stem (`titled_before` reads its case endings, `clinician_in` and
/// `clinician_name` the nominative).
pub const TITLE_DOCTOR_RU: &str = "доктор";
/// The Arabic titles (m., f.), matched with the article they carry.
pub const TITLE_DOCTOR_AR: &str = "الدكتور|الدكتورة";
// Not here, on purpose: the capitalised, case-sensitive title classes of `staff_own` ("Nurse")
// and `clinician_news` ("Doctora") in mod.rs, and `staffside::sentence_past_titles`'s "prof":
// each reads a different set, and one class for all would change what they match.

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_class_matches_its_words() {
        for s in [
            "Free talk Thursday",
            "Join our webinar",
            "See you at the open house",
            "Our food drive starts Monday",
            "the 5K on Sunday",
            "Halloween party",
            "raffle tickets",
            "the beach cleanup",
        ] {
            assert!(has_event("en", s), "{s}");
        }
        for (lang, s) in [
            ("es", "Charla gratuita el martes"),
            ("es", "jornada de vacunación en la plaza"),
            ("fr", "Atelier nutrition samedi"),
            ("fr", "journée portes ouvertes"),
            ("de", "Grippeimpfaktion für alle ab 60"),
            ("de", "Sommerfest in der Lindenstraße"),
            ("de", "zum Spendenlauf"),
            ("ru", "на лекцию о диабете"),
            ("ru", "день открытых дверей"),
            ("id", "acara jalan sehat"),
            ("ar", "ندعوكم لمحاضرة عن السكري"),
            ("ar", "زورونا في المعرض الصحي"),
            ("de", "Spendenaktion im Mai"),
        ] {
            assert!(has_event(lang, s), "{lang}: {s}");
            assert!(has_foreign_event(s), "{lang}: {s}");
        }
    }

    #[test]
    fn near_misses_are_no_events() {
        // Care, ordinary words and words that only contain an event word.
        for s in [
            "your screening went well",
            "drive safely",
            "the race to the chair",
            "we talked on Friday",
            "thanks for the eventual update",
            "a classic case",
            "Fairview Road",
        ] {
            assert!(!has_event("en", s), "{s}");
        }
        for (lang, s) in [
            ("es", "feliz jornada"),
            ("fr", "bonne journée"),
            ("de", "Der Verlauf war gut"),
            ("de", "Nach der Reaktion am 12. März"),
            ("de", "eine leichte Impfreaktion"),
            ("de", "die Transaktion"),
            ("ar", "وأنت معرض لخطر التسوس"),
            ("de", "Ablauf der Behandlung"),
            ("ru", "спасибо за визит"),
            ("id", "terima kasih"),
        ] {
            assert!(!has_event(lang, s), "{lang}: {s}");
        }
        // The loose words count only through `has_event_loose`.
        assert!(!has_event("es", "fiesta del barrio"));
        assert!(has_event_loose("es", "fiesta del barrio"));
        assert!(has_event_loose("fr", "à la fête du quartier"));
        assert!(!has_event_loose("id", "pesta"));
    }

    #[test]
    fn kin_words_are_whole_words() {
        // How the callers match EN_KIN: as whole words.
        let kin = word_regex("en", EN_KIN);
        for s in [
            "your husband",
            "her grandson",
            "the twins",
            "our whole family",
            "my fiancée",
        ] {
            assert!(kin.is_match(s), "{s}");
        }
        // Names and words that only begin like a kin word.
        for s in [
            "Sonia called",
            "Dadeland Mall",
            "Parenting tips",
            "Momentum",
            "unclear",
        ] {
            assert!(!kin.is_match(s), "{s}");
        }
    }

    /// mend16: the word-by-word kin slice of the name recognizer stays within `EN_KIN`.
    #[test]
    fn kin_slice_is_within_en_kin() {
        let kin = Regex::new(&format!(r"(?i)^(?:{EN_KIN})$")).unwrap();
        for w in crate::recognizers::names::KIN_EN {
            assert!(kin.is_match(w), "{w}");
        }
        assert!(!kin.is_match("sonia"));
    }

    /// mend14: the teaching verbs, one word from each former copy, in the readers' frames.
    #[test]
    fn teaching_verbs_per_reader() {
        let one = Regex::new(&format!(r"^(?:{TEACH_VERBS})$")).unwrap();
        for w in ["erklärt", "explica", "explique", "menjelaskan"] {
            assert!(one.is_match(w), "{w}");
        }
        assert!(!one.is_match("erläutert") && !one.is_match(TEACH_VERB_RU));
        assert!(Regex::new(&format!(r"^(?:{TEACH_VERBS_DE_MORE})$"))
            .unwrap()
            .is_match("bespricht"));
    }

    #[test]
    fn an_unknown_language_uses_english() {
        assert!(has_event("xx", "the health fair"));
        assert_eq!(events("xx"), EN_EVENT);
    }

    /// mend16: `per_lang`, the cache `has_event` and `relclass::staff_news` used to write each:
    /// a language's own regex, English's for any other, built once.
    #[test]
    fn per_lang_picks_the_language_or_english() {
        static RES: OnceLock<Vec<Regex>> = OnceLock::new();
        let build = |l: &'static str| Regex::new(&format!("^{l}$")).unwrap();
        assert!(per_lang(&RES, build, "ru").is_match("ru"));
        assert!(per_lang(&RES, build, "ar").is_match("ar"));
        assert!(per_lang(&RES, build, "pt").is_match("en"));
        assert!(per_lang(&RES, build, "en").is_match("en"));
        assert!(has_event("es", "la feria de salud") && !has_event("es", "the health fair"));
    }
}
