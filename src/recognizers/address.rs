//! Street addresses and places (ADDRESS):
//! - street lines: "14 Birch Lane", "123 Main St., Apt 4", "6750 Koskikatu 25",
//!   "Parijsstraat 8", "rue La Boétie 56", "ul. Słowicza 10", "Jalan Sudirman 5";
//! - units and boxes: "Apt. 864", "Suite 084", "P.O. Box 123", "PSC 5420, Box 2708",
//!   "APO AA 33879";
//! - a city with its state: "Springfield, IL", "Austin, Texas";
//! - countries and US states by name ("Uruguay", "New Mexico");
//! - a capitalised place after a word of living or travelling ("grew up in Remniku", "moved
//!   here from Cite Guedouala", "flew to Loeches", "home city Assen").

use super::zip::{STATES, STATE_ABBR};
use super::{Ident, Recognizer};
use crate::finding::Entity;
use regex::Regex;

pub struct Address {
    street: Regex,
    unit: Regex,
    city_state: Regex,
    country: Regex,
    place: Regex,
}

const SUFFIX: &str = r"Street|St|Avenue|Ave|Av|Road|Rd|Lane|Ln|Drive|Dr|Boulevard|Blvd|Court|Ct|Way|Place|Pl|Terrace|Ter|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Square|Sq|Trail|Trl|Alley|Row|Crescent|Close|Loop|Plaza|Pike|Hill|Hills|Gardens|Grove|Mews|Park|Point|Ridge|Crossing|Forge|Forges|Mill|Mills|Junction|Manor|Meadows?|Orchard|Pass|Springs?|Summit|Turnpike|Vista|Harbor|Heights|Island|Landing|Lake|Lakes|Valley|Views?|Villages?|Walk|Wells?|Creek|Estates?|Expressway|Fields?|Flats?|Fork|Garden|Gateway|Glen|Green|Haven|Knolls?|Oval|Overpass|Port|Prairie|Rapids?|Rest|Route|Shoals?|Shores?|Skyway|Station|Stravenue|Stream|Track|Trace|Trafficway|Tunnel|Union|Underpass|Ville";

/// Street-name endings and leading words of streets in other languages.
const INTL_END: &str = r"straat|weg|vej|gade|gatan|gata|vägen|väg|torget|katu|tie|kuja|polku|strasse|straße|str\.|gasse|allee|platz|ring|damm|ufer|laan|plein|gracht|kade|centret|vænget|vangen|bakken|veien|utca|út|tér|körút|ulica|ulitsa";
const INTL_LEAD: &str = r"rue|avenue|av\.|avda\.?|avenida|calle|c/|via|viale|piazza|ul\.|улица|ул\.|rua|travessa|praça|plaza|paseo|camino|carrer|jalan|jl\.|chemin|boulevard|bd\.?|allée|impasse|route|strada|corso|rambla|passeig";

const COUNTRIES: &str = "Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia and Herzegovina|Bosnia|Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Cape Verde|Central African Republic|Chile|China|Colombia|Comoros|Congo|Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Czechia|Denmark|Djibouti|Dominica|Dominican Republic|Ecuador|Egypt|El Salvador|Equatorial Guinea|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Germany|Ghana|Greece|Greenland|Grenada|Guatemala|Guinea|Guyana|Haiti|Honduras|Hong Kong|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Ivory Coast|Jamaica|Japan|Kazakhstan|Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Mauritania|Mauritius|Mexico|Micronesia|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Namibia|Nauru|Nepal|Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Korea|North Macedonia|Norway|Oman|Pakistan|Palau|Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Puerto Rico|Qatar|Romania|Russia|Rwanda|Samoa|San Marino|Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|South Africa|South Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tonga|Trinidad and Tobago|Tunisia|Turkmenistan|Tuvalu|Uganda|Ukraine|United Arab Emirates|United Kingdom|United States|Uruguay|Uzbekistan|Vanuatu|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|England|Scotland|Wales|Northern Ireland|España|Deutschland|Россия|Indonesia|Brasil|México|Österreich|Schweiz|Suisse|Italia|Polska|Türkiye|مصر|السعودية|المغرب";

/// Capitalised words that follow "in"/"to"/"from" without being places.
const NOT_PLACES: &[&str] = &[
    "The",
    "A",
    "An",
    "My",
    "Our",
    "Your",
    "His",
    "Her",
    "Their",
    "Its",
    "This",
    "That",
    "These",
    "Those",
    "Dr",
    "Mr",
    "Mrs",
    "Ms",
    "Miss",
    "Doctor",
    "I",
    "We",
    "You",
    "He",
    "She",
    "It",
    "They",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Christmas",
    "Easter",
    "English",
    "Spanish",
    "French",
    "German",
    "Russian",
    "Arabic",
    "Indonesian",
    "Chinese",
    "Here",
    "There",
    "Home",
    "Work",
    "Church",
    "School",
    "Hospital",
    "Clinic",
    "Emergency",
    "ER",
    "ICU",
    "Room",
    "Bed",
    "Person",
    "Town",
    "City",
    "Love",
    "Time",
    "Bed",
    "Rehab",
    "Surgery",
    "Pain",
    "Care",
    "Office",
    "Ward",
    "Unit",
    "Suite",
    "Apt",
    "Facebook",
    "Google",
    "Yelp",
    "Instagram",
    "Twitter",
    "It's",
    "Good",
    "Bad",
    "New",
    "Mom",
    "Dad",
    "Mother",
    "Father",
    "Grandma",
];

impl Address {
    pub fn new() -> Address {
        let cap = r"[\p{Lu}\d][\p{L}\d'’.-]*";
        Address {
            street: Regex::new(&format!(
                r"(?x)
                \b\d{{1,6}}[A-Za-z]?\s+(?:[NSEW]\.?\s+)?(?:{cap}\s+){{0,4}}(?:{SUFFIX})\b\.?
                    (?:,?\s*(?:Apt\.?|Apartment|Suite|Ste\.?|Unit|\#)\s*\#?[\w-]+)?
                | \b\d{{1,6}}\s+(?:[\p{{Lu}}][\p{{L}}'’.-]+\s+){{0,3}}[\p{{Lu}}][\p{{L}}'’.-]+\s+\d{{1,5}}[A-Za-z]?\b
                | (?i:\b[\p{{L}}'’-]*(?:{INTL_END}))\s+\d{{1,5}}[A-Za-z]?\b
                | (?i:\b(?:{INTL_LEAD}))\s+(?:[\p{{L}}][\p{{L}}'’.-]*\s+){{0,4}}\d{{1,5}}[A-Za-z]?\b
                | \b(?:[\p{{Lu}}][\p{{L}}'’.-]+\s+){{0,3}}(?:{SUFFIX})\s+\d{{1,5}}\b
                "
            ))
            .unwrap(),
            unit: Regex::new(
                r"(?xi)
                \b(?:apt\.?|apartment|suite|ste\.)\s*\#?\s*\d{1,5}[a-z]?\b
                | \b(?:p\.?\s?o\.?\s*box|post\s+office\s+box|apartado|bo[îi]te\s+postale|postfach)\s*\#?\s*\d{1,6}\b
                | \b(?:psc|unit|cmr)\s+\d{3,5},?\s+box\s+\d{3,5}\b
                | \b(?:apo|dpo|fpo)\s+(?:aa|ae|ap)\s+\d{5}\b
                | \b(?:usns|uss|usnv|usns)\s+[\p{Lu}][\p{L}]+\b
                ",
            )
            .unwrap(),
            city_state: Regex::new(&format!(
                r"(?P<c>\b[\p{{Lu}}][\p{{L}}'.-]+(?:\s[\p{{Lu}}][\p{{L}}'.-]+){{0,2}},\s+(?:(?:{STATE_ABBR})\b|(?:{STATES})\b))(?:\s+\d{{5}}(?:-\d{{4}})?\b|[^\d\p{{L}}]|$)"
            ))
            .unwrap(),
            country: Regex::new(&format!(r"\b(?:{COUNTRIES}|{STATES})\b")).unwrap(),
            place: Regex::new(
                r"(?x)
                \b(?i:grew\s+up|born|raised|based|lives?|lived|living|originally|moved(?:\s+here|\s+back)?|relocated|flew|flying|fly|travel(?:l)?(?:ing|ed)?|returned|arrived|coming|came|went|headed|heading|driving|drove|visiting|visited|vacation(?:ing)?|home\s+(?:city|town)|hometown|city\s+of|town\s+of|village\s+of|located|resides?|residing|stay(?:ing|ed)?|back|i'?m|am|we're|are)
                \s+(?:(?i:back\s+)?(?i:in|from|to|at|into|near|down\s+from|up\s+from|of)\s+)?
                (?P<p>[\p{Lu}][\p{L}'’-]+(?:\s+(?:[\p{Lu}][\p{L}'’-]+|de|del|la|le|sur|am|an|upon|on-)){0,3})
                ",
            )
            .unwrap(),
        }
    }
}

impl Recognizer for Address {
    fn name(&self) -> &'static str {
        "address"
    }

    fn find(&self, text: &str, out: &mut Vec<Ident>) {
        let mut push = |s: usize, e: usize, score: f32, out: &mut Vec<Ident>| {
            out.push(Ident {
                entity: Entity::Address,
                start: s,
                end: e,
                score,
                recognizer: "address",
            })
        };
        for m in self.street.find_iter(text) {
            let s = m.as_str().trim_end_matches(['.', ',']);
            push(m.start(), m.start() + s.len(), 0.75, out);
        }
        for m in self.unit.find_iter(text) {
            push(m.start(), m.end(), 0.75, out);
        }
        for c in self.city_state.captures_iter(text) {
            // Two capitals after a comma ("Tom, OK") are a state only with a ZIP or a
            // full state name.
            let whole = c.get(0).unwrap().as_str();
            let m = c.name("c").unwrap();
            let abbr_only = m.as_str().rsplit(' ').next().is_some_and(|w| w.len() == 2);
            if abbr_only
                && !whole[m.as_str().len()..]
                    .trim_start()
                    .starts_with(|ch: char| ch.is_ascii_digit())
            {
                continue;
            }
            push(m.start(), m.end(), 0.7, out);
        }
        for m in self.country.find_iter(text) {
            push(m.start(), m.end(), 0.6, out);
        }
        for c in self.place.captures_iter(text) {
            let p = c.name("p").unwrap();
            let first = p.as_str().split_whitespace().next().unwrap_or("");
            let first = first.trim_end_matches(['.', '\'']);
            if NOT_PLACES.contains(&first) {
                continue;
            }
            // A weak cue: "I'm in", "am in", "are from" need the preposition.
            let lead = c.get(0).unwrap().as_str().to_lowercase();
            let weak = ["i'm", "im", "am", "we're", "are", "back"]
                .iter()
                .any(|w| lead.starts_with(w));
            let has_prep =
                lead.contains(" in ") || lead.contains(" from ") || lead.contains(" to ");
            if weak && !has_prep {
                continue;
            }
            push(p.start(), p.end(), 0.6, out);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::finding::Entity;
    use crate::recognizers::test_util::found_kind;

    fn addr(t: &str) -> Vec<String> {
        found_kind(t, Entity::Address)
    }

    #[test]
    fn us_streets_and_units() {
        assert_eq!(
            addr("she lives at 14 Birch Lane now"),
            vec!["14 Birch Lane"]
        );
        assert_eq!(
            addr("send it to 123 Main St., Apt 4 please"),
            vec!["123 Main St., Apt 4"]
        );
        assert_eq!(addr("P.O. Box 1234"), vec!["P.O. Box 1234"]);
        assert_eq!(addr("PSC 5420, Box 2708"), vec!["PSC 5420, Box 2708"]);
        assert_eq!(addr("APO AA 33879"), vec!["APO AA 33879"]);
        assert_eq!(addr("Suite 084"), vec!["Suite 084"]);
        assert_eq!(addr("in Springfield, IL 62701"), vec!["Springfield, IL"]);
    }

    #[test]
    fn international_streets() {
        assert_eq!(addr("is 6750 Koskikatu 25 now"), vec!["6750 Koskikatu 25"]);
        assert_eq!(addr("on Mellemvej 32 in"), vec!["Mellemvej 32"]);
        assert_eq!(addr("au 56 rue La Boétie 8"), vec!["rue La Boétie 8"]);
        assert_eq!(addr("ul. Słowicza 10"), vec!["ul. Słowicza 10"]);
        assert_eq!(addr("Jalan Sudirman 5"), vec!["Jalan Sudirman 5"]);
    }

    #[test]
    fn places() {
        assert_eq!(addr("who grew up in Remniku."), vec!["Remniku"]);
        assert_eq!(
            addr("We moved here from Cite Guedouala"),
            vec!["Cite Guedouala"]
        );
        assert_eq!(addr("Who's coming to Italy with me?"), vec!["Italy"]);
        assert_eq!(addr("back in New Mexico"), vec!["New Mexico"]);
    }

    #[test]
    fn hard_negatives() {
        assert!(addr("We are open 7 days a week").is_empty());
        assert!(addr("I'm in pain").is_empty());
        assert!(addr("We moved to Tuesday").is_empty());
        assert!(addr("I went to The clinic").is_empty());
        assert!(addr("Take 2 tablets daily").is_empty());
    }
}
