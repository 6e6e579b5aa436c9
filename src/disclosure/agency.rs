//! agency13: care the practice gave a person (issue 3, corpus convention f).
//!
//! A clinical term already tied to a person (`clin-detail`) says what was done; when the same
//! sentence, close to the term, also says that the practice did it, the reply confirms that the
//! person is the practice's patient. The practice's agency is read from per-language marker
//! classes: the practice as acting subject ("we gave", "our surgeon", "nous avons", "wir
//! haben", "мы вам", "kami", "أجرينا"), its place ("here", "at our clinic", "con nosotros",
//! "chez nous", "bei uns", "у нас", "di sini", "عندنا"), a clinician as agent ("with Dr. Lee",
//! "the injection Dr. Lee gave you"), the relative clause of what was done ("que le hicimos",
//! "die wir Ihnen ... haben", "которую мы вам делали"), the pleasure of the care ("was a joy",
//! "a privilege"), or the person's upcoming episode ("your next", "su próxima", "votre
//! prochaine", "Ihre nächste", "ваша следующая", "berikutnya", "القادمة").
//!
//! The `rel-confirm` span runs from the first to the last of the term and the marker (the
//! phrase "agency + event"), inside the term's sentence. Nothing is emitted when the term has
//! no `clin-detail` (the term's tie to a person is what makes it someone's care), or when a
//! `rel-confirm` already overlaps that phrase. Conditions, wishes and offers to every reader are
//! dropped afterwards by `roles::unasserted`, as for every relationship phrase.

use super::Flag;
use regex::Regex;
use std::sync::OnceLock;

/// How far (bytes) a marker may stand from the term, either side.
const REACH: usize = 70;

/// The practice-agency markers of one language, one alternation.
fn markers(lang: &str) -> &'static str {
    match lang {
        "es" => {
            r"\b(?:le|la|lo|te|les)\s+(?:hicimos|pusimos|colocamos|tomamos|quitamos|sacamos|realizamos|operamos|hizo|puso|colocó|tomó|quitó|sacó|realizó|operó)\b|\b(?:con\s+nosotros|aquí|acá|en\s+nuestr[oa]s?\s+\w+)\b|\b(?:su|tu)\s+próxim[oa]\b|\b(?:fue\s+un\s+(?:gusto|placer|honor|regalo|orgullo))\b"
        }
        "fr" => {
            r"\b(?:chez\s+nous|au\s+cabinet|à\s+la\s+clinique|dans\s+notre\s+\w+|nous\s+vous\s+avons|que\s+nous\s+vous\s+avons|nous\s+avons|on\s+vous\s+a|on\s+a)\b|\b(?:votre|ta|ton)\s+prochaine?\b|\b(?:un\s+plaisir|un\s+honneur|une\s+joie)\b"
        }
        "de" => {
            r"\b(?:bei\s+uns|in\s+unserer?\s+\w+|wir\s+haben|wir\s+hatten|die\s+wir\s+(?:Ihnen|dir)|den\s+wir\s+(?:Ihnen|dir)|das\s+wir\s+(?:Ihnen|dir))\b|\b(?:Ihr(?:e|em|er|en|es)?|dein(?:e|em|er|en|es)?)\s+nächst\w*|\beine\s+Freude\b"
        }
        "ru" => {
            r"(?:^|[^\p{L}])(?:у\s+нас|в\s+наш(?:ей|ем)\s+\p{L}+|мы\s+(?:вам|вас|тебе|тебя)|котор\p{L}+\s+мы|мы\s+\p{L}+ли)(?:$|[^\p{L}])|(?:^|[^\p{L}])(?:ваш\p{L}*|тво\p{L}+)\s+следующ\p{L}+"
        }
        "id" => {
            r"\b(?:di\s+sini|di\s+klinik\s+kami|di\s+rumah\s+sakit\s+kami|kami\s+(?:yang\s+)?(?:me\w+|rawat|pasang|cabut|tangani)|berikutnya|selanjutnya)\b"
        }
        "ar" => r"لدينا|عندنا|في\s+عيادتنا|في\s+مركزنا|أجريناها|أجريناه|أجرينا|قمنا|القادمة|القادم",
        _ => {
            r"\bwe\s+(?:(?:just|finally|all)\s+)?(?:did|gave|put|got|took|made|saw|held|stayed|were|had|fit|set|ran|drew|caught|kept|cut|pulled|placed|removed|fitted|treated|performed|delivered|stitched|drained|rebuilt|repaired|fixed|sealed|started|finished|walked|sat|stood)\b|\bour\s+(?:team|surgeons?|nurses?|doctors?|dentists?|hygienists?|midwi(?:fe|ves)|PA|anesthetists?|anesthesiologists?|sonographers?|techs?|staff|specialists?|therapists?|physios?|assistants?)\s+(?:\w+ed|did|gave|put|got|took|made|saw|held|stayed|were|had|fit|set|ran|drew|caught|kept|cut|began)\b|\b(?:with\s+us|at\s+our\s+\w+|in\s+our\s+\w+|here)\b|\bwith\s+Dr\.?\s+\p{Lu}\w+\b|\b(?:Dr\.?|Doctor)\s+\p{Lu}\w+\s+(?:gave|did|put|placed|ran|performed|removed|fitted|took|drew)\b|\b(?:your|ur)\s+next\b|\b(?:was|has\s+been|is)\s+(?:a|the)\s+(?:joy|privilege|pleasure|honou?r|highlight|team\s+effort)\b|\b(?:loved|enjoyed)\s+(?:placing|treating|fitting|delivering|caring\s+for|looking\s+after|fixing|working\s+on|doing)\b"
        }
    }
}

fn marker_re(lang: &str) -> &'static Regex {
    static ALL: [OnceLock<Regex>; crate::lang::LANGS.len()] =
        [const { OnceLock::new() }; crate::lang::LANGS.len()];
    ALL[crate::lang::slot(lang)]
        .get_or_init(|| Regex::new(&format!("(?i){}", markers(lang))).expect("agency marker regex"))
}

/// "Here's", "here is", "here to help", "here for you", "here if": the practice presenting
/// itself or a resource, not the place where care was given.
fn presenting(marker: &str, after: &str) -> bool {
    static NEXT: OnceLock<Regex> = OnceLock::new();
    marker.eq_ignore_ascii_case("here")
        && NEXT
            .get_or_init(|| {
                Regex::new(
                    r"(?i)^(?:['’]s\b|\s+(?:is|are|to|for\s+you|if|when|whenever|anytime)\b)",
                )
                .expect("here presenting")
            })
            .is_match(after)
}

/// "no longer with us", "still with us": a person's (often a colleague's) presence or departure,
/// not care the practice gave.
fn departed(before: &str, marker: &str) -> bool {
    static PRE: OnceLock<Regex> = OnceLock::new();
    marker.eq_ignore_ascii_case("with us")
        && PRE
            .get_or_init(|| {
                Regex::new(
                    r"(?i)\b(?:no\s+longer|not|still|been|stay(?:ed|ing)?|remain(?:ed|s)?)\s*$",
                )
                .expect("departed")
            })
            .is_match(before)
}

/// `rel-confirm` over "agency + event" for each `clin-detail` in `out` whose sentence carries a
/// practice-agency marker within [`REACH`] bytes of the term (see the module text).
pub fn care_given(text: &str, lang: &str, sentences: &[(usize, usize)], out: &mut Vec<Flag>) {
    let re = marker_re(lang);
    let terms: Vec<(usize, usize)> = out
        .iter()
        .filter(|f| f.rule == "clin-detail")
        .map(|f| (f.start, f.end))
        .collect();
    for (ts, te) in terms {
        let Some(&(ss, se)) = sentences.iter().find(|&&(s, e)| s <= ts && te <= e) else {
            continue;
        };
        let best = re
            .find_iter(&text[ss..se])
            .filter(|m| !presenting(m.as_str(), &text[ss + m.end()..se]))
            .filter(|m| !departed(&text[ss..ss + m.start()], m.as_str()))
            .map(|m| {
                let (ms, me) = (ss + m.start(), ss + m.end());
                // Overlap counts as adjacent.
                let gap = if me <= ts {
                    ts - me
                } else {
                    ms.saturating_sub(te)
                };
                (gap, ms, me)
            })
            .filter(|&(gap, _, _)| gap <= REACH)
            .min_by_key(|&(gap, _, _)| gap);
        let Some((_, ms, me)) = best else {
            continue;
        };
        let (start, end) = (ts.min(ms), te.max(me));
        // The marker and the term must stay in one clause: no sentence-internal break between.
        let between = &text[start..end];
        if between.contains([';', ':', '\n']) {
            continue;
        }
        // English puts no comma inside "the chemo we gave you" / "your stent placement here";
        // a comma between them joins another clause ("send your X-rays to your new dentist,
        // just like we did on March 3": the marker is the sending, not the X-rays). fixp12
        // (review12 f11): the same in every Latin-script language ("Die Krone Ihres Sohnes
        // prüfen wir, Ihr nächster Besuch").
        if matches!(lang, "en" | "es" | "fr" | "de" | "id") && between.contains(',') {
            continue;
        }
        // Not what `Scanner::merge_relations` does later: the merge would widen the
        // `rel-confirm` already found to the union with this term-to-marker span; this skip
        // keeps the earlier span (mend16: the corpus scan output differs without it).
        let known = out
            .iter()
            .any(|f| f.rule == "rel-confirm" && f.start < end && start < f.end);
        if known {
            continue;
        }
        out.push(Flag::relation(start, end, 1.0));
    }
}

#[cfg(test)]
mod tests {
    /// The findings of one rule in a scan with the default policy, as quoted text.
    fn quotes(text: &str, lang: &str, rule: &str) -> Vec<String> {
        let scanner = crate::scanner::Scanner::new(&crate::policy::Policy::default_policy())
            .expect("default policy");
        scanner
            .scan(&crate::finding::Input::new(text).with_lang(lang))
            .into_iter()
            .filter(|f| f.rule == rule)
            .map(|f| text[f.start..f.end].to_string())
            .collect()
    }

    /// A person's clinical event told with the practice as its agent or place: the phrase from
    /// the term to the marker is `rel-confirm` (the start binary, main 7cfb0ba, gave none of these
    /// spans), and the term keeps its `clin-detail`.
    #[test]
    fn care_the_practice_gave_is_a_relationship() {
        for (lang, text, span) in [
            (
                "en",
                "Removing that cyst for you was a team effort.",
                "cyst for you was a team effort",
            ),
            (
                "es",
                "La cirugía de rodilla que le hicimos salió muy bien.",
                "cirugía de rodilla que le hicimos",
            ),
            (
                "fr",
                "La chimiothérapie que nous vous avons faite est terminée.",
                "chimiothérapie que nous vous avons",
            ),
            (
                "fr",
                "Votre opération de la cataracte chez nous s'est bien passée.",
                "cataracte chez nous",
            ),
            (
                "id",
                "Operasi usus buntu Bapak di sini berjalan lancar.",
                "Operasi usus buntu Bapak di sini",
            ),
            (
                "ar",
                "العلاج الكيميائي الذي أجريناه لك انتهى بنجاح.",
                "العلاج الكيميائي الذي أجريناه",
            ),
        ] {
            let rel = quotes(text, lang, "rel-confirm");
            assert!(
                rel.iter().any(|q| q == span),
                "{text}: rel-confirm {rel:?}, expected {span:?}"
            );
            assert!(!quotes(text, lang, "clin-detail").is_empty(), "{text}");
        }
    }

    /// The reader accompanied through an episode (relclass template 9) is `rel-confirm`, also
    /// where no clinical term is found ("فترة العلاج").
    #[test]
    fn accompaniment_of_the_reader_is_a_relationship() {
        for (lang, text, span) in [
            (
                "en",
                "We were with you through every round of chemo, and we're so proud.",
                "We were with you through every round of chemo",
            ),
            (
                "es",
                "Fue un placer acompañarle durante la quimioterapia.",
                "Fue un placer acompañarle durante la quimioterapia",
            ),
            (
                "de",
                "Es war schön, Sie durch die Chemotherapie zu begleiten.",
                "Es war schön, Sie durch die Chemotherapie zu begleiten",
            ),
            (
                "ru",
                "Нам было приятно сопровождать вас во время беременности.",
                "Нам было приятно сопровождать вас во время беременности",
            ),
            (
                "ar",
                "كان شرفا أن رافقناك طوال فترة العلاج.",
                "رافقناك طوال فترة العلاج",
            ),
        ] {
            let rel = quotes(text, lang, "rel-confirm");
            assert!(
                rel.iter().any(|q| q == span),
                "{text}: rel-confirm {rel:?}, expected {span:?}"
            );
        }
    }

    /// The practice's services for everyone, an offer to explain ("walk you through"), a
    /// colleague who left ("no longer with us"), staff news ("Our staff, Kevin Brooks, who broke
    /// his wrist") and the practice presenting a guide ("Here's") confirm no relationship.
    #[test]
    fn services_offers_and_staff_news_are_not_relationships() {
        for (lang, text) in [
            ("en", "We offer chemo here five days a week."),
            (
                "en",
                "Kevin broke his wrist and is no longer with us this season.",
            ),
            ("en", "Here's what to expect after your cataract surgery."),
            (
                "en",
                "Our staff, Kevin Brooks, who broke his wrist skiing, is back.",
            ),
            (
                "en",
                "We'll walk you through the chemo schedule at the consult.",
            ),
            ("en", "We walk every patient through each round of chemo."),
            (
                "de",
                "Wir begleiten alle Patientinnen durch die Schwangerschaft.",
            ),
            ("id", "Kami menemani setiap pasien selama persalinan."),
        ] {
            let rel = quotes(text, lang, "rel-confirm");
            assert!(rel.is_empty(), "{text}: {rel:?}");
        }
    }
}
