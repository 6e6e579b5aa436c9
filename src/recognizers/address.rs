//! Street addresses and places (ADDRESS):
//! - street lines: "14 Birch Lane", "123 Main St., Apt 4", "6750 Koskikatu 25",
//!   "Parijsstraat 8", "rue La Boétie 56", "ul. Słowicza 10", "Jalan Sudirman 5";
//! - units and boxes: "Apt. 864", "Suite 084", "P.O. Box 123", "PSC 5420, Box 2708",
//!   "APO AA 33879";
//! - a city with its state: "Springfield, IL", "Austin, Texas";
//! - countries and US states by name ("Uruguay", "New Mexico");
//! - a capitalised place after a word of living or travelling ("grew up in Remniku", "moved
//!   here from Cite Guedouala", "flew to Loeches", "home city Assen").

// Letter classes are spelled out (`[^\W\d_]` for a letter, Latin and Cyrillic capitals)
// because the engine's regex build leaves out the Unicode general-category tables to stay small.
use super::zip::{STATES, STATE_ABBR};
use super::{Ident, Recognizer};
use crate::finding::Entity;
use regex::Regex;

pub struct Address {
    street: Vec<Regex>,
    unit: Regex,
    city_state: Regex,
    country: Regex,
    place: Regex,
    line_words: Regex,
    lower_country: Regex,
    in_place: Regex,
}

const SUFFIX: &str = r"Street|St|Avenue|Ave|Av|Road|Rd|Lane|Ln|Drive|Dr|Boulevard|Blvd|Court|Ct|Way|Place|Pl|Terrace|Ter|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Square|Sq|Trail|Trl|Alley|Row|Crescent|Close|Loop|Plaza|Pike|Hill|Hills|Gardens|Grove|Mews|Park|Point|Ridge|Crossing|Forge|Forges|Mill|Mills|Junction|Manor|Meadows?|Orchard|Pass|Springs?|Summit|Turnpike|Vista|Harbor|Heights|Island|Landing|Lake|Lakes|Valley|Views?|Villages?|Walk|Wells?|Creek|Estates?|Expressway|Fields?|Flats?|Fork|Garden|Gateway|Glen|Green|Haven|Knolls?|Oval|Overpass|Port|Prairie|Rapids?|Rest|Route|Shoals?|Shores?|Skyway|Station|Stravenue|Stream|Track|Trace|Trafficway|Tunnel|Union|Underpass|Ville";

/// Street words that make a capitalised name a street even without a house number
/// ("Leokadia Trail", "Mathias Pass"); also used by the names recognizer to veto a person.
pub const NAMED_WAY: &str = r"Street|Avenue|Road|Lane|Drive|Boulevard|Blvd|Court|Terrace|Circle|Parkway|Highway|Square|Trail|Alley|Crescent|Loop|Plaza|Pike|Mews|Crossing|Forges?|Junction|Pass|Summit|Turnpike|Bypass|Coves?|Mall|Bridge|Gateway|Expressway|Freeway|Causeway|Boulevard|Promenade|Esplanade|Motorway|Roads|Streets|Courts|Estates|Villas|Heights";

/// Street-name endings and leading words of streets in other languages.
const INTL_END: &str = r"straat|weg|vej|gade|gatan|gata|vägen|väg|torget|katu|tie|kuja|polku|strasse|straße|str\.|gasse|allee|platz|ring|damm|ufer|laan|plein|gracht|kade|centret|vænget|vangen|bakken|veien|gate|utca|út|tér|körút|u\.|ulica|ulitsa";
const INTL_LEAD: &str = r"rue|avenue|av\.|avda\.?|avenida|calle|c/|via|viale|piazza|ul\.|улица|ул\.|rua|travessa|praça|plaza|paseo|camino|carrer|jalan|jl\.|chemin|boulevard|bd\.?|allée|impasse|route|strada|corso|rambla|passeig";

const COUNTRIES: &str = "Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia and Herzegovina|Bosnia|Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Cape Verde|Central African Republic|Chile|China|Colombia|Comoros|Congo|Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Czechia|Denmark|Djibouti|Dominica|Dominican Republic|Ecuador|Egypt|El Salvador|Equatorial Guinea|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Germany|Ghana|Greece|Greenland|Grenada|Guatemala|Guinea|Guyana|Haiti|Honduras|Hong Kong|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Ivory Coast|Jamaica|Japan|Kazakhstan|Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Mauritania|Mauritius|Mexico|Micronesia|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Namibia|Nauru|Nepal|Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Korea|North Macedonia|Norway|Oman|Pakistan|Palau|Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Puerto Rico|Qatar|Romania|Russia|Rwanda|Samoa|San Marino|Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|South Africa|South Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tonga|Trinidad and Tobago|Tunisia|Turkmenistan|Tuvalu|Uganda|Ukraine|United Arab Emirates|United Kingdom|United States|Uruguay|Uzbekistan|Vanuatu|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|England|Scotland|Wales|Northern Ireland|España|Deutschland|Россия|Indonesia|Brasil|México|Österreich|Schweiz|Suisse|Italia|Polska|Türkiye|مصر|السعودية|المغرب";

/// Capitalised words that follow "in"/"to"/"from" without being places; so do the English
/// months and weekdays ([`not_place`]).
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
    // Insurers, paid or billed "to"/"by" ("the rest went to Aetna"): companies, not places.
    "Aetna",
    "Cigna",
    "Humana",
    "Kaiser",
    "Anthem",
    "UnitedHealthcare",
    "Medicare",
    "Medicaid",
    "Medi-Cal",
    "Tricare",
    "TRICARE",
    "BCBS",
    "MetLife",
    "Guardian",
    "Ambetter",
    "Molina",
    "Bupa",
    "AOK",
    "Barmer",
    "Sanitas",
    "BPJS",
    "Allianz",
    "AXA",
    // German nouns are capitalised, so "in" + noun is mostly not a place: "alles in
    // Ordnung", "in Behandlung", "in Elternzeit", "im Bett".
    "Ordnung",
    "Kürze",
    "Zukunft",
    "Ruhe",
    "Behandlung",
    "Therapie",
    "Narkose",
    "Quarantäne",
    "Urlaub",
    "Elternzeit",
    "Mutterschutz",
    "Rente",
    "Reha",
    "Praxis",
    "Klinik",
    "Bett",
    "Zimmer",
    "Sicherheit",
    "Arbeit",
    "Vorbereitung",
    "Planung",
    "Absprache",
    "Kontakt",
    "Gedanken",
];

/// True if `first`, the first word of a capitalised run, opens no place: one of
/// [`NOT_PLACES`] or an English month or weekday, written as [`NOT_PLACES`] writes its words
/// ("May", "Monday") or, with `any_case`, in any ASCII case ("MONDAY").
fn not_place(first: &str, any_case: bool) -> bool {
    let en = &crate::calendar::EN;
    let mut calendar = en.months.iter().chain(en.weekdays);
    if any_case {
        NOT_PLACES.iter().any(|w| w.eq_ignore_ascii_case(first))
            || calendar.any(|w| w.eq_ignore_ascii_case(first))
    } else {
        NOT_PLACES.contains(&first) || calendar.any(|w| crate::calendar::capitalised(w) == first)
    }
}

impl Address {
    pub fn new() -> Address {
        let places = super::alternation(
            &COUNTRIES
                .split('|')
                .chain(STATES.split('|'))
                .collect::<Vec<_>>(),
        );
        let cap = r"[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁΑ-ΩΆ-Ώ\d][[^\W\d_]\d'’.-]*";
        Address {
            // One regex per street form: a single alternation of all of them is too large for
            // the regex crate's lazy DFA and falls back to a slow engine.
            street: [
                format!(r"\b\d{{1,6}}[A-Za-z]?[\x20\t]+(?:block[\x20\t]+of[\x20\t]+)?(?:[NSEW]\.?[\x20\t]+)?(?:{cap}[\x20\t]+){{0,4}}(?:{SUFFIX})\b\.?(?:,?[\x20\t]*(?:Apt\.?|Apartment|Suite|Ste\.?|Unit|\#)[\x20\t]*\#?[\w-]+)?"),
                r"\b(?:\d{1,6}[\x20\t]+){1,2}(?:[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁΑ-ΩΆ-Ώ][[^\W\d_]'’.-]+[\x20\t]+){0,3}[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁΑ-ΩΆ-Ώ][[^\W\d_]'’.-]+[\x20\t]+\d{1,5}[A-Za-z]?\b".to_string(),
                format!(r"(?:\b\d{{1,6}}[\x20\t]+){{0,2}}(?:[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁΑ-ΩΆ-Ώ][[^\W\d_]'’-]+[\x20\t]+)?(?i:[[^\W\d_]'’-]*(?:{INTL_END}))[\x20\t]+\d{{1,5}}[A-Za-z]?\b"),
                format!(r"(?:\b\d{{1,6}}[\x20\t]+){{0,2}}(?i:(?:{INTL_LEAD}))[\x20\t]+(?:[[^\W\d_]][[^\W\d_]'’.-]*[\x20\t]+){{0,4}}\d{{1,5}}[A-Za-z]?\b"),
                format!(r"(?:[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁΑ-ΩΆ-Ώ][[^\W\d_]'’.-]+[\x20\t]+){{0,3}}(?:{SUFFIX})[\x20\t]+\d{{1,5}}\b"),
                format!(r"(?:[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁΑ-ΩΆ-Ώ][[^\W\d_]'’-]+[\x20\t]+){{1,3}}(?:{NAMED_WAY})\b"),
                // Streets and quarters named without a number: "rue des Lilas", "calle
                // Morelos", "Lindenstraße", "улицы Лесной", "Kelurahan Sukamaju", "حي الروضة".
                r"(?i:rue|calle|avenida|allée|chemin|impasse|jalan|jl\.|ulica|улиц[аеуыой]|ул\.|проспект[аеу]?|quartier|barrio|colonia|kelurahan|perumahan|kampung|desa|kecamatan)[\x20\t]+(?:(?i:de|del|de\x20la|de\x20las|de\x20los|des|du|de\x20l'|la|le)[\x20\t]+)?[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁΑ-ΩΆ-Ώ][[^\W\d_]'’-]+(?:[\x20\t]+[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁΑ-ΩΆ-Ώ][[^\W\d_]'’-]+){0,2}(?:,?[\x20\t]+\d{1,5}[A-Za-z]?\b)?".to_string(),
                r"[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁΑ-ΩΆ-Ώ][[^\W\d_]-]*(?:straße|strasse|gasse|allee)".to_string(),
                "(?:حي|شارع)[\\x20\\t]+[^\\s\\d.,!?؟،]+(?:[\\x20\\t]+[^\\s\\d.,!?؟،]+)?".to_string(),
            ]
            .iter()
            .map(|p| Regex::new(&super::ascii_b(p)).unwrap())
            .collect(),
            unit: Regex::new(&super::ascii_b(
                r"(?xi)
                \b(?:apt\.?|apartment|suite|ste\.)\s*\#?\s*\d{1,5}[a-z]?\b
                | \b(?:p\.?\s?o\.?\s*box|post\s+office\s+box|apartado|bo[îi]te\s+postale|postfach)\s*\#?\s*\d{1,6}\b
                | \b(?:psc|unit|cmr)\s+\d{3,5},?\s+box\s+\d{3,5}\b
                | \b(?:apo|dpo|fpo)\s+(?:aa|ae|ap)\s+\d{5}\b
                | \b(?:usns|uss|usnv|usns)\s+[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁΑ-ΩΆ-Ώ][[^\W\d_]]+\b
                ",
            ))
            .unwrap(),
            city_state: Regex::new(&super::ascii_b(&format!(
                r"(?P<c>[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁΑ-ΩΆ-Ώ][[^\W\d_]'.-]+(?:[\x20\t][A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁΑ-ΩΆ-Ώ][[^\W\d_]'.-]+){{0,2}},[\x20\t]+(?:(?:{STATE_ABBR})\b|(?:{STATES})\b|[A-Za-z]{{2,3}}[\x20\t]+\d{{4,6}}\b))(?:[\x20\t]+\d{{5}}(?:-\d{{4}})?\b|[^\d[^\W\d_]]|$)"
            )))
            .unwrap(),
            country: Regex::new(&super::ascii_b(&format!(
                r"(?:{places})(?:\s*\([^()\n]{{1,20}}\))?(?:\s+(?:\([^()\n]{{1,20}}\)\s+)?\d{{3,6}}(?:-\d{{3,4}})?\b)?"
            )))
            .unwrap(),
            line_words: Regex::new(r"^[\s>?*]*((?:[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁΑ-ΩΆ-Ώ][^\W\d_]*[.'’-]?(?:[ -](?:[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁΑ-ΩΆ-Ώ(][^\W\d_]*[.'’)-]?|de|del|la|le|les|do|da|dos|das|di|nad|pod|u|v|am|an|der|sur|en|y|i|on|upon)){0,4})(?:,?[ \t]+[A-Za-z]{2,3})?(?:[ \t]+\d{3,6}(?:[ -]\d{2,4})?)?|[A-Za-z]{2,3}|\d{3,6}(?:[ -]\d{2,4})?|[A-Z]\d[A-Z][ ]?\d[A-Z]\d)\s*,?\s*$").unwrap(),
            lower_country: Regex::new(&format!(
                r"(?i)(?:{})",
                super::alternation(&COUNTRIES.split('|').collect::<Vec<_>>())
            ))
            .unwrap(),
            in_place: Regex::new(&super::ascii_b(r"\b(?:[Ii]n|[Aa]t|[Tt]o|[Ff]rom)[\x20\t]+(?:(?P<p>[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁΑ-ΩΆ-Ώ]{4,}(?:[\x20-][A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁΑ-ΩΆ-Ώ]{2,}){0,2})|(?P<c>[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁΑ-ΩΆ-Ώ][^\W\d_'’-]+(?:-[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁΑ-ΩΆ-Ώ][^\W\d_]+)?(?:[\x20\t]+[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁΑ-ΩΆ-Ώ][^\W\d_'’-]+){0,3}))")).unwrap(),
            place: Regex::new(&super::ascii_b(
                r"(?x)
                \b(?i:grew\s+up|born|raised|based|lives?|lived|living|originally|moved(?:\s+here|\s+back)?|relocated|flew|flying|fly|travel(?:l)?(?:ing|ed)?|returned|arrived|coming|came|went|headed|heading|driving|drove|visiting|visited|vacation(?:ing)?|home\s+(?:city|town)|hometown|city\s+of|town\s+of|village\s+of|located|resides?|residing|stay(?:ing|ed)?|back|i'?m|am|we're|are)
                \s+(?:(?i:back\s+)?(?i:in|from|to|at|into|near|down\s+from|up\s+from|of)\s+)?
                (?P<p>[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁΑ-ΩΆ-Ώ][[^\W\d_]'’-]+(?:\s+(?:[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁΑ-ΩΆ-Ώ][[^\W\d_]'’-]+|de|del|la|le|sur|am|an|upon|on-)){0,3})
                ",
            ))
            .unwrap(),
        }
    }
}

impl Recognizer for Address {
    fn name(&self) -> &'static str {
        "address"
    }

    fn find(&self, text: &str, out: &mut Vec<Ident>) {
        let push = |s: usize, e: usize, score: f32, out: &mut Vec<Ident>| {
            out.push(Ident {
                entity: Entity::Address,
                start: s,
                end: e,
                score,
                recognizer: "address",
            })
        };
        let first = out.len();
        for m in self.street.iter().flat_map(|r| r.find_iter(text)) {
            if !super::bounded(text, m.start(), m.end()) {
                continue;
            }
            let s = m.as_str().trim_end_matches(['.', ',']);
            // "5 Musicians Of The 70s": a decade, not a house number.
            if s.ends_with("0s") {
                continue;
            }
            let end = m.start() + s.len();
            push(m.start(), city_after(text, end), 0.8, out);
        }
        for m in self.unit.find_iter(text) {
            push(m.start(), city_after(text, m.end()), 0.8, out);
        }
        for c in self.city_state.captures_iter(text) {
            // Two capitals after a comma ("Tom, OK") are a state only with a ZIP or a
            // full state name.
            let whole = c.get(0).unwrap().as_str();
            let m = c.name("c").unwrap();
            if text[..m.start()]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
            {
                continue;
            }
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
            if !super::bounded(text, m.start(), m.end()) {
                continue;
            }
            // Above the names recognizer, so "Southern Tunisia" stays a place.
            push(m.start(), m.end(), 0.9, out);
        }
        for c in self.place.captures_iter(text) {
            let p = c.name("p").unwrap();
            let first = p.as_str().split_whitespace().next().unwrap_or("");
            let first = first.trim_end_matches(['.', '\'']);
            if not_place(first, false) {
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
            push(p.start(), p.end(), 0.75, out);
        }
        // "in Laax", "at ÅLESUND": a capitalised word after "in" is most often a place; a
        // weak cue, so it scores at the threshold and loses to any other reading.
        for c in self.in_place.captures_iter(text) {
            let p = c.name("p").or_else(|| c.name("c")).unwrap();
            if !super::bounded(text, p.start(), p.end()) {
                continue;
            }
            let first = p.as_str().split([' ', '\t']).next().unwrap_or("");
            if not_place(first, true) || ACRONYMS.contains(&first) {
                continue;
            }
            let lead = c.get(0).unwrap().as_str();
            let caps = c.name("p").is_some();
            // Only "in" for ordinary capitalised words ("to Derek" is a person).
            if !caps && !lead.starts_with(['i', 'I', 'f', 'F']) {
                continue;
            }
            // A capitalised run ending in a school or organisation word is still a place
            // ("Lakeside Middle School"); a single word after "from" may be a person, which
            // the names recognizer scores higher.
            push(p.start(), p.end(), if caps { 0.6 } else { 0.5 }, out);
        }
        // Text typed in lower case: country names still count ("we moved here from tunisia").
        if !text.chars().any(char::is_uppercase) {
            for m in self.lower_country.find_iter(text) {
                if !super::bounded(text, m.start(), m.end()) {
                    continue;
                }
                push(m.start(), m.end(), 0.7, out);
            }
        }
        self.block_lines(text, first, out);
    }
}

/// Upper-case words after "in"/"at" that are not places.
const ACRONYMS: &[&str] = &[
    "ICU",
    "NICU",
    "PICU",
    "COVID",
    "HIPAA",
    "CPR",
    "MRI",
    "EKG",
    "ECG",
    "URGENT",
    "PACU",
    "EMERGENCY",
    "SURGERY",
    "ORDER",
    "STOCK",
    "PERSON",
    "TOTAL",
    "LEAST",
    "ALL",
    "NONE",
    "IP",
    "URL",
    "DM",
    "DMS",
];

/// Extends an address that is followed by ", City" (one to three capitalised words) over it.
fn city_after(text: &str, end: usize) -> usize {
    let rest = &text[end..];
    let Some(r) = rest.strip_prefix(", ") else {
        return end;
    };
    let mut e = 0;
    for (n, w) in r.split(' ').enumerate() {
        let w2 = w.trim_end_matches([',', '.', '?', '!']);
        let cap = w2.chars().next().is_some_and(char::is_uppercase);
        if n >= 3 || !cap || w2.contains('\n') || w2.chars().any(|c| c.is_ascii_digit()) {
            break;
        }
        e = (w.as_ptr() as usize - r.as_ptr() as usize) + w2.len();
        if w2.len() != w.len() {
            break;
        }
    }
    end + 2 * usize::from(e > 0) + e
}

impl Address {
    /// Postal blocks: a short line of capitalised words ("TRONDHEIM", "Pines Beach") right
    /// above or below a line that holds an address is the city line of that address.
    fn block_lines(&self, text: &str, first: usize, out: &mut Vec<Ident>) {
        let lines: Vec<(usize, usize)> = {
            let mut v = Vec::new();
            let mut s = 0;
            for (i, c) in text.char_indices() {
                if c == '\n' {
                    v.push((s, i));
                    s = i + 1;
                }
            }
            v.push((s, text.len()));
            v
        };
        if lines.len() < 2 {
            return;
        }
        let mut hit: Vec<bool> = lines
            .iter()
            .map(|&(a, b)| out[first..].iter().any(|i| i.start < b && a < i.end))
            .collect();
        // A line above an address is usually the person or company; only a country line
        // ("Norway 64389") has its city above it.
        let country_line: Vec<bool> = lines
            .iter()
            .map(|&(a, b)| {
                self.country
                    .find(text[a..b].trim_start_matches([' ', '>', '?', '*']))
                    .is_some_and(|m| m.start() == 0)
            })
            .collect();
        for _ in 0..2 {
            for k in 0..lines.len() {
                if hit[k] {
                    continue;
                }
                let blank = |x: usize| {
                    text[lines[x].0..lines[x].1]
                        .trim_matches([' ', '>', '?', '*'])
                        .is_empty()
                };
                let above = (0..k).rev().find(|&x| !blank(x));
                let below = (k + 1..lines.len()).find(|&x| !blank(x));
                let near = above.is_some_and(|x| hit[x]) || below.is_some_and(|x| country_line[x]);
                if !near {
                    continue;
                }
                let (a, b) = lines[k];
                if let Some(c) = self.line_words.captures(&text[a..b]) {
                    let g = c.get(1).unwrap();
                    let zip = g.as_str().starts_with(|ch: char| ch.is_ascii_digit());
                    out.push(Ident {
                        entity: if zip { Entity::Zip } else { Entity::Address },
                        start: a + g.start(),
                        end: a + g.end(),
                        score: 0.82,
                        recognizer: "address",
                    });
                    hit[k] = true;
                }
            }
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
        assert_eq!(addr("au 56 rue La Boétie 8"), vec!["56 rue La Boétie 8"]);
        assert_eq!(addr("ul. Słowicza 10"), vec!["ul. Słowicza 10"]);
        assert_eq!(addr("Jalan Sudirman 5"), vec!["Jalan Sudirman 5"]);
    }

    #[test]
    fn postal_blocks() {
        assert_eq!(
            addr(
                "Lina Artemova\n> 2224 Trenerys gate 232\n> Apt. 342\n> TRONDHEIM\n> Norway 64389"
            ),
            vec![
                "2224 Trenerys gate 232",
                "Apt. 342",
                "TRONDHEIM",
                "Norway 64389"
            ]
        );
        assert_eq!(
            addr("lives at 5049 Harjukuja 54, Seinäjoki"),
            vec!["5049 Harjukuja 54, Seinäjoki"]
        );
    }

    #[test]
    fn named_streets_without_numbers() {
        assert_eq!(
            addr("the corner of ul. Cicha 86 and Leokadia Trail?"),
            vec!["ul. Cicha 86", "Leokadia Trail"]
        );
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
    fn capitalised_words_after_in() {
        assert_eq!(addr("its 10th year in Laax, Transunion"), vec!["Laax"]);
        assert_eq!(addr("Walk Score in ÅLESUND, which"), vec!["ÅLESUND"]);
        assert!(addr("seen in ICU overnight").is_empty());
        assert!(addr("written in English").is_empty());
    }

    #[test]
    fn streets_without_numbers_and_places_after_from() {
        assert_eq!(
            addr("à notre patiente de la rue des Lilas !"),
            vec!["rue des Lilas"]
        );
        assert_eq!(
            addr("unseren Patienten aus der Lindenstraße!"),
            vec!["Lindenstraße"]
        );
        assert_eq!(addr("пациенту с улицы Лесной!"), vec!["улицы Лесной"]);
        assert_eq!(
            addr("the new mom from Cedar Hollow who"),
            vec!["Cedar Hollow"]
        );
        assert_eq!(
            addr("from the 400 block of Pine St whose"),
            vec!["400 block of Pine St"]
        );
    }

    #[test]
    fn hard_negatives() {
        assert!(addr("We are open 7 days a week").is_empty());
        assert!(addr("I'm in pain").is_empty());
        assert!(addr("We moved to Tuesday").is_empty());
        assert!(addr("I went to The clinic").is_empty());
        assert!(addr("Take 2 tablets daily").is_empty());
        // Insurers, German nouns after "in", rooms and beds ("in Zimmer 7"), an IP address.
        assert!(addr("You paid $75 and the rest went to Aetna.").is_empty());
        assert!(addr("Wir haben ihn geröntgt, alles in Ordnung.").is_empty());
        assert!(addr("Gute Besserung an den Herrn in Zimmer 7!").is_empty());
        assert!(addr("Der Typ in Bett 7 singt.").is_empty());
        assert!(addr("Whoever posted from IP 203.0.113.45 knows.").is_empty());
        // A place after a word of living is still a place.
        assert_eq!(addr("She grew up in Remniku"), vec!["Remniku"]);
    }
}
