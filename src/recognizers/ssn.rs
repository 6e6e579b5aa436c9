//! US Social Security numbers, with the SSA validity rules: area not 000, 666 or 900-999,
//! group not 00, serial not 0000. Dashed or spaced forms score higher than nine bare digits,
//! which need a context word ("SSN", "social security").

use super::{context_score, Ident, Recognizer};
use crate::finding::Entity;
use regex::Regex;

pub struct Ssn {
    re: Regex,
}

const BOOST: &[&str] = &[
    "ssn",
    "ss#",
    "social security",
    "social sec",
    "soc sec",
    "ssa",
];
const LOWER: &[&str] = &["order", "invoice", "tracking", "isbn", "routing"];

impl Ssn {
    pub fn new() -> Ssn {
        Ssn {
            re: Regex::new(&super::ascii_b(r"\b(\d{3})([- ]?)(\d{2})([- ]?)(\d{4})\b")).unwrap(),
        }
    }
}

/// The SSA's rules for numbers that are never issued.
pub fn valid_ssn(area: &str, group: &str, serial: &str) -> bool {
    let a: u32 = area.parse().unwrap_or(0);
    a != 0 && a != 666 && a < 900 && group != "00" && serial != "0000"
}

impl Recognizer for Ssn {
    fn name(&self) -> &'static str {
        "ssn"
    }

    fn find(&self, text: &str, out: &mut Vec<Ident>) {
        for c in self.re.captures_iter(text) {
            let m = c.get(0).unwrap();
            // Both separators must agree ("123-45-6789", "123 45 6789" or "123456789").
            if c[2] != c[4] || !valid_ssn(&c[1], &c[3], &c[5]) {
                continue;
            }
            // Part of a longer dashed number (a phone extension, a card).
            let next = text[m.end()..].chars().next();
            let prev = text[..m.start()].chars().next_back();
            if matches!(next, Some('-' | '.'))
                && text[m.end() + 1..].starts_with(|c: char| c.is_ascii_digit())
                || matches!(prev, Some('-' | '.' | '+'))
            {
                continue;
            }
            let base = if c[2].is_empty() { 0.3 } else { 0.55 };
            let score = context_score(text, m.start(), m.end(), base, BOOST, LOWER, 0.35);
            out.push(Ident::at(Entity::Ssn, m, score, self.name()));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::finding::Entity;
    use crate::recognizers::test_util::{found, found_kind};

    #[test]
    fn dashed_ssn() {
        assert_eq!(
            found("Here's my SSN: 460-89-9847"),
            vec![(Entity::Ssn, "460-89-9847".into())]
        );
    }

    #[test]
    fn bare_ssn_needs_context() {
        assert_eq!(
            found_kind("social security number 460899847", Entity::Ssn),
            vec!["460899847"]
        );
        assert!(found_kind("order 460899847 shipped", Entity::Ssn).is_empty());
    }

    #[test]
    fn ssa_rules_reject_never_issued_numbers() {
        for t in [
            "SSN 000-12-3456",
            "SSN 666-12-3456",
            "SSN 912-12-3456",
            "SSN 123-00-4567",
            "SSN 123-45-0000",
        ] {
            assert!(found_kind(t, Entity::Ssn).is_empty(), "{t}");
        }
    }
}
