//! clin15: a clinical term followed by a relative clause whose subject is the practice ("the
//! lumbar fusion we did", "el tratamiento de conducto que le hicimos", "la coloscopie que nous
//! vous avons faite", "behel yang kami pasang"): the term is one person's care, done here, so it
//! is tied like a term after "your". Paraphrases moved the tie from a possessive before the
//! term to this clause after it; the grammar is the clause, in the seven languages.

/// True when `after` (the text right after a clinical term, to the end of its sentence) opens
/// with a relative clause of the practice doing it to someone. A doctor is "Dr" and a
/// capitalised name: the capital is matched case-sensitively (clin16: inside `(?i)` a bare
/// `\p{Lu}` matched any letter, so "dr just did" read "just" as the name).
pub(super) fn done_by_us(lang: &str, after: &str) -> bool {
    match lang {
        "en" => re_match!(
            r"(?i)^\s*(?:that\s+|which\s+)?(?:we|our team|our surgeon|dr\.?\s+(?-i:\p{Lu})\p{L}+)\s+(?:just\s+)?(?:did|performed|placed|put in|fitted|removed|took out|pulled|started you on|gave (?:you|him|her|them)|prescribed|ran|drew|repaired|fixed)\b(?:\s+(?:for|on|with)\s+(?:you|him|her|them)\b|[^.!?]{0,40}?\b(?:went|was|is|turned out|healed|looks|came)\b)",
            after
        ),
        "es" => re_match!(
            r"(?i)^\s*(?:que|la que|el que)\s+(?:le|te|les)\s+(?:hicimos|realizamos|pusimos|colocamos|practicamos|recetamos|sacamos)\b",
            after
        ),
        "fr" => re_match!(
            r"(?i)^\s*qu(?:e\s+|['’])(?:nous\s+(?:vous|lui|t['’])\s*avons\s+(?:fait|faite|faites|posé|posée|réalisé|réalisée|prescrit|retiré)|on\s+(?:vous|lui|t['’])\s*a\s+(?:fait|faite|posé|posée))\b",
            after
        ),
        "de" => re_match!(
            r"(?i)^\s*,?\s*(?:die|den|das)\s+wir\s+(?:Ihnen|dir|ihm|ihr)\s+(?:\p{L}+\s+){0,3}?(?:gemacht|durchgeführt|eingesetzt|gezogen|verschrieben|entfernt)\s+haben",
            after
        ),
        "ru" => re_match!(
            r"(?i)^\s*,?\s*(?:которую|который|которое|которые)\s+(?:мы\s+)?(?:вам|тебе|ему|ей)\s+(?:сделали|провели|поставили|удалили|назначили)",
            after
        ),
        "id" => re_match!(
            r"(?i)^\s*yang\s+(?:kami|dokter)\s+(?:pasang|pasangkan|lakukan|cabut|berikan|resepkan|kerjakan)\s+(?:\p{L}+\s+)?(?:di\s+)?(?:gigimu|gigi\s+(?:anda|kamu|ibu|bapak|kakak)|untuk\s+(?:anda|kamu|ibu|bapak|kakak)|ke\s+(?:anda|kamu|ibu|bapak|kakak))",
            after
        ),
        "ar" => re_match!(
            r"^\s*(?:التي|الذي)\s+(?:أجريناها|أجريناه|وضعناه|وضعناها|ركبناه|ركبناها)\s+(?:لك|لكِ|له|لها)",
            after
        ),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::done_by_us;

    #[test]
    fn the_practice_did_it_to_someone() {
        assert!(done_by_us("en", " we did went perfectly."));
        assert!(done_by_us("en", " that we placed for you is holding up."));
        assert!(done_by_us("es", " que le hicimos el día 5 tardó más."));
        assert!(done_by_us(
            "fr",
            " que nous vous avons faite a pris du temps."
        ));
        assert!(done_by_us(
            "de",
            ", die wir Ihnen letzte Woche gemacht haben, heilt gut."
        ));
        assert!(done_by_us("ru", ", которую мы вам сделали, прошла хорошо."));
        assert!(done_by_us("id", " yang kami pasang di gigimu"));
        assert!(done_by_us("ar", " التي أجريناها لك نجحت"));
    }

    #[test]
    fn counts_offers_and_other_subjects_are_not() {
        // "the fillings we did this year: 4,000": a count, with no one and no outcome.
        assert!(!done_by_us("en", " we did this year: 4,000!"));
        assert!(!done_by_us("en", " you had elsewhere is fine to keep."));
        assert!(!done_by_us("en", " we offer is quick and painless."));
        assert!(!done_by_us("es", " que ofrecemos dura una hora."));
        assert!(!done_by_us("fr", " que nous proposons est rapide."));
        assert!(!done_by_us("id", " yang kami lakukan setiap hari"));
    }
}
