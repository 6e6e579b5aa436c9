//! Language detection for replies that do not say their language: script first (Cyrillic,
//! Arabic), then common function words for the Latin-script languages the packs cover.

/// Languages with rule packs.
pub const LANGS: &[&str] = &["en", "es", "fr", "de", "ru", "ar", "id"];

const STOPWORDS: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "the", "and", "you", "your", "we", "to", "for", "is", "our", "thank", "with", "of",
        ],
    ),
    (
        "es",
        &[
            "el", "la", "los", "las", "de", "que", "y", "su", "gracias", "por", "usted", "nuestro",
            "para", "con", "una",
        ],
    ),
    (
        "fr",
        &[
            "le", "la", "les", "de", "et", "vous", "votre", "nous", "merci", "pour", "une", "des",
            "est", "avec",
        ],
    ),
    (
        "de",
        &[
            "der", "die", "das", "und", "sie", "ihr", "ihre", "wir", "danke", "für", "mit", "ist",
            "nicht", "ein", "eine",
        ],
    ),
    (
        "id",
        &[
            "dan", "yang", "anda", "kami", "terima", "kasih", "untuk", "dengan", "di", "ini",
            "tidak", "ke", "atas",
        ],
    ),
];

/// Best guess of the language of `text` (ISO 639-1); `en` when nothing says otherwise.
pub fn detect(text: &str) -> &'static str {
    let (mut cyr, mut arab, mut latin) = (0usize, 0usize, 0usize);
    for c in text.chars() {
        match c as u32 {
            0x0400..=0x04FF => cyr += 1,
            0x0600..=0x06FF | 0x0750..=0x077F => arab += 1,
            _ if c.is_alphabetic() => latin += 1,
            _ => {}
        }
    }
    if cyr > latin && cyr >= arab {
        return "ru";
    }
    if arab > latin {
        return "ar";
    }
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let mut best = ("en", 0usize);
    for (lang, stops) in STOPWORDS {
        let n = words.iter().filter(|w| stops.contains(w)).count();
        if n > best.1 {
            best = (lang, n);
        }
    }
    best.0
}

/// The language to scan `text` in: `given` when it names a supported language, else detected.
pub fn resolve(given: &str, text: &str) -> &'static str {
    let g = given.trim().to_ascii_lowercase();
    let g = g.split(['-', '_']).next().unwrap_or("");
    LANGS
        .iter()
        .find(|l| **l == g)
        .copied()
        .unwrap_or_else(|| detect(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_by_script_and_words() {
        assert_eq!(detect("Спасибо за ваш отзыв"), "ru");
        assert_eq!(detect("شكرا لك على تقييمك"), "ar");
        assert_eq!(
            detect("Gracias por su reseña, nos alegra que la visita"),
            "es"
        );
        assert_eq!(detect("Merci pour votre avis, nous sommes ravis"), "fr");
        assert_eq!(detect("Danke für Ihre Bewertung, wir freuen uns"), "de");
        assert_eq!(detect("Terima kasih atas ulasan anda"), "id");
        assert_eq!(detect("Thank you for the kind review"), "en");
    }

    #[test]
    fn given_language_wins() {
        assert_eq!(resolve("es-MX", "Thank you"), "es");
        assert_eq!(resolve("", "Thank you"), "en");
    }
}
