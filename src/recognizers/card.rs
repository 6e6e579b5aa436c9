//! Payment card numbers (13-19 digits, spaced or dashed, passing the Luhn check) and IBANs
//! (country code, check digits, passing the mod-97 check), both reported as ACCOUNT.

use super::{Ident, Recognizer};
use crate::finding::Entity;
use regex::Regex;

pub struct Card {
    card: Regex,
    iban: Regex,
}

impl Card {
    pub fn new() -> Card {
        Card {
            card: Regex::new(&super::ascii_b(r"\b\d(?:[ -]?\d){12,18}\b")).unwrap(),
            iban: Regex::new(&super::ascii_b(
                r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b",
            ))
            .unwrap(),
        }
    }
}

/// The Luhn checksum used by card numbers.
pub fn luhn(digits: &[u8]) -> bool {
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &d)| {
            let d = u32::from(d);
            if i % 2 == 1 {
                let x = d * 2;
                if x > 9 {
                    x - 9
                } else {
                    x
                }
            } else {
                d
            }
        })
        .sum();
    sum % 10 == 0
}

/// The ISO 13616 mod-97 check of an IBAN (spaces ignored).
pub fn iban_ok(s: &str) -> bool {
    let s: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    if s.len() < 15 || s.len() > 34 {
        return false;
    }
    let (head, tail) = s.split_at(4);
    let mut rem: u32 = 0;
    for c in tail.chars().chain(head.chars()) {
        let v = match c.to_digit(36) {
            Some(v) => v,
            None => return false,
        };
        rem = if v < 10 {
            (rem * 10 + v) % 97
        } else {
            (rem * 100 + v) % 97
        };
    }
    rem == 1
}

impl Recognizer for Card {
    fn name(&self) -> &'static str {
        "card"
    }

    fn find(&self, text: &str, out: &mut Vec<Ident>) {
        for m in self.card.find_iter(text) {
            let d: Vec<u8> = m
                .as_str()
                .bytes()
                .filter(u8::is_ascii_digit)
                .map(|b| b - b'0')
                .collect();
            if (13..=19).contains(&d.len()) && luhn(&d) && d.iter().any(|&x| x != d[0]) {
                out.push(Ident::at(Entity::Account, m, 0.9, self.name()));
            }
        }
        for m in self.iban.find_iter(text) {
            if iban_ok(m.as_str()) {
                out.push(Ident::at(Entity::Account, m, 0.95, self.name()));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognizers::test_util::found;

    #[test]
    fn luhn_valid_cards() {
        assert_eq!(
            found("What is the limit for card 4454794511390933?"),
            vec![(Entity::Account, "4454794511390933".into())]
        );
        assert_eq!(
            found("card 4111 1111 1111 1111 expires"),
            vec![(Entity::Account, "4111 1111 1111 1111".into())]
        );
        assert!(found("number 4454794511390934").is_empty(), "fails Luhn");
    }

    #[test]
    fn ibans_with_valid_check_digits() {
        assert!(iban_ok("GB82 WEST 1234 5698 7654 32"));
        assert!(!iban_ok("GB83WEST12345698765432"));
        assert_eq!(
            found("My IBAN is GB82WEST12345698765432"),
            vec![(Entity::Account, "GB82WEST12345698765432".into())]
        );
    }
}
