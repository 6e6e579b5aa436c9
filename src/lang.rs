//! Language detection for replies that do not say their language. A wrong guess silently skips
//! every phrase rule of the right language, so the guess uses all the evidence a short reply
//! has: the script (Cyrillic, Arabic), letters only some of the Latin-script languages use
//! ("ñ", "ç", "ß"), French elisions ("l'", "qu'"), word endings typical of one language
//! ("-ung", "-ción", "-nya"), and common words (`data/lang-words.txt`). When the reply itself
//! says too little ("Quel abruti."), the text it answers (the review) breaks the tie.
//!
//! `tests/lang.rs` measures the detector on the labeled corpus, whose records carry their
//! language.

use std::collections::HashMap;
use std::sync::OnceLock;

/// Languages with rule packs.
pub const LANGS: &[&str] = &["en", "es", "fr", "de", "ru", "ar", "id"];

/// The index of `lang` in [`LANGS`], English's (0) for a language without packs: the slot of a
/// per-language cache (`static ALL: [OnceLock<T>; LANGS.len()]`) that compiles each language's
/// cues on first use.
pub fn slot(lang: &str) -> usize {
    LANGS.iter().position(|l| *l == lang).unwrap_or(0)
}

/// The Latin-script languages scored by [`scores`], in tie-break order (English first: it is
/// the default when nothing says otherwise).
const LATIN: [&str; 5] = ["en", "es", "fr", "de", "id"];

/// Below this score a reply says too little about its language to be trusted on its own.
const CONFIDENT: f32 = 2.0;

/// Common words → the Latin-script languages (indexes into [`LATIN`]) they belong to.
fn words() -> &'static HashMap<&'static str, Vec<usize>> {
    static WORDS: OnceLock<HashMap<&'static str, Vec<usize>>> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut map: HashMap<&'static str, Vec<usize>> = HashMap::new();
        for line in include_str!("../data/lang-words.txt").lines() {
            let Some((lang, list)) = line.split_once(':') else {
                continue;
            };
            let Some(i) = LATIN.iter().position(|l| *l == lang.trim()) else {
                continue;
            };
            for w in list.split_whitespace() {
                let langs = map.entry(w).or_default();
                if !langs.contains(&i) {
                    langs.push(i);
                }
            }
        }
        map
    })
}

/// Evidence for each language of [`LATIN`] (same order), plus the Cyrillic and Arabic letter
/// counts and the count of other letters.
struct Evidence {
    latin: [f32; 5],
    cyrillic: usize,
    arabic: usize,
    letters: usize,
}

fn evidence(text: &str) -> Evidence {
    let mut ev = Evidence {
        latin: [0.0; 5],
        cyrillic: 0,
        arabic: 0,
        letters: 0,
    };
    let (es, fr, de, id) = (1, 2, 3, 4);
    for c in text.chars() {
        match c as u32 {
            0x0400..=0x04FF => ev.cyrillic += 1,
            0x0600..=0x06FF | 0x0750..=0x077F => ev.arabic += 1,
            _ if c.is_alphabetic() => ev.letters += 1,
            _ => {}
        }
        match c.to_lowercase().next().unwrap_or(c) {
            'ñ' | '¿' | '¡' | 'á' | 'í' | 'ó' | 'ú' => ev.latin[es] += 1.0,
            'ç' | 'è' | 'ê' | 'à' | 'â' | 'î' | 'ô' | 'û' | 'ù' | 'œ' | 'ë' | 'ï' => {
                ev.latin[fr] += 1.0
            }
            'é' => {
                ev.latin[fr] += 0.5;
                ev.latin[es] += 0.5;
            }
            'ä' | 'ö' | 'ü' | 'ß' => ev.latin[de] += 1.0,
            _ => {}
        }
    }
    let lower = text.to_lowercase().replace('’', "'");
    let table = words();
    for word in lower
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '-'))
        .map(|w| w.trim_matches(|c| c == '\'' || c == '-'))
        .filter(|w| !w.is_empty())
    {
        if let Some(langs) = table.get(word) {
            for &i in langs {
                ev.latin[i] += 1.0;
            }
            continue;
        }
        // French elision: "l'équipe", "qu'il", "d'un".
        if let Some((head, rest)) = word.split_once('\'') {
            if !rest.is_empty()
                && matches!(head, "l" | "d" | "j" | "n" | "m" | "t" | "s" | "c" | "qu")
            {
                ev.latin[fr] += 1.0;
                if let Some(langs) = table.get(rest) {
                    for &i in langs {
                        ev.latin[i] += 1.0;
                    }
                }
                continue;
            }
        }
        if word.chars().count() < 5 {
            continue;
        }
        // Endings typical of one language, half a word's weight.
        let ending = |ends: &[&str]| ends.iter().any(|e| word.ends_with(e));
        if word.contains("sch") || ending(&["ung", "ungen", "keit", "heit", "lich", "chen", "isch"])
        {
            ev.latin[de] += 0.5;
        } else if ending(&["ción", "ciones", "mente", "dad", "dades"]) {
            ev.latin[es] += 0.5;
        } else if ending(&["nya", "kan", "lah"]) {
            ev.latin[id] += 0.5;
        } else if ending(&["eaux", "ière", "ées", "oir"]) {
            ev.latin[fr] += 0.5;
        }
    }
    ev
}

/// The best Latin-script language and its score.
fn best(scores: &[f32; 5]) -> (usize, f32) {
    let mut best = (0, scores[0]);
    for (i, &s) in scores.iter().enumerate().skip(1) {
        if s > best.1 {
            best = (i, s);
        }
    }
    best
}

/// The script language (`ru`, `ar`) when one dominates the letters.
fn by_script(ev: &Evidence) -> Option<&'static str> {
    if ev.cyrillic > ev.letters && ev.cyrillic >= ev.arabic {
        return Some("ru");
    }
    if ev.arabic > ev.letters {
        return Some("ar");
    }
    // A reply in Arabic or Russian with a Latin-script address or web site in it.
    if ev.arabic > 0 && ev.arabic * 2 >= ev.letters && ev.arabic >= ev.cyrillic {
        return Some("ar");
    }
    if ev.cyrillic > 0 && ev.cyrillic * 2 >= ev.letters {
        return Some("ru");
    }
    None
}

/// Best guess of the language of `text` (ISO 639-1); `en` when nothing says otherwise.
pub fn detect(text: &str) -> &'static str {
    detect_with(text, "")
}

/// Like [`detect`], but when `text` alone says too little, the text it answers (`context`,
/// the review or comment) adds its evidence at half weight.
pub fn detect_with(text: &str, context: &str) -> &'static str {
    let ev = evidence(text);
    if let Some(lang) = by_script(&ev) {
        return lang;
    }
    let (i, score) = best(&ev.latin);
    if score >= CONFIDENT || context.trim().is_empty() {
        return LATIN[i];
    }
    let ctx = evidence(context);
    if ev.letters == 0 {
        if let Some(lang) = by_script(&ctx) {
            return lang;
        }
    }
    let mut sum = ev.latin;
    for (s, c) in sum.iter_mut().zip(ctx.latin) {
        *s += c * 0.5;
    }
    LATIN[best(&sum).0]
}

/// The language to scan `text` in: `given` when it names a supported language, else detected.
pub fn resolve(given: &str, text: &str) -> &'static str {
    resolve_with(given, text, "")
}

/// Like [`resolve`], with the text being replied to as a tie-breaker (see [`detect_with`]).
pub fn resolve_with(given: &str, text: &str, context: &str) -> &'static str {
    let g = given.trim().to_ascii_lowercase();
    let g = g.split(['-', '_']).next().unwrap_or("");
    LANGS
        .iter()
        .find(|l| **l == g)
        .copied()
        .unwrap_or_else(|| detect_with(text, context))
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
    fn short_replies_by_letters_elisions_and_endings() {
        // Letters only one language uses.
        assert_eq!(detect("Qué señora."), "es");
        assert_eq!(detect("Gute Besserung!"), "de");
        // An elision and French-only words, with the shared "de"/"la".
        assert_eq!(detect("Photo de l'équipe au marathon"), "fr");
        // Indonesian suffixes and words, no function word English shares.
        assert_eq!(detect("Klinik tutup hari Jumat sore."), "id");
        // English is still the default for a reply with nothing to go on.
        assert_eq!(detect("Ozempic 10 kg 🔥"), "en");
    }

    #[test]
    fn script_wins_over_a_latin_address() {
        assert_eq!(
            detect("عنواننا: 1200 Harbor View Blvd, Suite 300, Lakeside. موقف مجاني خلف المبنى."),
            "ar"
        );
    }

    #[test]
    fn the_review_breaks_a_tie() {
        // "Quel abruti." alone has one French word; the review it answers has many.
        assert_eq!(detect_with("Abruti.", ""), "en");
        assert_eq!(
            detect_with("Abruti.", "Je suis très déçu, le médecin était en retard"),
            "fr"
        );
        // A confident reply is not overruled by its review.
        assert_eq!(
            detect_with(
                "Thank you for the review, we hope to see you soon",
                "Muy mala atención"
            ),
            "en"
        );
    }

    #[test]
    fn given_language_wins() {
        assert_eq!(resolve("es-MX", "Thank you"), "es");
        assert_eq!(resolve("", "Thank you"), "en");
        assert_eq!(
            resolve_with("", "Abruti.", "Merci, très déçu de la visite"),
            "fr"
        );
    }
}
