//! clin10: statement kinds that assert nothing about a person the practice serves, so a
//! clinical term, an age or a place inside them is no disclosure: a request for readers to
//! post their own details, a reward offered for a review, a staff member's leave or return,
//! the topic of teaching material, an age held by a building or an institution, and a place
//! where something is open to everyone. Each is a grammar over word classes in the seven
//! languages, not a list of sentences.
//!
//! A filter cannot see who a clause is about, so each one carries its own guard (fixp9, after
//! review9): the staff leave needs a title or role and rejects any reader, patient or courtesy
//! title; the teaching topic takes no possessive (here and at the call site); the request
//! needs an imperative or a question and an unambiguous comment place; an institution's age
//! rejects "-year-old" and person nouns; the open-to-all event needs a whole event word.

/// A sentence asking readers to put their own health details in public ("Tell us your
/// diagnosis in the comments", "Post a photo of your prescription label here", "Kirim foto
/// rontgen Anda di kolom komentar"): the term is what is asked for, not something said about
/// anyone. Needs both a request verb (or a question) and a public place for the answer.
pub(super) fn public_request(sentence: &str) -> bool {
    // The verb opens a clause (an imperative) or the sentence is a question; "which" and a
    // bare "below" ("Your A1C is finally below 7, which is amazing") are no request (fixp9).
    let verb = re_match!(
        r"(?i)(?:^|[.!?,;:]\s*|\b(?:please|and|or|then|just)\s+)\W*(?:tell|share|post|list|drop|show|send|comment|write|type|dinos|cuéntanos|cuéntenos|comparte|compartan|escriba|escribe|publique|indiquez|dites|partagez|écrivez|postez|teilen|schreiben|posten|nennen|zeigen|расскажите|напишите|поделитесь|покажите|kirim|tulis|bagikan|ceritakan|sebutkan|اكتب|اكتبوا|شارك|شاركونا|أخبرونا)\b",
        sentence
    ) || re_match!(r"(?i)\bwhat(?:\x27s| was| is| are)\b[^?]*\?", sentence);
    verb && re_match!(
        r"(?i)(?:\b(?:in the comments|in a comment|in a reply|in the replies|down below|below this post|en (?:los )?comentarios|en commentaires?|ci-dessous|in den kommentaren|в комментари\w*|di kolom komentar|di komentar)\b|\b(?:tell|share|post|list|drop|comment|write|type|comparte|escriba|escribe|partagez|écrivez|teilen|schreiben|напишите|поделитесь|tulis|bagikan)\b[^.!?]{0,40}\b(?:below|abajo|unten|ниже|di bawah)\b|في التعليقات)",
        sentence
    )
}

/// A reward offered for a review or a rating ("Leave us 5 stars and your next x-ray is on the
/// house", "Chaque avis vous fait gagner un kit de blanchiment", "Bewerten Sie uns und sichern
/// Sie sich eine kostenlose Zahnreinigung", "تقييم ممتاز منك = جلسة تبييض مجانية"): the
/// care named is the prize, offered to whoever reviews.
pub(super) fn review_reward(sentence: &str) -> bool {
    re_match!(
        r"(?i)(?:\b(?:reviews?|rate us|rating|stars?|5-star|five-star|reseñas?|opiniones?|estrellas|avis|étoiles|bewert\w*|bewertung\w*|sterne\w*|rezension\w*|отзыв\w*|звезд\w*|ulasan|bintang|review)\b|⭐|تقييم|نجوم)",
        sentence
    ) && re_match!(
        r"(?i)(?:\b(?:free|on the house|on us|half off|\d+\s?% off|earns?|gets? you|wins?|gratis|gratuit\w*|offert\w*|à moitié prix|moitié prix|gagner|kostenlos\w*|gratis|geschenkt|бесплатн\w*|в подарок|скидк\w*|descuento|te da|le da|réduction|rabatt|diskon|hadiah)\b|مجاني\w*|يمنحك|\s=\s)",
        sentence
    )
}

/// A staff member's leave, absence or return, said of the staff member ("Dr. Becker is taking
/// some time away; his wife's cancer came back", "Maria Lopez is out for a few weeks having
/// her gallbladder removed", "Frau Fischer ist nach ihrer Fehlgeburt krankgeschrieben", "La
/// Dra. Ramírez estará fuera por su depresión"): a colleague's news (`colleague-info`), with
/// no patient, reader or visit in the sentence.
///
/// Only a title or a role marks the staff member (fixp9): "Mrs. Patel is back home after her
/// knee replacement" is a patient's news. A bare name or "Frau/Herr" counts only with a word
/// of work leave ("krankgeschrieben", "on medical leave"), never with "is back" or "failed".
pub(super) fn staff_leave(sentence: &str) -> bool {
    let role = re_match!(
        r"(?:^|[\s(])(?:(?:Dr|Dra|Doctor|Doctora|Docteur|Nurse)\.?\s+\p{Lu}[\p{L}-]+|(?i:our|notre|nuestra|nuestro|unsere?|наш\w*)\s+(?i:assistant\w*|receptionist|hygienist|nurse|secrétaire|assistante?|infirmière?|recepcionista|enfermer[oa]|asistente|helferin|mitarbeiter\w*|медсестр\w*|администратор\w*|tech|technician|office manager|front desk))",
        sentence
    );
    let named = re_match!(
        r"(?:^|[\s(])(?:Frau|Herr|Mme)\.?\s+\p{Lu}[\p{L}-]+|^\W*\p{Lu}[\p{L}-]+\s+\p{Lu}[\p{L}-]+\s+(?:is|was|has|will be|ist|est|está|estará|будет)\b",
        sentence
    );
    let work_leave = re_match!(
        r"(?i)\b(?:out sick|time (?:away|off)|on (?:leave|medical leave|sick leave|maternity leave|paternity leave)|back at work|back to work|no longer with us|krankgeschrieben|in (?:der )?reha|im urlaub|en arrêt|arrêt maladie|está de baja|de baja|на больничном|в отпуске|cuti|izin sakit|إجازة)\b",
        sentence
    );
    let leave = work_leave
        || re_match!(
            r"(?i)\b(?:out (?:again|for|on|recovering|this|until|today)|is out\b|taking (?:some )?time|is back|back from|away (?:for|from|until)|fehlt|absente?|de retour|estará fuera|ausente|de vuelta|вернул\w*)\b",
            sentence
        )
        || re_match!(r"(?i)\b(?:failed|flunked)\s+(?:his|her|their)\s+", sentence);
    (role && leave || named && work_leave)
        && !re_match!(
            r"(?i)\b(?:patient\w*|paciente\w*|пациент\w*|pasien|you|your|ur|u|vous|votre|usted|su hij\w*|sie haben|ihr kind|вы|ваш\w*|anda|mr|mrs|ms)\b|مريض",
            sentence
        )
}

/// Teaching material about the term right before it ("a handout about knee injections", "our
/// cheat sheet for people on blood thinners", "ein Merkblatt zu Impfungen", "una guía sobre la
/// diabetes", "памятка о давлении", "brosur tentang diabetes"): a topic, nobody's care. The
/// word between the preposition and the term may be an article, never a possessive ("the
/// article about your heart transplant": fixp9); the call site also needs no possessive.
pub(super) fn material_topic(before: &str) -> bool {
    re_match!(
        r"(?i)\b(?:handouts?|brochures?|leaflets?|flyers?|pamphlets?|guides?|cheat ?sheets?|posters?|infographics?|videos?|faqs?|articles?|blog posts?|checklists?|folletos?|guías?|carteles?|dépliants?|fiches?|affiches?|vidéos?|broschüren?|merkblatt|merkblätter|ratgeber|flyer|памятк\w*|брошюр\w*|видео|стать\w*|brosur|panduan|poster|نشرة|دليل)\s+(?:[\w-]+\s+){0,2}?(?:about|on|for people on|for anyone on|for|about how|sobre|acerca de|sur|pour|über|zu|zum|zur|о|об|про|tentang|mengenai|عن|حول)\s+(?:[\w-]+\s+)?$",
        before
    ) && !re_match!(
        r"(?i)\b(?:your|ur|his|her|their|my|su|sus|tu|tus|votre|vos|ton|ta|tes|son|sa|ses|ihr\w*|dein\w*|sein\w*|ваш\w*|тво\w*|его|её|ее|их|anda|kamu|mu)\s+(?:[\w-]+\s+)?$",
        before
    )
}

/// An age held by a thing, not a person: the subject that turns the age, or the one whose
/// birthday it is, is a building or an institution ("the building just turned 101", "Happy
/// 90th birthday to the Lakeside Public Library", "our bakery celebrates 95 years").
/// `before` is the sentence up to the age, `after` the rest of it. An institution's
/// possessive must not be followed by "-year-old" or a person noun ("our hospital's 98-year-old
/// volunteer" is a person), and the words between "to the" and the institution must be a
/// capitalised name ("to the delight of our clinic staff" is no dedication): fixp9.
pub(super) fn thing_age(before: &str, after: &str) -> bool {
    re_match!(
        r"(?i)\b(?:the|our|this|its|el|la|le|notre|unsere?|die|der|das)\s+(?:[\p{L}\x27’-]+\s+){0,3}?(?:building|library|clinic|practice|office|hospital|school|church|bakery|museum|park|theater|theatre|club|company|business|store|shop|pharmacy|restaurant|bridge|town|city|village|newspaper|team|station|firm|brand|center|centre|biblioteca|edificio|clínica|escuela|iglesia|panadería|bibliothèque|bâtiment|clinique|école|église|boulangerie|bibliothek|gebäude|praxis|klinik|schule|kirche|bäckerei|библиотек\w*|здани\w*|клиник\w*|школ\w*)\s+(?:[\p{L}]+\s+)?(?:turns|turned|turning|is|was|hits|hit|celebrates|celebrated|cumple|fête|feiert|wird|исполняется)\s+$",
        before
    ) || re_match!(
        r"(?i)^\s*(?:(?:st|nd|rd|th)?\s*(?:birthday|anniversary)\s+)?(?:to|for|of)\s+(?:the|our)\s+(?:(?-i:\p{Lu})[\p{L}\x27’-]*\s+){0,3}?(?:building|library|clinic|practice|office|hospital|school|church|bakery|museum|park|theater|theatre|club|company|business|store|shop|pharmacy|restaurant|bridge|town|city|village|newspaper|team|station|center|centre)\b",
        after
    ) || re_match!(
        r"(?i)\b(?:unit|clinic|practice|office|hospital|library|school|church|building|team|department|ward|club|bakery|company|store|shop)[\x27’]s\s+$",
        before
    ) && !re_match!(
        r"(?i)^(?:[\s-]*(?:years?|yrs?)[\s-]*old\b|\s*(?:y/?o|yo)\b|\s+(?:patients?|volunteers?|residents?|members?|man|woman|lady|gentleman|grandma|grandpa|veteran|nurse|doctor)\b)",
        after
    )
}

/// A kind of care on offer as the object of an imperative opening the clause: "ask us about
/// the shingles vaccine at your next visit", "Ask for an A1C at your yearly physical",
/// "pregunte por la vacuna", "demandez le vaccin", "fragen Sie nach der Impfung", "спросите о
/// прививке", "tanyakan tentang vaksin": the reader is invited, nobody's care is told.
/// `before` is the clause up to the term.
pub(super) fn imperative_offer(before: &str) -> bool {
    re_match!(
        r"(?i)^\W*(?:(?:please|just|and|so|also|then|now|or)\s+)?(?:ask(?:\s+us)?\s+(?:about|for)|request|sign up for|come in for|(?:book|schedule)(?:\s+(?:a|an|your))?(?:\s+\w+)?\s+(?:for|with)|pregunte(?:nos)?\s+(?:por|sobre)|pídanos|pida|demandez(?:-nous)?(?:\s+(?:le|la|les|un|une|des|l[\x27’]))?|renseignez-vous sur|fragen sie(?:\s+uns)?\s+nach|kommen sie(?:\s+(?:jetzt|gerne|gern|einfach|doch))*\s+(?:zur|zum)|(?:buchen|vereinbaren) sie(?:\s+(?:jetzt|gerne|gern|einfach|doch|online))*|спросите(?:\s+нас)?\s+(?:о|об|про)|запишитесь на|tanyakan(?:\s+kepada\s+kami)?\s+(?:tentang|soal)|اسألنا عن|اسأل عن)\s+(?:(?:a|an|the|el|la|los|las|un|una|le|la|les|un|une|des|der|die|das|den|dem|einen|eine)\s+)?(?:[\w-]+\s+)?$",
        before
    )
}

/// A general statement with the term as a kind for its subject: a bare or article-led term
/// opening the clause with a present rule or habit after it ("Crowns can last many years",
/// "El ultrasonido se cobra aparte de la consulta", "Allergy testing is billed as a panel",
/// "Le détartrage est remboursé"). `before` is the clause up to the term, `after` the clause
/// after it. A result said with "is" ("The biopsy is benign") is not matched: with an
/// article only modal, habitual and billing verbs count.
pub(super) fn kind_subject(before: &str, after: &str) -> bool {
    let article = re_match!(
        r"(?i)^\W*(?:the|el|la|los|las|le|les|l[\x27’]|der|die|das)\s*$",
        before
    );
    let bare = re_match!(r"^\W*$", before);
    let modal = re_match!(
        r"(?i)^\s*(?:[\w-]+\s+)?(?:can|could|may|might|usually|typically|generally|normally|often|is billed|are billed|is charged|are charged|is covered|are covered|counts as|count as|se cobra|se cobran|se factura|se facturan|suele|suelen|puede|pueden|est facturée?|sont facturée?s|est remboursée?|sont remboursée?s|peut|peuvent|wird\s+(?:\w+\s+)?(?:abgerechnet|berechnet|bezahlt|übernommen)|kann|können|оплачивается|может|могут|обычно|ditagih|ditanggung|biasanya|bisa|dapat)\b",
        after
    );
    let plain = re_match!(
        r"(?i)^\s*(?:is|are|es|son|est|sont|ist|sind|adalah)\s+(?:(?:a|an|one|un|una|une|ein|eine)\s+|(?:usually|often|rarely|always|never|safe|common|quick|simple|painless)\b)",
        after
    );
    (article || bare) && (modal || bare && plain)
}

/// A place where something is open to everyone ("In der Lindenstraße gibt es am Samstag eine
/// Grippeimpfaktion für alle ab 60", "free for anyone", "para todos", "pour tous", "для всех",
/// "untuk semua", "للجميع"): the place is the event's, not a patient's. Greetings ("bonne
/// journée", "feliz jornada"), "thanks for all" and words that only end like an event
/// ("Verlauf", "Ablauf") are no event (fixp9).
pub(super) fn open_to_all(sentence: &str) -> bool {
    re_match!(
        r"(?i)(?:\b(?:for (?:everyone|everybody|all ages|anyone|all (?:patients|comers|families|residents|neighbou?rs))|open to (?:all|everyone|the public)|everyone (?:is )?welcome|all welcome|para todos|para todo el mundo|abierto a todos|pour tous|ouvert à tous|für alle|für jeden|offen für alle|для всех|открыт\w* для всех|untuk semua|terbuka untuk umum|untuk umum)\b|للجميع)",
        sentence
    ) || super::vocab::has_foreign_event(sentence)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_need_a_verb_and_a_public_place() {
        assert!(public_request("Tell us your diagnosis in the comments!"));
        assert!(public_request("Kirim foto rontgen Anda di kolom komentar."));
        assert!(public_request("What was your diagnosis? Share it below."));
        assert!(!public_request("Tell us how your knee feels at the visit."));
        assert!(!public_request("Your x-rays are here."));
    }

    #[test]
    fn rewards_need_a_review_and_a_prize() {
        assert!(review_reward(
            "Leave us a ⭐⭐⭐⭐⭐ and your next x-ray is on the house!"
        ));
        assert!(review_reward(
            "Cinq étoiles sur Google et votre prochain blanchiment est à moitié prix !"
        ));
        assert!(!review_reward(
            "Thanks for the review, your crown looks great."
        ));
        assert!(!review_reward("Your free x-ray showed a cavity."));
    }

    #[test]
    fn staff_leave_without_patient() {
        assert!(staff_leave(
            "Our hygienist Maria Lopez is out for a few weeks having her gallbladder removed."
        ));
        // A bare name counts only with a word of work leave: "is out" may be a patient's.
        assert!(!staff_leave(
            "Maria Lopez is out for a few weeks having her gallbladder removed."
        ));
        assert!(staff_leave(
            "Maria Lopez is on medical leave after her gallbladder surgery."
        ));
        assert!(staff_leave(
            "Frau Fischer ist nach ihrer Fehlgeburt krankgeschrieben."
        ));
        assert!(!staff_leave(
            "Dr. Lee is back and will see your son's ear infection."
        ));
        assert!(!staff_leave("Dr. Lee removed her wisdom teeth."));
    }

    #[test]
    fn material_and_thing_ages() {
        assert!(material_topic("she even made a handout about "));
        assert!(material_topic("Unser Merkblatt zu "));
        assert!(!material_topic("we talked about "));
        assert!(thing_age("the building just turned ", " 🎂"));
        assert!(thing_age(
            "Happy ",
            "th birthday to the Lakeside Public Library!"
        ));
        assert!(!thing_age("our oldest patient just turned ", " today"));
        assert!(!thing_age("Happy ", "th birthday to Grandma Rose!"));
    }

    #[test]
    fn places_open_to_all() {
        assert!(open_to_all(
            "In der Lindenstraße gibt es am Samstag eine Grippeimpfaktion für alle ab 60"
        ));
        assert!(!open_to_all(
            "Das Ehepaar aus der Lindenstraße war heute bei uns."
        ));
    }
}

#[cfg(test)]
mod review9_tests {
    //! fixp9: the review9 counterexamples at the level of each filter.
    use super::*;

    #[test]
    fn narrowed_filters_reject_the_review_counterexamples() {
        // #1: a courtesy title is a patient's; a role is staff.
        assert!(!staff_leave(
            "Mrs. Patel is back home after her knee replacement and walking already!"
        ));
        assert!(!staff_leave("Mr. Kim failed his stress test yesterday."));
        assert!(staff_leave(
            "Dr. Becker is taking some time away; his wife's cancer came back."
        ));
        // #2: greetings, "thanks for all", "Verlauf" are no event.
        assert!(!open_to_all(
            "Bon rétablissement à notre amie de la rue des Lilas, et bonne journée !"
        ));
        assert!(!open_to_all(
            "¡Que se mejore pronto nuestra amiga de la calle Olmos, feliz jornada!"
        ));
        assert!(!open_to_all(
            "Get well soon to our friend from Pine Ridge Road, and thanks for all the cookies!"
        ));
        assert!(!open_to_all("Der Verlauf in der Lindenstraße war gut."));
        assert!(open_to_all("Sommerfest in der Lindenstraße am Samstag!"));
        // #3: a relative pronoun and a comparative "below".
        assert!(!public_request(
            "Your A1C is finally below 7, which is amazing progress!"
        ));
        assert!(public_request("Share your x-ray below!"));
        // #4: a possessive after the preposition; Spanish "de".
        assert!(!material_topic("Loved the article about your "));
        assert!(!material_topic("Aquí está el video de su "));
        assert!(material_topic("she even made a handout about knee "));
        // #5: an institution's person; "to the delight of".
        assert!(!thing_age("Our hospital's ", "-year-old volunteer, Walt"));
        assert!(thing_age("their unit's ", "th birthday!"));
        assert!(thing_age("a party for their unit's ", " 🌻"));
        assert!(!thing_age("Our clinic's ", "-year-old patient ran a 5K"));
        assert!(!thing_age(
            "Ruth turned ",
            " to the delight of our clinic staff!"
        ));
    }
}

#[cfg(test)]
mod offer_tests {
    use super::*;

    #[test]
    fn imperative_offers_and_kinds() {
        assert!(imperative_offer("ask us about the "));
        assert!(imperative_offer("Ask for an "));
        assert!(imperative_offer("Fragen Sie nach der "));
        // fixp9 (review9 #14): German invitations to come for or book a kind of care.
        assert!(imperative_offer("Kommen Sie zur "));
        assert!(imperative_offer("Buchen Sie jetzt eine "));
        assert!(!imperative_offer("Sie kamen zur "));
        assert!(!imperative_offer("We asked about the "));
        assert!(!imperative_offer("she asked for her "));
        assert!(kind_subject("", " can last many years"));
        assert!(kind_subject("El ", " se cobra aparte de la consulta"));
        assert!(kind_subject("", " is billed as a panel"));
        assert!(!kind_subject("The ", " is benign"));
        assert!(!kind_subject("your ", " can come off Friday"));
    }
}
