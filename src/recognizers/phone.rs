//! Phone and fax numbers: North American forms, `+` international forms and the grouped
//! national forms used in Europe ("0699 868 88 55", "03.93.92.16.85"). A number is a FAX when
//! "fax" or "F:" sits right before it or "fax" right after it.
//!
//! Strong forms (NANP with separators, `+` prefix) are reported on their own; loose digit
//! groups need a context word ("call", "phone", "mobile", ...), and lose it near words that
//! make them something else (order, invoice, ISBN, hours).

use super::{context_score, Ident, Recognizer};
use crate::finding::Entity;
use regex::Regex;

pub struct Phone {
    strong: Regex,
    loose: Regex,
}

const BOOST: &[&str] = &[
    "call",
    "phone",
    "cell",
    "mobile",
    "tel",
    "tel.",
    "text",
    "number",
    "reach",
    "voicemail",
    "message",
    "desk",
    "office",
    "fax",
    "whatsapp",
    "registered",
    "dial",
    "home",
    "work",
    "teléfono",
    "téléphone",
    "telefon",
    "телефон",
    "telepon",
    "هاتف",
    "contact",
    "answering",
    "answer",
    "calling",
    "ring",
    "llam",
    "mensaje",
    "número",
    "numéro",
    "номер",
    "звон",
    "رقم",
    "الرقم",
    "wa",
    "pesan",
    "nomor",
    "hp",
    "sms",
    "appel",
    "anruf",
    "nummer",
];
const LOWER: &[&str] = &[
    "order", "invoice", "isbn", "ref", "tracking", "serial", "account", "acct", "card", "iban",
    "ssn", "zip", "postal", "license", "licence", "policy", "member", "mrn",
];

impl Phone {
    pub fn new() -> Phone {
        Phone {
            strong: Regex::new(&super::ascii_b(r"(?x)
                (?:\+|\b00)\d{1,3}[\s.-]?(?:\(0\)\s?)?\(?\d{1,4}\)?(?:[\s.-]?\d{2,4}){1,4}(?:\s?(?:x|ext\.?)\s?\d{1,5})?\b
                | (?:\b1[\s.-])?(?:\(\d{3}\)\s?|\b\d{3}[\s.-])\d{3}[\s.-]\d{4}(?:\s?(?:x|ext\.?)\s?\d{1,5})?\b
                | \b\d{3}\.\d{3}\.\d{4}\b
                "))
            .unwrap(),
            loose: Regex::new(&super::ascii_b(r"(?x)
                (?:\(\d{2,4}\)\s?|\b\d{2,5}[\s.-])\d{2,8}(?:[\s.-]\d{2,4}){0,3}\b
                | \b0?\d{10}\b
                "))
            .unwrap(),
        }
    }
}

fn digit_count(s: &str) -> usize {
    s.bytes().filter(u8::is_ascii_digit).count()
}

/// "fax"/"F:" just before, or "fax" just after, the number.
fn is_fax(text: &str, start: usize, end: usize) -> bool {
    let lo = super::floor_char(text, start.saturating_sub(12));
    let before = text[lo..start].to_lowercase();
    let hi = super::ceil_char(text, (end + 6).min(text.len()));
    let after = text[end..hi].to_lowercase();
    before.contains("fax")
        || before.trim_end().ends_with("f:")
        || after.trim_start_matches([' ', '-', '(']).starts_with("fax")
}

impl Recognizer for Phone {
    fn name(&self) -> &'static str {
        "phone"
    }

    fn find(&self, text: &str, out: &mut Vec<Ident>) {
        let mut taken: Vec<(usize, usize)> = Vec::new();
        let push = |s: usize, e: usize, score: f32, out: &mut Vec<Ident>| {
            out.push(Ident {
                entity: if is_fax(text, s, e) {
                    Entity::Fax
                } else {
                    Entity::Phone
                },
                start: s,
                end: e,
                score,
                recognizer: "phone",
            });
        };
        for m in self.strong.find_iter(text) {
            let n = digit_count(m.as_str());
            if !(7..=16).contains(&n) {
                continue;
            }
            let score = context_score(text, m.start(), m.end(), 0.7, BOOST, LOWER, 0.2);
            taken.push((m.start(), m.end()));
            push(m.start(), m.end(), score, out);
        }
        for m in self.loose.find_iter(text) {
            let n = digit_count(m.as_str());
            if !(7..=12).contains(&n) || taken.iter().any(|&(s, e)| s < m.end() && m.start() < e) {
                continue;
            }
            // Dates ("12.05.2024") and decimals are not phone numbers.
            let s = m.as_str();
            if s.split(['.', '-', ' ']).count() == 3 && s.len() == 10 && s.contains('.') {
                continue;
            }
            let score = context_score(text, m.start(), m.end(), 0.4, BOOST, LOWER, 0.25);
            push(m.start(), m.end(), score, out);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::finding::Entity;
    use crate::recognizers::test_util::{found, found_kind};

    #[test]
    fn finds_us_phone() {
        assert_eq!(
            found("call us at (555) 201-3300."),
            vec![(Entity::Phone, "(555) 201-3300".into())]
        );
    }

    #[test]
    fn fax_is_labelled_fax() {
        assert_eq!(
            found("fax: 555-201-3399"),
            vec![(Entity::Fax, "555-201-3399".into())]
        );
        assert_eq!(
            found("F: 555.201.3399"),
            vec![(Entity::Fax, "555.201.3399".into())]
        );
        assert_eq!(
            found_kind("+46 (0)8 928 571 38 fax", Entity::Fax),
            vec!["+46 (0)8 928 571 38"]
        );
    }

    #[test]
    fn international_and_grouped_forms() {
        assert_eq!(
            found_kind("Desk: +41 (0)85 806 98 67", Entity::Phone),
            vec!["+41 (0)85 806 98 67"]
        );
        assert_eq!(
            found_kind("please call me at 0699 868 88 55 tomorrow", Entity::Phone),
            vec!["0699 868 88 55"]
        );
        assert_eq!(
            found_kind("Mobile: 03.93.92.16.85", Entity::Phone),
            vec!["03.93.92.16.85"]
        );
        assert_eq!(
            found_kind("desk: +1-903-140-4508x769", Entity::Phone),
            vec!["+1-903-140-4508x769"]
        );
    }

    #[test]
    fn loose_digit_groups_need_context() {
        assert!(found("We sold 120 000 units in 2023").is_empty());
        assert!(found("order 0699 868 88 55 shipped").is_empty());
    }
}
