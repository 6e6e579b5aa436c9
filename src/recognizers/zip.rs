//! ZIP and postal codes: a number after a postal-code word ("ZIP: 62701", "my zip code is
//! 880", "code postal 75001", "PLZ 10115", "kode pos 12345"), a 5 or 9 digit ZIP after a US
//! state ("Springfield, IL 62701", "Texas 75001"), and the 9-digit form 62701-1234 alone.
//! Five bare digits are not reported: they are as often a price, a count or a street number.

use super::{Ident, Recognizer};
use crate::finding::Entity;
use regex::Regex;

pub struct Zip {
    led: Regex,
    state: Regex,
    nine: Regex,
}

/// US state and territory postal abbreviations.
pub const STATE_ABBR: &str = "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR|GU|VI|AS|MP";

/// US state names.
pub const STATES: &str = "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming";

impl Zip {
    pub fn new() -> Zip {
        Zip {
            led: Regex::new(&super::ascii_b(
                r"(?xi)
                (?:zip(?:\s*code)?|postal\s*code|post\s*code|postcode|c[óo]digo\s+postal|code\s+postal|plz|postleitzahl|почтовый\s+индекс|индекс|kode\s+pos|الرمز\s+البريدي)
                (?:\s*(?:is|:|\#|es|est|ist)\b|\s*[:\#])*\s*
                (?P<v>\d{3,5}(?:[\s-]\d{2,4})?)\b
                ",
            ))
            .unwrap(),
            state: Regex::new(&super::ascii_b(&format!(
                r"(?:\b(?:{STATE_ABBR})|\b(?:{STATES})),?\s+(?P<v>\d{{5}}(?:-\d{{4}})?)\b"
            )))
            .unwrap(),
            nine: Regex::new(&super::ascii_b(r"\b\d{5}-\d{4}\b")).unwrap(),
        }
    }
}

impl Recognizer for Zip {
    fn name(&self) -> &'static str {
        "zip"
    }

    fn find(&self, text: &str, out: &mut Vec<Ident>) {
        let mut push = |s, e, score| {
            out.push(Ident {
                entity: Entity::Zip,
                start: s,
                end: e,
                score,
                recognizer: "zip",
            })
        };
        for re in [&self.led, &self.state] {
            for c in re.captures_iter(text) {
                let all = c.get(0).unwrap();
                if !super::bounded(text, all.start(), all.end()) {
                    continue;
                }
                let v = c.name("v").unwrap();
                push(v.start(), v.end(), 0.85);
            }
        }
        for m in self.nine.find_iter(text) {
            push(m.start(), m.end(), 0.6);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::finding::Entity;
    use crate::recognizers::test_util::found_kind;

    fn zips(t: &str) -> Vec<String> {
        found_kind(t, Entity::Zip)
    }

    #[test]
    fn zip_forms() {
        assert_eq!(zips("ZIP: 3962"), vec!["3962"]);
        assert_eq!(zips("My zip code is 90010-170"), vec!["90010-170"]);
        assert_eq!(zips("Austin, TX 78701"), vec!["78701"]);
        assert_eq!(zips("Springfield, IL 62701-1234"), vec!["62701-1234"]);
        assert_eq!(zips("sent to 62701-1234"), vec!["62701-1234"]);
        assert_eq!(zips("code postal 75001"), vec!["75001"]);
    }

    #[test]
    fn bare_numbers_are_not_zips() {
        assert!(zips("We vaccinated 12000 people").is_empty());
        assert!(zips("It costs $45000").is_empty());
    }
}
