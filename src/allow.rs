//! The practice's own identifiers from the policy: never flagged in a reply.

use crate::finding::Entity;
use crate::policy::Practice;
use crate::recognizers::Ident;

/// Normalised forms of the practice's own names and contact details.
#[derive(Debug, Default, Clone)]
pub struct Allowlist {
    /// Last ten digits of each phone and fax number.
    numbers: Vec<String>,
    emails: Vec<String>,
    /// Host names without `www.`.
    sites: Vec<String>,
    handles: Vec<String>,
    /// Lower-case letters and digits of each address, space-separated.
    addresses: Vec<String>,
    /// Lower-case words of staff names, titles dropped.
    staff: Vec<Vec<String>>,
}

const TITLES: &[&str] = &[
    "dr", "dr.", "doctor", "nurse", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "np", "pa", "rn",
    "md", "dds", "dmd",
];

fn digits(s: &str) -> String {
    let d: String = s.chars().filter(char::is_ascii_digit).collect();
    d[d.len().saturating_sub(10)..].to_string()
}

fn words(s: &str) -> String {
    s.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn host(s: &str) -> String {
    let s = s.trim().to_lowercase();
    let s = s.split("://").last().unwrap_or("").to_string();
    let s = s.strip_prefix("www.").unwrap_or(&s);
    s.split('/').next().unwrap_or("").to_string()
}

impl Allowlist {
    pub fn new(p: &Practice) -> Allowlist {
        Allowlist {
            numbers: p
                .phones
                .iter()
                .chain(&p.faxes)
                .map(|s| digits(s))
                .filter(|d| d.len() >= 7)
                .collect(),
            emails: p.emails.iter().map(|e| e.trim().to_lowercase()).collect(),
            sites: p
                .websites
                .iter()
                .map(|w| host(w))
                .filter(|h| !h.is_empty())
                .collect(),
            handles: p
                .handles
                .iter()
                .map(|h| h.trim().trim_start_matches('@').to_lowercase())
                .collect(),
            addresses: p
                .addresses
                .iter()
                .map(|a| words(a))
                .filter(|a| !a.is_empty())
                .collect(),
            staff: p
                .staff
                .iter()
                .map(|n| {
                    n.to_lowercase()
                        .split_whitespace()
                        .filter(|w| !TITLES.contains(&w.trim_end_matches(',')))
                        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string())
                        .filter(|w| !w.is_empty())
                        .collect()
                })
                .filter(|v: &Vec<String>| !v.is_empty())
                .collect(),
        }
    }

    /// True if this identifier is one of the practice's own.
    pub fn allows(&self, text: &str, id: &Ident) -> bool {
        let span = &text[id.start..id.end];
        match id.entity {
            Entity::Phone | Entity::Fax => {
                let d = digits(span);
                d.len() >= 7 && self.numbers.iter().any(|n| n.ends_with(&d))
            }
            Entity::Email => self.emails.contains(&span.trim().to_lowercase()),
            Entity::Url => {
                let h = host(span);
                let handle = span.trim_start_matches('@').to_lowercase();
                (!h.is_empty()
                    && self
                        .sites
                        .iter()
                        .any(|s| h == *s || h.ends_with(&format!(".{s}"))))
                    || self.handles.contains(&handle)
            }
            Entity::Address | Entity::Zip => {
                let w = words(span);
                !w.is_empty()
                    && self
                        .addresses
                        .iter()
                        .any(|a| format!(" {a} ").contains(&format!(" {w} ")))
            }
            Entity::Name => self.is_staff(span),
            _ => false,
        }
    }

    /// True if `name` (possibly with a title) is a staff member's name or part of one.
    pub fn is_staff(&self, name: &str) -> bool {
        let ws: Vec<String> = name
            .to_lowercase()
            .split_whitespace()
            .filter(|w| !TITLES.contains(w))
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string())
            .filter(|w| !w.is_empty())
            .collect();
        !ws.is_empty() && self.staff.iter().any(|s| ws.iter().all(|w| s.contains(w)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn practice() -> Practice {
        Practice {
            phones: vec!["(555) 201-3300".into()],
            emails: vec!["FrontDesk@example.com".into()],
            websites: vec!["https://www.example.com/".into()],
            addresses: vec!["100 Main Street, Springfield, IL 62701".into()],
            staff: vec!["Dr. Anita Patel".into()],
            ..Practice::default()
        }
    }

    fn ident(entity: Entity, text: &str, span: &str) -> Ident {
        let start = text.find(span).unwrap();
        Ident {
            entity,
            start,
            end: start + span.len(),
            score: 1.0,
            recognizer: "t",
        }
    }

    #[test]
    fn practice_identifiers_are_allowed() {
        let a = Allowlist::new(&practice());
        let t = "Call 555.201.3300 or frontdesk@example.com, visit example.com/hours, 100 Main Street; Dr. Patel";
        assert!(a.allows(t, &ident(Entity::Phone, t, "555.201.3300")));
        assert!(a.allows(t, &ident(Entity::Email, t, "frontdesk@example.com")));
        assert!(a.allows(t, &ident(Entity::Url, t, "example.com/hours")));
        assert!(a.allows(t, &ident(Entity::Address, t, "100 Main Street")));
        assert!(a.allows(t, &ident(Entity::Name, t, "Dr. Patel")));
    }

    #[test]
    fn other_identifiers_are_not() {
        let a = Allowlist::new(&practice());
        let t = "Call 555-201-3301, 12 Main Street, Dr. Ortiz";
        assert!(!a.allows(t, &ident(Entity::Phone, t, "555-201-3301")));
        assert!(!a.allows(t, &ident(Entity::Address, t, "12 Main Street")));
        assert!(!a.allows(t, &ident(Entity::Name, t, "Dr. Ortiz")));
    }
}
