//! Phone and fax numbers (North American and international forms).

use super::{context_score, Ident, Recognizer};
use crate::finding::Entity;
use regex::Regex;

pub struct Phone {
    re: Regex,
}

const BOOST: &[&str] = &[
    "call",
    "phone",
    "cell",
    "mobile",
    "tel",
    "text",
    "number",
    "reach",
    "voicemail",
    "message",
];
const LOWER: &[&str] = &["order", "invoice", "isbn", "ref"];

impl Phone {
    pub fn new() -> Phone {
        Phone {
            re: Regex::new(
                r"(?x)
                (?:\+?1[\s.-]?)?\(?\b[2-9]\d{2}\)?[\s.-]?\d{3}[\s.-]\d{4}\b   # (555) 201-3300, 555.201.3300
                | \b\d{3}-\d{4}\b                                            # 555-0148 (local)
                | \+\d{1,3}[\s.-]?\(?\d{1,4}\)?(?:[\s.-]?\d{2,4}){2,4}\b       # +44 20 7946 0958
                ",
            )
            .unwrap(),
        }
    }
}

impl Recognizer for Phone {
    fn name(&self) -> &'static str {
        "phone"
    }

    fn find(&self, text: &str, out: &mut Vec<Ident>) {
        for m in self.re.find_iter(text) {
            let before = text[..m.start()].to_lowercase();
            let is_fax = before.trim_end().ends_with("fax") || before.trim_end().ends_with("fax:");
            out.push(Ident {
                entity: if is_fax { Entity::Fax } else { Entity::Phone },
                start: m.start(),
                end: m.end(),
                score: context_score(text, m.start(), m.end(), 0.7, BOOST, LOWER, 0.2),
                recognizer: self.name(),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::finding::Entity;
    use crate::recognizers::test_util::found;

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
    }
}
