//! rel12: rel-confirm grammars built from word classes rather than fixed phrases (issue 3).
//!
//! Each language lists its classes once (staff nouns, relative pronouns, the reader as object,
//! past care verbs, the practice's places, stay/passage nouns, waiting verbs); eight templates
//! turn them into the structures that tie the reader to a care episode:
//!
//! 1. the reader's staff encounter told by a relative clause in the past: "the nurse who met
//!    you", "la enfermera que le tomó la presión", "Die Helferin, die Sie aufgerufen hat";
//! 2. all the practice did for the reader, in the past: "everything we did for you", "tout ce
//!    que nous avons fait pour vous";
//! 3. the reader's stay or passage at the practice, told as past: "your hour on the table ran
//!    long", "su paso por nuestra consulta", "Ваше пребывание в нашей клинике было";
//! 4. the reader as the subject of a past waiting/sitting verb at one of the practice's
//!    places: "you sat in our lounge", "vous avez patienté dans notre salle";
//! 5. the pleasure of having cared for the reader: "lovely tending to you", "schön, dass wir
//!    Sie versorgen durften";
//! 6. a staff memory of the reader's episode: "Dr. Reyes remembers your case";
//! 7. the reader's arrival with its clock time or lateness: "vous êtes arrivé à 17 h 10";
//! 8. the reader's care-episode noun tied to a day: "your mammogram Thursday".
//!
//! Present and future forms are left out on purpose: "everything we do for you", "the nurse who
//! will meet you", "your stay with us will be comfortable" are offers to every reader.

/// One language's word classes. Every field is a regex alternation (no outer group).
struct Classes {
    /// Staff nouns, with their determiner: "the nurse", "la enfermera".
    staff: &'static str,
    /// The relative clause opener up to and including the reader as object, and the past verb:
    /// `staff` + this = template 1.
    rel_reader_past: &'static str,
    /// Template 2, whole.
    did_for_reader: &'static str,
    /// Template 3, whole.
    stay_past: &'static str,
    /// Template 4, whole.
    waited_at_place: &'static str,
    /// Template 5, whole.
    cared_joy: &'static str,
    /// Template 6, whole: a staff memory of the reader's episode ("remembers your case").
    memory: &'static str,
    /// Template 7, whole: the reader's arrival told with its clock time or lateness ("you
    /// arrived at 9:40", "vous êtes arrivé à 17 h 10").
    arrival: &'static str,
    /// Template 8, whole: the reader's care-episode noun tied to a day ("your mammogram
    /// Thursday", "Ihre Blutdruckwerte vom Montag").
    episode_day: &'static str,
    /// Template 9, whole: the practice accompanying the reader through an episode. fixp12
    /// (review12 f1): past forms only, or an infinitive after a past frame ("fue un placer
    /// acompañarle", "es war schön, Sie ... zu begleiten"); present offers and slogans ("We've
    /// got you for every sport", "Te cuidamos en cada etapa") are not an episode.
    accompanied: &'static str,
}

const EN: Classes = Classes {
    staff: r"\bthe\s+(?:[\w-]+\s+)?(?:assistant|nurse|hygienist|tech|technician|receptionist|doctor|dentist|aide|midwife|therapist|scheduler|surgeon|orthodontist|radiographer|phlebotomist)",
    rel_reader_past: r"\s+(?:who|that)\s+(?:first\s+|kindly\s+|gently\s+)?(?:met|greeted|welcomed|seated|called|called back|roomed|wheeled|walked|led|took|numbed|prepped|settled|signed|checked|helped|scanned|weighed|measured|tended to|looked after|saw|treated)\s+(?:you|u|ya)\b",
    did_for_reader: r"\b(?:everything|all)\s+(?:that\s+)?(?:we|our team|the team|dr\.?\s+\w+|the doctor)\s+(?:did|had done|have done|'ve done|’ve done)\s+(?:for|to|with)\s+(?:you|u|ya)\b",
    stay_past: r"\b(?:your|ur)\s+(?:stint|stay|spell|hour|hours|morning|afternoon|evening|time|visit)\s+(?:with us|here|in (?:the|our) (?:chair|office|clinic|lounge|waiting room|ward|unit)|on (?:the|our) (?:table|ward|unit))\s+(?:was|were|went|ran|felt|seemed|took|lasted|wrapped up|dragged)\b",
    waited_at_place: r"\b(?:you|u)\s+(?:sat|waited|lingered|paced|dozed|stood)\s+(?:\S+\s+){0,3}?(?:in|at|around)\s+(?:our|the)\s+(?:waiting\s+)?(?:lounge|lobby|waiting room|waiting area|reception|front desk|check-?in|hallway|corridor|chair)\b",
    cared_joy: r"\b(?:lovely|nice|great|wonderful)\s+(?:tending to|looking after|caring for|treating|patching up|patching|fixing up|taking care of|working on)\s+(?:you|u|ya)\b(?:\s+up)?",
    memory: r"\b(?:remembers?|remembered|recalls?|recalled)\s+(?:your|ur)\s+(?:case|visit|appointment|cleaning|procedure|surgery|stay|treatment|x-?rays?|chart)\b",
    arrival: r"\b(?:you|u)\s+(?:arrived|showed up|got here|came in|checked in|walked in|rolled in)\s+(?:at\s+\d{1,2}(?::\d{2})?|\d+\s+(?:min|mins|minutes)\s+(?:late|early)|(?:an?\s+)?(?:hour|half an hour)\s+late)",
    episode_day: r"\b(?:your|ur)\s+(?:mammogram|filling|adjustment|session|x-?rays?|scan|bloodwork|blood draw|labs|cleaning|checkup|check-up|exam|infusion|ultrasound|consult|appointment|appt|visit)\s+(?:on\s+|last\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|this morning|this afternoon)\b",
    accompanied: r"\b(?:(?:we|our\s+(?:team|nurses?|midwives|staff|doctors?))\s+(?:were|stayed|sat|stood)\s+(?:right\s+)?(?:with|beside|by)\s+(?:you|u|your\s+side)|walked\s+with\s+(?:you|u)|(?:saw|guided)\s+(?:you|u)|held\s+your\s+hand)\s+(?:through|during|for)\s+(?:all\s+|the\s+|your\s+|every\s+|each\s+|that\s+|those\s+)*[\w-]+(?:\s+(?:of\s+)?[\w-]+){0,3}",
};

const ES: Classes = Classes {
    staff: r"\b(?:la|el)\s+(?:enfermer[oa]|higienista|asistente|auxiliar|recepcionista|doctora?|médic[oa]|dentista|técnic[oa]|ortodoncista)",
    rel_reader_past: r"\s+que\s+(?:le|la|lo|te)\s+(?:\w+(?:ó|ió)|atendió|recibió|llamó|tomó|hizo|puso|sacó)\b(?:\s+(?:la|el|los|las)\s+\w+)?",
    did_for_reader: r"\btodo\s+lo\s+que\s+(?:le|te|les)\s+(?:hicimos|hizo|hemos hecho|ha hecho)\b",
    stay_past: r"\b(?:su|tu)\s+(?:paso|estancia|estadía|tiempo|hora)\s+(?:por|en)\s+(?:nuestra|nuestro|la|el)\s+(?:consulta|consultorio|clínica|sillón|sala de espera|hospital)\b(?:\s+(?:fue|estuvo|duró|resultó))?",
    waited_at_place: r"\b(?:usted|tú)\s+(?:esperó|esperaste|estuvo|estuviste|se sentó|te sentaste)\s+(?:\S+\s+){0,2}?en\s+(?:nuestra|nuestro|la|el)\s+(?:sala|recepción|sala de espera|consulta|sillón)\b",
    cared_joy: r"\b(?:fue|ha sido)\s+(?:un\s+)?(?:gusto|placer|honor|alegría)\s+tener(?:le|la|lo|te)\s+en\s+(?:el|nuestro)\s+(?:sillón|consultorio|consulta)\b",
    memory: r"\b(?:recuerda|recuerdan|se\s+acuerdan?\s+de)\s+(?:su|tu)\s+(?:caso|visita|cita|tratamiento|operación)\b",
    arrival: r"\b(?:usted|tú)\s+(?:llegó|llegaste|entró|entraste)\s+(?:a las \d{1,2}(?::\d{2})?|con\s+\w+\s+minutos\s+de\s+(?:retraso|atraso)|tarde|con\s+retraso)",
    episode_day: r"\b(?:su|tu)\s+(?:cita|sesión|consulta|radiografía|análisis|limpieza|revisión|ecografía|mamografía)\s+del?\s+(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo|ayer)\b",
    accompanied: r"\b(?:(?:fue|ha\s+sido)\s+un\s+(?:placer|honor|gusto|privilegio)\s+acompañar(?:le|la|lo|te)|(?:le|la|lo|te)\s+atendimos|estuvimos\s+(?:con\s+usted|contigo|a\s+su\s+lado|a\s+tu\s+lado))\s+(?:durante|en)\s+(?:toda\s+|todo\s+|cada\s+|la\s+|el\s+|su\s+|tu\s+)*[\wáéíóúñ-]+(?:\s+(?:de\s+)?[\wáéíóúñ-]+){0,2}",
};

const FR: Classes = Classes {
    staff: r"\b(?:l['’]|la\s+|le\s+)(?:assistante?|infirmière|infirmier|hygiéniste|secrétaire|réceptionniste|docteure?|médecin|dentiste|technicienne|technicien|aide-soignante?|kiné)",
    rel_reader_past: r"\s+qui\s+vous\s+(?:a|avait)\s+(?:\w+(?:é|ée|i|ie|is|it|u|ue))\b",
    did_for_reader: r"\btout\s+ce\s+que\s+(?:nous\s+avons|on\s+a|le\s+docteur\s+a|la\s+docteure?\s+a|j['’]ai)\s+fait\s+pour\s+(?:vous|toi)\b",
    stay_past: r"\b(?:votre|ton)\s+(?:passage|séjour|temps)\s+(?:au\s+cabinet|à\s+la\s+clinique|chez\s+nous|dans\s+notre\s+\w+|parmi\s+nous)\s+(?:nous\s+)?(?:a|avait|était|s['’]est)\b(?:\s+\w+)?",
    waited_at_place: r"\bvous\s+avez\s+(?:patienté|attendu|été\s+assise?|séjourné)\s+(?:\S+\s+){0,2}?(?:dans|à|en)\s+(?:notre|nos|la|l['’])\s*(?:salle|accueil|cabinet|fauteuil|clinique)\b",
    cared_joy: r"\b(?:ravie?s?|heureu(?:x|se|ses)|contente?s?)\s+de\s+vous\s+avoir\s+eue?s?\s+(?:au|dans\s+notre)\s+(?:fauteuil|cabinet|service)\b",
    memory: r"\bse\s+souvien(?:t|nent)\s+(?:bien\s+)?de\s+(?:votre|ton|ta)\s+(?:cas|visite|passage|séjour|opération|consultation)\b",
    arrival: r"\bvous\s+êtes\s+arrivée?s?\s+(?:à\s+\d{1,2}\s*h(?:\s*\d{2})?|avec\s+\w+\s+minutes\s+de\s+retard|en\s+retard)",
    episode_day: r"\b(?:votre|ta|ton)\s+(?:séance|consultation|visite|radio|prise de sang|échographie|mammographie|détartrage|rendez-vous)\s+(?:de|du)\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|ce matin)\b",
    accompanied: r"\b(?:(?:ce\s+fut|c[\x27’]était|c[\x27’]a\s+été)\s+un\s+(?:plaisir|honneur|bonheur|privilège)\s+de\s+vous\s+accompagner|vous\s+avons\s+accompagnée?s?|(?:nous\s+étions|on\s+a\s+été|nous\s+avons\s+été|on\s+était)\s+(?:avec\s+vous|à\s+vos\s+côtés))\s+(?:pendant|durant|tout\s+au\s+long\s+de|à\s+chaque|à\s+travers)\s+(?:toute\s+|tout\s+|la\s+|le\s+|l['’]|votre\s+|vos\s+|chaque\s+)*[\wéèêàç-]+(?:\s+(?:de\s+)?[\wéèêàç-]+){0,2}",
};

const DE: Classes = Classes {
    staff: r"\b(?:die|der)\s+(?:Helferin|Assistentin|Schwester|Pflegerin|Pfleger|Ärztin|Arzt|Zahnärztin|Zahnarzt|Dentalhygienikerin|Rezeptionistin|MFA|Empfangsdame)",
    rel_reader_past: r",?\s+(?:die|der)\s+(?:Sie|dich)\s+(?:\w+\s+){0,3}?(?:ge\w+|\w+ge\w+)\s+(?:hat|hatte)\b",
    did_for_reader: r"\balles,?\s+was\s+(?:wir|die\s+Ärztin|der\s+Arzt)\s+(?:bei|für)\s+(?:Ihnen|Sie|dich|dir)\s+(?:ge\w+|\w+ge\w+)\s+(?:haben|hat|hatten|hatte)\b",
    stay_past: r"\b(?:Ihr|dein)\s+(?:Aufenthalt|Besuch|Termin|Behandlungstermin)\s+(?:in|bei)\s+(?:unserer|unserem|uns)\b(?:\s+\w+)?\s+(?:war|dauerte|verlief|ging)\b",
    waited_at_place: r"\b(?:Sie|du)\s+(?:haben|hast)\s+(?:\S+\s+){0,3}?(?:in|im)\s+(?:unserem|unserer|dem|der)?\s*(?:Wartezimmer|Wartebereich|Empfang|Praxis|Behandlungsstuhl)\b(?:\s+\S+){0,3}?\s+(?:gesessen|gewartet|verbracht)\b",
    cared_joy: r"\b(?:schön|toll|gut|eine\s+Freude),?\s+dass\s+wir\s+(?:Sie|dich)\s+(?:versorgen|behandeln|betreuen|untersuchen|begleiten)\s+(?:durften|konnten)\b",
    memory: r"\berinner(?:t|n)\s+sich\s+(?:noch\s+)?(?:gut\s+)?an\s+(?:Ihren|deinen|Ihre|deine)\s+(?:Fall|Besuch|Termin|Aufenthalt|Behandlung|Eingriff)\b",
    arrival: r"\bSie\s+(?:sind|waren)\s+(?:erst\s+)?(?:um\s+\d{1,2}(?:[:.]\d{2})?(?:\s+Uhr)?|\w+\s+Minuten\s+zu\s+spät|zu\s+spät)\s+(?:gekommen|erschienen|eingetroffen|da)",
    // fixp11 (review11 f14): a listed care-episode noun; "[A-ZÄÖÜ]\w+" took any word under the
    // (?i) of `roles::lean` ("Ihre Hausarztpraxis vom Montag bis Freitag").
    episode_day: r"\b(?:Ihre?|deine?)\s+(?:\w*(?:untersuchung|behandlung|kontrolle|termin|termins|werte|befund|befunde|aufnahmen?|bilder|ergebnisse|impfung|reinigung|abnahme|schmerzen|beschwerden|symptome|entzündung|blutung|verletzung|operation|eingriff)|Fieber|Zahnweh|Blutabnahme|Prophylaxe|Sitzung|Ultraschall|Sonographie|Mammographie|Füllung|Röntgen|Labor|Infusion|Besuch|Konsultation|Sprechstunde)\s+vom\s+(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|\d{1,2}\.)",
    accompanied: r"\b(?:(?:es\s+war|war\s+es)\s+(?:\S+\s+){1,3}?(?:Sie|dich)\s+(?:durch|während|bei)\s+(?:\S+\s+){1,4}?zu\s+begleiten|(?:Sie|dich)\s+(?:durch|während|bei)\s+(?:\S+\s+){1,4}?(?:begleitet|begleiten\s+(?:durften|konnten))|wir\s+waren\s+(?:bei\s+jeder|bei\s+jedem|während\s+\S+)\s+\S+(?:\s+\S+)?\s+(?:an\s+Ihrer\s+Seite|bei\s+Ihnen|für\s+Sie\s+da))",
};

const RU: Classes = Classes {
    staff: r"\b(?:медсестр[аы]|врач|доктор|ассистент(?:ка)?|гигиенист|администратор|регистратор|санитар(?:ка)?)",
    rel_reader_past: r",?\s+(?:котор(?:ая|ый))\s+(?:вас|тебя|вам|тебе)\s+\w+(?:ла|л|лась|лся)\b",
    did_for_reader: r"\b(?:всё|все),?\s+что\s+(?:мы|врач|доктор)\s+(?:для\s+(?:вас|тебя)|вам|тебе)\s+(?:сделали|сделал|сделала)\b",
    stay_past: r"\b(?:ваше|твоё|твое)\s+(?:пребывание|посещение)\s+(?:в|у)\s+(?:нашей|нашем|нас)\b(?:\s+\w+)?\s+(?:было|прошло|длилось)\b",
    waited_at_place: r"\b(?:вы|ты)\s+(?:просидели|прождали|ждали|сидели|провели|просидел\w*|ждал\w*)\s+(?:\S+\s+){0,2}?в\s+(?:нашей|нашем|нашу)\s+(?:приёмной|приемной|клинике|коридоре|холле|кресле)\b",
    cared_joy: r"\b(?:рады|приятно|было\s+приятно),?\s+что\s+(?:смогли|могли)\s+(?:вам|тебе)\s+помочь\b",
    memory: r"\bпомн(?:ит|ят)\s+(?:ваш|твой|вашу|твою)\s+(?:случай|визит|приём|прием|операцию)\b",
    arrival: r"\b(?:вы|ты)\s+(?:пришли|пришёл|пришел|пришла|приехали|опоздали|опоздал\w*)\s+(?:в\s+\d{1,2}(?::\d{2})?|на\s+\w+\s+минут)",
    // fixp11 (review11 f14): a listed care-episode noun, not any noun ("Ваш стоматолог в субботу
    // тоже работает").
    episode_day: r"\b(?:ваш|ваша|ваше|ваши|твой|твоя|твои)\s+(?:при[её]м|визит|осмотр|анализ\w*|снимок|снимки|рентген\w*|узи|чистк\w*|пломб\w*|консультаци\w*|процедур\w*|сеанс|обследовани\w*|маммографи\w*|прививк\w*|капельниц\w*|УЗИ)\s+(?:от|в|во)\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|вчера)\b",
    accompanied: r"(?:сопровождали|поддерживали|(?:нам\s+)?(?:было\s+приятно|были\s+рады)\s+(?:сопровождать|поддерживать))\s+(?:вас|тебя)\s+(?:во\s+время|на\s+протяжении|в\s+течение|весь|всю|все)\s+\p{L}+(?:\s+\p{L}+)?|мы\s+были\s+(?:рядом\s+)?с\s+вами\s+(?:на\s+протяжении|во\s+время|в\s+течение)\s+(?:всей|всего|всех|вашей|вашего)?\s*\p{L}+",
};

const AR: Classes = Classes {
    staff: r"(?:الممرضة|الممرض|الطبيب|الطبيبة|المساعدة|موظفة الاستقبال|موظف الاستقبال|أخصائية|الفني)",
    // fixp11 (review11 f13): listed past verbs with the reader as object ("استقبلتك",
    // "عالجك"); "\S+ك" also took present and future verbs ("يناسبك", "ستستقبلك").
    rel_reader_past: r"\s+(?:التي|الذي)\s+(?:استقبل|عالج|فحص|ساعد|رافق|خدم|أدخل|ادخل|نادى|ناد|طمأن|أجلس|اجلس|خدر|خدّر|قاس|وزن|رحب|أشرف|اشرف|ضمد|ضمّد|حقن|صور|صوّر|جهز|جهّز)(?:ت|ا)?(?:ك|تك)(?:\s|$|[.،!])",
    did_for_reader: r"كل\s+ما\s+(?:قمنا\s+به|فعلناه|قدمناه)\s+(?:لك|من\s+أجلك)",
    stay_past: r"(?:إقامتك|زيارتك|مكوثك)\s+(?:في|ل)\S*\s+(?:كانت|كان|مرت)",
    waited_at_place: r"(?:جلست|انتظرت)\s+(?:في|ب)\s*(?:صالة|غرفة|قاعة)\s+(?:الانتظار|الاستقبال)",
    cared_joy: r"(?:سعدنا|يسعدنا أننا)\s+(?:ب)?(?:علاجك|رعايتك|خدمتك|استقبالك)",
    memory: r"(?:تتذكر|يتذكر|نتذكر)\s+(?:حالتك|زيارتك|موعدك)",
    arrival: r"(?:وصلت|حضرت)\s+(?:الساعة\s+\d|متأخر|بعد\s+موعدك)",
    episode_day: r"(?:موعدك|جلستك|فحصك|أشعتك|تحاليلك)\s+(?:يوم|أمس)",
    accompanied: r"(?:رافقناك|كنا\s+معك|كنا\s+بجانبك|وقفنا\s+معك|رافقنا\s?ك)\s+(?:طوال|خلال|في)\s+\S+(?:\s+\S+)?",
};

const ID: Classes = Classes {
    staff: r"\b(?:perawat|dokter|asisten|resepsionis|bidan|terapis|petugas)",
    rel_reader_past: r"\s+yang\s+(?:tadi\s+|kemarin\s+)?(?:me\w+|di\w+)\s+(?:Anda|kamu|kakak|bapak|ibu)\b",
    did_for_reader: r"\bsemua\s+yang\s+(?:sudah\s+|telah\s+)?kami\s+(?:lakukan|kerjakan)\s+untuk\s+(?:Anda|kamu|kakak|bapak|ibu)\b",
    stay_past: r"\b(?:kunjungan|rawat inap)\s+(?:Anda|kamu|kakak)\s+(?:ke|di)\s+(?:klinik|rumah sakit)\s+kami\b",
    waited_at_place: r"\b(?:Anda|kamu|kakak)\s+(?:duduk|menunggu)\s+(?:\S+\s+){0,2}?di\s+ruang\s+tunggu\s+kami\b",
    cared_joy: r"\bsenang\s+(?:sekali\s+)?(?:bisa\s+)?(?:merawat|menangani|melayani)\s+(?:Anda|kamu|kakak)\b",
    memory: r"\bmasih\s+ingat\s+(?:kasus|kunjungan|perawatan)\s+(?:Anda|kamu|kakak)\b",
    arrival: r"\b(?:Anda|kamu|kakak|Bapak|Ibu)\s+datang\s+(?:jam|pukul|terlambat|telat)\b",
    episode_day: r"\b(?:hasil|jadwal|kontrol|sesi|rontgen)\s+(?:\w+\s+){0,2}?(?:Anda|Ibu|Bapak|kamu|kakak)\s+(?:kemarin|tadi|hari\s+\w+)\b",
    accompanied: r"\b(?:mendampingi|menemani|merawat)\s+(?:Anda|Ibu|Bapak|kakak|kamu|adik)\s+(?:selama|saat|ketika|sepanjang)\s+\w+(?:\s+\w+)?",
};

fn classes(lang: &str) -> &'static Classes {
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

/// The class grammars of one language, each a whole relationship phrase (the span reported).
pub fn class_grammars(lang: &str) -> Vec<String> {
    let c = classes(lang);
    vec![
        format!("{}{}", c.staff, c.rel_reader_past),
        c.did_for_reader.to_string(),
        c.stay_past.to_string(),
        c.waited_at_place.to_string(),
        c.cared_joy.to_string(),
        c.memory.to_string(),
        c.arrival.to_string(),
        c.episode_day.to_string(),
        c.accompanied.to_string(),
    ]
}

/// fixp11 (review11 f15): a relative clause or a stay told of a staff member, not the reader:
/// "Bonne continuation à notre stagiaire Julie : votre passage au cabinet a été précieux", "¡Gracias,
/// Dra. Ruiz! Su paso por nuestra clínica fue inolvidable", "Медсестра, которая вас встречала 25
/// лет, уходит на пенсию". True when `start..end` is a template 1 or 3 phrase and its sentence or
/// the 100 characters before name retirement, an internship or farewell, or thanks a titled clinician.
pub fn staff_news(lang: &str, text: &str, start: usize, end: usize) -> bool {
    static RES: std::sync::OnceLock<Vec<regex::Regex>> = std::sync::OnceLock::new();
    let build = |l| {
        let c = classes(l);
        let src = format!("(?i)^(?:{}{}|{})", c.staff, c.rel_reader_past, c.stay_past);
        regex::Regex::new(&src).expect("staff news template")
    };
    if !super::vocab::per_lang(&RES, build, lang).is_match(text[start..end].trim_start()) {
        return false;
    }
    let stops = |c: char| matches!(c, '.' | '!' | '?' | '\n' | '؟' | '¡' | '¿');
    // Up to 100 characters before (the sentence before, even past a "Dra."), to this sentence's end.
    let mut a = start;
    for _ in 0..100 {
        match text[..a].chars().next_back() {
            Some(c) if c != '\n' => a -= c.len_utf8(),
            _ => break,
        }
    }
    let b = text[end..]
        .char_indices()
        .find(|&(_, c)| stops(c))
        .map(|(i, _)| end + i)
        .unwrap_or(text.len());
    static NEWS: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    NEWS.get_or_init(|| {
        regex::Regex::new(
            r"(?i)\b(?:retir\w*|farewell|intern|internship|stagiaire|stage|retraite|bonne\s+continuation|jubila\w*|prácticas|despedida|ruhestand|praktikant\w*|abschied|пенси\w*|стаж[её]р\w*|проща\w*|pensiun|magang|perpisahan)\b|تقاعد|(?:\b(?:thank\s+you|thanks|gracias|merci|danke|спасибо|terima\s+kasih)\s*,?\s*(?:dr|dra|dre|doctora|docteure?|doktor|доктор)\.?\s+\p{Lu})",
        )
        .expect("staff news regex")
    })
    .is_match(&text[a..b])
}
