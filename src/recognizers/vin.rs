//! Vehicle identification numbers: 17 characters without I, O or Q. North American VINs carry
//! a check digit in position 9; a VIN that passes it is reported on its own, one that does not
//! (many non-US VINs) only next to a context word ("VIN", "vehicle", "car").

use super::{context_score, Ident, Recognizer};
use crate::finding::Entity;
use regex::Regex;

pub struct Vin {
    re: Regex,
}

const BOOST: &[&str] = &[
    "vin",
    "vehicle",
    "car",
    "truck",
    "chassis",
    "fahrgestell",
    "vehículo",
    "véhicule",
];

impl Vin {
    pub fn new() -> Vin {
        Vin {
            re: Regex::new(&super::ascii_b(r"(?i)\b[A-HJ-NPR-Z0-9]{17}\b")).unwrap(),
        }
    }
}

fn translit(c: char) -> u32 {
    match c.to_ascii_uppercase() {
        d @ '0'..='9' => d as u32 - '0' as u32,
        'A' | 'J' => 1,
        'B' | 'K' | 'S' => 2,
        'C' | 'L' | 'T' => 3,
        'D' | 'M' | 'U' => 4,
        'E' | 'N' | 'V' => 5,
        'F' | 'W' => 6,
        'G' | 'P' | 'X' => 7,
        'H' | 'Y' => 8,
        'R' | 'Z' => 9,
        _ => 0,
    }
}

/// The position-9 check digit of a North American VIN.
pub fn vin_check(vin: &str) -> bool {
    const W: [u32; 17] = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
    let cs: Vec<char> = vin.chars().collect();
    if cs.len() != 17 {
        return false;
    }
    let sum: u32 = cs.iter().zip(W).map(|(&c, w)| translit(c) * w).sum();
    let r = sum % 11;
    let want = if r == 10 {
        'X'
    } else {
        char::from_digit(r, 10).unwrap()
    };
    cs[8].to_ascii_uppercase() == want
}

impl Recognizer for Vin {
    fn name(&self) -> &'static str {
        "vin"
    }

    fn find(&self, text: &str, out: &mut Vec<Ident>) {
        for m in self.re.find_iter(text) {
            let s = m.as_str();
            let letters = s.chars().filter(char::is_ascii_alphabetic).count();
            if letters == 0 || letters == 17 {
                continue;
            }
            let base = if vin_check(s) { 0.85 } else { 0.3 };
            let score = context_score(text, m.start(), m.end(), base, BOOST, &[], 0.35);
            out.push(Ident::at(Entity::Vehicle, m, score, self.name()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognizers::test_util::found;

    #[test]
    fn vin_with_check_digit() {
        assert!(vin_check("1M8GDM9AXKP042788"));
        assert_eq!(
            found("the truck 1M8GDM9AXKP042788 was towed"),
            vec![(Entity::Vehicle, "1M8GDM9AXKP042788".into())]
        );
    }

    #[test]
    fn unchecked_vin_needs_context() {
        assert!(found("code 1M8GDM9A1KP042788 here").is_empty());
        assert_eq!(
            found("VIN: WVWZZZ1JZXW000001"),
            vec![(Entity::Vehicle, "WVWZZZ1JZXW000001".into())]
        );
    }
}
