//! Word classes, per language, for the relationship clause analysis in [`super::roles`].
//!
//! Two kinds of table. The *mood* cues say that a clause does not assert anything about a
//! person even when it holds "you" and a care word: a condition ("if you have a cavity"), an
//! ability or instruction given to every reader ("you can move your appointment online"), a
//! wish ("we'd love to see you"), a refusal to confirm ("we cannot confirm whether..."), a
//! generic subject ("all patients receive..."), a question about health in general ("did you
//! know..."), an invitation to every follower ("book your next cleaning"). The *care* grammars
//! say that a clause does assert a care fact about the reader or a relative: who acted + a care
//! verb in a past or perfect form + the person ("we rebooked u", "Kevin cleaned your teeth"),
//! the person's care noun + a finite verb ("your referral went", "Ihre Rechnung wurde
//! korrigiert"), a care noun named by what the practice did to it ("the filling Dr. Lee
//! placed"), the pleasure or regret of having cared for them ("a joy treating you", "senang
//! bisa merawat Anda").
//!
//! The grammars are built from word classes (care verbs, care nouns, kin, agents), never
//! from sentences, so that wording nobody wrote yet is still covered.

/// English care verbs in a past or participle form: what a practice does to or for a person.
pub const EN_CARE_PAST: &str = r"saw|seen|treated|examined|checked|checked on|cleaned|filled|fitted|fit|operated on|admitted|discharged|prescribed|referred|booked|scheduled|rescheduled|rebooked|reminded|followed up with|followed|called|called back|phoned|texted|emailed|mailed|sent|pulled|reviewed|looked after|looked at|took care of|taken care of|cared for|worked on|scanned|x-rayed|tested|vaccinated|immunized|stitched|stitched up|numbed|drew|drawn|gave|given|made|ordered|placed|moved|squeezed|fit in|fitted in|triaged|removed|took off|taken off|adjusted|extracted|measured|weighed|swabbed|injected|delivered|spent|met|welcomed|greeted|seated|sedated|monitored|evaluated|assessed|diagnosed|casted|splinted|bandaged|dressed|refilled|renewed|faxed|transferred|registered|enrolled|cancelled|canceled|postponed|confirmed|fixed|repaired|straightened|whitened|polished|crowned|bonded|sealed|implanted|rebuilt|replaced|changed|updated|corrected|handled|helped|looked over|went over|walked through|explained to|counseled|visited|admitted|fed|bathed|turned|walked|carried|held";

/// English care verbs in the gerund, for "a joy treating you", "thanks for letting us see you".
pub const EN_CARE_ING: &str = r"seeing|treating|examining|checking|cleaning|caring for|looking after|taking care of|working on|meeting|having|fitting|operating on|helping|serving|welcoming|getting to know|watching|scanning|following|treating";

/// English care verbs in the base form, after "could", "had to", "got to".
pub const EN_CARE_BASE: &str = r"see|treat|examine|check|clean|fill|fit|squeeze|get|move|reschedule|rebook|book|schedule|call|send|help|admit|discharge|refer|bill|charge|remind|take care of|look after|work on|meet|care for|fix|redo|cancel|postpone";

/// English nouns for care and its paperwork that a person has: "your referral", "ur crown".
pub const EN_CARE_NOUN: &str = r"appointments?|appts?|visits?|check-?ins?|check-?ups?|checkups?|cleanings?|exams?|examinations?|consults?|consultations?|sessions?|procedures?|operations?|surgery|surgeries|stay|admission|discharge|results?|test results|labs?|lab work|bloodwork|blood work|x-?rays?|scans?|imaging|charts?|files?|records?|notes|history|treatment plan|treatment|care plan|follow-?ups?|referrals?|prescriptions?|refills?|scripts?|reminders?|crowns?|fillings?|retainers?|aligners?|braces|dentures?|implants?|glasses|lenses|hearing aids?|cast|stitches|sutures|dressings?|vaccines?|shots?|booster|paperwork|forms?|intake|slot|spot|booking|reservation|recall|recovery|biopsy|ultrasound|mri|ct scan|tests?|teeth|tooth|smile";

/// English care nouns that a third person ("her", "his") has from the practice: results,
/// devices, dressings, recovery; never appointments or schedules, which a clinician has too
/// ("Dr. Becker is out; his appointments were moved").
pub const EN_CARE_NOUN_THIRD: &str = r"results?|test results|labs?|bloodwork|blood work|x-?rays?|scans?|biopsy|crowns?|fillings?|retainers?|aligners?|braces|dentures?|implants?|glasses|lenses|hearing aids?|cast|stitches|sutures|dressings?|recovery|surgery|operation|procedure|stitches|new knee|new hip|prescription|referral";

/// English kin and people words that follow "your": now in `vocab` (one home for them).
pub use super::vocab::EN_KIN;

/// Who acts in an English care clause: the practice, its staff, a clinician, a pronoun for one
/// of them, a person named by the practice's place they work at ("the new guy at reception",
/// "the lady from billing"), or a capitalised first name (staff are named by first name in
/// replies).
pub const EN_AGENT: &str = r"we|i|(?:our|the)\s+(?:\w+\s+)?(?:team|staff|nurse|nurses|hygienist|doctor|dentist|surgeon|tech|techs|technician|system|office|front desk|assistant|receptionist|pharmacist|therapist|provider|crew|lab|billing(?:\s+team)?|scheduler|midwife|medic|paramedic|orthodontist|pediatrician|radiologist|anesthesiologist|manager|office manager|coordinator|lead|supervisor|director|specialist|attendant|aide|aides|scribe|driver|valet|volunteer|security guard|cashier|desk|front desk team|receptionists|hygienists|doctors|docs|girls|ladies)|(?:our|the)\s+(?:\w+\s+)?(?:guy|girl|gal|lady|woman|man|gentleman|folks|people|one|kid)\s+(?:at|from|on|in|behind)\s+(?:the\s+)?(?:front\s+desk|desk|reception|front|counter|check-?in|check-?out|window|billing|lab|pharmacy)|dr\.?\s+\w+|she|he|they|(?-i:[A-Z][a-z]{2,})";

/// The reader or someone of theirs, after a care verb: "you", "u", "your son", "ur teeth".
pub const EN_OBJECT: &str =
    r"(?:you|u|ya|yourself)\b|(?:your|ur)\s+(?:\w+\s+){0,2}?(?:\w+)\b|(?:her|him)\b";

/// English: a care participle about a person with the time it happened, or leaving for home:
/// "discharged this morning", "was treated here", "went home Jan 2".
pub const EN_PARTICIPLE: &str = r"\b(?:(?:was|were|got|been)\s+(?:just\s+)?(?:seen|treated|admitted|discharged|examined|operated on|stitched up|delivered|x-?rayed|vaccinated|sedated|casted)\s+(?:here|by us|with us|at our \w+|in our \w+|by our \w+|by dr\.?\s+\w+)|(?:discharged|admitted|operated on|stitched up|released|sent home)\s+(?:here\s+)?(?:this morning|this afternoon|this evening|today|tonight|yesterday|last night|last week|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))|(?:went|was sent|were sent|got sent|headed)\s+home\b)";

/// English verbs in any past form, for the presence grammars: a regular "-ed" form or a
/// common irregular one. Presence needs no care verb: "Maria spotted you in the lobby", "we
/// had u in chair 2", "your wife let us know at check-out".
pub const EN_PAST_ANY: &str = r"[a-z]{2,}ed|sat|stood|ran|ate|drank|brought|bought|caught|thought|led|fed|read|said|told|gave|given|made|let|put|set|lost|spent|sent|built|felt|meant|slept|kept|left|drove|rode|wrote|woke|spoke|broke|chose|froze|wore|flew|grew|drew|threw|knew|known|showed|shown|saw|seen|came|went|did|done|began|rang|won|hung|stuck|met|had|got|gotten|took|taken|found|heard|held|forgot|forgotten|paid|waited|fell|hid|shook|stole|swung|dropped|stopped|popped|parked|signed|chatted|spotted|waved|walked|checked|sat down";

/// The practice's places where a person is when they visit: "the lobby", "exam room 3",
/// "the pharmacy window", "our parking lot". A place of its own is no tie; a person put there
/// by a past verb is ("you sat in our waiting room").
pub const EN_PLACE: &str = r"lobby|front desk|desk|reception|reception desk|waiting room|waiting area|exam room|exam rooms|room\s+\d+|operatory|op\s+\d+|chair\s*\d*|dental chair|parking lot|parking garage|parking deck|car park|lot|hallway|hall|corridor|check-?in(?:\s+desk)?|check-?out(?:\s+desk)?|counter|(?:pharmacy|lab|billing|front|check-?in)\s+window|window|ward|unit|pharmacy|lab|front office|entrance|front door|door|curb|kiosk|triage|recovery room|bay\s*\d*|sticker wall|treasure box|play area|kids'? corner|elevator|x-?ray room|suite|floor|office|clinic|supply closet|closet|lost and found|back office|break room";

/// Things a visitor leaves, drops off or brings: "the forms you dropped off", "ur jacket".
pub const EN_BELONGING: &str = r"forms?|paperwork|papers|documents?|intake forms?|jacket|coat|umbrella|keys?|phone|bag|purse|wallet|sunglasses|glasses|scarf|hat|gloves|mittens|ticket|parking ticket|card|insurance card|id|license|drawing|picture|painting|cookies|flowers|donuts|cake|cupcakes|coffee|toy|stuffed animal|blanket|water bottle|book|samples?|check|payment|copay|co-pay|receipt|spot|place in line|car|stroller|wheelchair|walker|cane|crutches|snacks|room|exam room|seat|chair";

/// Communication, not care: the one word class that tells a phrase about the reader's
/// message, review or feelings ("we passed your feedback to the team", "we sent you a DM",
/// "made you feel welcome", "we heard you") from one about their visit. Three slots, read by
/// `roles::communication`:
/// - `objects`: what the phrase (with the object words after a determiner) is about, in the
///   seven languages: a review, a message, a link, a complaint, an experience;
/// - `after`: what directly follows the phrase and turns it into an idiom or a feeling ("got
///   you [covered]", "keep you [in mind]", "made you [feel]") or a message handed over ("sent
///   you [a link]");
/// - `acts`: English verbs and nouns of contact and feeling ([`EN_COMM`]), read only in
///   presence phrases (any past verb, no care verb), where "we reached out to you" or "the
///   review you left" is no visit.
pub struct Comm {
    pub objects: &'static str,
    pub after: &'static str,
    pub acts: &'static str,
}

/// The communication class (see [`Comm`]).
pub const COMM: Comm = Comm {
    objects: r"(?:^|[^\w])(?:suggestions?|ideas?|input|sugerencias?|vorschl\w+|anregung\w*|предложени\w+|saran|اقتراح\S*|experiences?|experiencia|expérience|erfahrung|опыт\w*|pengalaman|تجرب\S*|complaints?|quejas?|plaintes?|beschwerden?|жалоб\w*|претензи\w*|keluhan|شكو\S*|reviews?|feedback|comments?|kind words|voicemails?|messages?|e-?mails?|mail|dms?|links?|courriel|lien|mp|mensajes?|correo|enlace|nachricht(?:en)?|сообщени\w*|ссылк\w*|письм\w*|pesan|tautan|رسال\S*|رابط|ratings?|avis|remarques|commentaires|retours?|bewertung(?:en)?|rückmeldung(?:en)?|kommentare?|reseñas?|comentarios?|opiniones|отзыв\w*|комментари\w*|ulasan|masukan|komentar|تقييم\w*|ملاحظات\w*|تعليق\w*)(?:$|[^\w])",
    after: r"^\s*(?:covered|in mind|mind\b|in our (?:thoughts|prayers|hearts)|down\b|(?:a|an|the|our)?\s*(?:dm|pm|direct message|private message|message|link|email|e-mail|text|note|number|phone number|info|details|invite|invitation|coupon|card|gift|thank-you|reply|response)\b|(?:feel|smile|laugh|wait|waiting)\b|(?:(?:on|to|of|at|by)\s+)?(?:our|the|this)\s+(?:page|website|site|profile|feed|channel|account|blog|newsletter)\b|(?:sur|à)\s+(?:notre|la|le|ce)\s+(?:page|site|profil|compte|blog)\b|(?:a|en)\s+(?:nuestr[oa]|la|el|esta)\s+(?:página|perfil|sitio|web|cuenta|blog)\b|(?:auf|zu)\s+unser\w*\s+(?:seite|webseite|website|profil|kanal|blog)\b|на\s+(?:нашу|нашей|наш|этой|эту)\s+(?:страниц\w*|сайт\w*|профил\w*|блог\w*)|ke\s+(?:halaman|situs|profil|akun|blog)\s+kami\b|(?:ل|إلى\s+)?(?:صفحتنا|موقعنا|حسابنا)|(?:un|une|le|la|el|la|un|una|eine?n?|die|das)?\s*(?:message|mail|e-mail|courriel|lien|mp|mensaje|correo|enlace|nachricht|link|e-mail)\b|(?:сообщение|ссылку|письмо)|(?:pesan|tautan|email)\b|(?:رسالة|رابط))",
    acts: EN_COMM,
};

/// Verbs and nouns that make a presence phrase about the reader's message, review or a
/// feeling, not a visit: "we reached out to you", "we heard you", "we read your review",
/// "we failed you", "the review you left". The `acts` slot of [`COMM`].
pub const EN_COMM: &str = r"\b(?:the one|mentioned|said|described|noted|pointed|raised|flagged|reported|complained|deserved|phoned|called|rang|tried (?:you|u|to reach|to call|calling)|missed|charged|refunded|credited|billed|waived|reimbursed|sent|send|reached|reaching|heard|hearing|replied|replying|responded|responding|wrote|written|writing|messaged|messaging|emailed|e-mailed|texted|dmed|dm'?d|contacted|thanked|thanking|appreciated|wanted|hoped|invited|tagged|answered|failed|disappointed|owed|shared|forwarded|passed|received|liked|followed|posted|commented|reviewed|rated|noticed|addressed|encouraged|asked|apologized|apologised|worried|frustrated|upset|bothered|offended|hurt|confused|kept you informed|following|sharing|posting|commenting|reading|watching|liking|tagging|voting|subscribing|joining|tuning|supporting|donating|cheering|spreading|reaching out|writing in|review|reviews|feedback|comments?|rating|stars|message|messages|post|words|experience|concerns?|note|email|time|trouble|patience|shout-?out|kindness|support|business|loyalty|trust)\b";

/// Times that stamp an encounter: "at 8:50", "this morning", "on Thursday", "Friday". The
/// weekday names come from [`crate::calendar::EN`]; the short forms ("tues") are this
/// pattern's own.
pub fn en_time() -> String {
    let days = crate::calendar::EN.weekdays.join("|");
    format!(
        r"at\s+\d{{1,2}}(?::\d{{2}})?\s*(?:am|pm|a\.m\.|p\.m\.)?|this\s+(?:morning|afternoon|evening|week)|yesterday|that\s+(?:morning|afternoon|evening|day|night)|last\s+(?:night|nite|week|wk|month|mo|time|{days}|visit)|yday|(?:on\s+)?(?:{days}|mon|tues|wed|thurs|fri|sat)|(?:on|from|since)\s+the\s+\d{{1,2}}(?:st|nd|rd|th)|earlier\s+today|today|tonight|this\s+past\s+\w+"
    )
}

/// True if an ordinal ending `before` ("from the 3rd", "of the 1st") counts a floor, a time, a
/// dose, a visit or people (`after` starts " floor", " patients"...), so it is no day of the
/// month: "you came down from the 3rd floor", "one of the 1st patients". `en_time` and the
/// English bare-date scan check it, since the regex crate has no look-ahead.
pub fn ordinal_counts_thing(before: &str, after: &str) -> bool {
    re_match!(r"\d(?:st|nd|rd|th)$", before)
        && re_match!(
            r"(?i)^\s*(?:floor|floors|time|times|dose|doses|visit|visits|patient|patients|one|ones)\b",
            after
        )
}

/// English mood cues (see the module docs); each is a case-insensitive regular expression.
pub struct MoodCues {
    /// A condition that opens the clause or sentence: "if you", "whenever", "when you come".
    pub condition: &'static str,
    /// A refusal to confirm or discuss: "we cannot confirm whether".
    pub negation: &'static str,
    /// An ability, permission or instruction given to any reader: "you can", "you should".
    pub modal: &'static str,
    /// A wish or hope about a future meeting: "we'd love to see you", "hope to see you".
    pub wish: &'static str,
    /// A generic or plural subject: "all patients", "anyone who", "patients who".
    pub generic: &'static str,
    /// A question or teaser about health in general: "did you know", "wondering".
    pub question: &'static str,
    /// An imperative opening a clause: "book", "bring", "please call", "remember to".
    pub imperative: &'static str,
    /// Words that make a care noun generic in an invitation: "first", "next", "any".
    pub generic_noun: &'static str,
    /// Policy adverbs: "usually", "typically".
    pub policy: &'static str,
    /// The reader's words ("you", "your", "Sie", "Anda"): an invitation drops only the reader's
    /// care words, never a described patient ("check out this scan from a patient we saw").
    pub reader: &'static str,
    /// "next", "следующ-", "prochain": a wish about the next visit presumes a booked one.
    pub next: &'static str,
    /// A sentence that opens by calling a group ("Night shift nurses, we see you"): its "you"
    /// is that group, not a patient.
    pub vocative: &'static str,
}

/// The mood cues of `lang` (English when it has none of its own).
pub fn mood_cues(lang: &str) -> &'static MoodCues {
    match lang {
        "es" => &ES,
        "fr" => &FR,
        "de" => &DE,
        "ru" => &RU,
        "ar" => &AR,
        "id" => &ID,
        _ => &EN,
    }
}

const EN: MoodCues = MoodCues {
    condition: r"(?:^|[,;:(]\s*|\b(?:and|or|call us|let us know|contact us|text us|tell us|message us)\s+)\W*(?:if|whenever|unless|in case|whether (?:you|u|ur|your)|every time (?:you|u|ur|your)|each time (?:you|u|ur|your)|anytime (?:you|u|ur|your)|should (?:you|u|your)|once (?:you|u)|when (?:you|u|ur|your)\s+(?:\w+\s+){0,2}?(?:come|comes|need|needs|visit|arrive|book|are|is|get|have|has|check|call|schedule|bring|want|feel|notice|see|start|move|go|do|'re|’re|sign|log|show|stop|drop|return))\b",
    negation: r"\b(?:cannot|can't|can’t|can not|could not|couldn't|couldn’t|don't|don’t|do not|never|won't|won’t|will not|unable to|not able to|not allowed to|are not permitted to|aren't permitted to)\s+(?:\w+\s+){0,2}?(?:confirm|discuss|comment|share|say|disclose|talk about|reveal|acknowledge|speak to|speak about|go into)\b",
    modal: r"\b(?:you|u|ya)\s+(?:can|could|may|might|will be able to|are welcome to|should|need to|needs to|must|have to|'ll need to|’ll need to|will need to|'ll want to|’ll want to|will want to|'ll get|’ll get|will get|'ll receive|’ll receive|will receive)\b|\bcan (?:you|u)\b",
    wish: r"\b(?:(?:we'd|we’d|we would|i'd|i’d|i would|would)\s+(?:love|like|be (?:happy|glad|delighted|thrilled))\s+to|(?:hope|hoping|wish)\s+to\s+(?:see|meet|welcome|have|host|hear))\b",
    generic: r"\b(?:all|every|each|any)\s+(?:of\s+our\s+)?(?:\w+\s+)?(?:patients?|appointments?|visits?|families|kids|children|adults|clients|members|parents|guests)\b|\b(?:anyone|anybody|everyone|everybody|whoever|patients|families|people|folks)\s+(?:who|that)\b|\b(?:lots of|so many|many|several|dozens of|hundreds of|a bunch of|\d+)\s+(?:\w+\s+)?(?:patients|families|kids|people|folks|students|runners|players|neighbors)\b|^\W*(?:patients|kids|children|adults|families|most people|new patients|our patients)\b",
    question: r"\b(?:did you know|wondering|ever wondered|have you ever|what happens|how do you|how often|what to expect|curious (?:about|what|how)|do you know)\b",
    imperative: r"^\W*(?:(?:please|pls|plz|just|also|and|so)\s+)?(?:(?:don't|don’t|do not|never)\s+[a-z]+|book|schedule|call|bring|remember|ask|come|check|make sure|don't forget|don’t forget|request|update|send|contact|text|visit|join|grab|reserve|fill out|arrive|let us know|tell|click|log in|download|use|keep|plan|sign up|register|stop by|swing by|pop in|bring in|message|dm|email|say hi|say hello|come say|give us|treat yourself|take a|try|follow|share|tag|comment|mark|save|pick|choose|wave|head over|hop|drop by|drop in|pop by)\b",
    generic_noun: r"\b(?:first|next|upcoming|any|every|each|new|yearly|annual|future)\b",
    policy: r"\b(?:usually|typically|generally|normally|on average|pro tip|tips?:|reminder:|psa)(?:$|\W)",
    reader: r"\b(?:you|your|yours|u|ur|ya)\b",
    next: r"\b(?:next|upcoming|follow-?up)\b",
    vocative: r"^\W*(?:(?:to\s+)?(?:our|all|the|my)\s+)?(?:[\w-]+\s+){0,2}(?:nurses|team|staff|doctors|docs|hygienists|techs|crew|heroes|colleagues|volunteers|residents|interns|everyone|everybody|y'all|y’all|folks|friends|neighbors|neighbours|parents|moms|dads|teachers|students|grads|graduates)\s*[,!:—–-]",
};

const ES: MoodCues = MoodCues {
    condition: r"(?:^|[,;:(]\s*)\W*(?:si|cuando\s+(?:usted\s+|tú\s+)?(?:venga|vengas|necesite|necesites|llegue|llegues|tenga|tengas|reserve|reserves)|en caso de)\b",
    negation: r"\bno\s+(?:podemos|puedo|vamos a|debemos)\s+(?:\w+\s+){0,1}?(?:confirmar|hablar|comentar|compartir|decir|revelar|discutir)\b",
    modal: r"\b(?:usted\s+)?(?:puede|puedes|podrá|podrás|debe|debes|tiene que|tienes que)\s+(?:\w+\s+)?(?:reservar|cambiar|mover|pedir|solicitar|ver|consultar|traer|llamar|reprogramar)\b",
    wish: r"\b(?:nos encantaría|esperamos\s+(?:verle|verte|verlos|recibirle|recibirte)|será un placer|estaremos encantados)\b",
    generic: r"\b(?:todos los|todas las|cada)\s+(?:\w+\s+)?(?:pacientes|citas|familias|niños|adultos)\b|\b(?:cualquier persona|quien|quienes)\b",
    question: r"\b(?:sabías|sabía usted|te preguntas|qué pasa)\b",
    imperative: r"^\W*(?:por favor\s+)?(?:nunca\s+\w+|siga|tome|evite|mantenga|haga|lleve|consulte|pregunte|programe|acuda|escriba|comente|deje|envíe|reserve|reserva|agende|agenda|llame|llama|llámenos|traiga|trae|recuerde|recuerda|pida|pide|venga|ven|visítenos|escríbanos|actualice|actualiza|pregúntenos|pregúntanos|pregunta|coméntenos|cuéntenos|díganos|dígale|mencione|muestre|aproveche|pase|pasa|descubra|pruebe)\b",
    generic_noun: r"\b(?:primera|próxima|siguiente|cualquier|cada)\b",
    policy: r"\b(?:normalmente|suele|suelen|por lo general|generalmente)\b",
    reader: r"\b(?:usted|su|sus|tu|tus|te|le)\b",
    next: r"\b(?:próxima|próximo|siguiente)\b",
    vocative: r"^\W*(?:(?:a\s+)?(?:nuestr[oa]s|tod[oa]s)\s+)?(?:[\w-]+\s+){0,2}(?:enfermeras|enfermeros|equipo|doctores|médicos|voluntarios|amigos|vecinos|familias)\s*[,!:—–-]",
};

const FR: MoodCues = MoodCues {
    condition: r"(?:^|[,;:(]\s*)\W*(?:si|s'|s’|lorsque vous|quand vous\s+(?:venez|viendrez|avez|aurez|prenez))\b",
    negation: r"\bne\s+(?:pouvons|pouvez|peux|pourrons|devons)\s+pas\s+(?:\w+\s+)?(?:confirmer|commenter|discuter|dire|divulguer|parler)\b",
    modal: r"\bvous\s+(?:pouvez|pourrez|devez|devrez)\b",
    wish: r"\b(?:serions ravis|serons ravis|serions heureux|serons heureux|espérons vous (?:voir|revoir|accueillir))\b",
    generic: r"\b(?:tous les|toutes les|chaque)\s+(?:\w+\s+)?(?:patients|rendez-vous|familles|enfants|adultes)\b",
    question: r"\b(?:saviez-vous|vous vous demandez)\b",
    imperative: r"^\W*(?:(?:merci de|pensez à|n'oubliez pas de|n’oubliez pas de)\s+)?(?:prenez|apportez|appelez|réservez|venez|contactez|écrivez|demandez|parlez|dites|mentionnez|signalez|montrez|profitez|passez|découvrez|n['’]hésitez)\b",
    generic_noun: r"\b(?:premier|première|prochain|prochaine|chaque)\b",
    policy: r"\b(?:généralement|habituellement|en général|normalement)\b",
    reader: r"\b(?:vous|votre|vos|tu|ton|ta|tes)\b",
    next: r"\b(?:prochain|prochaine)\b",
    vocative: r"^\W*(?:(?:à\s+)?(?:nos|toute l'|toute l’|chers|chères)\s*)?(?:[\w-]+\s+){0,2}(?:infirmières|infirmiers|équipe|soignants|médecins|bénévoles|amis|voisins|familles)\s*[,!:—–-]",
};

const DE: MoodCues = MoodCues {
    condition: r"(?:^|[,;:(]\s*)\W*(?:wenn|falls|sollten sie)\b",
    negation: r"\b(?:können|dürfen)\s+(?:wir\s+)?(?:\w+\s+){0,2}?(?:nicht|keine)\s+(?:\w+\s+){0,2}?(?:bestätigen|sagen|kommentieren|besprechen|äußern|mitteilen)\b",
    modal: r"\b(?:können|sollten|müssen|dürfen)\s+sie\b|\bsie\s+(?:können|sollten|müssen|dürfen)\b",
    wish: r"\b(?:würden uns freuen|freuen uns auf ihren besuch|hoffen,? sie (?:bald )?(?:zu sehen|wiederzusehen))\b",
    generic: r"\b(?:alle|jede[rsn]?)\s+(?:\w+\s+)?(?:patienten|patientinnen|termine|familien|kinder)\b",
    question: r"\b(?:wussten sie|haben sie sich je gefragt)\b",
    imperative: r"^\W*(?:bitte\s+)?(?:buchen|vereinbaren|rufen|bringen|denken|kommen|melden|schreiben|fragen|sprechen|sagen|zeigen|nutzen|besuchen|erwähnen|informieren|profitieren|lassen|vergessen)\s+sie\b",
    generic_noun: r"\b(?:ersten|nächsten|jeden|jedem)\b",
    policy: r"\b(?:normalerweise|in der regel|meistens|üblicherweise)\b",
    reader: r"\b(?:sie|ihr|ihre|ihren|ihrem|ihrer|du|dein\w*)\b",
    next: r"\b(?:nächsten|nächste|nächster)\b",
    vocative: r"^\W*(?:(?:liebe|an unsere|unser)\s+)?(?:[\w-]+\s+){0,2}(?:pflegekräfte|team|ärzte|ärztinnen|kolleginnen|kollegen|freunde|nachbarn|familien)\s*[,!:—–-]",
};

const RU: MoodCues = MoodCues {
    condition: r"(?:^|[,;:(]\s*)\W*(?:если|когда вы\s+(?:придёте|придете|будете|запишетесь)|в случае)\b",
    negation: r"\bне\s+(?:можем|могу|вправе|имеем права)\s+(?:\w+\s+)?(?:подтвердить|подтверждать|обсуждать|комментировать|сообщать|раскрывать|говорить)\b",
    modal: r"\b(?:вы\s+)?(?:можете|сможете|должны|нужно)\b",
    wish: r"\b(?:будем рады|будем счастливы|надеемся увидеть)\b",
    generic: r"\b(?:все|каждый|каждая|любой)\s+(?:\w+\s+)?(?:пациенты|пациент|семьи|дети|взрослые)\b",
    question: r"\b(?:знаете ли вы|знали ли вы|а вы знали)\b",
    imperative: r"^\W*(?:пожалуйста,?\s+)?(?:запишитесь|позвоните|приходите|возьмите|приносите|не откладывайте|обратитесь|напишите|спросите|скажите|расскажите|уточните|сообщите|покажите|заходите|загляните|не забудьте|воспользуйтесь)\b",
    generic_noun: r"(?:^|[^\w])(?:перв\w*|следующ\w*|кажд\w*)",
    policy: r"\b(?:обычно|как правило)\b",
    reader: r"(?:^|[^\w])(?:вы|вас|вам|ваш\w*|ты|тебя|тебе|тво\w*)(?:$|[^\w])",
    next: r"следующ\w*",
    vocative: r"^\W*(?:(?:наши|дорогие|все)\s+)?(?:\w+\s+){0,2}(?:медсёстры|медсестры|коллеги|врачи|команда|друзья|соседи|волонтёры)\s*[,!:—–-]",
};

const AR: MoodCues = MoodCues {
    condition: r"(?:^|[,،;؛:(]\s*)\W*(?:إذا|اذا|لو|في حال)",
    negation: r"(?:لا|لن)\s+(?:يمكننا|نستطيع|يمكن)\s+(?:\S+\s+)?(?:تأكيد|مناقشة|التعليق|الإفصاح|الحديث)",
    modal: r"(?:يمكنك|بإمكانك|يجب عليك|عليك أن)",
    wish: r"(?:يسعدنا|نرحب بك)",
    generic: r"(?:جميع|كل)\s+(?:المرضى|المراجعين|العائلات|الأطفال|المواعيد)",
    question: r"(?:هل تعلم|هل تعلمين)",
    imperative: r"^\W*(?:من فضلك\s+)?(?:احجز|احجزي|اتصل|اتصلي|أحضر|أحضري|تذكر|تذكري|زورونا|راسلنا|اسألنا|اسألينا|اسأل|اسألي|أخبرنا|أخبرينا|لا تنس|تفضل|تفضلي|زورينا)",
    generic_noun: r"(?:الأول|القادم|التالي|القادمة|التالية|الأولى)",
    policy: r"(?:عادة|عادةً|غالبا|غالباً)",
    reader: r"(?:ك|كِ|كم)(?:$|[^\w])|أنت",
    next: r"(?:القادم|القادمة|التالي|التالية)",
    vocative: r"^\W*(?:\S+\s+){0,2}(?:ممرضاتنا|فريقنا|زملاءنا|أطباءنا|أصدقاءنا)\s*[,،!:—–-]",
};

const ID: MoodCues = MoodCues {
    condition: r"(?:^|[,;:(]\s*)\W*(?:jika|kalau|apabila|bila|saat anda\s+(?:datang|butuh|perlu)|ketika anda\s+(?:datang|butuh|perlu))\b",
    negation: r"\b(?:tidak|tak)\s+(?:dapat|bisa|boleh)\s+(?:\w+\s+)?(?:mengonfirmasi|mengkonfirmasi|membahas|menyampaikan|mengomentari|membuka)\b",
    modal: r"\b(?:anda|kamu)\s+(?:dapat|bisa|boleh|perlu|harus)\b",
    wish: r"\b(?:kami tunggu|kami nantikan|menantikan kunjungan|senang menyambut|dengan senang hati menyambut)\b",
    generic: r"\b(?:semua|setiap)\s+(?:\w+\s+)?(?:pasien|janji|keluarga|anak)\b",
    question: r"\b(?:tahukah anda|tahukah kamu)\b",
    imperative: r"^\W*(?:silakan\s+|mohon\s+)?(?:jangan\s+\w+|buat|pesan|hubungi|bawa|ingat|datanglah|daftar|telepon|tanyakan|tanya|sampaikan|bilang|kabari|kunjungi|mampir|manfaatkan)\b",
    generic_noun: r"\b(?:pertama|berikutnya|selanjutnya|setiap)\b",
    policy: r"\b(?:biasanya|umumnya|pada umumnya)\b",
    reader: r"\b(?:anda|kamu|ibu|bapak)\b",
    next: r"\b(?:berikutnya|selanjutnya)\b",
    vocative: r"^\W*(?:(?:para|semua|tim)\s+)?(?:\w+\s+){0,2}(?:perawat|tim|dokter|relawan|teman-teman|sahabat)\s*[,!:—–-]",
};

/// Care grammars of the languages other than English: each regex matches a whole relationship
/// phrase (the span reported). English is built from the word classes above in
/// [`super::roles`].
pub fn care_grammars(lang: &str) -> &'static [&'static str] {
    match lang {
        "es" => &[
            // who acted + care verb (past) + the reader's care noun: "revisamos su factura"
            r"\b(?:revisamos|enviamos|mandamos|cambiamos|movimos|reprogramamos|atendimos|operamos|examinamos|tratamos|limpiamos|recibimos|reenviamos|pasamos)\s+(?:su|sus|tu|tus)\s+\w+",
            // clitic for the reader + care verb (past): "le atendimos", "te vimos", "la operó"
            r"\b(?:lo|la|le|te|los|las)\s+(?:atendimos|vimos|revisamos|operamos|llamamos|examinamos|tratamos|atendió|vio|revisó|operó|examinó|llamó|trató|recibimos|citamos|reprogramamos)\b",
            // the pleasure of having cared for them: "fue un placer atenderle"
            r"\b(?:fue|ha sido|es)\s+un\s+(?:placer|gusto|honor)\s+(?:atender|ver|tratar|cuidar|recibir|conocer)(?:le|la|lo|te|les|los)\b",
            // the reader's care noun + a finite past verb: "sus resultados llegaron"
            r"\b(?:su|sus|tu|tus)\s+(?:cita|factura|resultados|análisis|receta|radiografías?|expediente|historia clínica|limpieza|consulta|revisión|tratamiento|derivación)\s+(?:ya\s+)?(?:fue|fueron|llegó|llegaron|salió|salieron|está lista|están listos|se movió|se cambió|se reprogramó|quedó)\b",
            // a relative as the subject of a past event at the practice: "tu hija se portó genial"
            r"\b(?:tu|su)\s+(?:hij[oa]|hij[oa]s|niñ[oa]|bebé|espos[oa]|marido|mamá|papá|madre|padre|abuel[oa]|herman[oa])\s+(?:se portó|estuvo|vino|llegó|fue muy|lo hizo)\b(?:\s+\w+){0,4}",
            // a relative of the reader as the subject of a preterite: "su papá nos alegró la mañana"
            r"\b(?:su|tu)\s+(?:papá|mamá|padre|madre|hij[oa]|espos[oa]|marido|abuel[oa]|bebé|niñ[oa]|herman[oa])\s+(?:nos\s+|les\s+|me\s+)?\w+(?:ó|ió|aron|ieron)\b(?:\s+\w+){0,2}",
            // future care booked for the reader: "le vemos el martes", "la doctora la revisa mañana"
            r"\b(?:le|la|lo|te)\s+(?:veremos|vemos|esperamos|revisamos|revisaremos|atenderemos|atendemos|operamos|operaremos)\s+(?:el|la|mañana|pasado|en|este|esta|la próxima)\b(?:\s+\w+)?",
            // a described person's care told by its participle and when: "operada ayer"
            r"\b(?:operad[oa]s?|atendid[oa]s?|ingresad[oa]s?|dad[oa]s? de alta|tratad[oa]s?|internad[oa]s?)(?:\s+(?:de|del|de la)\s+(?:\w+\s+){0,2}?)?\s*(?:aquí\s+|con nosotros\s+)?(?:ayer|hoy|anoche|esta mañana|el (?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)|la semana pasada)\b",
            // presence (rel8): the reader, a relative or a thing of theirs + a past verb + one of
            // the practice's places: "su chaqueta quedó en la consulta 2", "su hija dejó un dibujo
            // en la recepción".
            r"\b(?:su|sus|tu|tus)\s+(?:\w+\s+)?(?:chaqueta|abrigo|paraguas|llaves|teléfono|celular|bolso|cartera|gafas|lentes|bufanda|gorra|guantes|tarjeta|documentos|papeles|formularios|dibujo|hij[oa]s?|niñ[oa]s?|bebé|espos[oa]|marido|mamá|papá|madre|padre|abuel[oa]|herman[oa]|niet[oa]s?|suegr[oa]|novi[oa]|perrito|perro)\s+(?:se\s+|nos\s+|le\s+|me\s+)?\w+(?:ó|aron|ieron|aba|aban)\b(?:\s+\S+){0,5}?\s+(?:en|a|junto a)\s+(?:la|el|nuestra|nuestro)\s+(?:\w+\s+)?(?:recepción|sala de espera|consulta|consultorio|estacionamiento|parqueadero|aparcamiento|mostrador|ventanilla|pasillo|farmacia|clínica|sillón|entrada|caja|laboratorio|habitación)\b(?:\s+\d+)?",
            // the practice met the reader at its place: "le vimos en la sala de espera el martes"
            r"\b(?:le|la|lo|te|los|las)\s+(?:vimos|hicimos|tuvimos|pusimos|estuvimos|trajimos|\w+(?:ó|ió))\s+(?:\S+\s+){0,3}?(?:en|a|junto a)\s+(?:la|el|nuestra|nuestro)\s+(?:\w+\s+)?(?:recepción|sala de espera|consulta|consultorio|estacionamiento|parqueadero|aparcamiento|mostrador|ventanilla|pasillo|farmacia|clínica|sillón|entrada|caja|laboratorio|habitación)\b",
            // staff memories: "María se acuerda de usted", "el equipo pregunta por su papá"
            r"\b(?:se\s+acuerdan?|nos\s+acordamos|recuerdan?|recordamos|pregunt(?:a|an|ó|aron)|habl(?:a|an)\s+todavía)\s+(?:de|por)\s+(?:usted|ti|su|sus|tu|tus)\b(?:\s+\w+)?",
            // a thing the reader left or brought: "los papeles que nos dejó el lunes"
            r"\b(?:los|las|el|la)\s+(?:\w+\s+)?(?:papeles|documentos|formularios|chaqueta|paraguas|llaves|dibujo|tarjeta|pastel|galletas)\s+que\s+(?:usted\s+|tú\s+)?(?:nos\s+)?\w+(?:ó|aste|ió|iste)\b",
            // the reader as the subject of a preterite at the practice's place or at a time: "usted
            // entró a las 10:05", "esperó más de una hora en la sala de espera"
            r"(?:^|[.!?¡]\s*|\b(?:usted|tú)\s+)(?:ya\s+)?(?:\w+(?:ó|ió|aste|iste)|estuvo|estuviste|vino|viniste|trajo|trajiste|hizo|hiciste|se sentó|te sentaste)\b(?:\s+\S+){0,5}?\s+(?:(?:en|a)\s+(?:la|el|nuestra|nuestro)\s+(?:\w+\s+)?(?:recepción|sala de espera|consulta|consultorio|estacionamiento|parqueadero|aparcamiento|mostrador|ventanilla|pasillo|farmacia|clínica|sillón|entrada|caja|laboratorio|habitación)\b|a las \d{1,2}(?::\d{2})?|ayer|anoche|esta mañana|el (?:lunes|martes|miércoles|jueves|viernes|sábado|domingo))",
            // thanks for the reader's time at the practice's place: "gracias por esperar en la recepción"
            r"\bgracias\s+por\s+(?:su\s+\w+|\w+(?:ar|er|ir)(?:le|nos)?)\b(?:\s+\S+){0,4}?\s+(?:en|a)\s+(?:la|el|nuestra|nuestro)\s+(?:\w+\s+)?(?:recepción|sala de espera|consulta|consultorio|estacionamiento|parqueadero|aparcamiento|mostrador|ventanilla|pasillo|farmacia|clínica|sillón|entrada|caja|laboratorio|habitación)\b",
            // staff memories with the adverb first: "el equipo todavía habla de su hijo"
            r"\b(?:todavía|aún|siempre)\s+(?:habla|hablan|pregunta|preguntan|recuerda|recuerdan)\s+(?:de|por|a)\s+(?:usted|ti|su|sus|tu|tus)\b(?:\s+\w+)?",
            // rel9: the reader named as subject + an imperfect or past subjunctive at the
            // practice's place ("lamentamos que usted esperara una hora en recepción", "usted
            // aguardaba en la sala de espera")
            r"\b(?:usted|ud\.|tú)\s+(?:ya\s+)?\w+(?:ara|iera|aba|ía)\b(?:\s+\S+){0,5}?\s+(?:en|a)\s+(?:(?:la|el|nuestra|nuestro)\s+)?(?:\w+\s+)?(?:recepción|sala de espera|consulta|consultorio|estacionamiento|parqueadero|aparcamiento|mostrador|ventanilla|pasillo|farmacia|clínica|sillón|entrada|caja|laboratorio|habitación)\b",
            // rel9: the joy of having cared for or seen the reader, told in the past: "nos alegró
            // atenderla otra vez", "nos encantó verte"
            r"\b(?:nos\s+|me\s+)?(?:alegró|encantó|gustó)\s+(?:mucho\s+)?(?:atender|ver|recibir|tener|saludar|cuidar|conocer)(?:l[oae]s?|te)\b(?:\s+(?:otra vez|de nuevo|nuevamente|por aquí))?",
            // relrec10: one of the staff + a preterite + "con usted": "la higienista se retrasó
            // con usted", "la recepción fue seca contigo".
            r"\b(?:la|el|nuestr[oa]s?)\s+(?:\w+\s+)?(?:higienista|enfermer[oa]|doctora?|médic[oa]|recepcionista|asistente|equipo|recepción|personal|técnic[oa])\s+(?:se\s+)?(?:\w+(?:ó|ió)|fue|estuvo)\s+(?:\S+\s+){0,2}?con\s+(?:usted|ud\.|ti|vos)\b|\b(?:la|el|nuestr[oa]s?)\s+(?:\w+\s+)?(?:higienista|enfermer[oa]|doctora?|médic[oa]|recepcionista|asistente|equipo|recepción|personal|técnic[oa])\s+fue\s+(?:\S+\s+){0,2}?contigo\b",
            // relrec10: the reader's stay or visit + "con nosotros/aquí" + a past verb: "su
            // estancia con nosotros fue tranquila".
            r"\b(?:su|tu)\s+(?:estancia|estadía|visita|ingreso|internación|recuperación)\s+(?:con nosotros|aquí|en la clínica|en nuestra clínica)\s+(?:ya\s+)?(?:fue|estuvo|resultó|salió)\b",
        ],
        "fr" => &[
            r"\b(?:opérée?s?|soignée?s?|hospitalisée?s?|admise?s?|sortie?s? de l'hôpital|sortie?s? de l’hôpital)(?:\s+(?:du|de la|des|de l'|de l’)\s*\w+)?\s+(?:ici\s+|chez nous\s+)?(?:hier|ce matin|aujourd'hui|aujourd’hui|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|la semaine dernière)\b",
            r"\bvous\s+(?:suit|suivons|suivait|soignons|soigne|avons\s+(?:vu|vue|soigné|soignée|reçu|reçue|examiné|examinée|opéré|opérée|appelé|appelée|rappelé|rappelée|traité|traitée|accueilli|accueillie|pris en charge)|a\s+(?:vu|vue|soigné|soignée|reçu|reçue|examiné|examinée|opéré|opérée|appelé|appelée|rappelé|rappelée|traité|traitée|accueilli|accueillie))\b",
            r"\b(?:nous avons|on a|j'ai|j’ai)\s+(?:déplacé|envoyé|reçu|vérifié|annulé|reporté|transmis|renvoyé|modifié)\s+(?:votre|vos|ton|ta|tes)\s+\w+(?:-\w+)?",
            r"\b(?:votre|vos|ton|ta|tes)\s+(?:bilan|rendez-vous|consultation|visite|examen|analyses|résultats|radio|soins|détartrage|séjour|intervention|opération)\b(?:\s+[\w'’]+){0,3}?\s+(?:était|étaient|a été|ont été|s'est|s’est|a duré|a eu lieu)\b",
            r"\b(?:votre|ton|ta)\s+(?:mère|père|fils|fille|mari|femme|enfant|bébé|grand-mère|grand-père|maman|papa)\s+(?:était|est venue?|a été|est passée?)\s+(?:\w+\s+)?(?:chez nous|ici|au cabinet|à la clinique)",
            // future care booked for the reader: "le docteur vous revoit en septembre"
            r"\b(?:nous|je|le docteur|la docteure?|le dr\.?\s+\w+|la dre?\.?\s+\w+|il|elle)\s+vous\s+(?:revoit|reverra|reverrons|recevra|recevrons|verra|verrons|rappellera|rappellerons|opère|opérera)\s+(?:\w+\s+)?(?:en|le|la|lundi|mardi|mercredi|jeudi|vendredi|samedi|demain|dans|à)\b(?:\s+\w+)?",
            r"\blors de (?:votre|vos|ton|ta)\s+(?:passage|visite|consultation|rendez-vous|séjour|soins|dernier passage|dernière visite)\b",
            // rel9: the joy of having seen or cared for the reader, in the past infinitive ("ravis
            // de vous avoir revu"); "ravis de vous accueillir" is an invitation and stays out
            r"\b(?:ravie?s?|heureu(?:x|se|ses)|contente?s?|un plaisir|un bonheur)\s+de\s+(?:vous|t['’])\s*avoir\s+(?:revue?s?|vue?s?|reçue?s?|accueillie?s?|soignée?s?|retrouvée?s?|rencontrée?s?|eue?s?)\b",
            // ... or with the joy itself in the past: "nous avons été heureux de vous soigner"
            r"\b(?:avons été|avions été|étions|ai été|étais|a été)\s+(?:très\s+|si\s+|tellement\s+)?(?:ravie?s?|heureu(?:x|se|ses)|contente?s?|fiers?|fières?)\s+de\s+(?:vous|te|t['’])\s*(?:soigner|suivre|voir|revoir|recevoir|accueillir|traiter|accompagner|compter parmi nos patients)\b",
            r"\b(?:votre|vos)\s+(?:rendez-vous|résultats|analyses|dossier|ordonnance|radios?)\s+(?:a été|ont été|est prêt|sont prêts|est arrivé|sont arrivés)(?:\s+\w+)?",
            // presence (rel8): the practice met the reader: "nous vous avons croisé dans le couloir"
            r"\b(?:nous|on|je|j['’]|l['’]équipe|\w+)\s*vous\s+(?:avons|a|ai)\s+(?:croisée?|aperçue?|vue?|accueillie?|installée?|attendue?|raccompagnée?|saluée?|retrouvée?|rencontrée?|fait attendre|gardée?|installés?)\b(?:\s+\S+){0,2}?(?:\s+(?:dans\s+(?:la|le|l['’]|notre)\s*|à\s+(?:la|l['’])\s*|au\s+|sur\s+(?:le|la|notre)\s+|devant\s+(?:le|la|l['’])\s*)(?:salle d['’]attente|accueil|couloir|parking|cabinet|fauteuil|guichet|pharmacie|secrétariat|réception|salle d['’]examen|hall|comptoir|entrée))?",
            // a relative or a thing of the reader left at the practice's place: "votre mari a
            // oublié son parapluie dans la salle d'attente"
            r"\b(?:votre|vos|ton|ta|tes)\s+(?:mari|femme|fils|fille|enfants?|bébé|mère|père|maman|papa|grand-mère|grand-père|parapluie|veste|manteau|clés|téléphone|sac|lunettes|écharpe|carte|papiers|documents|dessin)\s+(?:a|ont|est|sont|était|étaient)\s+(?:\S+\s+){0,4}?(?:dans\s+(?:la|le|l['’]|notre)\s*|à\s+(?:la|l['’])\s*|au\s+|sur\s+(?:le|la|notre)\s+|devant\s+(?:le|la|l['’])\s*)(?:salle d['’]attente|accueil|couloir|parking|cabinet|fauteuil|guichet|pharmacie|secrétariat|réception|salle d['’]examen|hall|comptoir|entrée)",
            // a thing the reader dropped off: "les papiers que vous avez déposés à l'accueil"
            r"\b(?:les|le|la|l['’])\s*(?:papiers|documents|formulaires|dossier|parapluie|veste|clés|dessin|carte|chèque|chocolats|gâteau)\s+que\s+(?:vous|tu)\s+(?:avez|as)\s+\w+(?:é|ée|és|ées|is|ises|us?)\b(?:\s+(?:dans\s+(?:la|le|l['’]|notre)\s*|à\s+(?:la|l['’])\s*|au\s+|sur\s+(?:le|la|notre)\s+|devant\s+(?:le|la|l['’])\s*)(?:salle d['’]attente|accueil|couloir|parking|cabinet|fauteuil|guichet|pharmacie|secrétariat|réception|salle d['’]examen|hall|comptoir|entrée))?",
            // staff memories: "toute l'équipe se souvient de votre passage"
            r"\b(?:se\s+souvien(?:t|nent)|se\s+rappell?(?:e|ent)|pense\s+encore\s+à|parlent?\s+encore\s+de|demandent?\s+de\s+vos\s+nouvelles)\s+(?:de\s+|d['’])?(?:vous|votre|vos|ton|ta|tes)\b(?:\s+\w+)?",
            // the reader at the practice's place: "vous avez attendu dans la salle d'attente",
            // "vous étiez au guichet"
            r"\b(?:vous|tu)\s+(?:avez|as|êtes|es|étiez|étais|ayez|aies|soyez|sois)\s+(?:\S+\s+){0,4}?(?:dans\s+(?:la|le|l['’]|notre)\s*|à\s+(?:la|l['’])\s*|au\s+|sur\s+(?:le|la|notre)\s+|devant\s+(?:le|la|l['’])\s*)(?:salle d['’]attente|accueil|couloir|parking|cabinet|fauteuil|guichet|pharmacie|secrétariat|réception|salle d['’]examen|hall|comptoir|entrée)",
            // thanks for the reader's time at the practice's place: "merci d'avoir patienté à l'accueil";
            // the practice with the reader there: "nous avons discuté avec vous au guichet"
            r"\bmerci\s+(?:d['’]avoir|pour votre)\s+\w+(?:\s+\S+){0,3}?\s+(?:dans\s+(?:la|le|l['’]|notre)\s*|à\s+(?:la|l['’])\s*|au\s+|sur\s+(?:le|la|notre)\s+|devant\s+(?:le|la|l['’])\s*)(?:salle d['’]attente|accueil|couloir|parking|cabinet|fauteuil|guichet|pharmacie|secrétariat|réception|salle d['’]examen|hall|comptoir|entrée)",
            r"\b(?:nous|on|je|j['’])\s*(?:avons|a|ai)\s+\w+(?:é|u|i)\s+avec\s+(?:vous|toi|votre\s+\w+|ton\s+\w+|ta\s+\w+)(?:\s+\S+){0,2}?\s+(?:dans\s+(?:la|le|l['’]|notre)\s*|à\s+(?:la|l['’])\s*|au\s+|sur\s+(?:le|la|notre)\s+|devant\s+(?:le|la|l['’])\s*)(?:salle d['’]attente|accueil|couloir|parking|cabinet|fauteuil|guichet|pharmacie|secrétariat|réception|salle d['’]examen|hall|comptoir|entrée)",
            // thanks for coming at a time (rel10): "merci d'être passé jeudi soir", "merci d'avoir
            // attendu hier". The day or part of a day makes it one person's visit.
            r"\bmerci\s+(?:beaucoup\s+|encore\s+)?(?:d['’]|de\s+)(?:être|etre|avoir)\s+\w+(?:\s+\S+){0,5}?\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|ce\s+matin|cet\s+après-midi|ce\s+soir|la\s+semaine\s+dernière)(?:\s+(?:matin|soir|après-midi))?\b",
            // relrec10: the reader waited at a time: "que vous ayez attendu si longtemps hier
            // matin"; the reader's care went well: "votre détartrage se soit bien passé".
            r"\b(?:vous|tu)\s+(?:avez|ayez|as|aies)\s+(?:\S+\s+){0,1}?(?:attendu|patienté|poireauté)\b(?:\s+\S+){0,3}?\s+(?:hier|ce\s+matin|cet\s+après-midi|ce\s+soir|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|la\s+semaine\s+dernière)\b(?:\s+(?:matin|soir|après-midi))?",
            r"\b(?:votre|vos|ton|ta|tes)\s+(?:bilan|rendez-vous|consultation|visite|examen|soins|détartrage|séjour|intervention|opération|extraction|nettoyage|séance)\s+(?:se\s+soi(?:t|ent)|s['’]est|s['’]était|se\s+sont)\s+(?:\w+\s+)?(?:bien\s+|mal\s+)?(?:passée?s?|déroulée?s?)\b",
            // relrec10: one of the staff + was + curt + with the reader: "l'accueil ait été sec
            // avec vous"; a loyal patient of the practice: "fidèle à notre cabinet depuis trente ans"; singular
            // only (fixp10): "tous nos patients fidèles à notre cabinet depuis 1990" is everyone.
            r"\b(?:l['’]accueil|la\s+secrétaire|l['’]assistante?|l['’]infirmière|l['’]infirmier|le\s+médecin|la\s+réception|notre\s+\w+)\s+(?:a|ait|avait)\s+été\s+(?:\S+\s+){0,2}?avec\s+(?:vous|toi)\b(?:\s+\S+){0,4}?\s+(?:à\s+votre\s+arrivée|lors\s+de\s+votre\s+\w+|hier|ce\s+matin)|\bfidèle\s+(?:à|de)\s+notre\s+(?:cabinet|clinique|centre|pharmacie|équipe)\s+depuis\b(?:\s+\S+){0,2}",
        ],
        "de" => &[
            r"\b(?:wir|ich|dr\.?\s+\w+|die ärztin|der arzt|die schwester|das team)\s+(?:haben|hat|habe)\s+(?:sie|ihr\w*|dich|dein\w*)\s+(?:\w+\s+){0,3}?(?:behandelt|untersucht|gesehen|operiert|angerufen|zurückgerufen|betreut|aufgenommen|geröntgt|versorgt|beraten|umgebucht|verlegt|überwiesen)\b",
            r"\bihr(?:e|en|em|er)?\s+(?:termin|befund|befunde|ergebnisse|laborwerte|behandlung|untersuchung|rezept|überweisung|akte|unterlagen|röntgenbilder)\b(?:\s+\w+){0,3}?\s+(?:wurde|wurden|war|waren|hat sich|haben sich|ist eingetroffen|sind eingetroffen|liegt vor|liegen vor|ist fertig|sind fertig)(?:\s+\w+)?",
            // a relative at the practice: "Ihr Sohn war gestern bei uns"
            r"\b(?:ihr(?:e|en)?\s+(?:sohn|tochter|mann|frau|kind|kinder|mutter|vater|oma|opa|baby|enkel|enkelin))\s+(?:war|waren)\s+(?:\w+\s+)?(?:bei uns|hier|in der praxis|in unserer praxis)",
            // a described person's care told by its participle: "gestern operiert", "wurde bei uns entlassen"
            r"\b(?:wurde|wurden)\s+(?:\w+\s+){0,2}?(?:bei uns\s+)?(?:operiert|entlassen|aufgenommen|behandelt|genäht|geröntgt)\b",
            // presence (rel8): the reader or a relative + a past verb + the practice's place: "Sie
            // saßen am Montag fast eine Stunde in unserem Wartezimmer", "Ihr Sohn hat uns am
            // Empfang ein Bild geschenkt"
            r"\b(?:(?-i:Sie)|du|ihr(?:e|en)?\s+(?:sohn|tochter|mann|frau|kind|kinder|mutter|vater|oma|opa|baby|enkel|enkelin))\s+(?:saßen|sassen|warteten|standen|waren|haben|hatten|parkten|hat|war|saß|wartete|stand|parkte)\b(?:\s+\S+){0,6}?\s+(?:(?:in|im|auf|an|am|vor|beim)\s+(?:unserem|unserer|unseren|dem|der|den)?\s*(?:wartezimmer|wartebereich|empfang|anmeldung|rezeption|parkplatz|flur|praxis|behandlungszimmer|behandlungsraum|behandlungsstuhl|stuhl|tresen|schalter|apotheke|labor|eingang)|bei uns)\b",
            // the practice saw the reader at its place: "wir haben Sie gestern auf dem Parkplatz gesehen"
            r"\b(?:wir|ich)\s+(?:haben|habe|hatten)\s+(?:Sie|dich)\s+(?:\S+\s+){0,3}?(?:in|im|auf|an|am|vor|beim)\s+(?:unserem|unserer|unseren|dem|der|den)?\s*(?:wartezimmer|wartebereich|empfang|anmeldung|rezeption|parkplatz|flur|praxis|behandlungszimmer|behandlungsraum|behandlungsstuhl|stuhl|tresen|schalter|apotheke|labor|eingang)\s+(?:gesehen|getroffen|begrüßt|empfangen|warten lassen|bemerkt)",
            // rel9: the practice with the reader at its place, any participle at the clause end:
            // "Wir haben Sie nach der Impfung noch zwanzig Minuten im Wartezimmer beobachtet"
            r"\b(?:wir|ich)\s+(?:haben|habe|hatten)\s+(?-i:Sie)\s+(?:\S+\s+){0,7}?(?:in|im|auf|an|am|vor|beim)\s+(?:unserem|unserer|unseren|dem|der|den)?\s*(?:wartezimmer|wartebereich|empfang|anmeldung|rezeption|parkplatz|flur|praxis|behandlungszimmer|behandlungsraum|behandlungsstuhl|stuhl|tresen|schalter|apotheke|labor|eingang)\s+(?:\w+\s+)?(?:ge\w+(?:t|en)|be\w+t|\w+iert|empfangen|bemerkt|warten lassen)\b",
            // staff memories: "Lena erinnert sich noch an Ihren Besuch"
            r"\b(?:erinnert|erinnern)\s+sich\s+(?:\w+\s+){0,2}?an\s+(?:(?-i:Sie)|dich|ihren|ihre|ihr|deinen|deine)\b(?:\s+\w+)?",
            // thanks for the reader's time at the practice's place: "danke, dass Sie am Empfang
            // gewartet haben"; the practice with the reader there: "wir haben uns am Empfang mit
            // Ihnen unterhalten"
            r"\bdanke,?\s+dass\s+(?:Sie|du)\b(?:\s+\S+){0,5}?\s+(?:in|im|auf|an|am|vor|beim)\s+(?:unserem|unserer|unseren|dem|der|den)?\s*(?:wartezimmer|wartebereich|empfang|anmeldung|rezeption|parkplatz|flur|praxis|behandlungszimmer|behandlungsraum|behandlungsstuhl|stuhl|tresen|schalter|apotheke|labor|eingang)\b",
            r"\b(?:wir|ich)\s+(?:haben|habe|hatten)\s+(?:uns\s+)?(?:\S+\s+){0,2}?(?:in|im|auf|an|am|vor|beim)\s+(?:unserem|unserer|unseren|dem|der|den)?\s*(?:wartezimmer|wartebereich|empfang|anmeldung|rezeption|parkplatz|flur|praxis|behandlungszimmer|behandlungsraum|behandlungsstuhl|stuhl|tresen|schalter|apotheke|labor|eingang)\s+(?:\S+\s+){0,2}?mit\s+(?:Ihnen|dir|Ihrem\s+\w+|Ihrer\s+\w+)\b|\b(?:wir|ich)\s+(?:haben|habe|hatten)\s+(?:uns\s+)?(?:\S+\s+){0,2}?mit\s+(?:Ihnen|dir|Ihrem\s+\w+|Ihrer\s+\w+)\s+(?:\S+\s+){0,2}?(?:in|im|auf|an|am|vor|beim)\s+(?:unserem|unserer|unseren|dem|der|den)?\s*(?:wartezimmer|wartebereich|empfang|anmeldung|rezeption|parkplatz|flur|praxis|behandlungszimmer|behandlungsraum|behandlungsstuhl|stuhl|tresen|schalter|apotheke|labor|eingang)\b",
            // presence (rel10): one of the staff + a perfect with the reader or theirs as object:
            // "Unsere Helferin hat Sie zum Taxi begleitet", "die Schwester hat deinen Sohn getröstet".
            // Contact verbs ("hat Sie angerufen") are dropped by `roles::contact_participle`.
            // The formal reader is capitalised (fixp9): lower-case "ihre" is "her/their"
            // ("Die Zahnärztin hat ihre Praxis erweitert").
            r"\b(?:unser\w*|die|der)\s+(?:\w+\s+)?(?:helferin|helfer|schwester|krankenschwester|pfleger\w*|ärztin|arzt|zahnärztin|zahnarzt|team|praxisteam|assistentin|assistent|kollegin|kollege|hygienikerin|rezeption|empfangsdame|mfa|dr\.?\s+\w+)\s+(?:hat|hatte|haben|hatten)\s+(?:(?-i:Sie|Ihren|Ihre|Ihr|Ihrem|Ihrer)|dich|euch|deinen|deine|dein|deinem|deiner)\b(?:\s+[\w.]+){0,8}?\s+(?:ge\w+(?:t|en)|\w+ge\w+(?:t|en)|\w+iert|be\w+t|ver\w+t|er\w+t)\b",
            // relrec10: the reader came by or waited ("dass Sie am Montag trotz Glatteis
            // vorbeigekommen sind", "dass Sie gestern so lange warten mussten"); the formal "Sie"
            // is capitalised, so "dass sie ... gekommen sind" (they) stays out, and a day must
            // stand between, so the stock apology "dass Sie warten mussten" stays out.
            r"\bdass\s+(?-i:Sie)\s+(?:\S+\s+){0,2}?(?:gestern|vorgestern|heute(?:\s+(?:morgen|früh|vormittag|nachmittag))?|am\s+(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|wochenende)|letzte\s+woche|letzten\s+\w+)\s+(?:\S+\s+){0,4}?(?:vorbeigekommen|gekommen|vorbeigeschaut|hier\s+gewesen|bei\s+uns\s+gewesen|gewartet|warten\s+mussten|warten\s+musste|erschienen)\b(?:\s+(?:sind|haben|hatten|waren))?",
            // relrec10: a person the practice treated, as a relative clause: "der Herr, den wir
            // letzte Woche behandelt haben".
            r"\b(?:der|die|das|dem|den)\s+(?:\w+\s+)?(?:herr|herrn|dame|frau|mann|junge|jungen|mädchen|patient\w*|kind|opa|oma|senior\w*|bub|kleine|kleinen),?\s+(?:den|die|das|dem)\s+wir\s+(?:\S+\s+){0,3}?(?:behandelt|operiert|versorgt|betreut|untersucht|gesehen|aufgenommen|genäht|geröntgt|gepflegt)\b(?:\s+(?:haben|hatten))?",
            // relrec10: a past event during the reader's visit: "unser Empfang bei Ihrer
            // Anmeldung kurz angebunden war"; "bei Ihrem ersten Besuch" + an instruction is no
            // event and has no past verb.
            r"\bbei\s+(?-i:Ihre[mr]|deine[mr])\s+(?:letzten\s+)?(?:Besuch|Termin|Anmeldung|Behandlung|Untersuchung|Aufenthalt|Zahnreinigung|Kontrolle)\b(?:\s+\S+){0,4}?\s+(?:war|waren|wurde|wurden|hatte|hatten|ist|sind)\b(?:\s+\S+)?",
            // relrec10: years under the practice's care: "seit zwanzig Jahren bei uns in Behandlung"
            // A count of years or months (fixp10): "seit Generationen" is families at large.
            r"\b(?:schon\s+)?seit\s+(?:über\s+|mehr\s+als\s+|fast\s+|knapp\s+)?\S+\s+(?:Jahren|Jahrzehnten|Monaten)\s+(?:bei\s+uns|in\s+unserer\s+Praxis)\s+(?:in\s+Behandlung|Patient(?:in)?)\b",
        ],
        "ru" => &[
            r"(?:^|[^\w])(?:прооперирован\w*|выписан\w*|госпитализирован\w*)\s+(?:у нас\s+)?(?:вчера|сегодня|утром|вечером|ночью|в (?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)|на прошлой неделе)(?:$|[^\w])",
            r"(?:^|[^\w])(?:он|она|они)\s+(?:сейчас\s+|уже\s+)?у нас(?:$|[^\w])",
            r"(?:^|[^\w])ваш\w*\s+(?:мама|папа|сын|дочь|дочка|муж|жена|бабушка|дедушка|ребёнок|ребенок|малыш\w*)\s+(?:был\w*|приходил\w*|приезжал\w*)\s+(?:\w+\s+)?(?:у нас|к нам|здесь)(?:$|[^\w])",
            r"(?:^|[^\w])(?:вас|вам|ваш\w*|тебя|тебе|тво\w*)\s+(?:\w+\s+){0,2}?(?:приняли|принял|приняла|осмотрел\w*|вылечил\w*|лечил\w*|записал\w*|перенесл\w*|перенес|отправил\w*|позвонил\w*|видел\w*|прооперировал\w*|обследовал\w*|выписал\w*|наблюдал\w*|встретил\w*)(?:$|[^\w])",
            r"(?:^|[^\w])(?:мы|врач|доктор|медсестра|я|хирург|стоматолог)\s+(?:\w+\s+)?(?:вылечили|вылечил\w*|приняли|принял\w*|осмотрели|осмотрел\w*|лечили|записали|перенесли|отправили|сделали|поставили|удалили|запломбировали)\s+(?:вам|вас|ваш\w*|тебе|тебя)(?:\s+\w+)?",
            r"(?:^|[^\w])(?:что|как)\s+(?:вылечили|приняли|осмотрели|сделали|поставили|удалили)\s+(?:вам|вас|ваш\w*)(?:\s+\w+)?",
            r"(?:^|[^\w])ваш\w*\s+(?:анализы|результаты|приём|прием|запись|снимки|снимок|карта|рецепт|направление|справка)\s+(?:уже\s+)?(?:готов\w*|был\w*|пришл\w*|пришёл|перенес\w*|отправлен\w*)",
            // presence (rel8): the reader or a relative + a past verb + the practice's place: "вы
            // сидели у кабинета", "ваша дочка забыла у нас в холле варежки"
            r"(?:^|[^\w])(?:вы|ты|ваш\w*\s+(?:дочка|дочь|сын|муж|жена|мама|папа|ребёнок|ребенок|бабушка|дедушка|малыш\w*|внук\w*))\s+(?:\S+\s+)?\w+(?:ли|ла|л)\s+(?:\S+\s+){0,4}?(?:у нас|в холле|в регистратуре|на ресепшене|на ресепшн|в коридоре|на парковке|в очереди|в приёмной|в приемной|у кабинета|в кабинете|в зале ожидания|у окна|у окошка|в аптеке|у стойки|в кресле|у гардероба|в гардеробе|у входа|на стойке|в процедурной|в лаборатории|на приёме|на приеме)(?:\s+\S+){0,2}",
            // a thing the reader left: "документы, которые вы оставили в регистратуре"
            r"(?:^|[^\w])(?:которые|который|которую|что)\s+(?:вы|ты)\s+\w+(?:ли|ла|л)\s+(?:у нас|в холле|в регистратуре|на ресепшене|на ресепшн|в коридоре|на парковке|в очереди|в приёмной|в приемной|у кабинета|в кабинете|в зале ожидания|у окна|у окошка|в аптеке|у стойки|в кресле|у гардероба|в гардеробе|у входа|на стойке|в процедурной|в лаборатории|на приёме|на приеме)",
            // rel9: the joy, told in the past, of having seen or received the reader ("были рады
            // снова видеть вас"); "будем рады видеть вас" is an invitation and stays out
            r"(?:^|[^\w])(?:был[иао]?\s+(?:очень\s+)?(?:рад[ыа]?)|приятно было)\s+(?:снова\s+|опять\s+|вновь\s+)?(?:видеть|увидеть|принять|встретить|лечить)\s+(?:вас|тебя)(?:\s+у нас)?(?:$|[^\w])",
            // staff memories: "вся регистратура помнит, как вы приходили"
            r"(?:^|[^\w])(?:помн(?:ит|ят|им)|вспомина(?:ет|ют|ем)|спрашива(?:ет|ют)\s+о|скуча(?:ет|ют|ем)\s+по)\s*,?\s+(?:как\s+)?(?:вас|тебя|вы|ты|ваш\w*|тво\w*)(?:\s+\w+)?",
            // the practice saw the reader at its place: "мы видели вас в холле"
            r"(?:^|[^\w])(?:мы|я|\w+)\s+(?:\w+\s+)?\w+(?:ли|ла|л)\s+(?:вас|тебя)\s+(?:\S+\s+){0,3}?(?:у нас|в холле|в регистратуре|на ресепшене|в коридоре|на парковке|в очереди|в приёмной|в приемной|у кабинета|в кабинете|в зале ожидания|у окошка|в аптеке|к нам|в клинике|в нашей клинике)",
            // the practice saw a relative of the reader there: "мы видели вашу маму в холле"; thanks
            // for waiting there: "спасибо, что подождали в регистратуре"
            r"(?:^|[^\w])(?:мы|я)\s+(?:\w+\s+)?\w+(?:ли|ла|л)\s+ваш\w*\s+\w+\s+(?:у нас|в холле|в регистратуре|на ресепшене|в коридоре|на парковке|в очереди|в приёмной|в приемной|у кабинета|в кабинете|в зале ожидания|у окошка|в аптеке|у гардероба|у входа|на стойке)",
            r"(?:^|[^\w])спасибо,?\s+что\s+(?:вы\s+)?(?:\S+\s+){0,3}?(?:у нас|в холле|в регистратуре|на ресепшене|в коридоре|на парковке|в очереди|в приёмной|в приемной|у кабинета|в кабинете|в зале ожидания|у окошка|в аптеке|у гардероба|у входа|на стойке)",
            // presence (rel10): one of the staff + any past verb + the reader or theirs: "Наша
            // медсестра проводила вас до выхода", "врач успокоил вашего сына". Contact verbs are
            // dropped by `roles::contact_participle`. Only the accusative counts (fixp9): dative
            // "вам" is "for you" ("Наша команда подготовила вам подборку советов").
            r"\b(?:наш\w*|эт[аот])\s+(?:\w+\s+)?(?:медсестр\w*|медбрат\w*|врач\w*|доктор\w*|администратор\w*|ассистент\w*|гигиенист\w*|стоматолог\w*|сотрудни\w*|команд\w*|регистратор\w*|хирург\w*|санитар\w*)\s+(?:\w+\s+)?\w+(?:л|ла|ли|лся|лась|лись)\s+(?:вас|тебя|ваш\w*|тво\w*)\b",
            // relrec10: the reader came to the practice: "заглянули к нам в понедельник".
            r"(?:^|[^\w])(?:вы\s+|ты\s+)?(?:заглянули|заглянул[аи]?|зашли|зашёл|зашла|пришли|приходили|приезжали|заходили|заглядывали|побывали|забежали|были)\s+(?:к\s+нам|у\s+нас)(?:$|[^\w])(?:\s*в\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье))?",
            // relrec10: a person the practice treated, as a relative clause: "которого мы лечили";
            // the reader's care went well: "ваша чистка прошла спокойно".
            r"(?:^|[^\w])котор(?:ого|ую|ых|ой|ому)\s+мы\s+(?:\S+\s+){0,2}?(?:лечили|приняли|принимали|оперировали|прооперировали|осматривали|наблюдали|вылечили|выписали|консультировали)(?:$|[^\w])",
            r"(?:^|[^\w])ваш\w*\s+(?:чистка|визит|приём|прием|процедура|операция|лечение|осмотр|удаление|пломбирование)\s+(?:\S+\s+)?(?:прош(?:ла|ёл|ел|ло)|закончил\w*|удал\w*)(?:$|[^\w])",
        ],
        "ar" => &[
            // first-person plural past verb + a care noun with the reader's suffix: "سعدنا بعلاجك"
            r"(?:سعدنا|تشرفنا|أرسلنا|ارسلنا|عالجنا|فحصنا|راجعنا|نقلنا|أجلنا|استقبلنا|غيرنا|حولنا|صححنا)\s+(?:\S+\s+)?(?:ب|ل)?(?:علاجك|فحصك|موعدك|نتائجك|نتائج فحصك|نتائج تحاليلك|زيارتك|ملفك|وصفتك|أسنانك|ابنك|ابنتك|طفلك|زوجك|زوجتك|والدتك|والدك|رؤيتك|استقبالك|خدمتك)",
            // a past verb of the reader's appointment or result: "تأخر موعدك"
            r"(?:تأخر|تأجل|تم تأجيل|تغير|تم تغيير|ألغي|تم إلغاء|وصلت|ظهرت|صدرت)\s+(?:موعدك|نتائجك|نتائج فحصك|نتائج تحاليلك|وصفتك|زيارتك)",
            // the practice cared for the reader: "عالجناك", "فحصناك", "رأيناك"
            r"(?:عالجناك|فحصناك|رأيناك|استقبلناك|زرتنا|زرتينا|راجعتنا|راجعتينا)",
            // a relative of the reader with us: "كان والدك معنا"
            r"(?:كان|كانت)\s+(?:والدك|والدتك|ابنك|ابنتك|زوجك|زوجتك|طفلك|طفلتك|جدك|جدتك|أخوك|أختك)\s+(?:\S+\s+)?(?:معنا|عندنا|هنا|في العيادة)|(?:والدك|والدتك|ابنك|ابنتك|زوجك|زوجتك|طفلك|جدك|جدتك)\s+(?:كان|كانت)\s+(?:معنا|عندنا|هنا)",
            // a described person's operation or discharge: "أجرينا لها عملية", "خرج من المستشفى"
            r"(?:أجرينا|أجرى|أجرت)\s+(?:له|لها|لك|لابنك|لابنتك)\s+(?:عملية|فحصا|فحص|جراحة)|(?:خرج|خرجت|غادر|غادرت)\s+(?:\S+\s+)?(?:من المستشفى|من العيادة)",
            // presence (rel8): a relative of the reader at the practice's place: "نسيت ابنتك معطفها
            // في الاستقبال"; a thing the reader left there: "الأوراق التي تركتها في مكتب الاستقبال"
            r"\S+\s+(?:ابنك|ابنتك|طفلك|طفلتك|زوجك|زوجتك|والدك|والدتك|أمك|أبوك|جدك|جدتك)\s+(?:\S+\s+){0,3}?(?:في|عند|أمام)\s+(?:مكتب\s+)?(?:الاستقبال|غرفة الانتظار|قاعة الانتظار|صالة الانتظار|العيادة|عيادتنا|موقف السيارات|الموقف|الصيدلية|الممر|المختبر)",
            r"(?:التي|الذي)\s+(?:تركت|نسيت|أحضرت|سلمت|وضعت)\S*\s+(?:\S+\s+){0,2}?(?:في|عند)\s+(?:مكتب\s+)?(?:الاستقبال|غرفة الانتظار|قاعة الانتظار|صالة الانتظار|العيادة|عيادتنا|موقف السيارات|الموقف|الصيدلية|الممر|المختبر)",
            // rel9: a staff member + a past verb + the reader + the practice's place: "الممرضة
            // تأخرت عليك في غرفة الفحص"
            r"(?:الممرضة|الممرض|الطبيب|الطبيبة|الدكتور|الدكتورة|السكرتيرة|موظف\S*|فريقنا|الفريق)\s+\S+\s+(?:عليك|معك|لك|بك|إليك)\s+(?:\S+\s+){0,2}?(?:في|عند)\s+(?:مكتب\s+)?(?:الاستقبال|غرفة الانتظار|قاعة الانتظار|صالة الانتظار|غرفة الفحص|غرفة الكشف|العيادة|عيادتنا|الصيدلية|الممر|المختبر)",
            // staff memories: "ما زال الفريق يتذكر زيارتك"
            r"(?:يتذكر\S*|تتذكر\S*|نتذكر|يسأل\S*\s+عن|تسأل\S*\s+عن|اشتقنا إلى|اشتقنا ل)\s*(?:\S+\s+)?\S+(?:ك|كِ)(?:$|[^\w])",
            // the reader at the practice's place: "كنت في غرفة الانتظار", "انتظرت عند الاستقبال"
            r"(?:كنت|كنتِ|جلست|جلستِ|انتظرت|انتظرتِ|تركت|دفعت|وقعت|حضرت|جئت|أتيت)\s+(?:\S+\s+){0,3}?(?:في|عند|أمام|إلى)\s+(?:مكتب\s+)?(?:الاستقبال|غرفة الانتظار|قاعة الانتظار|صالة الانتظار|العيادة|عيادتنا|موقف السيارات|الموقف|الصيدلية|الممر|المختبر)",
            // thanks for the reader's waiting there: "شكرا لانتظارك في غرفة الانتظار"
            r"(?:شكرا|شكراً)\s+(?:\S+\s+)?(?:ل|على)\S*ك\s+(?:\S+\s+){0,2}?(?:في|عند)\s+(?:مكتب\s+)?(?:الاستقبال|غرفة الانتظار|قاعة الانتظار|صالة الانتظار|العيادة|عيادتنا|موقف السيارات|الموقف|الصيدلية|الممر|المختبر)",
            // relrec10: the reader waited or came at a time: "انتظرت طويلاً أمس"; the reader's
            // care went smoothly: "تنظيف أسنانك مرّ بسلاسة"; a person the practice treated: "الذي
            // عالجناه".
            r"(?:انتظرت|انتظرتِ|جئت|جئتِ|حضرت|حضرتِ|أتيت|أتيتِ)\s+(?:\S+\s+){0,2}?(?:أمس|البارحة|صباح\s+\S+|مساء\s+\S+|يوم\s+\S+)",
            r"(?:تنظيف أسنانك|زيارتك|موعدك|علاجك|فحصك|عمليتك|إقامتك|جلستك|خلع\s+\S+ك)\s+(?:\S+\s+)?(?:مرّ|مر|مرت|مرّت|تم|تمت|انتهى|انتهت|جرى|جرت)",
            // A person noun before the relative (fixp10): "الدراسة التي أجريناها" is a study.
            r"(?:المريض|المريضة|المريضين|المرضى|السيد|السيدة|الطفل|الطفلة|الرجل|المرأة|الشاب|الشابة|الفتاة|الولد|البنت|الصبي|المراجع|المراجعة|الأم|الأب|الجد|الجدة|العم|العمة|الخال|الخالة|الرضيع|الرضيعة|المسن|المسنة|الحاج|الحاجة)\s+(?:\S+\s+)?(?:الذي|التي|اللذين|اللواتي)\s+(?:عالجنا|فحصنا|استقبلنا|رأينا|رعينا|أجرينا)\S*",
        ],
        "id" => &[
            // a described person's care told by its participle and when: "kemarin dioperasi"
            r"\b(?:kemarin|tadi pagi|tadi siang|tadi malam|minggu lalu|baru saja|sudah)\s+(?:di(?:operasi|rawat|periksa|tangani|jahit|cabut|tambal))\b|\b(?:dioperasi|dirawat|diperiksa|ditangani)\s+(?:di sini|di klinik kami|di tempat kami|kemarin|tadi)\b",
            // pleasure or a past marker + care verb + the reader: "senang sekali bisa merawat Anda"
            r"\b(?:senang(?:\s+sekali)?(?:\s+bisa)?|bahagia(?:\s+bisa)?|sudah|telah|tadi|kemarin)\s+(?:kami\s+)?(?:merawat|memeriksa|menangani|melihat|menelepon|melayani|mengobati|membersihkan|menambal|mencabut|periksa|rawat)\s+(?:gigi\s+|mata\s+|luka\s+|telinga\s+)?(?:anda|kamu|ibu|bapak|adik|anak anda|putra anda|putri anda)\b",
            r"\b(?:ibu|bapak|ayah|anak|suami|istri|putra|putri|nenek|kakek)\s+(?:anda|bapak|ibu|kamu)\s+(?:sudah\s+|tadi\s+|kemarin\s+)?(?:datang|ke sini|berkunjung|kontrol)\b",
            r"\b(?:hasil lab|hasil tes|hasil pemeriksaan|hasil|jadwal|kunjungan|janji temu|tagihan|resep|rujukan)\s+(?:\w+\s+)?(?:anda|kamu|ibu|bapak)\b(?:\s+(?:sudah|telah))?\s+(?:keluar|siap|mundur|diundur|dipindah|dikirim|selesai|diproses|disetujui|berubah)\b",
            // presence (rel8): the reader or a relative at the practice's place: "Anda menunggu di
            // ruang tunggu", "putri Anda meninggalkan jaketnya di meja resepsionis"; a thing the
            // reader handed in there: "formulir yang Anda serahkan di loket"
            r"\b(?:anda|kamu|kakak|kak|mas|mbak|(?:ibu|bapak|ayah|anak|suami|istri|putra|putri|nenek|kakek|adik)\s+(?:anda|kamu))\s+(?:\w+\s+){1,4}?(?:di|ke|dari)\s+(?:ruang tunggu|meja resepsionis|resepsionis|loket|parkiran|tempat parkir|lobi|lobby|apotek|klinik kami|kursi|ruang periksa|lorong|kasir|ruang praktik|praktik kami)\b",
            r"\byang\s+(?:anda|kamu|bapak|ibu)\s+\w+\s+(?:\w+\s+){0,2}?(?:di|ke)\s+(?:ruang tunggu|meja resepsionis|resepsionis|loket|parkiran|tempat parkir|lobi|lobby|apotek|klinik kami|kursi|ruang periksa|lorong|kasir|ruang praktik|praktik kami)\b",
            // staff memories: "tim masih ingat kunjungan Anda"
            r"\b(?:masih\s+)?(?:ingat|teringat|menanyakan|rindu)\s+(?:\w+\s+)?(?:anda|kamu)\b",
            // the reader's arrival at a time: "Anda datang pukul 10 hari Selasa"
            r"\b(?:anda|kamu|kakak|kak|mas|mbak)\s+(?:sudah\s+|tadi\s+)?(?:datang|tiba|menunggu|check-in|mendaftar|masuk|membayar|duduk|pulang)\s+(?:\w+\s+){0,3}?(?:pukul\s+\d{1,2}|jam\s+\d{1,2}|hari\s+(?:senin|selasa|rabu|kamis|jumat|sabtu|minggu)|kemarin|tadi pagi|tadi siang|minggu lalu)\b",
            // thanks for waiting there: "terima kasih sudah menunggu di ruang tunggu"; the practice
            // met the reader: "kami bertemu ibu Anda di lobi"
            r"\bterima kasih\s+(?:sudah|telah)\s+\w+(?:\s+\w+){0,3}?\s+(?:di|ke)\s+(?:ruang tunggu|meja resepsionis|resepsionis|loket|parkiran|tempat parkir|lobi|lobby|apotek|klinik kami|kursi|ruang periksa|lorong|kasir|ruang praktik|praktik kami)\b",
            r"\bkami\s+(?:sudah\s+|tadi\s+|kemarin\s+)?(?:bertemu|melihat|menyapa|mengobrol dengan|ngobrol dengan|berbincang dengan|menemani|mengantar)\s+(?:\w+\s+)?(?:anda|kamu)\b",
            // thanks for coming at a time (rel10): "makasih udah mampir Kamis kemarin", "terima
            // kasih sudah menunggu tadi pagi". The day makes it one person's visit.
            r"\b(?:makasih|terima\s+kasih|trims|thx|thanks)\s+(?:ya\s+|banyak\s+)?(?:udah|sudah|telah)\s+\w+(?:\s+\S+){0,5}?\s+(?:kemarin|tadi(?:\s+(?:pagi|siang|sore|malam))?|senin|selasa|rabu|kamis|jumat|sabtu|minggu\s+lalu)\b(?:\s+(?:kemarin|lalu|pagi|siang|sore|malam))?",
            // relrec10: the reader had to wait, at a time: "Anda harus menunggu lama kemarin"; the
            // reader's care went well, told with relief: "senang pembersihan karang gigi Anda
            // berjalan lancar" ("semoga ... berjalan lancar" is a wish and stays out); a person
            // the practice treated: "Bapak yang kami rawat hari Selasa".
            r"\b(?:anda|kamu|kakak|kak|mas|mbak)\s+(?:harus|sempat|sampai|terpaksa)\s+(?:menunggu|nunggu|antre|antri)\b(?:\s+\w+){0,3}?\s+(?:kemarin|tadi(?:\s+(?:pagi|siang|sore|malam))?|hari\s+(?:senin|selasa|rabu|kamis|jumat|sabtu|minggu)|minggu\s+lalu)\b",
            r"\b(?:senang|syukur|lega|bersyukur|bahagia)\s+(?:sekali\s+)?(?:\w+\s+){0,4}?(?:anda|kamu)\s+(?:sudah\s+|tadi\s+)?(?:berjalan|berlangsung)\s+(?:dengan\s+)?(?:lancar|baik|mulus)\b",
            r"\b(?:bapak|ibu|adik|anak|nenek|kakek|oma|opa|pasien|mas|mbak)\s+(?:\w+\s+)?yang\s+(?:kami|dokter)\s+(?:rawat|tangani|periksa|operasi|obati|cabut|tambal)\b",
        ],
        _ => &[],
    }
}

/// A greeting that sends good news to one person (congratulations, a shout-out, welcome back)
/// and the recovery states that, in that greeting, tell that person's care: "Congrats to the
/// fire chief, back at work after his bypass", "Felicidades a la directora, ya recuperada de la
/// operación". The greeting is what makes the person one described individual; a staff member
/// greeted is `colleague-info`, not a patient ([`RECOVERY_STAFF`]), and a wish ("get well
/// soon", "semoga cepat sembuh") is no fact ([`RECOVERY_WISH`]).
pub fn recovery_cues(lang: &str) -> (&'static str, &'static str) {
    match lang {
        "es" => (
            r"^\W*(?:felicidades|felicitaciones|enhorabuena|bravo|bienvenid[oa]s? de nuevo|un abrazo|qué alegría)\b",
            r"\b(?:ya\s+)?(?:recuperad[oa]s?|restablecid[oa]s?|curad[oa]s?|dad[oa]s? de alta)\b|\b(?:ya\s+)?(?:en casa|de vuelta (?:al trabajo|en casa))\b",
        ),
        "fr" => (
            r"^\W*(?:bravo|félicitations|chapeau|bon retour|bienvenue|quelle joie)\b",
            r"\b(?:rétablie?s?|remise?s? sur pied|guérie?s?|en rémission)\b|\bde retour (?:au travail|à la maison|chez (?:lui|elle))\b|\bsortie? de l['’]hôpital\b",
        ),
        "de" => (
            r"^\W*(?:herzlichen glückwunsch|glückwunsch|gratulation|bravo|willkommen zurück|schön)\b",
            r"\b(?:genesen|erholt)\b|\bwieder\s+(?:fit|gesund|zu hause|daheim|auf den beinen|im dienst|bei der arbeit)\b",
        ),
        "ru" => (
            r"^\W*(?:поздравляем|браво|с возвращением|так рады за|рады за)(?:$|[^\w])",
            r"(?:^|[^\w])(?:выздоровел\w*|поправил\w*|восстановил\w*|выписал\w*|снова на ногах|вернул\w*\s+(?:домой|на работу))(?:$|[^\w])",
        ),
        "ar" => (
            r"^\W*(?:مبروك|ألف مبروك|تهانينا|نهنئ|الحمد لله على سلامة|حمدا لله على سلامة)",
            r"(?:تعافى|تعافت|تعافيه|تعافيها|عاد إلى (?:عمله|بيته|منزله)|عادت إلى (?:عملها|بيتها|منزلها)|خرج من المستشفى|خرجت من المستشفى)",
        ),
        "id" => (
            r"^\W*(?:selamat(?:\s+untuk|\s+kepada|\s+datang kembali)|bravo|salut)\b",
            r"\b(?:sudah\s+|telah\s+)?(?:pulih|sembuh)\b|\bkembali (?:bekerja|ke rumah)\b|\bsudah pulang\b|\bkeluar dari rumah sakit\b",
        ),
        _ => (
            r"^\W*(?:congrats|congratulations|kudos|bravo|shout-?out|shoutout|hugs|welcome back|so proud of|three cheers for|cheers to|hats off to|sending love to|big congrats)\b",
            // rel16: the return-to-work class widened ("back on duty", "back in the saddle",
            // "back behind the counter"), not just "back at work".
            r"\b(?:back at work|back to work|back on duty|back on the job|back in action|back in the saddle|back at it|back on the (?:field|court|pitch|ice|road|stage|trail|slopes|mat|bench|beat|bus|air)|back behind the (?:wheel|counter|desk|bar|chair|mic)|back in the classroom|back at (?:school|the office|(?:his|her|their) desk)|back to school|up and about|home from the hospital|back on (?:his|her|their) feet|back home|home after|recovered|on the mend|(?:a\s+)?full recovery|up and walking|cancer-?free|in remission|fully healed)\b",
        ),
    }
}

/// A staff member greeted in a recovery post: their news is `colleague-info`, not a patient's.
pub const RECOVERY_STAFF: &str = r"\b(?:our|unser\w*|nuestr[oa]s?|notre|nos)\s+(?:\w+\s+)?(?:nurse|nurses|doctor|dentist|hygienist|team|staff|colleague|coworker|co-worker|receptionist|tech|manager|enfermer[oa]|doctora?|equipo|colega|infirmière|infirmier|médecin|équipe|collègue|kollegin|kollege|ärztin|arzt|schwester)\b|\bdr[a]?\.?\s|\bdoctor\s+\w+|\bколлег\w*|\bнаш\w*\s+(?:медсестр\w*|врач\w*|сотрудни\w*)|زميل\S*|ممرضتنا|طبيبنا|\brekan\b|\bperawat kami\b|\bdokter kami\b";

/// A wish just before a recovery word: "get well soon", "semoga cepat sembuh", "speedy recovery".
pub const RECOVERY_WISH: &str = r"(?:semoga|cepat|speedy|quick|wishing|wish|hope|hoping|ojalá|pront[oa]|prompt|baldige|gute besserung|скорейш\w*|العاجل|get well|toward|towards|on (?:his|her|their) way to)\W*(?:\w+\W+){0,2}$";

/// A public event in a non-English care phrase or in the rest of its sentence (fixp10,
/// review10 findings 6-7): "dass Sie am Samstag zum Gesundheitstag gekommen sind", "кто
/// заглянули к нам на день открытых дверей", "حضرت يوم الخميس مؤتمر طب الأسنان". The person
/// came to the event, not for care. English has its own event checks in `roles`.
pub fn foreign_event(lang: &str, phrase_and_rest: &str) -> bool {
    let end = phrase_and_rest
        .find(['.', '!', '?', '\n', '؟'])
        .unwrap_or(phrase_and_rest.len());
    let s = &phrase_and_rest[..end];
    // The sentence already holds a visit phrase, so the loose words count too ("fiesta",
    // "fête", "Feier", "праздник", "حفل").
    super::vocab::FOREIGN.contains(&lang) && super::vocab::has_event_loose(lang, s)
}
