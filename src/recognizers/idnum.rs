//! Identifier numbers led by their usual words: "MRN 448812", "chart #A-2231", "member ID
//! XJH44129", "acct 0098812", "policy no. 55-AX-91", "license # D1234567", "DEA AB1234563",
//! "NPI 1234567890", "Rx #778812", "serial S/N 4411-ZX", "plate 7ABC123". The leading word
//! decides the entity: MRN, HEALTH_PLAN_ID, ACCOUNT, LICENSE, DEVICE, VEHICLE or OTHER_ID.
//! Only the number is reported (the span a rewrite removes). A value must hold a digit and
//! at least four letters or digits, and a bare year after "policy" ("our 2024 policy") is not
//! a number.

use super::{Ident, Recognizer};
use crate::finding::Entity;
use regex::Regex;

pub struct IdNumber {
    re: Regex,
}

/// (group name in the regex, entity it leads to).
const GROUPS: &[(&str, Entity)] = &[
    ("mrn", Entity::Mrn),
    ("plan", Entity::HealthPlanId),
    ("acct", Entity::Account),
    ("plate", Entity::Vehicle),
    ("lic", Entity::License),
    ("dev", Entity::Device),
    ("other", Entity::OtherId),
];

impl IdNumber {
    pub fn new() -> IdNumber {
        let num = r"(?:\s*(?:\#|number|num\.?|no\.?|nr\.?|n°|nº|id))?";
        let re = format!(
            r"(?xi)
            (?:
              (?P<mrn>mrn|medical\s+record{num}|chart{num}|patient\s+(?:id|\#|number|no\.?)|ipp|n[°º]\s*de\s+dossier|num[ée]ro\s+de\s+dossier|(?:no\.?\s*|nomor\s+)?rm|expediente|historia\s+cl[ií]nica|dossier(?:\s+m[ée]dical)?|patientennummer|rekam\s+medis)
            | (?P<plan>member{num}|subscriber{num}|policy{num}|insurance\s+(?:id|\#|number|no\.?)|group\s+(?:\#|number|no\.?)|medicaid{num}|medicare{num}|health\s+plan{num}|plan\s+(?:id|\#)|p[óo]liza{num}|n[úu]mero\s+de\s+afiliado|afiliado|versichertennummer|полис(?:ом|а|у)?(?:\s+омс)?|омс|bpjs|رقم\s+بطاقة\s+التأمين|بطاقة\s+التأمين|التأمين)
            | (?P<acct>(?:credit\s+|debit\s+)?card{num}|cc\s*\#?|acct\.?{num}|account{num}|bank\s+account{num}|iban|routing{num}|n[úu]mero\s+de\s+cuenta|num[ée]ro\s+de\s+compte|kontonummer|номер\s+сч[её]та|nomor\s+rekening)
            | (?P<plate>licen[cs]e\s+plate{num}|plate{num}|tag\s+(?:\#|number|no\.?)|matr[ií]cula|plaque|kennzeichen|номер\s+машины|plat\s+nomor)
            | (?P<lic>(?:driver'?s?\s+)?licen[cs]e{num}|dea{num}|npi{num}|certificate{num}|cert\.?\s*\#|dl\s*\#|permit{num}|licencia(?:\s+de\s+conducir)?|permis(?:\s+de\s+conduire)?|f[üu]hrerschein|лицензи[яи])
            | (?P<dev>serial{num}(?:\s*(?:sn|s/n))?|s/n|device\s+(?:id|\#|number|no\.?)|imei|udid|pacemaker\s+(?:id|\#))
            | (?P<other>rx\s*\#?|prescription{num}|claim{num}|case{num}|passport{num}|employee\s+(?:id|\#|number)|student\s+(?:id|\#|number)|tax\s+id|ein|id\s*\#|id\s+number|pasaporte|passeport|reisepass|паспорт|paspor|id)
            )
            (?:\s*(?:is|was|es|est|ist|de|number|no\.?)(?-u:\b)|\s*[:\#=,(-])*\s*
            (?P<val>[A-Z0-9](?:[A-Z0-9]|[-./][A-Z0-9]){{2,24}}(?:\x20\d{{3,6}}){{0,4}})(?-u:\b)
            ",
        );
        IdNumber {
            re: Regex::new(&re).unwrap(),
        }
    }
}

impl Recognizer for IdNumber {
    fn name(&self) -> &'static str {
        "idnum"
    }

    fn find(&self, text: &str, out: &mut Vec<Ident>) {
        for c in self.re.captures_iter(text) {
            // The leading word may be Cyrillic, so its boundary is checked here, not in the
            // regex (see `super::ascii_b`).
            let all = c.get(0).unwrap();
            if text[..all.start()]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
            {
                continue;
            }
            let v = c.name("val").unwrap();
            let s = v.as_str();
            let alnum = s.chars().filter(char::is_ascii_alphanumeric).count();
            let digits = s.chars().filter(char::is_ascii_digit).count();
            if digits == 0 || alnum < 4 {
                continue;
            }
            // A year ("policy 2024") or a plain small count is not an identifier.
            if alnum == 4 && digits == 4 && (s.starts_with("19") || s.starts_with("20")) {
                continue;
            }
            let Some(&(_, entity)) = GROUPS.iter().find(|(g, _)| c.name(g).is_some()) else {
                continue;
            };
            out.push(Ident {
                entity,
                start: v.start(),
                end: v.end(),
                score: 0.85,
                recognizer: self.name(),
            });
        }
        distant_values(text, out);
    }
}

/// phi7: an identifier whose type word stands a few words before it in the same sentence
/// ("The plate on the red truck blocking our lot is 7KXD392", "Nomor BPJS Ibu Wati
/// 0001234567890"). The value must look like a code rather than a count or a price: a token of
/// five to twenty capitals and digits holding a digit and either a letter or at least eight
/// digits. Values the led form already reported are skipped.
fn distant_values(text: &str, out: &mut Vec<Ident>) {
    static LEAD: std::sync::OnceLock<(Regex, Regex)> = std::sync::OnceLock::new();
    let (lead, code) = LEAD.get_or_init(|| {
        (
            Regex::new(
                r"(?i)\b(?:(?P<plate>license\s+plate|plate|vin|kennzeichen|plaque|plat\s+nomor)|(?P<plan>member\s+id|bpjs|policy\s+number|insurance\s+(?:id|number)|versichertennummer)|(?P<mrn>mrn|chart\s+number|medical\s+record\s+number|nomor\s+rekam\s+medis)|(?P<dev>serial\s+number))\b",
            )
            .unwrap(),
            Regex::new(r"\b[A-Z0-9]{5,20}\b").unwrap(),
        )
    });
    for c in lead.captures_iter(text) {
        let m = c.get(0).unwrap();
        let window_end = text[m.end()..]
            .char_indices()
            .take_while(|&(i, ch)| i < 70 && !matches!(ch, '.' | '!' | '?' | ';' | '\n'))
            .last()
            .map_or(m.end(), |(i, ch)| m.end() + i + ch.len_utf8());
        let entity = if c.name("plate").is_some() {
            Entity::Vehicle
        } else if c.name("plan").is_some() {
            Entity::HealthPlanId
        } else if c.name("mrn").is_some() {
            Entity::Mrn
        } else {
            Entity::Device
        };
        let Some(v) = code.find_iter(&text[m.end()..window_end]).find(|v| {
            let s = v.as_str();
            let digits = s.chars().filter(char::is_ascii_digit).count();
            let letters = s.chars().filter(char::is_ascii_uppercase).count();
            digits > 0 && (letters > 0 || digits >= 8)
        }) else {
            continue;
        };
        let (start, end) = (m.end() + v.start(), m.end() + v.end());
        if out
            .iter()
            .any(|i| i.recognizer == "idnum" && i.start < end && start < i.end)
        {
            continue;
        }
        // The type word outranks the number's shape: "BPJS ... 0001234567890" is no phone.
        out.push(Ident {
            entity,
            start,
            end,
            score: 0.92,
            recognizer: "idnum",
        });
    }
}

#[cfg(test)]
mod tests {
    use crate::finding::Entity;
    use crate::recognizers::test_util::found;

    fn one(t: &str) -> Vec<(Entity, String)> {
        found(t)
    }

    #[test]
    fn led_numbers_get_their_entity() {
        assert_eq!(
            one("MRN 448812 is on file"),
            vec![(Entity::Mrn, "448812".into())]
        );
        assert_eq!(one("chart #A-2231"), vec![(Entity::Mrn, "A-2231".into())]);
        assert_eq!(
            one("member ID: XJH44129"),
            vec![(Entity::HealthPlanId, "XJH44129".into())]
        );
        assert_eq!(
            one("policy no. 55-AX-91"),
            vec![(Entity::HealthPlanId, "55-AX-91".into())]
        );
        assert_eq!(
            one("acct 0098812"),
            vec![(Entity::Account, "0098812".into())]
        );
        assert_eq!(
            one("for card 501864667909?"),
            vec![(Entity::Account, "501864667909".into())]
        );
        assert_eq!(
            one("account # 77120045"),
            vec![(Entity::Account, "77120045".into())]
        );
        assert_eq!(
            one("My driver's license number is U62928788557186"),
            vec![(Entity::License, "U62928788557186".into())]
        );
        assert_eq!(
            one("license # 2270-66-1551"),
            vec![(Entity::License, "2270-66-1551".into())]
        );
        assert_eq!(
            one("DEA AB1234563"),
            vec![(Entity::License, "AB1234563".into())]
        );
        assert_eq!(
            one("Rx #778812 is ready"),
            vec![(Entity::OtherId, "778812".into())]
        );
        assert_eq!(
            one("device S/N 4411ZX09"),
            vec![(Entity::Device, "4411ZX09".into())]
        );
        assert_eq!(
            one("serial number: PM-88231"),
            vec![(Entity::Device, "PM-88231".into())]
        );
        assert_eq!(
            one("license plate 7ABC123"),
            vec![(Entity::Vehicle, "7ABC123".into())]
        );
    }

    #[test]
    fn type_word_a_few_words_before_the_value() {
        assert_eq!(
            one("The plate on the red truck blocking our lot is 7KXD392; he's inside."),
            vec![(Entity::Vehicle, "7KXD392".into())]
        );
        assert_eq!(
            one("Nomor BPJS Ibu Wati 0001234567890 sudah kami daftarkan."),
            vec![(Entity::HealthPlanId, "0001234567890".into())]
        );
        // A count, a price or a code in the next sentence is no identifier.
        assert!(one("Our plate sale raised 2500 dollars.").is_empty());
        assert!(one("Bring your member ID. Room 12345 is upstairs.").is_empty());
    }

    #[test]
    fn words_without_numbers_are_not_ids() {
        assert!(one("your account is active").is_empty());
        assert!(one("our 2024 policy on masks").is_empty());
        assert!(one("policy 2024 update").is_empty());
        assert!(one("the chart is fine").is_empty());
    }
}
