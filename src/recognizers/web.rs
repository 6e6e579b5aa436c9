//! Web identifiers: URLs (with a scheme, `www.`, or a bare host under a common top-level
//! domain) and social @handles, both reported as URL; IPv4 and IPv6 addresses as IP (parsed
//! by the standard library, so "12:20:39" or "1.2.3" never pass).

use super::{context_score, Ident, Recognizer};
use crate::finding::Entity;
use regex::Regex;
use std::net::{Ipv4Addr, Ipv6Addr};

pub struct Web {
    url: Regex,
    handle: Regex,
    ip: Regex,
}

impl Web {
    pub fn new() -> Web {
        Web {
            url: Regex::new(&super::ascii_b(r"(?xi)
                \b(?:https?://|www\.)[^\s<>()\[\]{}]+
                | \b[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.(?:com|org|net|edu|gov|io|co|us|uk|de|fr|es|ru|id|info|biz|me|health|care|clinic|dental|app|ly|ca|au|nl|it|pl|ch|se|be|at|br|mx)\b(?:/[^\s<>()]*)?
                "))
            .unwrap(),
            handle: Regex::new(&super::ascii_b(r"@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?")).unwrap(),
            ip: Regex::new(&super::ascii_b(r"(?i)\b(?:\d{1,3}\.){3}\d{1,3}\b|(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}(?:\b|$)")).unwrap(),
        }
    }
}

/// Drops sentence punctuation that follows a URL ("see example.com.").
fn trim_url(s: &str) -> usize {
    s.trim_end_matches(['.', ',', ';', ':', '!', '?', '\'', '"'])
        .len()
}

impl Recognizer for Web {
    fn name(&self) -> &'static str {
        "web"
    }

    fn find(&self, text: &str, out: &mut Vec<Ident>) {
        let push = |entity, s, e, score, out: &mut Vec<Ident>| {
            out.push(Ident {
                entity,
                start: s,
                end: e,
                score,
                recognizer: "web",
            })
        };
        for m in self.url.find_iter(text) {
            // The host of an email address is the email recognizer's.
            if text[..m.start()].ends_with('@') {
                continue;
            }
            let e = m.start() + trim_url(m.as_str());
            push(Entity::Url, m.start(), e, 0.8, out);
        }
        for m in self.handle.find_iter(text) {
            let prev = text[..m.start()].chars().next_back();
            if prev.is_some_and(|c| c.is_alphanumeric() || c == '.' || c == '_') {
                continue;
            }
            let e = m.start() + trim_url(m.as_str());
            push(Entity::Url, m.start(), e, 0.75, out);
        }
        for m in self.ip.find_iter(text) {
            let s = m.as_str();
            let ok = if s.contains(':') {
                s.parse::<Ipv6Addr>().is_ok()
            } else {
                s.parse::<Ipv4Addr>().is_ok()
            };
            if ok {
                let score = context_score(
                    text,
                    m.start(),
                    m.end(),
                    0.8,
                    &["ip"],
                    &["version", "v."],
                    0.3,
                );
                push(Entity::Ip, m.start(), m.end(), score, out);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::finding::Entity;
    use crate::recognizers::test_util::{found, found_kind};

    #[test]
    fn urls_and_handles() {
        assert_eq!(
            found("My website is http://www.CreditQuarterly.pl/"),
            vec![(Entity::Url, "http://www.CreditQuarterly.pl/".into())]
        );
        assert_eq!(
            found("see janesmith.com/photos."),
            vec![(Entity::Url, "janesmith.com/photos".into())]
        );
        assert_eq!(
            found("thanks @derek_m!"),
            vec![(Entity::Url, "@derek_m".into())]
        );
        assert_eq!(
            found("mail jane@example.org"),
            vec![(Entity::Email, "jane@example.org".into())]
        );
    }

    #[test]
    fn ip_addresses() {
        assert_eq!(
            found_kind("from 192.168.10.4 today", Entity::Ip),
            vec!["192.168.10.4"]
        );
        assert_eq!(
            found_kind("host 2001:db8::8a2e:370:7334 up", Entity::Ip),
            vec!["2001:db8::8a2e:370:7334"]
        );
        assert!(found_kind("at 12:20:39", Entity::Ip).is_empty());
        assert!(found_kind("300.1.1.1", Entity::Ip).is_empty());
    }
}
