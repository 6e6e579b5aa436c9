//! prec13: findings that are the practice's side of a reply, not a patient's (issue 3):
//! - a titled clinician acting as a clinician ("Dr. Lin said the new evening hours start in
//!   January", "Frau Dr. Kranz verstärkt ab Februar unser Team") is staff, even when the policy's
//!   staff list does not name them: their `phi-name` is dropped, and so is a `phi-date` whose
//!   clause holds no other person ("El Dr. Salcedo se incorpora al equipo en enero"). A doctor
//!   addressed ("Hi Dr. Lin,") or doing what a patient does ("Dr. Lin was in for her cleaning")
//!   keeps the flag: only a clinician's act after the name (said, recommends, joins, is covering,
//!   is accepting, sees patients, in seven languages) clears it. Decision (brief prec13): a
//!   titled clinician acting as clinician is staff, not a patient; the practice should still add
//!   them to the policy's staff list, which is where staff names belong;
//! - an FAQ answer about "your first visit" in the habitual present ("Your first visit usually
//!   takes about an hour", "Votre premier rendez-vous dure environ une heure") speaks of any new
//!   patient: its `rel-confirm` is dropped unless the sentence holds a date, a name or an age;
//! - the things everyone brings ("bring your insurance card", "pensez à votre carte Vitale",
//!   "trae tu lista de medicamentos") are nobody's payment or care: `phi-payment`/`clin-detail`
//!   on the card or the medication list in a bring-instruction are dropped, and so is a
//!   procedure booked with an indefinite article ("Lorsque vous prenez rendez-vous pour un
//!   détartrage") in that sentence;
//! - "стопроцентная предоплата" (full prepayment) is a payment term, not an absolute claim.

use super::unowned::{clause_around, person_in, sentence_around};
use super::vocab::{TITLE_DOCTOR, TITLE_DOCTOR_AR, TITLE_DOCTOR_RU, TITLE_DR};
use crate::finding::Finding;

/// The sentence around `start..end`, not cut at the full stop of a title ("Dr.", "Dra.").
pub(super) fn sentence_past_titles(text: &str, start: usize, end: usize) -> (usize, usize) {
    let (mut a, mut b) = sentence_around(text, start, end);
    while a > 0 && re_match!(r"(?i)\b(?:dr|dra|prof)\.$", &text[..a]) {
        a = sentence_around(text, a - 1, a - 1).0;
    }
    while b < text.len()
        && text[b..].starts_with('.')
        && re_match!(r"(?i)\b(?:dr|dra|prof)$", &text[..b])
    {
        b = sentence_around(text, b + 1, b + 1).1;
    }
    (a, b)
}

/// A doctor's title right before `start` (the name), and the title is not the whole name.
fn titled_before(text: &str, start: usize) -> bool {
    let before = &text[..start];
    re_match_fmt!(
        r"(?i)(?:^|[^\w])(?:{TITLE_DR}|{TITLE_DOCTOR}|prof\.?|{TITLE_DOCTOR_RU}\w*|врач\w*)\s*$|(?:{TITLE_DOCTOR_AR}|د\.)\s*$",
        before
    )
}

/// The name is addressed (vocative): a greeting before the title, or the titled name opening the
/// reply and followed by a comma.
fn addressed(text: &str, start: usize, end: usize) -> bool {
    let (a, _) = sentence_past_titles(text, start, end);
    let head = &text[a..start];
    if re_match!(
        r"(?i)\b(?:hi|hello|hey|dear|thanks|thank you|hola|estimad[oa]|querid[oa]|gracias|bonjour|cher|chère|merci|hallo|liebe[rs]?|sehr geehrte[rs]?|danke|здравствуйте|уважаем\w*|спасибо|halo|terima kasih|yth)\b|مرحبا|عزيز|شكرا",
        head
    ) {
        return true;
    }
    let after = text[end..].trim_start();
    a == 0 && (after.starts_with(',') || after.starts_with('!') || after.starts_with('،'))
}

/// A clinician's act after the name, in the same sentence. fixp12 (review12 f2): a titled
/// name whose clause holds their own care ("her follow-up crown", "su implante", "ihrer
/// Hüft-OP") or how something feels ("the bridge feels great") is the patient, not staff news;
/// "is back", "returns", "vuelve", "kembali", "ist im" are said of patients too and are gone.
fn clinician_act(after: &str) -> bool {
    if re_match!(
        r"(?i)(?:her|his|su|sus|ihre[mnrs]?|seine[mnrs]?|его|её|ее)\s+(?:[\w-]+\s+){0,2}?(?:follow-?up|crown|bridge|implant\w*|filling|surgery|braces|aligners?|denture\w*|root\s+canal|cleaning|control|cirug\w*|corona|puente|empaste|[\w-]*OP|Operation|Krone|Implantat|Brücke|Füllung)|(?:feels?|feeling|se\s+siente|fühlt\s+sich)|(?:implan|kontrol)\w*\s+\w*nya",
        after
    ) {
        return false;
    }
    if clinician_work(after) {
        return true;
    }
    // The teaching verbs are `vocab::TEACH_VERBS` and `TEACH_VERB_RU` (mend14).
    use super::vocab::{TEACH_VERBS, TEACH_VERB_RU};
    re_match_fmt!(
        r"(?i)^(?:\s*(?:and|y|et|und|и|dan|و)\s+(?:{TITLE_DR}|doctor)\s+\w+)?\W{{0,3}}\s*(?:(?:\x27s|’s)\s+patients\b|(?:\w+\s+){{0,2}}?(?:said|says|recommends|suggests|advises|reminds|urges|encourages|warns|joins|joined|is\s+joining|will\s+join|(?:is|are)\s+(?:covering|seeing|accepting|on\s+leave|taking\s+new)|covers|explains|{TEACH_VERBS}|{TEACH_VERB_RU}|sees\s+patients|dice|dijo|recomienda|aconseja|sugiere|recuerda|advierte|se\s+incorpora|se\s+une|atiende|dit|a\s+dit|rappelle|recommande|conseille|suggère|rejoint|accepte|reçoit|remplace|sagt|sagte|empfiehlt|rät|erinnert|verstärkt|vertritt|übernimmt|ist\s+(?:ab|bis)\b|советует|рекомендует|напоминает|предлагает|сказал\w*|говорит|присоединя\w*|принимает|вернётся|menyarankan|mengingatkan|menganjurkan|mengimbau|berpesan|bilang|mengatakan|bergabung|menerima|praktik)\b)|^\s*(?:يشرح|تشرح|تنصح|ينصح|قال|قالت|ينضم|تنضم|يستقبل|تستقبل)",
        after
    )
}

/// prec16: a clinician's work after the name, a few words on ("will be here every Monday
/// seeing patients", "does sports medicine consultations", "hält donnerstags Sprechstunde",
/// "pasará consulta los lunes", "ведёт приём по средам", "buka praktik setiap Senin"): seeing or
/// treating patients (plural), or holding consultations, clinics or office hours (plural or the
/// service word). A patient's own consultation ("is here for her consultation", "for a consult")
/// is singular or owned and does not match.
fn clinician_work(after: &str) -> bool {
    re_match!(
        r"(?i)^\W{0,3}\s*(?:[\w-]+\s+){0,7}?(?:(?:seeing|sees|see|treating|treats|treat|taking\s+care\s+of|caring\s+for)\s+(?:new\s+|more\s+|adult\s+|young\s+|all\s+|our\s+)?patients\b|(?:for|doing|does|do|offering|offers|offer|holding|holds|hold|running|runs|run|providing|provides|provide)\s+(?:[\w-]+\s+){0,3}?(?:consults|consultations|clinics|office\s+hours|house\s+calls)\b|(?:pasa|pasará|pasar)\s+consulta\b|(?:atiende|atenderá|atender)\s+(?:a\s+)?(?:los\s+|sus\s+|nuevos\s+)?pacientes\b|(?:assure|assurera|tient|tiendra)\s+(?:les\s+|des\s+)?consultations\b|(?:consulte|consultera)\s+(?:le|les|tous|chaque)\b|(?:hält|halten|bietet|anbieten)\s+(?:[\w-]+\s+){0,3}?Sprechstunden?\b|(?:behandelt|betreut)\s+(?:[\w-]+\s+){0,2}?Patient(?:en|innen)\b|(?:ведёт|ведет|будет\s+вести)\s+при[её]м|(?:будет\s+)?принимать\s+пациентов|(?:buka|membuka)\s+praktik|(?:melayani|menangani|menerima)\s+(?:konsultasi|pasien)\b)",
        after
    )
}

/// The `phi-name` span is a titled clinician acting as one, or the title word alone.
fn clinician_name(text: &str, start: usize, end: usize) -> bool {
    let span = &text[start..end];
    // The title word alone taken for a name ("Dokter kami memeriksa setiap pasien").
    if re_match_fmt!(
        r"(?i)^(?:{TITLE_DOCTOR}|{TITLE_DOCTOR_RU}|{TITLE_DOCTOR_AR})$",
        span
    ) {
        return re_match!(
            r"(?i)^\s*(?:kami|nuestr[oa]s?|our|unser\w*|наш\w*)\b",
            &text[end..]
        ) || text[end..].trim_start().starts_with("نا");
    }
    // fixp12 (review12 f10): the title inside the span ("la Dre Dubois explique").
    let titled_span = re_match!(r"(?i)^(?:dre?|dra|dr\.)\.?\s+\p{Lu}", span);
    if !(titled_before(text, start) || titled_span) || addressed(text, start, end) {
        return false;
    }
    let (_, b) = sentence_past_titles(text, start, end);
    clinician_act(&text[end..b])
}

/// A titled clinician acting as one anywhere in `text[a..b]`, whether or not a name was flagged
/// ("El Dr. Salcedo se incorpora al equipo de pediatría en enero").
fn clinician_in(text: &str, a: usize, b: usize) -> bool {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        regex::Regex::new(&format!(
            r"(?:\b(?i:{TITLE_DR}|{TITLE_DOCTOR}|{TITLE_DOCTOR_RU})\s+)(\p{{Lu}}[\w-]+)"
        ))
        .expect("clinician regex")
    });
    re.captures_iter(&text[a..b]).any(|c| {
        let m = c.get(1).expect("group");
        !addressed(text, a + m.start(), a + m.end()) && clinician_act(&text[a + m.end()..b])
    })
}

/// A titled clinician seeing or covering a colleague's patients (plural): "Dr. Patel are seeing
/// her patients", "Dr. Yeo is covering Dr. Nash's patients". `from` starts at the finding;
/// `rest` follows it.
fn covering_colleague(from: &str, rest: &str) -> bool {
    re_match_fmt!(
        r"(?i)^(?:{TITLE_DR}|doctor)\s+\w+\s+(?:is|are)\s+(?:seeing|covering)\b",
        from
    ) && re_match!(
        r"(?i)^(?:(?:her|his|their|dr\.?\s+\w+(?:\x27s|’s))\s+)?patients\b",
        rest
    )
}

/// prec14: a titled clinician in a coverage notice ("While Dr. N is away, her patients can book
/// with us", "La Dra. N cubrirá la consulta"): staff, not a patient. Read by
/// `generic::drop_generic`, which drops the name unless a person anchor shares the sentence.
pub(super) fn coverage_notice(text: &str, start: usize, end: usize) -> bool {
    let titled = re_match_fmt!(
        r"(?i)(?:^|[^\w])(?:{TITLE_DR}|{TITLE_DOCTOR}|{TITLE_DOCTOR_RU}\w*)\s*$|(?:{TITLE_DOCTOR_AR})\s*$",
        &text[..start]
    );
    if !titled {
        return false;
    }
    let (a, b) = sentence_past_titles(text, start, end);
    let after = &text[end..b];
    let whole = &text[a..b];
    re_match!(
        r"(?i)\b(?:(?:her|his)\s+patients|ses\s+patient\w*|sus\s+pacientes|(?:ihre|seine)\s+Patient\w*|(?:её|ее|его)\s+пациент\w*|pasien(?:nya)?)\b|لمرضاه|مرضاها|مرضاه",
        whole
    ) || re_match!(
        r"(?i)^\s*(?:cubrir\w*|cubre|suplir\w*|sustituir\w*|assurera|remplacera|übernimmt|vertritt|замен\w*|menggantikan)\b",
        after
    )
}

/// A first-visit FAQ answer in the habitual present (module doc).
fn first_visit_faq(sentence: &str) -> bool {
    re_match!(
        r"(?i)^\W*(?:your|votre|tu|su|ihr|ваш|Anda)\s+(?:first|premier|première|primera|primer|erste\w*|перв\w*)\s+(?:(?:\w+\s+){0,2}?)(?:visit|appointment|cleaning|consult\w*|exam|check-?up|rendez-vous|consultation|visite|consulta|visita|cita|termin|besuch|при[её]м|визит|kunjungan)\b(?:\s+\w+){0,3}?\s+(?:usually\s+|typically\s+|generally\s+|normally\s+|suele\s+|dure\s+généralement\s+|dauert\s+meist\s+)?(?:takes|lasts|includes|runs|is\s+about|dure|comprend|inclut|dura|incluye|dauert|umfasst|beinhaltet|длится|занимает|включает|biasanya|berlangsung)\b",
        sentence
    ) && !re_match!(
        r"(?i)\b(?:was|were|took|ran|did|a\s+duré|duró|dauerte|длился)\b",
        sentence
    )
}

/// A condition on anyone's past or present ("If you've ever had a tooth pulled", "Si vous avez
/// déjà consulté un dentiste, ... une anesthésie", "Quand vous avez une rage de dents"), with the
/// term after an indefinite article, not the reader's own ("your extraction" keeps it).
fn generic_if_ever(sentence: &str, before: &str) -> bool {
    re_match!(
        r"(?i)^\W*(?:if\s+you(?:\x27ve|’ve|\s+have)?\s+ever|anyone\s+who(?:\x27s|’s|\s+has)?\s+ever|si\s+(?:vous\s+avez|tu\s+as)\s+déjà|quand\s+vous\s+avez\s+une?|si\s+alguna\s+vez|wer\s+schon\s+einmal|если\s+вы\s+когда-нибудь|kalau\s+(?:kamu|anda)\s+pernah)\b",
        sentence
    ) && re_match!(
        r"(?i)\b(?:a|an|une?|una?|ein|eine|einen)\s+(?:[\w-]+\s+){0,2}$",
        before
    ) && !re_match!(
        r"(?i)\b(?:your|votre|vos|tu|tus|su|sus|ihr\w*|ваш\w*)\s+(?:[\w-]+\s+){0,2}$",
        before
    )
}

/// A sentence telling everyone what to bring.
fn bring_instruction(sentence: &str) -> bool {
    re_match!(
        r"(?i)\b(?:bring|pensez\s+à|apport\w*|amenez|trae|traiga|traer|mitbringen|bringen\s+Sie|возьмите|принесите|bawa|membawa)\b|أحضر|إحضار",
        sentence
    )
}

fn card_or_list(span: &str) -> bool {
    re_match!(
        r"(?i)\b(?:card|carte|tarjeta|karte|versichertenkarte|полис|kartu|medications?|medicines?|médicaments|medicamentos|medikamente|лекарств\w*|obat)\b",
        span
    )
}

/// Drops the practice's side of a reply (module doc), one named filter after another: titled
/// clinicians acting as clinicians (their names, then the dates of their news), then the
/// generic answers (`generic_answer`).
pub fn drop_staff_side(text: &str, out: &mut Vec<Finding>) {
    drop_role_names(text, out);
    let clinicians = drop_clinician_names(text, out);
    drop_clinician_news_dates(text, out, &clinicians);
    let dated: Vec<(usize, usize)> = out
        .iter()
        .filter(|f| matches!(f.rule.as_str(), "phi-date" | "phi-name" | "phi-age"))
        .map(|f| (f.start, f.end))
        .collect();
    out.retain(|f| !(in_text(text, f) && generic_answer(text, f, &dated)));
}

/// prec16: the practice's staff roles, in the seven languages (a hand list of the job titles a
/// practice posts about: front office, clinical support, management, other staff).
const STAFF_ROLE: &str = r"(?:receptionists?|hygienists?|nurses?|nurse\s+practitioner|(?:dental\s+|medical\s+|office\s+)?assistants?|(?:patient\s+|care\s+)?coordinator|(?:office\s+|practice\s+)?manager|technician|(?:lab\s+|x-ray\s+)?tech|front\s+desk(?:\s+(?:lead|star|team))?|biller|scheduler|intern|volunteer|pharmacist|(?:physio)?therapist|midwife|dietitian|optometrist|phlebotomist|sonographer|radiographer|scribe|team\s+member|staff\s+member|colleague|(?:maintenance|team|clinical)\s+lead|recepcionista|higienista|enfermer[oa]|asistente|coordinador[a]?|gerente|técnic[oa]|fisioterapeuta|compañer[oa]|secrétaire|assistante?|hygiéniste|infirmière?|infirmier|réceptionniste|coordinatrice|technicienne|collègue|Helferin|Assistentin|Mitarbeiter(?:in)?|Kolleg(?:e|in)|Rezeptionistin|Pflegekraft|Krankenschwester|Praxismanagerin|Dentalhygienikerin|администратор\w*|медсестр\w*|медбрат\w*|ассистент\w*|сотрудни\w*|коллег\w*|регистратор\w*|resepsionis|perawat|asisten|staf|karyawan|bidan)";

/// Courtesy titles in the seven languages, the way a practice names a patient ("Mrs. Ortiz",
/// "Sra. Gómez", "Pak Budi"): a name under one is not a staff member's (`role_name`).
const COURTESY: &str = r"mr|mrs|ms|miss|sr|sra|srta|señora?|don|doña|mme|mlle|madame|monsieur|frau|herr|pak|bu|ibu|bapak";

/// A nurse's title opening a name ("Schwester Anke", "Perawat Sari"): the role word inside the
/// span (`role_name`), stripped to compare the same name again (`drop_role_names`).
const NURSE_TITLE: &str =
    r"Nurse|Schwester|Pfleger(?:in)?|Enfermer[oa]|Infirmière|Perawat|Suster|Медсестра|Медбрат";

/// prec16 (dev's clean false alarms): a name in apposition with one of the practice's staff
/// roles is staff, not a patient: "our receptionist Dana", "La enfermera Lucía", "Dana, our
/// receptionist,", "Dana at the front desk", "Kevin from our lab", "Schwester Anke" opening a
/// sentence. A role owned by the reader or a relative ("your nurse Dana", "meine Schwester
/// Anke") is not the practice's and does not count.
fn role_name(text: &str, start: usize, end: usize) -> bool {
    let span = &text[start..end];
    let before = &text[..start];
    let after = &text[end..];
    // A courtesy title is how the practice names patients ("Mrs. Ortiz at the front desk").
    if re_match_fmt!(r"(?i)^(?:{COURTESY})\b", span)
        || re_match_fmt!(r"(?i)\b(?:{COURTESY})\.?\s*$", before)
    {
        return false;
    }
    // The role word inside the span, opening a sentence ("Schwester Anke hat ...").
    let titled_span = re_match_fmt!(r"^(?:{NURSE_TITLE})\s+\p{{Lu}}", span)
        && re_match!(r"(?:^|[.!?¡¿]\s*)$", before.trim_end());
    let role_before = re_match_fmt!(
        r"(?i)(?:^|[.!?¡¿,:;]\s*|\b(?:our|nuestr[oa]|notre|unser\w*|наш\w*|the|la|el|le|l['’]|die|der)\s+(?:[\w-]+\s+){{0,2}}?){STAFF_ROLE}\s*$",
        before
    ) && !re_match!(
        r"(?i)\b(?:your|his|her|their|my|su|sus|tu|votre|ton|ta|Ihre?[rn]?|dein\w*|sein\w*|mein\w*|ваш\w*|твой|твоя|мой|моя|его|её)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s*$",
        before
    ) && !re_match!(
        // A member word is no job title: "our colleague Maria" may be news of her health.
        r"(?i)\b(?:colleague|volunteer|intern|team\s+member|staff\s+member|compañer[oa]|collègue|Kolleg(?:e|in)|Mitarbeiter(?:in)?|коллег\w*|сотрудни\w*|staf|karyawan)\s*$",
        before
    );
    let role_after = re_match_fmt!(
        r"(?i)^\s*,\s*(?:(?:our|nuestr[oa]|notre|unser\w*|наш\w*|one\s+of\s+our)\s+)(?:[\w-]+\s+){{0,2}}?{STAFF_ROLE}\b|^\s*(?:at|from|in|on|of|de|del|aus|von|из|dari)\s+(?:our|the|nuestr[oa]|la|l['’]|der|unserer|unserem|kami)?\s*(?:front\s+desk|reception|lab|billing(?:\s+office)?|team|recepción|accueil|Anmeldung|Rezeption|Labor|регистратуры|лаборатории|resepsionis|laboratorium)\b",
        after
    );
    // A visit at the desk is a patient's ("Dana at the front desk for her check-in").
    let (a, b) = sentence_around(text, start, end);
    let visit = re_match!(
        r"(?i)\b(?:appointments?|appt|visit\w*|check(?:ing)?[- ]?in|cleaning|exam|patients?|waiting|cita|rendez-vous|Termin|при[её]м\w*|janji)\b",
        &text[a..b]
    );
    titled_span || role_before || (role_after && !visit)
}

/// Drops every `phi-name` of a name found in apposition with a staff role (`role_name`), and
/// the same name again elsewhere in the text ("La enfermera Lucía se jubila ... ¡Gracias,
/// Lucía!"): one staff member, named twice.
fn drop_role_names(text: &str, out: &mut Vec<Finding>) {
    let bare = |s: &str| -> String {
        s.trim_start_matches(|c: char| !c.is_alphabetic())
            .split_whitespace()
            .filter(|w| !re_match_fmt!(r"^(?i:{NURSE_TITLE})$", w))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let staff: Vec<String> = out
        .iter()
        .filter(|f| f.rule == "phi-name" && in_text(text, f) && role_name(text, f.start, f.end))
        .map(|f| bare(&text[f.start..f.end]))
        .filter(|n| !n.is_empty())
        .collect();
    if staff.is_empty() {
        return;
    }
    out.retain(|f| {
        !(f.rule == "phi-name" && in_text(text, f) && staff.contains(&bare(&text[f.start..f.end])))
    });
}

/// The finding's span lies on character boundaries of `text`.
pub(super) fn in_text(text: &str, f: &Finding) -> bool {
    f.end <= text.len() && text.is_char_boundary(f.start) && text.is_char_boundary(f.end)
}

/// Drops the `phi-name` of a titled clinician acting as one (`clinician_name`) and returns the
/// spans dropped.
fn drop_clinician_names(text: &str, out: &mut Vec<Finding>) -> Vec<(usize, usize)> {
    let clinicians: Vec<(usize, usize)> = out
        .iter()
        .filter(|f| {
            f.rule == "phi-name" && in_text(text, f) && clinician_name(text, f.start, f.end)
        })
        .map(|f| (f.start, f.end))
        .collect();
    out.retain(|f| !(f.rule == "phi-name" && clinicians.contains(&(f.start, f.end))));
    clinicians
}

/// Drops a `phi-date` in a sentence of staff news (a clinician dropped by
/// `drop_clinician_names`, or one acting anywhere in the sentence, `clinician_in`) when its
/// clause holds no one else: no person finding and no person word (`person_in`).
fn drop_clinician_news_dates(text: &str, out: &mut Vec<Finding>, clinicians: &[(usize, usize)]) {
    let persons: Vec<(usize, usize)> = out
        .iter()
        .filter(|f| {
            matches!(
                f.rule.as_str(),
                "phi-name" | "rel-confirm" | "phi-age" | "phi-unique" | "clin-detail"
            )
        })
        .map(|f| (f.start, f.end))
        .collect();
    out.retain(|f| {
        if f.rule != "phi-date" || !in_text(text, f) {
            return true;
        }
        let (a, b) = clause_around(text, f.start, f.end);
        let (sa, sb) = sentence_past_titles(text, f.start, f.end);
        let staff_news =
            clinicians.iter().any(|&(s, e)| sa <= s && e <= sb) || clinician_in(text, sa, sb);
        // Anyone else in the clause (a pronoun, a patient word, "who came") owns the date.
        !(staff_news && !persons.iter().any(|&(s, e)| s < b && a < e) && !person_in(&text[a..b]))
    });
}

/// The finding is a generic answer to drop: one of the filters below, none of which applies
/// when a date, name or age (`dated`) shares the sentence, except `covering_colleague`. None
/// of them drops a `dated` rule, so the list holds for all.
fn generic_answer(text: &str, f: &Finding, dated: &[(usize, usize)]) -> bool {
    let (a, b) = sentence_around(text, f.start, f.end);
    let sentence = &text[a..b];
    let undated = || !dated.iter().any(|&(x, y)| x < b && a < y);
    match f.rule.as_str() {
        "rel-confirm" => {
            first_visit_faq(sentence) && undated()
                || covering_colleague(&text[f.start..], text[f.end..].trim_start())
        }
        "clin-detail" | "phi-payment" => {
            let clinical = f.rule == "clin-detail";
            clinical && first_visit_faq(sentence) && undated()
                || clinical && generic_if_ever(sentence, &text[a..f.start]) && undated()
                || brought_item(text, f, a) && bring_instruction(sentence) && undated()
        }
        "claim-absolute" => prepayment(text, f, b),
        _ => false,
    }
}

/// The span is what everyone brings (`card_or_list`), or a `clin-detail` procedure booked with
/// an indefinite article ("pour un détartrage"); `a` starts the sentence.
fn brought_item(text: &str, f: &Finding, a: usize) -> bool {
    card_or_list(&text[f.start..f.end])
        || f.rule == "clin-detail"
            && re_match!(
                r"(?i)\b(?:for|pour|para|für|на|untuk)\s+(?:a|an|un|une|una|einen?|eine)\s*$",
                &text[a..f.start]
            )
}

/// "стопроцентная предоплата": a full-prepayment term, not an absolute claim; `b` ends the
/// sentence.
fn prepayment(text: &str, f: &Finding, b: usize) -> bool {
    re_match!(
        r"(?i)^(?:стопроцентн\w*|100\s*%)$",
        text[f.start..f.end].trim()
    ) && re_match!(r"(?i)предоплат|оплат", &text[f.end..b])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titled_clinicians() {
        let t = "Dr. Lin said the new evening hours start in January.";
        assert!(clinician_name(t, 4, 7));
        let t = "Hi Dr. Lin, thanks for the kind words!";
        assert!(!clinician_name(t, 7, 10));
        let t = "Dr. Lin was in for her cleaning today.";
        assert!(!clinician_name(t, 4, 7));
        let t = "Dokter kami memeriksa setiap pasien dengan teliti.";
        assert!(clinician_name(t, 0, 6));
    }

    /// prec16: a clinician's work a few words after the name, and the advising verbs widened to
    /// the seven languages; a patient's own consultation (singular or owned) is not work.
    #[test]
    fn clinician_work_and_advising_verbs() {
        for after in [
            " will be here every Monday seeing patients.",
            " does sports medicine consultations.",
            " hält ab März donnerstags Sprechstunde.",
            " pasará consulta los lunes.",
            " ведёт приём по средам.",
            " buka praktik setiap Senin.",
            " mengingatkan agar anak-anak sikat gigi.",
            " recuerda que el flúor protege el esmalte.",
            " erinnert an die Grippeimpfung.",
            " напоминает о прививке.",
        ] {
            assert!(clinician_act(after), "{after}");
        }
        for after in [
            " is here for her consultation.",
            " came in for a consult about his knee.",
            " was in for her cleaning today.",
        ] {
            assert!(!clinician_act(after), "{after}");
        }
        let t = "dr. Sari mengingatkan agar anak-anak sikat gigi.";
        assert!(clinician_name(t, 4, 8));
        let t = "Halo dr. Sari, terima kasih!";
        assert!(!clinician_name(t, 9, 13));
    }

    /// mend14: the verbs `clinician_act` reads from `vocab::TEACH_VERBS`/`TEACH_VERB_RU`, a word
    /// from its former list each; `staff_own`'s extras ("erläutert") do not clear a name here.
    #[test]
    fn clinician_act_reads_the_shared_teaching_verbs() {
        for after in [
            " erklärt, warum Zahnseide hilft.",
            " explica por qué.",
            " explique pourquoi.",
            " объясняет, почему.",
            " menjelaskan alasannya.",
            " explains why.",
        ] {
            assert!(clinician_act(after), "{after}");
        }
        assert!(!clinician_act(" erläutert die Pumpe."));
        assert!(!clinician_act(" рассказывает о помпе."));
    }

    /// mend14: the title classes of `vocab` (TITLE_DR, TITLE_DOCTOR, _RU, _AR) in each reader
    /// that used to spell them: a title of each language still reads as one.
    #[test]
    fn titles_from_one_class() {
        for before in [
            "with Dr. ",
            "con la Dra. ",
            "Doctor ",
            "bei Doktor ",
            "Dokter ",
            "le docteur ",
            "prof. ",
            "к доктору ",
            "врачу ",
            "مع الدكتورة ",
        ] {
            assert!(titled_before(before, before.len()), "{before}");
        }
        assert!(!titled_before("our nurse ", 10));
        for span in ["Doktor", "docteur", "доктор", "الدكتور"] {
            let t = format!("{span} unser Team");
            assert!(clinician_name(&t, 0, span.len()), "{span}");
        }
        for t in [
            "Doktor Weber sagt, die Praxis ist offen.",
            "доктор Иванов советует пить воду.",
            "Dra. Ruiz recomienda el hilo dental.",
        ] {
            assert!(clinician_in(t, 0, t.len()), "{t}");
        }
        assert!(!clinician_in(
            "Nurse Ruiz recomienda el hilo dental.",
            0,
            36
        ));
        assert!(covering_colleague(
            "Dra. Ruiz is covering",
            "patients this week"
        ));
        assert!(clinician_act(" and Dra. Ruiz said hello."));
    }

    #[test]
    fn faq_and_bring() {
        assert!(first_visit_faq(
            "Your first visit usually takes about an hour, so plan ahead."
        ));
        assert!(!first_visit_faq(
            "Your first visit with us ran long, sorry."
        ));
        assert!(bring_instruction("Bring your insurance card."));
        assert!(card_or_list("votre carte"));
    }

    /// A finding of `rule` on the first `word` of `text`.
    fn on(rule: &str, text: &str, word: &str) -> Finding {
        let start = text.find(word).expect("word in text");
        Finding {
            rule: rule.into(),
            severity: crate::finding::Severity::Caution,
            start,
            end: start + word.len(),
            entity: None,
            score: 1.0,
            message: String::new(),
            suggestion: None,
        }
    }

    /// mend14: each filter split out of `drop_staff_side` still drops what it dropped there,
    /// and only for its rules; a date in the sentence keeps all but `covering_colleague`.
    #[test]
    fn generic_answers_filter_by_rule() {
        let none: &[(usize, usize)] = &[];
        let t = "Your first visit usually takes about an hour, x-rays included.";
        assert!(generic_answer(
            t,
            &on("rel-confirm", t, "first visit"),
            none
        ));
        assert!(generic_answer(t, &on("clin-detail", t, "x-rays"), none));
        assert!(!generic_answer(t, &on("phi-payment", t, "x-rays"), none));
        assert!(!generic_answer(
            t,
            &on("clin-detail", t, "x-rays"),
            &[(0, 4)]
        ));
        let t = "If you've ever had a tooth extraction, tell us.";
        assert!(generic_answer(
            t,
            &on("clin-detail", t, "tooth extraction"),
            none
        ));
        let t = "If you've ever had your extraction here, tell us.";
        assert!(!generic_answer(
            t,
            &on("clin-detail", t, "extraction"),
            none
        ));
        let t = "Please bring your insurance card and your medication list.";
        assert!(generic_answer(
            t,
            &on("phi-payment", t, "insurance card"),
            none
        ));
        assert!(generic_answer(t, &on("clin-detail", t, "medication"), none));
        assert!(!generic_answer(
            t,
            &on("phi-payment", t, "insurance card"),
            &[(0, 6)]
        ));
        let t = "Lorsque vous prenez rendez-vous pour un détartrage, apportez votre carte Vitale.";
        assert!(generic_answer(t, &on("clin-detail", t, "détartrage"), none));
        assert!(!generic_answer(
            t,
            &on("phi-payment", t, "détartrage"),
            none
        ));
        let t = "Dr. Yeo is covering Dr. Nash's patients this week.";
        assert!(generic_answer(
            t,
            &on("rel-confirm", t, "Dr. Yeo is covering"),
            &[(0, 3)]
        ));
        let t = "Требуется стопроцентная предоплата.";
        assert!(generic_answer(
            t,
            &on("claim-absolute", t, "стопроцентная"),
            none
        ));
        let t = "Мы стопроцентная команда.";
        assert!(!generic_answer(
            t,
            &on("claim-absolute", t, "стопроцентная"),
            none
        ));
    }

    #[test]
    fn clinician_news_dates() {
        let t = "El Dr. Salcedo se incorpora al equipo en enero.";
        let mut out = vec![on("phi-name", t, "Salcedo"), on("phi-date", t, "enero")];
        let clinicians = drop_clinician_names(t, &mut out);
        assert_eq!(clinicians, vec![(7, 14)]);
        drop_clinician_news_dates(t, &mut out, &clinicians);
        assert!(out.is_empty());
        let t = "Dr. Lin said she saw him in January.";
        let mut out = vec![on("phi-date", t, "January")];
        drop_clinician_news_dates(t, &mut out, &[]);
        assert_eq!(out.len(), 1, "a pronoun in the clause owns the date");
    }
}
