//! prec15: findings on words said to every reader, found by paraphrasing dev clean replies the
//! engine left silent (batch `ri`, issues 3 and 4). Four situations, each a grammar over word
//! classes in the seven languages, each keeping its flag when the text names, dates, ages or
//! singles out a person (the anchors the other readers found):
//! - **a booking call**: the reader's visit after a verb of booking ("Para reservar su cita,
//!   llámenos", "to book your appointment, call us", "Pour prendre votre rendez-vous ...") is
//!   a visit not yet made; in a post, "your next visit" after an imperative or a question to
//!   all readers ("¿Quiere saber más? Consúltelo en su próxima visita") is every reader's;
//! - **the reader's own prescriber**: "as your doctor prescribed" in advice posted to everyone
//!   ("tómelos tal como su médico se los indicó", "wie Ihr Arzt es verordnet hat") names the
//!   reader's own doctor, not the practice, and the medicines are anyone's;
//! - **a service opening on a date to all comers**: a start marker before the date and a
//!   walk-in or all-comers word ("Dès le 1er octobre, venez vous faire vacciner ..., sans
//!   prendre rendez-vous"): the date is the campaign's, the vaccine is the service's;
//! - **a unit or an emergency room as nobody's bed**: the emergency department as the generic
//!   destination of advice ("a child with a fever above 104 belongs in the ER"), and a ward as
//!   the workplace of a job advert ("We're looking for nurses on 6 North");
//! - **the practice's offers and services**: care offered after a request to get in touch
//!   ("llámenos y lo atenderemos en persona", "call us and we'll fit you in"), "our patients
//!   can ...", the practice's services in the present tense ("our GI team tests and treats
//!   celiac disease"), a reminder service ("we text a reminder the day before", "you'll get a
//!   reminder text"), records forwarded to a new clinician, medicines as a bare plural in a
//!   notice, a service booked with an indefinite article ("book a whitening consult");
//! - **organisations and topics**: an organisation's name taken for a person's ("Grace
//!   Fellowship", "Rosie's Diner") and its visit ("Lakeside Fire Department, who came by last
//!   week"), a clinical term as the topic of training or a talk ("sa formation en
//!   coloscopie"), and a condition in a post that speaks of a population ("Lots of grown-ups
//!   feel it");
//! - **the practice's routine at every visit** (prec16, batch `ro`): "We check your blood
//!   pressure each time you come in" in a post, in the present, with no date in the sentence.
//!
//! Written from batch `ri`'s dev part and dev's clean false alarms; batch `rj`, written after
//! the first four situations, showed no gain at its first measure (tests/corpus/README.md).

use super::staffside::in_text;
use super::unowned::{clause_around, person_in, sentence_around};
use crate::finding::Finding;

/// A verb of booking (any form) right before the visit phrase, within the same sentence.
fn booking_before(before: &str) -> bool {
    re_match!(
        r"(?i)\b(?:book\w*|schedul\w*|reserv\w*|mak(?:e|ing)|request\w*|set\s+up|pid[ae]|pedir|agend\w*|program\w*|solicit\w*|prend(?:re|ez)|fix(?:er|ez)|buch\w*|vereinbar\w*|записа\w*|запиш\w*|заброниру\w*|pesan|buat|daftar\w*|jadwalkan|atur)\b(?:\s+\S+){0,2}\s*$|(?:احجز|لحجز|حجز)\s*$",
        before
    )
}

/// A booking imperative with an indefinite article right before the term ("book a whitening
/// consult", "reserve una limpieza", "buchen Sie eine Zahnreinigung"): a service on offer.
fn booked_service(before: &str) -> bool {
    re_match!(
        r"(?i)\b(?:book|schedule|reserve|request|get|reserve|pida|reserva|agenda|réservez|prenez|demandez|buchen\s+Sie|vereinbaren\s+Sie|запишитесь\s+на|pesan|jadwalkan)\s+(?:an?|una?|une|ein(?:e|en)?|your\s+free|a\s+free)\s+$",
        before
    )
}

/// The reader's visit: possessive + visit noun, optionally "next" (the span of a `rel-confirm`).
fn reader_visit(span: &str) -> bool {
    re_match!(
        r"(?i)^(?:your|ur|su|tu|votre|ta|Ihre?[nm]?|deine?[nm]?|ваш\w*|твой|твою)\s+(?:(?:next|upcoming|próxima|siguiente|prochaine?|nächste[nm]?|следующ\w*)\s+)?(?:visit|appointment|appt|check-?up|cita|consulta|visita|rendez-vous|consultation|visite|Termin|Besuch|Untersuchung|при[её]м|визит|консультаци\w*)$|^(?:janji(?:\s+temu)?|kunjungan|pemeriksaan|konsultasi)\s+(?:Anda|kamu)(?:\s+(?:berikutnya|selanjutnya))?$|^(?:موعدك|زيارتك|فحصك)(?:\s+القادم[ةه]?)?$",
        span.trim()
    )
}

fn next_word(span: &str) -> bool {
    re_match!(
        r"(?i)\b(?:next|upcoming|próxima|siguiente|prochaine?|nächste[nm]?|следующ\w*|berikutnya|selanjutnya)\b|القادم",
        span
    )
}

/// An imperative or a question to all readers in the text before the span's sentence end:
/// a question mark earlier in the post, or an imperative verb opening the sentence.
fn call_to_readers(sentence: &str, before_sentence: &str) -> bool {
    before_sentence.contains('?')
        || before_sentence.contains('¿')
        || before_sentence.contains('؟')
        || re_match!(
            r"(?i)^\W*(?:ask|come|bring|check|let\s+us|pregunte|consúlte\w*|venga|traiga|demandez|venez|parlez|apportez|fragen\s+Sie|sprechen\s+Sie|kommen\s+Sie|bringen\s+Sie|спросите|приходите|уточните|tanyakan|datang\w*|bawa)\b|^\W*(?:اسأل|اسألوا|تعال)",
            sentence
        )
}

/// "as your doctor prescribed/told you": the reader's own prescriber in a comparison frame.
fn own_prescriber(sentence: &str) -> bool {
    re_match!(
        r"(?i)\b(?:as|like)\s+(?:your|ur)\s+(?:own\s+)?(?:doctor|physician|GP|provider|pharmacist)\s+(?:prescrib|direct|told|said|advis|instruct|recommend)\w*|\b(?:tal\s+)?como\s+(?:se\s+lo\s+|se\s+los\s+|se\s+las\s+|le\s+)?(?:(?:indic|recet|pres?crib|orden)\w*\s+)?su\s+(?:médico|médica|doctor|doctora|farmacéutic[oa])\s+(?:(?:se\s+)?(?:lo|los|la|las|le)\s+)?(?:indic|recet|pres?crib|orden|dij)\w*|\bcomme\s+(?:l[ae]\s+|les\s+)?(?:(?:a\s+)?prescrit\s+|indiqué\s+)?(?:votre|ton)\s+(?:médecin|docteur|pharmacien\w*)(?:\s+(?:vous\s+)?(?:l[ae]?\s+|les\s+)?(?:a\s+)?(?:prescrit|indiqué|dit|conseillé)\w*)?|\b(?:wie|so\s+wie)\s+(?:es\s+)?(?:Ihr|dein)e?\s+(?:Arzt|Ärztin|Hausarzt|Hausärztin|Apotheker\w*)\s+(?:es\s+)?(?:verordnet|verschrieben|empfohlen|gesagt)|\bкак\s+(?:(?:назначил|назначила|прописал|прописала|сказал|сказала|советовал)\w*\s+)?(?:ваш|твой)\s+(?:врач|доктор)\w*(?:\s+(?:назначил|прописал|сказал|советовал)\w*)?|\bsesuai\s+(?:anjuran|resep|petunjuk|saran)\s+dokter\s+(?:Anda|kamu)\b|كما\s+(?:وصف|أوصى|قال)\w*\s+(?:لك\s+)?طبيب(?:ك|كم)",
        sentence
    )
}

/// Medicines "your doctor prescribed" (a relative clause), or a referral to the reader's own
/// doctor ("ask your doctor for a referral", "pregunte a su médico antes de ...").
fn own_doctor_elsewhere(sentence: &str) -> bool {
    re_match!(
        r"(?i)\b(?:antibiotics?|medications?|medicines?|meds|pills|drugs?|dose|course)\s+(?:that\s+|which\s+)?(?:your|ur)\s+(?:own\s+)?(?:doctor|physician|clinician|GP|provider)\s+(?:prescrib|order|recommend)\w*|\b(?:ask|check\s+with|talk\s+to|speak\s+(?:to|with))\s+(?:your|ur)\s+(?:own\s+)?(?:doctor|physician|clinician|GP|provider|pediatrician|pharmacist)\s+(?:for\s+a\s+referral|about\s+a\s+referral|before|first)\b|\b(?:pregunte|consulte|hable)\s+(?:a|con)\s+su\s+(?:propio\s+)?(?:médic[oa]|doctora?|pediatra|farmacéutic[oa])\s+(?:antes|por\s+una\s+(?:remisión|derivación)|sobre\s+una\s+(?:remisión|derivación))|\b(?:demandez|parlez-en)\s+(?:à|a)\s+votre\s+(?:médecin|pédiatre|pharmacien)\s+(?:traitant\s+)?(?:avant|une\s+ordonnance|un\s+courrier|pour\s+une\s+lettre)|\b(?:fragen|sprechen)\s+Sie\s+(?:mit\s+)?Ihre[nm]?\s+(?:Haus)?(?:Arzt|Ärztin|Kinderarzt|Apotheker\w*)\s+(?:vorher|nach\s+einer\s+Überweisung|zuerst)|\b(?:спросите|посоветуйтесь|проконсультируйтесь)\s+(?:у|с)\s+(?:своего|вашего|своим|вашим)\s+(?:врач\w*|педиатр\w*)\s+(?:перед|заранее|о\s+направлении)|\b(?:tanyakan|konsultasikan)\s+(?:ke|kepada|dengan)?\s*dokter\s+(?:Anda|kamu)\s+(?:sebelum|soal\s+rujukan|untuk\s+rujukan)",
        sentence
    )
}

fn prescriber_span(span: &str) -> bool {
    re_match!(
        r"(?i)(?:doctor|physician|clinician|GP|provider|pharmacist|médic[oa]|doctora?|farmacéutic[oa]|médecin|docteur|pharmacien|Arzt|Ärztin|Hausärztin|Hausarzt|Apotheker|врач|доктор|dokter|طبيب)",
        span
    )
}

fn medicines(span: &str) -> bool {
    re_match!(
        r"(?i)^(?:(?:your|ur|tu|tus|su|sus|votre|vos|Ihre?[nm]?|ваш\w*|the|los|las|les|die)\s+)?(?:medications?|medicines?|meds|pills|tablets|prescriptions?|antibiotics?|antibióticos?|antibiotiques?|Antibiotik\w*|антибиотик\w*|antibiotik|medicamentos?|medicinas?|pastillas|médicaments?|traitements?|medikament\w*|arznei\w*|tabletten|лекарств\w*|препарат\w*|таблетк\w*|obat)(?:\s+(?:Anda|kamu))?$|^(?:أدويتك|الأدوية|دواءك)$",
        span.trim()
    )
}

/// Medicines as a plural noun with no owner ("neue Regeln für Rezepte", "rules for prescriptions").
fn bare_medicines(span: &str) -> bool {
    re_match!(
        r"(?i)^(?:prescriptions|medications|medicines|recetas|medicamentos|ordonnances|médicaments|Rezepte|Medikamente|Arzneimittel|рецепт(?:ы|ов)|лекарства|препараты|resep|obat-obatan)$",
        span.trim()
    )
}

/// Care the practice offers the reader next, in the future tense ("we'll fit you in", "lo
/// atenderemos en persona", "nous vous recevrons", "wir nehmen uns Zeit für Sie").
fn offered_care(span: &str) -> bool {
    re_match!(
        r"(?i)^(?:\bwe(?:'ll|’ll|\s+will|\s+can)\s+(?:fit|squeeze|get|work)\s+(?:you|u)\s+in\b|\bwe(?:'ll|’ll|\s+will|\s+can)\s+(?:see|find)\s+(?:you|u)\s+(?:a\s+(?:time|slot)|soon|today|this\s+week)\b|\b(?:lo|la|le|los|las)\s+(?:atenderemos|recibiremos|veremos)\b|\bnous\s+vous\s+(?:recevrons|verrons|trouverons\s+un\s+créneau)\b|\bwir\s+(?:nehmen\s+uns\s+Zeit\s+für\s+Sie|finden\s+einen\s+Termin|sehen\s+Sie\s+uns\s+gern)\b|\b(?:примем|посмотрим)\s+вас\b|\bkami\s+(?:akan\s+)?(?:layani|melayani|carikan\s+jadwal)\b|سنستقبلك|سنحدد\s+لك\s+موعد)",
        span
    )
}

/// A request to get in touch in the same sentence: call, write, message us.
fn contact_request(sentence: &str) -> bool {
    re_match!(
        r"(?i)\b(?:call|ring|phone|contact|message|email|dm|text)\b|\b(?:llám\w+|llame|contáct\w+|escríb\w+|appelez|contactez|écrivez|rufen\s+Sie|kontaktieren|schreiben\s+Sie|позвоните|напишите|свяжитесь|hubungi|telepon|telpon|kabari)\b|اتصل|تواصل|راسل",
        sentence
    )
}

/// "our patients can ..." (any language): every patient, a modal after the plural.
fn our_patients_may(from_span: &str) -> bool {
    re_match!(
        r"(?i)^(?:our\s+patients\s+(?:can|may|are\s+welcome\s+to|get)|nuestros\s+pacientes\s+(?:pueden|tienen)|nos\s+patients\s+(?:peuvent|ont)|unsere\s+Patient(?:en|innen)\s+(?:können|dürfen|erhalten)|наши\s+пациенты\s+(?:могут|получают)|pasien\s+kami\s+(?:bisa|dapat|boleh|cukup|kini|sekarang\s+bisa))\b|^مرضانا\s+(?:يمكنهم|يستطيعون)",
        from_span
    )
}

fn reader_slot(span: &str) -> bool {
    re_match!(
        r"(?i)^(?:your|ur|su|votre|Ihren?|ваш\w*)\s+(?:slot|time\s+slot|appointment|appt|hueco|turno|cita|créneau|rendez-vous|Termin|при[её]м|время)$|^(?:jadwal|janji)\s+Anda$",
        span.trim()
    )
}

/// The practice's reminder service ("we text a reminder the day before").
fn reminder_service(text: &str) -> bool {
    re_match!(
        r"(?i)\bwe\s+(?:text|send|email|call)\s+(?:you\s+)?(?:a\s+)?reminders?\b|\b(?:you(?:\x27ll|’ll|\s+will)|(?:every|each|all)\s+patients?)\s+(?:get|gets|receive|receives)\s+(?:a\s+)?(?:reminder|text\s+reminder|reminder\s+(?:text|call|email))|\brecibir[áa]n?\s+un\s+recordatorio\b|\bvous\s+recevrez\s+un\s+(?:rappel|SMS\s+de\s+rappel)\b|\bSie\s+(?:erhalten|bekommen)\s+eine\s+Erinnerung\b|\bвы\s+получите\s+напоминани\w+|\bAnda\s+akan\s+(?:menerima|mendapat)\s+pengingat\b|ستصلك\s+رسالة\s+تذكير|\b(?:enviamos|mandamos)\s+un\s+recordatorio\b|\bnous\s+envoyons\s+un\s+rappel\b|\bwir\s+(?:schicken|senden)\s+(?:Ihnen\s+)?eine\s+Erinnerung\b|\bмы\s+(?:присылаем|отправляем)\s+напоминани\w+|\bkami\s+kirim\w*\s+pengingat\b|نرسل\s+(?:لك\s+)?تذكير",
        text
    )
}

/// The practice's services in the present tense, opening the clause ("our GI team tests and
/// treats celiac disease", "tratamos la apnea del sueño", "wir behandeln Migräne"): the term is
/// what the practice does for anyone.
fn service_clause(clause_before_term: &str) -> bool {
    re_match!(
        r"(?i)^\W*(?:yes\W*|sí\W*|oui\W*|ja\W*|да\W*|ya\W*)?(?:we\s+(?:also\s+|now\s+|do\s+)?|our\s+(?:[\w-]+\s+){0,2}?(?:team|clinic|practice|department|doctors|specialists|dentists|nurses|office)\s+(?:also\s+|now\s+)?)(?:treat|treats|test|tests|diagnose|diagnoses|manage|manages|offer|offers|perform|performs|do|does|see|sees|screen|screens|provide|provides|handle|handles)\b|^\W*(?:sí\W*)?(?:también\s+)?(?:tratamos|ofrecemos|realizamos|diagnosticamos|atendemos|hacemos)\b|^\W*(?:oui\W*)?nous\s+(?:traitons|proposons|prenons\s+en\s+charge|réalisons|diagnostiquons|soignons)\b|^\W*(?:ja\W*)?wir\s+(?:behandeln|bieten|diagnostizieren|führen|machen|versorgen)\b|^\W*(?:да\W*)?(?:мы\s+)?(?:лечим|проводим|делаем|диагностируем|принимаем\s+с)\b|^\W*(?:ya\W*)?kami\s+(?:juga\s+)?(?:menangani|melayani|merawat|menyediakan|melakukan|mengobati)\b|^\W*(?:نعم\W*)?(?:نعالج|نقدم|نجري|نشخص)",
        clause_before_term
    )
}

/// A group or an organisation as the head of a noun phrase ("Lakeside Fire Department", "Grace
/// Fellowship", "Rosie's Diner", "the Rotary Club"): a body, not a patient.
fn organisation_head(words: &str) -> bool {
    re_match!(
        r"(?i)\b(?:department|dept|club|church|fellowship|parish|mosque|temple|synagogue|school|academy|college|university|society|association|foundation|council|scouts?|troop|choir|league|union|company|bank|library|diner|caf[eé]|bakery|restaurant|museum|brigade|station|squad|ministry|chamber|rotary|lions|kiwanis|YMCA|YWCA|iglesia|escuela|colegio|asociaci[oó]n|fundaci[oó]n|bomberos|[ée]glise|[ée]cole|association|pompiers|Kirche|Schule|Verein|Feuerwehr|Stiftung|церк\w+|школ\w+|фонд\w*|ассоциаци\w+|пожарн\w+|gereja|masjid|sekolah|yayasan|komunitas|pemadam)\b|مسجد|مدرسة|جمعية|نادي|الدفاع\s+المدني",
        words
    )
}

/// The reader's records forwarded to a new clinician ("Mandamos sus radiografías al dentista
/// nuevo", "we send your X-rays to your new dentist"): a service for anyone who moves.
fn records_forwarded(sentence: &str) -> bool {
    re_match!(
        r"(?i)\b(?:send|forward|transfer|mandamos|enviamos|remitimos|envoyons|transmettons|transférons|schicken|senden|übermitteln|отправ\w+|переш\w+|перед\w+|kirim\w*|kami\s+kirimkan)\b|نرسل|نحول",
        sentence
    ) && re_match!(
        r"(?i)\b(?:new|nuev[oa]|nouveau|nouvel|nouvelle|neue[nmr]?|нов\w+|baru)\b|الجديد",
        sentence
    )
}

fn records_span(span: &str) -> bool {
    re_match!(
        r"(?i)^(?:(?:your|ur|su|sus|tu|tus|votre|vos|Ihre?[nm]?|ваш\w*)\s+)?(?:records|files|x-?rays|radiographs|scans|chart|expedientes?|historial(?:es)?|radiograf[ií]as|dossiers?|radios|radiographies|Unterlagen|Akten|Röntgenbilder|карт\w*|снимк\w*|rekam\s+medis|rontgen)(?:\s+(?:Anda|kamu))?$",
        span.trim()
    )
}

/// A clinical term as the topic of training, a talk or an event ("sa formation en coloscopie",
/// "a talk on oral cancer screening", "new ideas for sedation safety", "Fortbildung zur
/// Wundversorgung"): the subject of the course, not anyone's care.
fn topic_before(before: &str) -> bool {
    re_match!(
        r"(?i)\b(?:training|course|certification|certificate|fellowship|talk|lecture|seminar|workshop|webinar|class|conference|meeting|ideas|research|study|awareness|formation|cours|conférence|atelier|séminaire|Fortbildung|Weiterbildung|Vortrag|Kurs|Schulung|Seminar|curso|charla|taller|conferencia|capacitación|formación|обучени\w*|курс\w*|лекци\w*|семинар\w*|конференци\w*|pelatihan|seminar|kursus|ceramah|penyuluhan)\s+(?:(?:in|on|about|for|to|en|sur|sobre|de|del|zu[rm]?|über|по|о|об|tentang|mengenai)\s+)?(?:(?:the|la|le|les|el|los|las|die|der|den|an?)\s+)?(?:[\w-]+\s+)?$|(?:دورة|محاضرة|ورشة)\s+(?:عن|في|حول)\s+$",
        before
    )
}

/// The term found with its course ("sa formation en coloscopie", "her training in sedation"):
/// a clinician's training or talk, never "course" (a course of chemo is care).
fn topic_span(span: &str) -> bool {
    re_match!(
        r"(?i)^(?:(?:his|her|their|our|sa|son|leur|notre|su|nuestra|seine|ihre|unsere|его|её|их|наш\w*)\s+)?(?:training|certification|talk|lecture|seminar|workshop|webinar|conference|formation|conférence|atelier|Fortbildung|Weiterbildung|Vortrag|Schulung|charla|taller|conferencia|capacitación|formación|обучение|лекция|семинар|pelatihan|ceramah)\s+(?:in|on|about|en|sur|sobre|de|zur?|über|по|о|tentang)\s",
        span
    )
}

/// "Lots of grown-ups feel it", "most people", "viele Erwachsene": the text speaks of a
/// population, so its "you" is anyone's.
fn population(text: &str) -> bool {
    re_match!(
        r"(?i)\b(?:lots\s+of|many|most|plenty\s+of|millions\s+of|so\s+many)\s+(?:people|adults|grown-ups|kids|children|patients|folks|parents|women|men)\b|\b(?:muchas?|la\s+mayoría\s+de)\s+(?:personas|gente|adultos|niños|pacientes)\b|\b(?:beaucoup\s+de|la\s+plupart\s+des)\s+(?:gens|personnes|adultes|enfants|patients)\b|\bviele\s+(?:Menschen|Erwachsene|Kinder|Patienten)\b|\bмноги[ех]\b|\bbanyak\s+(?:orang|pasien|anak)\b|كثير\s+من\s+(?:الناس|المرضى)",
        text
    )
}

/// A start marker right before a date: "starting", "from", "dès le", "a partir del", "ab dem".
fn start_marker(before: &str) -> bool {
    re_match!(
        r"(?i)\b(?:starting(?:\s+on)?|beginning(?:\s+on)?|from|as\s+of|dès(?:\s+le)?|à\s+partir\s+du|à\s+compter\s+du|a\s+partir\s+del?|desde\s+el|ab(?:\s+dem)?|с|со|mulai(?:\s+tanggal)?|sejak|اعتبارا\s+من|اعتبارًا\s+من|ابتداء\s+من|ابتداءً\s+من)\s*$",
        before
    )
}

/// Words that open a service to every comer: walk-ins, no booking, everyone.
fn all_comers(sentence: &str) -> bool {
    re_match!(
        r"(?i)\b(?:walk-?ins?|no\s+appointment\s+(?:needed|necessary|required)|without\s+(?:an\s+)?appointment|(?:for|open\s+to)\s+(?:everyone|all|anyone)|sin\s+cita(?:\s+previa)?|para\s+todos|sans\s+(?:prendre\s+)?rendez-vous|pour\s+tous|ouvert\w*\s+à\s+tous|ohne\s+(?:Termin|Anmeldung|Voranmeldung)|für\s+alle|без\s+записи|для\s+всех|tanpa\s+(?:janji|perjanjian|daftar)|untuk\s+semua|terbuka\s+untuk\s+umum)\b|بدون\s+موعد|دون\s+موعد|للجميع",
        sentence
    )
}

/// The emergency department as a generic place ("the ER", "urgencias", "les urgences").
fn emergency_room(span: &str) -> bool {
    re_match!(
        r"(?i)\b(?:ER|E\.R\.|A&E|ED|emergency\s+(?:room|department|dept)|urgencias|urgences|Notaufnahme|Notfallambulanz|при[её]мн\w+\s+поко\w*|неотложк\w*|IGD|UGD|gawat\s+darurat)\b|الطوارئ",
        span
    )
}

/// Advice to anyone: a condition, a generic person ("a child", "anyone"), or "speaking generally".
fn generic_advice(sentence: &str) -> bool {
    re_match!(
        r"(?i)\b(?:if|when|whenever|anyone|anybody|someone|a\s+(?:child|kid|baby|person|patient|toddler|teen)|generally|in\s+general|si|cuando|cualquier\w*|un\s+(?:niño|bebé|enfant|bébé)|quelqu\x27un|quiconque|wenn|falls|jemand|ein\s+Kind|если|когда|любой|ребён\w+|ребен\w+|jika|kalau|apabila|siapa\s+pun|seorang\s+anak)\b|إذا|عندما",
        sentence
    ) && !re_match!(
        r"(?i)\b(?:the\s+(?:guy|lady|man|woman|kid|patient|gentleman|boy|girl)|this\s+(?:morning|afternoon|evening|week)|tonight|last\s+night|yesterday|today)\b",
        sentence
    )
}

/// A job advert or a staffing word for a ward: hiring, looking for nurses, join the team.
fn job_advert(sentence: &str) -> bool {
    re_match!(
        r"(?i)\b(?:hiring|now\s+hiring|we(?:\x27re|’re|\s+are)\s+(?:looking|searching)\s+for\s+(?:\w+\s+)?(?:nurses|staff|aides|techs?|doctors|physicians|an?\s+\w+)|join\s+(?:our|the)\s+team|apply|applications?|vacanc\w+|openings?|positions?|buscamos|contratando|vacantes?|recrute\w*|postul\w*|candidat\w*|suchen\s+(?:Verstärkung|Pflege\w*|\w+kräfte)|Stellen\w*|bewerb\w*|требу\w+|ваканси\w*|ищем|lowongan|dibutuhkan|kami\s+mencari)\b|مطلوب|وظائف|نبحث\s+عن",
        sentence
    )
}

/// prec16: the practice's routine at every visit, said in the present to anyone ("We check your
/// blood pressure each time you come in", "à chaque rendez-vous, nous vérifions votre tension",
/// "bei jedem Termin messen wir Ihren Blutdruck"): an every-visit frame and the practice as the
/// subject. A past tense, a result or a "still"/"again" ("your blood pressure has been high each
/// time you came in") is one reader's history and keeps the flag.
fn visit_routine(sentence: &str) -> bool {
    re_match!(
        r"(?i)\b(?:(?:each|every)\s+time\s+(?:you|u)\s+(?:come\s+(?:in|by)|visit|are\s+(?:here|in)|see\s+us|check\s+in|stop\s+by|drop\s+in)|whenever\s+(?:you|u)\s+(?:come\s+in|visit|are\s+here|see\s+us)|(?:at|on|during|with)\s+(?:each|every)\s+(?:visit|appointment|appt|check-?up|exam|cleaning)|cada\s+vez\s+que\s+(?:usted\s+|nos\s+)?(?:viene|visita|acude)|en\s+cada\s+(?:cita|consulta|visita|revisión)|à\s+chaque\s+(?:rendez-vous|visite|consultation|passage)|chaque\s+fois\s+que\s+vous\s+(?:venez|passez)|bei\s+jede[mr]\s+(?:Termin|Besuch|Kontrolle|Untersuchung)|jedes\s+Mal,?\s+wenn\s+Sie\s+(?:kommen|da\s+sind)|(?:при|на)\s+каждом\s+(?:визите|при[её]ме|посещении|осмотре)|каждый\s+раз,?\s+когда\s+вы\s+приходите|setiap\s+(?:kali\s+Anda\s+datang|kunjungan|kontrol|pemeriksaan))\b|في\s+كل\s+(?:زيارة|موعد)|كلما\s+زرتنا",
        sentence
    ) && re_match!(
        r"(?i)\b(?:we|our\s+(?:[\w-]+\s+)?(?:team|nurses?|staff|hygienists?|doctors?|assistants?)|nosotros|(?:revisamos|medimos|tomamos|actualizamos|comprobamos)|nous|wir|мы|kami)\b|نقوم|نقيس|نراجع",
        sentence
    ) && !re_match!(
        r"(?i)\b(?:was|were|has\s+been|have\s+been|had|did|came|visited|still|again|high|low|elevated|worse|better|found|noticed|showed|last|yesterday|ago|fue|estaba|encontramos|était|avons\s+(?:trouvé|constaté)|war|hatten|fanden|был\w*|нашли|masih|lagi|tinggi|rendah|kemarin)\b|(?:\x27|’)(?:ve|d)\b",
        sentence
    )
}

/// A third person in the sentence (a kin word, a pronoun, a courtesy title), not the reader:
/// the routine is then someone's own.
fn third_person(sentence: &str) -> bool {
    use super::vocab::{EN_COURTESY, EN_HE_SHE, EN_KIN};
    re_match_fmt!(
        r"(?i)\b(?:{EN_KIN}|{EN_HE_SHE}|{EN_COURTESY}|hij[oa]s?|él|ella|fils|fille|il|elle|Sohn|Tochter|er|сын\w*|доч\w*|он|она|его|её|dia|beliau)\b",
        sentence
    )
}

/// A `phi-name` that is an organisation's name: the span holds an organisation head, or the
/// next capitalised words do ("Rosie's Diner", "Lakeside Fire Department"); not with a title.
fn organisation_name(text: &str, start: usize, end: usize) -> bool {
    let span = &text[start..end];
    if re_match!(
        r"^(?:Mr|Mrs|Ms|Miss|Dr|Sr|Sra|Srta|Mme|Mlle|M|Frau|Herr|Pak|Bu|Ibu|Bapak)\b",
        span
    ) {
        return false;
    }
    if organisation_head(span) {
        return true;
    }
    let rest = text[end..].trim_start_matches(['\'', '’', 's']);
    let caps: Vec<&str> = rest
        .split_whitespace()
        .take(3)
        .take_while(|w| w.chars().next().is_some_and(char::is_uppercase))
        .collect();
    !caps.is_empty() && organisation_head(&caps.join(" "))
}

/// A relative pronoun opening the span right after an organisation ("Lakeside Fire Department,
/// who came by last week ..."): the group's visit, not a patient's.
fn organisation_visit(text: &str, start: usize, end: usize) -> bool {
    re_match!(
        r"(?i)^(?:who|that|which|que|quienes|qui|die|der|которы[ей]|yang)\b|^(?:الذي|الذين)",
        &text[start..end]
    ) && {
        let before = text[..start].trim_end().trim_end_matches(',');
        let words: Vec<&str> = before.split_whitespace().rev().take(3).collect();
        organisation_head(&words.into_iter().rev().collect::<Vec<_>>().join(" "))
    }
}

pub fn drop_said_to_everyone(text: &str, reply: bool, out: &mut Vec<Finding>) {
    let ok = |f: &Finding| in_text(text, f);
    out.retain(|f| !(ok(f) && f.rule == "phi-name" && organisation_name(text, f.start, f.end)));
    // The sentences where an organisation's visit was taken for a patient's.
    let visits: Vec<(usize, usize)> = out
        .iter()
        .filter(|f| ok(f) && f.rule == "rel-confirm" && organisation_visit(text, f.start, f.end))
        .map(|f| sentence_around(text, f.start, f.end))
        .collect();
    let visit_here = |s: usize, e: usize| visits.iter().any(|&(a, b)| a <= s && e <= b);
    let anchors: Vec<(usize, usize)> = out
        .iter()
        .filter(|f| ok(f) && matches!(f.rule.as_str(), "phi-name" | "phi-age" | "phi-unique"))
        .map(|f| (f.start, f.end))
        .collect();
    let dates: Vec<(usize, usize)> = out
        .iter()
        .filter(|f| ok(f) && f.rule == "phi-date")
        .map(|f| (f.start, f.end))
        .collect();
    let named = !anchors.is_empty();
    let rel_spans: Vec<(usize, usize)> = out
        .iter()
        .filter(|f| ok(f) && f.rule == "rel-confirm")
        .map(|f| (f.start, f.end))
        .collect();
    // The campaign dates whose sentence opens a service to all comers (class 3).
    let campaign = |s: usize, e: usize| {
        let (a, b) = sentence_around(text, s, e);
        !reply && start_marker(&text[a..s]) && all_comers(&text[a..b])
    };
    let campaign_dates: Vec<(usize, usize)> = dates
        .iter()
        .copied()
        .filter(|&(s, e)| campaign(s, e))
        .collect();
    // The practice's services in the present tense opening the term's clause (class 5).
    let service_here = |s: usize, e: usize| {
        let (c, d) = clause_around(text, s, e);
        service_clause(&text[c..s])
            && !person_in(&text[c..d])
            && !rel_spans.iter().any(|&(x, y)| x < d && c < y)
    };
    // Whole-text situations, read once rather than for each finding.
    let reminders = !reply && !named && reminder_service(text);
    let population_post = !reply && !named && population(text);
    out.retain(|f| {
        if !ok(f) || named {
            return true;
        }
        if matches!(f.rule.as_str(), "rel-confirm" | "phi-date")
            && visit_here(f.start, f.end)
            && rel_spans
                .iter()
                .filter(|&&(x, y)| visit_here(x, y))
                .all(|&(x, y)| organisation_visit(text, x, y))
        {
            return false;
        }
        let (a, b) = sentence_around(text, f.start, f.end);
        let sentence = &text[a..b];
        let span = &text[f.start..f.end];
        match f.rule.as_str() {
            "rel-confirm" | "clin-detail"
                if !reply
                    && visit_routine(sentence)
                    && !third_person(sentence)
                    && !dates.iter().any(|&(x, y)| x < b && a < y) =>
            {
                false
            }
            "rel-confirm"
                if reminders && reader_slot(span) && dates.is_empty() =>
            {
                false
            }
            "clin-detail" | "rel-confirm"
                if !reply && records_span(span) && records_forwarded(sentence) && dates.is_empty() =>
            {
                false
            }
            "rel-confirm" if reader_visit(span) && dates.is_empty() => {
                let booking = booking_before(&text[a..f.start]) && !(reply && next_word(span));
                let next_in_post =
                    !reply && next_word(span) && call_to_readers(sentence, &text[..f.start]);
                !(booking || next_in_post)
            }
            "rel-confirm"
                if prescriber_span(span)
                    && dates.is_empty()
                    && ((!reply && own_prescriber(sentence)) || own_doctor_elsewhere(sentence)) =>
            {
                false
            }
            "rel-confirm"
                if offered_care(&text[f.start..b])
                    && contact_request(sentence)
                    && dates.is_empty() =>
            {
                false
            }
            "rel-confirm"
                if our_patients_may(&text[f.start..b]) && dates.is_empty() && !reply =>
            {
                false
            }
            "clin-detail"
                if !reply
                    && medicines(span)
                    && (own_prescriber(sentence) || own_doctor_elsewhere(sentence))
                    && dates.is_empty()
                    && rel_spans
                        .iter()
                        .all(|&(x, y)| a <= x && y <= b && prescriber_span(&text[x..y])) =>
            {
                false
            }
            "clin-detail"
                if !reply
                    && bare_medicines(span)
                    && dates.is_empty()
                    && rel_spans.is_empty()
                    && !person_in(sentence) =>
            {
                false
            }
            "clin-detail"
                if prescriber_span(span)
                    && !reply
                    && own_doctor_elsewhere(sentence)
                    && dates.is_empty() =>
            {
                false
            }
            "clin-detail" if dates.is_empty() && service_here(f.start, f.end) => false,
            "clin-detail"
                if (topic_span(span)
                    || topic_before(&text[a..f.start])
                        && !re_match!(
                            r"(?i)^(?:your|his|her|their|my|su|sus|tu|votre|vos|son|sa|ses|Ihre?[nms]?|sein\w*|ваш\w*|его|её)\b",
                            span
                        ))
                    && rel_spans.iter().all(|&(x, y)| y <= a || x >= b)
                    && dates.is_empty() =>
            {
                false
            }
            "clin-detail"
                if population_post
                    && rel_spans.is_empty()
                    && dates.is_empty()
                    && !re_match!(r"(?i)^(?:his|her|their|my|su|sus|son|sa|ses|sein\w*|его|её)\b", span) =>
            {
                false
            }
            "clin-detail"
                if !reply
                    && rel_spans.is_empty()
                    && dates.is_empty()
                    && booked_service(&text[a..f.start]) =>
            {
                false
            }
            "phi-date" if campaign_dates.contains(&(f.start, f.end)) => rel_spans
                .iter()
                .any(|&(x, y)| x < b && a < y),
            "clin-detail"
                if campaign_dates.iter().any(|&(x, y)| x < b && a < y)
                    && !rel_spans.iter().any(|&(x, y)| x < b && a < y) =>
            {
                false
            }
            "loc-hint" if dates.is_empty() => {
                !((emergency_room(span) && generic_advice(sentence))
                    || (job_advert(sentence) && !person_in(sentence)))
            }
            _ => true,
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::Input;
    use crate::policy::Policy;
    use crate::scanner::Scanner;

    /// (rule, quoted span) of the whole scanner under the corpus practice's policy.
    fn scan(input: Input) -> Vec<(String, String)> {
        static SCANNER: std::sync::OnceLock<Scanner> = std::sync::OnceLock::new();
        let scanner = SCANNER.get_or_init(|| {
            let policy = Policy::from_json(include_str!("../../tests/corpus/practice-policy.json"))
                .expect("practice policy");
            Scanner::new(&policy).expect("scanner")
        });
        let text = input.text.clone();
        let mut v: Vec<(String, String)> = scanner
            .scan(&input)
            .into_iter()
            .map(|f| (f.rule, text[f.start..f.end].to_string()))
            .collect();
        v.sort();
        v
    }

    fn post(text: &str, lang: &str) -> Vec<(String, String)> {
        scan(Input::new(text).with_lang(lang))
    }

    fn reply(text: &str, context: &str, lang: &str) -> Vec<(String, String)> {
        scan(Input::new(text).with_context(context).with_lang(lang))
    }

    fn has(v: &[(String, String)], rule: &str, span: &str) -> bool {
        v.iter().any(|(r, s)| r == rule && s == span)
    }

    #[test]
    fn a_booking_call_and_a_posts_next_visit_are_every_readers() {
        assert_eq!(post("Para reservar su cita, llámenos.", "es"), []);
        assert_eq!(
            post("¿Quiere saber más? Consúltelo en su próxima visita.", "es"),
            []
        );
        // A named reader's next appointment, and "your next visit" in a reply, stay flagged.
        let v = post("Sra. Ortiz, para reservar su próxima cita, llámenos.", "es");
        assert!(has(&v, "rel-confirm", "su próxima cita"), "{v:?}");
        let v = reply(
            "¿Quiere saber más? Consúltelo en su próxima visita.",
            "Me encantó la clínica",
            "es",
        );
        assert!(has(&v, "rel-confirm", "su próxima visita"), "{v:?}");
    }

    #[test]
    fn the_readers_own_prescriber_in_advice_to_everyone() {
        assert_eq!(
            post(
                "No deje sus medicamentos: tómelos tal como su médico se los indicó.",
                "es"
            ),
            []
        );
        let v = post(
            "Reminder: always finish the course of antibiotics your clinician prescribed unless they tell you otherwise.",
            "en",
        );
        assert!(
            !v.iter()
                .any(|(r, _)| r == "clin-detail" || r == "rel-confirm"),
            "{v:?}"
        );
        let v = post(
            "Sr. Gómez, no deje sus medicamentos: tómelos tal como su médico se los indicó.",
            "es",
        );
        assert!(has(&v, "rel-confirm", "como su médico"), "{v:?}");
        assert!(has(&v, "clin-detail", "medicamentos"), "{v:?}");
    }

    #[test]
    fn a_service_opening_on_a_date_to_all_comers() {
        assert_eq!(
            post(
                "Dès le 1er octobre, venez vous faire vacciner contre la grippe, sans prendre rendez-vous, en semaine.",
                "fr"
            ),
            []
        );
        let v = post(
            "Dès le 1er octobre, Mme Girard, venez vous faire vacciner contre la grippe, sans prendre rendez-vous.",
            "fr",
        );
        assert!(has(&v, "phi-date", "1er octobre"), "{v:?}");
        assert!(has(&v, "clin-detail", "grippe"), "{v:?}");
    }

    #[test]
    fn the_er_as_advice_and_a_ward_in_a_job_advert() {
        assert_eq!(
            post(
                "Nurse here, speaking generally: a child with a fever above 104 or who's very hard to rouse belongs in the ER, not waiting on a call back.",
                "en"
            ),
            []
        );
        assert_eq!(
            post(
                "We're looking for nurses on 6 North 💜 applications are online.",
                "en"
            ),
            []
        );
        let v = post(
            "Mr. Hale on 6 North is doing great, and we're still hiring nurses.",
            "en",
        );
        assert!(has(&v, "loc-hint", "on 6 North"), "{v:?}");
        let v = post(
            "Crazy night with the guy in the ER, he finally went home.",
            "en",
        );
        assert!(has(&v, "loc-hint", "the guy in the ER"), "{v:?}");
    }

    #[test]
    fn care_offered_after_a_call_request_and_our_patients_may() {
        assert_eq!(
            reply(
                "Lamentamos mucho la falta de respuesta. Por favor, llámenos y lo atenderemos en persona.",
                "No me devolvieron la llamada",
                "es"
            ),
            []
        );
        let v = reply(
            "Sr. Pérez, lamentamos la falta de respuesta. Por favor, llámenos y lo atenderemos en persona.",
            "No me devolvieron la llamada",
            "es",
        );
        assert!(has(&v, "rel-confirm", "lo atenderemos en persona"), "{v:?}");
        assert_eq!(
            post(
                "Pasien kami bisa mendaftar kontrol lewat aplikasi mulai bulan depan.",
                "id"
            ),
            []
        );
        let v = post("Pasien kami, Pak Budi, sudah kontrol lewat aplikasi.", "id");
        assert!(has(&v, "rel-confirm", "Pasien kami"), "{v:?}");
    }

    #[test]
    fn the_practices_services_reminders_and_bare_medicines() {
        assert_eq!(
            reply(
                "Yes, our GI team tests and treats celiac disease; ask your doctor for a referral.",
                "Do you treat celiac disease?",
                "en"
            ),
            []
        );
        let v = reply(
            "Yes, our GI team treated your celiac disease last spring.",
            "Do you treat celiac disease?",
            "en",
        );
        assert!(has(&v, "clin-detail", "your celiac disease"), "{v:?}");
        assert_eq!(
            post(
                "No risk of missing your slot: we text a reminder the day before.",
                "en"
            ),
            []
        );
        let v = post(
            "Mr. Hale, no risk of missing your slot on May 3: we text a reminder the day before.",
            "en",
        );
        assert!(has(&v, "rel-confirm", "your slot"), "{v:?}");
        assert_eq!(
            post(
                "Ab Januar gelten neue gesetzliche Regeln für Rezepte. Fragen Sie uns bei Ihrem nächsten Besuch.",
                "de"
            ),
            []
        );
        let v = post(
            "Frau Keller, Ihre Rezepte liegen ab Januar an der Anmeldung.",
            "de",
        );
        assert!(has(&v, "clin-detail", "Ihre Rezepte"), "{v:?}");
    }

    #[test]
    fn organisations_reminders_forwarded_records() {
        assert_eq!(
            post(
                "Grace Fellowship's youth group volunteered at our flu clinic, thank you all!",
                "en"
            ),
            []
        );
        let v = post("Grace came in for her flu shot, thank you all!", "en");
        assert!(has(&v, "phi-name", "Grace"), "{v:?}");
        assert_eq!(
            post(
                "Big thanks to Lakeside Fire Department, who came by last week to teach our clinic team CPR!",
                "en"
            ),
            []
        );
        let v = post(
            "Big thanks to Tom Reyes, who came by last week for his CPR check!",
            "en",
        );
        assert!(has(&v, "rel-confirm", "who came by"), "{v:?}");
        assert!(has(&v, "phi-date", "last week"), "{v:?}");
        assert_eq!(
            post(
                "Two days before your appointment, you'll get a reminder text from us. Same for every patient.",
                "en"
            ),
            []
        );
        let v = post(
            "Two days before your appointment on May 3, you'll get a reminder text from us.",
            "en",
        );
        assert!(has(&v, "rel-confirm", "your appointment"), "{v:?}");
        assert_eq!(
            post(
                "¿Se cambia de ciudad? Mandamos sus radiografías al dentista nuevo; basta con pedirlo en recepción.",
                "es"
            ),
            []
        );
        let v = post(
            "Sr. Ruiz, ya mandamos sus radiografías al dentista nuevo el 3 de mayo.",
            "es",
        );
        assert!(has(&v, "clin-detail", "sus radiografías"), "{v:?}");
    }

    #[test]
    fn topics_populations_and_booked_services() {
        assert_eq!(
            post(
                "Félicitations au Dr Amélie Laurent pour sa formation en coloscopie ! 🎓",
                "fr"
            ),
            []
        );
        let v = post(
            "Félicitations à Mme Girard pour sa coloscopie réussie !",
            "fr",
        );
        assert!(has(&v, "clin-detail", "sa coloscopie"), "{v:?}");
        assert_eq!(
            post(
                "Don't let dental anxiety make you feel silly. Lots of grown-ups feel it and our team is here for it.",
                "en"
            ),
            []
        );
        let v = post(
            "Don't let your dental anxiety from Tuesday's visit make you feel silly. Lots of grown-ups feel it.",
            "en",
        );
        assert!(has(&v, "clin-detail", "anxiety"), "{v:?}");
        assert_eq!(
            post(
                "Your smile is your best accessory 😁 book a whitening consult this month",
                "en"
            ),
            []
        );
        let v = post(
            "Your whitening went great, book your next whitening consult with us",
            "en",
        );
        assert!(has(&v, "clin-detail", "Your whitening"), "{v:?}");
    }

    #[test]
    fn word_classes() {
        assert!(offered_care("lo atenderemos en persona"));
        assert!(!offered_care("your root canal; call and we'll fit you in"));
        assert!(contact_request(
            " Por favor, llámenos y lo atenderemos en persona"
        ));
        assert!(service_clause("Yes, our GI team tests and treats "));
        assert!(!service_clause("Yes, our GI team treated "));
        assert!(booking_before("Para reservar "));
        assert!(booking_before("To book "));
        assert!(!booking_before("We enjoyed "));
        assert!(reader_visit("su cita"));
        assert!(reader_visit("votre prochain rendez-vous"));
        assert!(reader_visit("kunjungan Anda berikutnya"));
        assert!(!reader_visit("su cirugía"));
        assert!(own_prescriber(
            "No deje sus medicamentos: tómelos tal como su médico se los indicó"
        ));
        assert!(own_prescriber(
            "Take your pills as your doctor prescribed them"
        ));
        assert!(!own_prescriber("Your doctor called about the biopsy"));
        assert!(start_marker("Dès le "));
        assert!(all_comers(
            "venez vous faire vacciner, sans prendre rendez-vous"
        ));
        assert!(emergency_room("in the ER"));
        assert!(job_advert("We're looking for nurses on 6 North"));
        assert!(!job_advert("The nurses on 6 North were kind to your dad"));
    }
    /// prec16 (batch `ro`): the practice's routine at every visit, said in the present in a
    /// post, is anyone's; a past visit, a result, a third person, a name or a reply keeps it.
    #[test]
    fn the_practices_routine_at_every_visit() {
        assert_eq!(
            post("We check your blood pressure each time you come in.", "en"),
            []
        );
        assert_eq!(
            post(
                "À chaque rendez-vous, nous vérifions votre tension artérielle.",
                "fr"
            ),
            []
        );
        let v = post(
            "We checked your blood pressure each time you came in.",
            "en",
        );
        assert!(has(&v, "clin-detail", "your blood pressure"), "{v:?}");
        assert!(has(&v, "rel-confirm", "each time you came in"), "{v:?}");
        let v = post(
            "Your blood pressure has been high each time you come in, so we check it.",
            "en",
        );
        assert!(has(&v, "clin-detail", "Your blood pressure"), "{v:?}");
        let v = post(
            "We check your son's blood pressure each time you come in.",
            "en",
        );
        assert!(v.iter().any(|(r, _)| r == "rel-confirm"), "{v:?}");
        let v = post(
            "Mrs. Ortiz, we check your blood pressure each time you come in.",
            "en",
        );
        assert!(has(&v, "clin-detail", "your blood pressure"), "{v:?}");
        assert!(has(&v, "rel-confirm", "each time you come in"), "{v:?}");
        let v = reply(
            "We check your blood pressure each time you come in.",
            "My blood pressure was high last week",
            "en",
        );
        assert!(v.iter().any(|(r, _)| r == "rel-confirm"), "{v:?}");
    }

    /// prec16 (batch `ro`): a titled clinician's work a few words after the name (seeing
    /// patients, holding consultations) is staff news; the same doctor in for her own
    /// consultation stays a patient.
    #[test]
    fn a_titled_clinicians_work_a_few_words_on() {
        assert_eq!(
            post(
                "Starting next month, Dr. Ingrid Voss will be here every Monday seeing patients for sports medicine consultations.",
                "en"
            ),
            []
        );
        let v = post(
            "Dr. Ingrid Voss is here for her consultation about knee surgery.",
            "en",
        );
        assert!(has(&v, "phi-name", "Ingrid Voss"), "{v:?}");
        let v = post(
            "Dr. Ingrid Voss came in for a consultation about her knee surgery.",
            "en",
        );
        assert!(has(&v, "phi-name", "Ingrid Voss"), "{v:?}");
    }
    /// prec16 (dev's clean false alarms): a name in apposition with one of the practice's staff
    /// roles is staff, and so is the same name again; the reader's or a relative's role word,
    /// a courtesy title, or a visit at the desk keep the flag.
    #[test]
    fn a_name_in_apposition_with_a_staff_role() {
        assert_eq!(
            post("Dana, our receptionist, organized our food drive!", "en"),
            []
        );
        assert_eq!(
            post(
                "Shout-out to Dana at the front desk for organizing our food drive!",
                "en"
            ),
            []
        );
        assert_eq!(
            post(
                "La enfermera Lucía se jubila este mes tras 35 años con nosotros. ¡Gracias, Lucía!",
                "es"
            ),
            []
        );
        let v = post("Meine Schwester Anke hatte ihre OP bei Ihnen.", "de");
        assert!(has(&v, "phi-name", "Meine Schwester Anke"), "{v:?}");
        let v = post(
            "Mrs. Dana Ortiz was at the front desk for her check-in.",
            "en",
        );
        assert!(v.iter().any(|(r, _)| r == "phi-name"), "{v:?}");
        let v = post(
            "Saw Dana at the front desk for her cleaning appointment today!",
            "en",
        );
        assert!(has(&v, "phi-name", "Dana"), "{v:?}");
    }
}
