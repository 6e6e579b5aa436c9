//! Email addresses.

use super::{Ident, Recognizer};
use crate::finding::Entity;
use regex::Regex;
use std::sync::OnceLock;

/// The regex compiles on the first text that contains an `@` (every match has one): it was
/// the costliest recognizer to compile (its case-insensitive bounded repeats), and most
/// replies never need it.
pub struct Email {
    re: OnceLock<Regex>,
}

impl Email {
    pub fn new() -> Email {
        Email {
            re: OnceLock::new(),
        }
    }

    fn re(&self) -> &Regex {
        self.re.get_or_init(|| {
            Regex::new(r"(?i)\b[a-z0-9][a-z0-9._%+-]{0,63}@[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?)*\.[a-z]{2,24}\b").unwrap()
        })
    }
}

impl Recognizer for Email {
    fn name(&self) -> &'static str {
        "email"
    }

    fn find(&self, text: &str, out: &mut Vec<Ident>) {
        if !text.contains('@') {
            return;
        }
        for m in self.re().find_iter(text) {
            out.push(Ident::at(Entity::Email, m, 0.95, self.name()));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::finding::Entity;
    use crate::recognizers::test_util::found;

    #[test]
    fn finds_email() {
        assert_eq!(
            found("write to jane.doe+x@mail.example.org today"),
            vec![(Entity::Email, "jane.doe+x@mail.example.org".into())]
        );
    }
}
