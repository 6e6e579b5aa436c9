//! prec14: findings on words said to every reader, not about one person (issues 3 and 4). Each
//! filter keeps its flag when the sentence (or, where said, the reply) holds a person: a name,
//! a date, an age or a unique trait found by the other readers.
//! - the practice's own service promise ("We work hard to get lab results to your doctor within
//!   two days", "Wir sorgen dafür, dass Ihr Hausarzt die Befunde ... erhält"): the results term
//!   is no one's result (`clin-detail`/`rel-confirm` dropped);
//! - a bring-instruction for every visit ("Pensez à apporter votre carte Vitale et votre
//!   ordonnance à chaque rendez-vous"): the things brought are everyone's;
//! - a question to every reader about a vague past visit ("Недавно были у нас?", "زرتنا
//!   مؤخراً؟", "Had a visit with us recently?"), when the reply names, dates and treats no one;
//! - a phone line ("Le atendemos en el (555) 201-3300 de lunes a viernes"): "atendemos" before a
//!   number is the line's service, and a weekday range is the practice's hours;
//! - a promotion on "your first cleaning of the year" with a free gift, when the reply names and
//!   dates no one;
//! - advice to everyone: a "never" imperative on a drug with an indefinite article ("Nunca
//!   suspenda un antibiótico", "Setzen Sie ein Antibiotikum nie ... ab"), or any advice after a
//!   call to all readers ("For anyone wondering, ...", "A reminder for the whole community:");
//! - health education in the habitual or generic voice ("Setelah operasi lutut, pasien biasanya
//!   perlu fisioterapi", "La fiebre alta en un bebé ... siempre requiere una consulta"): no
//!   possessive, no reader and no person in the reply;
//! - a titled clinician in a coverage notice ("Dr. N ..., her patients can book with ...", "La
//!   Dra. N cubrirá la consulta"): staff, not a patient (`staffside::coverage_notice`, beside
//!   the other titled-clinician readers);
//! - a free check the practice holds on a date ("يوم السبت 10 مايو نقدم فحصاً مجانياً لضغط الدم"):
//!   the date is the event's and the test is the service's.

use super::staffside::{coverage_notice, in_text};
use super::unowned::{clause_around, person_in, sentence_around};
use crate::finding::Finding;

fn service_promise(sentence: &str) -> bool {
    re_match!(
        r"(?i)\b(?:we\s+(?:work\s+hard|strive|aim|try\s+hard|do\s+our\s+best)\s+to|trabajamos\s+para|nos\s+esforzamos\s+(?:en|por)|nous\s+faisons\s+(?:le\s+maximum|tout|de\s+notre\s+mieux)|wir\s+sorgen\s+dafür|wir\s+bemühen\s+uns|мы\s+стараемся|мы\s+делаем\s+всё|kami\s+berusaha|kami\s+upayakan)\b|نعمل\s+على|نحرص\s+على",
        sentence
    )
}

fn results_term(span: &str) -> bool {
    re_match!(
        r"(?i)(?:results?|report|résultats?|resultados?|befund\w*|ergebnis\w*|результат\w*|анализ\w*|hasil|نتائج|نتيجة)",
        span
    )
}

fn every_visit_bring(sentence: &str) -> bool {
    re_match!(
        r"(?i)\b(?:bring|pensez\s+à|apport\w*|traiga|trae|bringen\s+Sie|mitbringen|возьмите|принесите|bawa)\b|أحضر",
        sentence
    ) && re_match!(
        r"(?i)\b(?:(?:every|each)\s+(?:visit|appointment)|(?:à\s+)?chaque\s+(?:rendez-vous|visite|consultation)|(?:a\s+)?cada\s+(?:cita|consulta|visita)|(?:zu\s+)?jede[mnr]?\s+(?:Termin|Besuch)|на\s+каждый\s+(?:при[её]м|визит)|setiap\s+(?:kunjungan|pemeriksaan))\b|كل\s+(?:موعد|زيارة)",
        sentence
    )
}

fn everyone_question(sentence_and_mark: &str) -> bool {
    (sentence_and_mark.ends_with('?') || sentence_and_mark.ends_with('؟'))
        && re_match!(
            r"(?i)\b(?:recently|lately|récemment|hace\s+poco|recientemente|kürzlich|neulich|недавно|baru\s+saja|belakangan)\b|مؤخر",
            sentence_and_mark
        )
}

/// A post's question to its readers followed by a request for reviews ("Hat Ihnen Ihr letzter
/// Besuch gefallen? Schreiben Sie uns eine Bewertung."): asked of everyone who visited.
fn review_request_after(rest: &str) -> bool {
    re_match!(
        r"(?i)^\W*(?:[^.!?؟\n]*)\b(?:reviews?|rate\s+us|bewertung\w*|avis|reseñas?|opini[oó]n\w*|отзыв\w*|ulasan|review)\b|^\W*[^.!?؟\n]*تقييم",
        rest
    )
}

/// "we're happy to forward your records" (the ASCII apostrophe form): an offer to anyone.
fn records_offer(sentence: &str) -> bool {
    re_match!(
        r"(?i)\bwe(?:\x27re|’re|\s+are)\s+(?:always\s+)?(?:happy|glad)\s+to\s+(?:send|forward|transfer|share|email)\b",
        sentence
    )
}

fn phone_line(text: &str, start: usize, end: usize) -> bool {
    re_match!(r"(?i)^(?:le|les|lo|la)\s+atendemos\b", &text[start..end])
        && re_match!(
            r"^\s*(?:en\s+el\s+|al\s+)?\(?\+?\d[\d\s().-]{6,}",
            &text[end..]
        )
        || re_match!(
            r"(?i)^(?:le|les|lo|la)\s+atendemos\s+en\s+el$",
            &text[start..end]
        ) && re_match!(r"^\s*\(?\+?\d[\d\s().-]{6,}", &text[end..])
}

/// The byte ranges of weekday ranges ("de lunes a viernes", "from Monday to Friday") in `text`.
fn weekday_ranges(text: &str) -> Vec<(usize, usize)> {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        let wd = r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?|lunes|martes|miércoles|jueves|viernes|sábados?|domingos?|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montags?|dienstags?|mittwochs?|donnerstags?|freitags?|samstags?|sonntags?|понедельника|вторника|среды|четверга|пятницы|субботы|воскресенья|пятницу|субботу|воскресенье|senin|selasa|rabu|kamis|jumat|sabtu|minggu";
        regex::Regex::new(&format!(
            r"(?i)\b(?:de|from|du|von|с|dari)\s+(?:{wd})\s+(?:a|to|through|thru|au|bis|по|sampai|hingga|-)\s+(?:{wd})\b"
        ))
        .expect("weekday range regex")
    });
    re.find_iter(text).map(|m| (m.start(), m.end())).collect()
}

fn free_word(sentence: &str) -> bool {
    re_match!(
        r"(?i)\b(?:free|gratis|gratuit\w*|kostenlos\w*|бесплатн\w*|gratuita?s?)\b|مجان",
        sentence
    )
}

fn first_of_year(text: &str, start: usize, end: usize) -> bool {
    re_match!(
        r"(?i)\b(?:your|su|tu|votre|ta|Ihre?r?|ваш\w*|Anda)?\s*(?:first|primer[ao]?|premi[eè]re?|erste\w*|перв\w*|pertama)\b",
        &text[start..end]
    ) && re_match!(
        r"(?i)^\s*(?:\w+\s+)?(?:of\s+the\s+year|del\s+año|de\s+l['’]année|im\s+neuen\s+Jahr|des\s+Jahres|в\s+этом\s+году|(?:anda\s+)?tahun\s+ini)\b",
        &text[end..]
    ) || re_match!(r"(?i)\b(?:ersten|первой|первую)\b", &text[start..end])
        && re_match!(r"(?i)\b(?:im\s+neuen\s+Jahr|в\s+этом\s+году)", &text[end..])
}

fn never_indefinite(sentence: &str, through_span: &str) -> bool {
    re_match!(
        r"(?i)\b(?:never|nunca|jamás|jamais|nie|niemals|никогда|jangan\s+pernah)\b|لا\s+\S+.*أبدا",
        sentence
    ) && re_match!(
        r"(?i)\b(?:an?|un|una|une|ein|eine[nm]?)\s+(?:[\w-]+\s+)?[\w-]+$",
        through_span
    )
}

fn everyone_call(before_in_text: &str) -> bool {
    re_match!(
        r"(?i)\b(?:for\s+(?:anyone|everyone|all\s+of\s+you|the\s+whole\s+community)|para\s+(?:todos|quien|cualquiera)|pour\s+(?:tous|tout\s+le\s+monde|ceux\s+qui)|für\s+alle|an\s+alle|для\s+всех|всем,|untuk\s+semua)\b|للجميع",
        before_in_text
    )
}

fn habitual_generic(sentence: &str) -> bool {
    re_match!(
        r"(?i)\b(?:usually|generally|typically|most\s+people|in\s+most\s+cases|por\s+lo\s+general|normalmente|suele\w*|siempre|en\s+général|généralement|la\s+plupart|in\s+der\s+Regel|normalerweise|meistens|die\s+meisten|обычно|как\s+правило|большинств\w*|biasanya|umumnya|pada\s+umumnya)\b|عادة|عادةً|غالبا|^\W*(?i:after\s+an?|después\s+de\s+una?|nach\s+einer?|après\s+une?|после|setelah|بعد)\s",
        sentence
    ) && re_match!(
        r"(?i)\b(?:a\s+(?:baby|child|patient|person)|un\s+(?:bebé|niño|paciente|enfant|patient)|une\s+personne|ein(?:\s+Kind|\s+Patient|e\s+Person)|pasien|(?:the\s+)?patients?|(?:el\s+)?pacientes?|le\s+patient|der\s+Patient|people|personas|gens|Patienten|пациент\w*|люд\w*|orang)\b|المريض|المرضى",
        sentence
    ) && !re_match!(
        r"(?i)\b(?:your|his|her|their|you|tu|tus|su|sus|usted|votre|vos|son|sa|ses|vous|Ihr\w*|Sie|sein\w*|ihr\w*|ваш\w*|вы|вас|вам|его|её|ее|их|Anda|kamu|dia|beliau)\b|\b(?:this|that|este|esta|ese|esa|ce|cette|dies\w*|этот|эта|этого|этой)\s+(?:patient|paciente|Patient\w*|пациент\w*|baby|bebé|child|niño|niña|enfant|Kind)\b|\b(?:pasien|anak)\s+(?:ini|itu|tersebut)\b",
        sentence
    )
}

fn offer_event(sentence: &str) -> bool {
    re_match!(
        r"(?i)\b(?:we\s+(?:offer|hold|run|host)|ofrecemos|organizamos|realizamos|nous\s+(?:proposons|organisons|offrons)|bieten\s+wir|wir\s+bieten|проводим|предлагаем|kami\s+(?:adakan|mengadakan|menyediakan))\b|نقدم|ننظم|نوفر",
        sentence
    ) && free_word(sentence)
}

fn institution_age(text: &str, start: usize, end: usize) -> bool {
    let (a, b) = clause_around(text, start, end);
    let clause = &text[a..b];
    if re_match!(
        r"(?i)\b(?:you|your|his|her|he|she|patient\w*|paciente\w*|пациент\w*|pasien|Mr|Mrs|Ms|Miss|señora?|don|doña|madame|monsieur|Frau|Herr|grand\w*|abuel\w*|Oma|Opa|бабушк\w*|дедушк\w*|nenek|kakek|mbah|volunteer\w*|member\w*|friend\w*)\b",
        clause
    ) {
        return false;
    }
    // The institution is the subject right before the age ("Our community turns 25"), or the
    // one the birthday is wished to ("Happy 10th birthday to Brightwater Family Health").
    let inst = r"(?:community|clinic|practice|office|cent(?:er|re)|hospital|pharmacy|lab|wing|unit|cabinet|clinique|clínica|centro|consultorio|Praxis|Klinik|Zentrum|клиник\w*|центр\w*|отделени\w*|klinik|puskesmas)";
    let before = &text[a..start];
    let after = &text[end..b];
    static SUBJ: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let subj = SUBJ.get_or_init(|| {
        regex::Regex::new(&format!(
            r"(?i)\b(?:our|the|this|notre|nuestr[oa]|unser\w*|наш\w*)\s+(?:[\w-]+\s+){{0,2}}?{inst}(?:\s+(?:turns|is\s+turning|is\s+now|celebrates|cumple|fête\s+ses|souffle\s+sa|wird|feiert|исполняется))?\s*$"
        ))
        .expect("institution subject regex")
    });
    static TO: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let to = TO.get_or_init(|| {
        regex::Regex::new(&format!(
            r"(?i)^\s*(?:birthday|anniversary)?\s*(?:to|a|à)\s+(?:our|the|notre|nuestr[oa])?\s*(?:[\w-]+\s+){{0,2}}?(?:{inst}|(?:\p{{Lu}}[\w-]*\s+){{0,2}}(?:Health|Clinic|Dental|Medical|Care|Center|Centre|Hospital|Pharmacy|Practice|Pediatrics))\b"
        ))
        .expect("institution recipient regex")
    });
    subj.is_match(before) || to.is_match(after)
}

fn generic_medication(span: &str) -> bool {
    re_match!(
        r"(?i)^(?:(?:your|tu|tus|su|sus|votre|vos|Ihre?[mn]?|ваш\w*)\s+)?(?:medications?|medicines?|meds|medicamentos?|médicaments?|medikament\w*|arznei\w*|лекарств\w*|препарат\w*|obat)(?:\s+(?:Anda|kamu))?$",
        span.trim()
    )
}

pub fn drop_generic(text: &str, reply: bool, out: &mut Vec<Finding>) {
    let ok = |f: &Finding| in_text(text, f);
    let spans_of = |rules: &[&str]| -> Vec<(usize, usize)> {
        out.iter()
            .filter(|f| rules.contains(&f.rule.as_str()) && ok(f))
            .map(|f| (f.start, f.end))
            .collect()
    };
    let ranges = weekday_ranges(text);
    let in_range = |s: usize, e: usize| ranges.iter().any(|&(x, y)| x <= s && e <= y);
    let anchors: Vec<(usize, usize)> = spans_of(&["phi-name", "phi-date", "phi-age", "phi-unique"])
        .into_iter()
        .filter(|&(s, e)| !in_range(s, e))
        .collect();
    let near = |s: usize, e: usize| {
        let (a, b) = sentence_around(text, s, e);
        anchors
            .iter()
            .any(|&(x, y)| x < b && a < y && (y <= s || x >= e))
    };
    let persons = spans_of(&["phi-name", "phi-age", "phi-unique"]);
    let named_anywhere = !persons.is_empty();
    let dated_anywhere = anchors.iter().any(|a| !persons.contains(a));
    let treated = spans_of(&["clin-detail", "echo-disclosure"]);
    let treated_anywhere = !treated.is_empty();
    let treated_other = |s: usize, e: usize| treated.iter().any(|&(x, y)| y <= s || x >= e);
    let related_anywhere = !spans_of(&["rel-confirm"]).is_empty();
    let clinicians: Vec<(usize, usize)> = out
        .iter()
        .filter(|f| f.rule == "phi-name" && ok(f) && coverage_notice(text, f.start, f.end))
        .map(|f| (f.start, f.end))
        .collect();
    out.retain(|f| {
        if !ok(f) {
            return true;
        }
        let (a, b) = sentence_around(text, f.start, f.end);
        let sentence = &text[a..b];
        let with_mark = &text[a..(b + text[b..].chars().next().map_or(0, char::len_utf8))];
        let span = &text[f.start..f.end];
        let rule = f.rule.as_str();
        if rule == "phi-name" && clinicians.contains(&(f.start, f.end)) {
            return false;
        }
        if rule == "phi-date" && in_range(f.start, f.end) {
            return false;
        }
        let person_here = persons
            .iter()
            .any(|&(x, y)| x < b && a < y && (y <= f.start || x >= f.end));
        if matches!(rule, "phi-date" | "clin-detail")
            && offer_event(sentence)
            && !person_in(sentence)
            && !person_here
            && !related_anywhere
        {
            return false;
        }
        if near(f.start, f.end) {
            return true;
        }
        match rule {
            "phi-age" if institution_age(text, f.start, f.end) && !person_here => false,
            "clin-detail" | "rel-confirm"
                if !reply
                    && generic_medication(span)
                    && re_match!(
                        r"(?i)^\W*(?:keep|take|store|bring|list|check|never|don\x27t|do\s+not|always|ask|lock|carry|guarde|tome|lleve|nunca|gardez|prenez|apportez|ne\s+jamais|nehmen|bewahren|bringen|храните|принимайте|никогда|simpan|minum|bawa|jangan)\b|\b(?:if|unless|si|wenn|falls|если|jika|kalau)\b",
                        sentence
                    )
                    && !named_anywhere
                    && !dated_anywhere
                    && !treated_other(f.start, f.end) =>
            {
                false
            }
            "clin-detail" | "rel-confirm" if service_promise(sentence) && results_term(span) => {
                false
            }
            "clin-detail" | "rel-confirm" | "phi-payment" if every_visit_bring(sentence) => false,
            "rel-confirm"
                if everyone_question(with_mark.trim_end())
                    && !named_anywhere
                    && !dated_anywhere
                    && !treated_anywhere =>
            {
                false
            }
            "rel-confirm" if phone_line(text, f.start, f.end) => false,
            "rel-confirm"
                if !reply
                    && (with_mark.trim_end().ends_with('?')
                        || with_mark.trim_end().ends_with('؟'))
                    && review_request_after(&text[(a + with_mark.len()).min(text.len())..])
                    && !named_anywhere
                    && !dated_anywhere
                    && !treated_anywhere =>
            {
                false
            }
            "rel-confirm" | "clin-detail"
                if records_offer(sentence) && re_match!(r"(?i)\brecords?\b", span) =>
            {
                false
            }
            "rel-confirm"
                if free_word(sentence)
                    && first_of_year(text, f.start, f.end)
                    && !named_anywhere
                    && !dated_anywhere =>
            {
                false
            }
            "advice-public" | "clin-detail"
                if !named_anywhere
                    && !related_anywhere
                    && (never_indefinite(sentence, &text[a..f.end])
                        || everyone_call(&text[..f.start])) =>
            {
                false
            }
            "clin-detail"
                if habitual_generic(sentence)
                    && !named_anywhere
                    && !related_anywhere
                    && !dated_anywhere =>
            {
                false
            }
            _ => true,
        }
    });
    super::everyone::drop_said_to_everyone(text, reply, out);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames() {
        assert!(service_promise(
            "We work hard to get lab results to your doctor within two business days"
        ));
        assert!(!service_promise("We sent your lab results to your doctor"));
        assert!(every_visit_bring(
            "Pensez à apporter votre carte Vitale et votre ordonnance à chaque rendez-vous"
        ));
        assert!(!every_visit_bring(
            "Pensez à apporter votre ordonnance demain"
        ));
        assert!(everyone_question("Недавно были у нас?"));
        assert!(!everyone_question("Были у нас во вторник?"));
        let t = "Le atendemos en el (555) 201-3300 de lunes a viernes, de 8 a 18 h.";
        assert!(phone_line(t, 0, "Le atendemos en el".len()));
        assert_eq!(weekday_ranges(t).len(), 1);
        assert!(coverage_notice(
            "While Dr. Nwosu is away, her patients can book with us.",
            10,
            15
        ));
        assert!(!coverage_notice(
            "Dr. Nwosu came in for her cleaning.",
            4,
            9
        ));
    }
}
