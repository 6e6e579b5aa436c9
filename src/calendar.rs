//! Month and weekday names of the seven languages the engine reads, written once.
//!
//! The date recognizer matches them in written dates ("3 de mayo", "am Dienstag"), and the
//! name and place finders keep them out ("Monday" after "Hi" is no person, "since March" no
//! town). Every list is lower case, as the engine compares words after `to_lowercase`; a
//! caller that needs another subset takes it from here and says why (May is also a first name).

/// One language's calendar words, lower case.
pub struct Calendar {
    /// ISO 639-1 code.
    pub lang: &'static str,
    /// The twelve month names, January first, in their dictionary form (Russian nominative).
    pub months: &'static [&'static str],
    /// Other written forms of the months: abbreviations ("jan.", "sept"), spellings without
    /// accents or hamza ("fevrier", "اكتوبر"), regional names ("jänner", "setiembre") and the
    /// Russian genitive of dates ("3 мая").
    pub month_forms: &'static [&'static str],
    /// The seven weekday names, Monday first (Indonesian has six: its "minggu" is also the
    /// word for week, so it is left out).
    pub weekdays: &'static [&'static str],
    /// Other written forms of the weekdays: English plurals ("on Mondays"), spellings without
    /// accents ("sabado", "jum'at") and the Russian accusative of "в среду".
    pub weekday_forms: &'static [&'static str],
}

pub const EN: Calendar = Calendar {
    lang: "en",
    months: &[
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ],
    month_forms: &[
        "jan", "jan.", "feb", "feb.", "mar", "mar.", "apr", "apr.", "jun", "jul", "aug", "aug.",
        "sept", "sept.", "sep", "sep.", "oct", "oct.", "nov", "nov.", "dec", "dec.",
    ],
    weekdays: &[
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ],
    weekday_forms: &[
        "mondays",
        "tuesdays",
        "wednesdays",
        "thursdays",
        "fridays",
        "saturdays",
        "sundays",
    ],
};

pub const ES: Calendar = Calendar {
    lang: "es",
    months: &[
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    month_forms: &["setiembre"],
    weekdays: &[
        "lunes",
        "martes",
        "miércoles",
        "jueves",
        "viernes",
        "sábado",
        "domingo",
    ],
    weekday_forms: &["miercoles", "sabado"],
};

pub const FR: Calendar = Calendar {
    lang: "fr",
    months: &[
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    month_forms: &["fevrier", "aout", "decembre"],
    weekdays: &[
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    ],
    weekday_forms: &[],
};

pub const DE: Calendar = Calendar {
    lang: "de",
    months: &[
        "januar",
        "februar",
        "märz",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "dezember",
    ],
    month_forms: &["jänner"],
    weekdays: &[
        "montag",
        "dienstag",
        "mittwoch",
        "donnerstag",
        "freitag",
        "samstag",
        "sonntag",
    ],
    weekday_forms: &[],
};

pub const RU: Calendar = Calendar {
    lang: "ru",
    months: &[
        "январь",
        "февраль",
        "март",
        "апрель",
        "май",
        "июнь",
        "июль",
        "август",
        "сентябрь",
        "октябрь",
        "ноябрь",
        "декабрь",
    ],
    month_forms: &[
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ],
    weekdays: &[
        "понедельник",
        "вторник",
        "среда",
        "четверг",
        "пятница",
        "суббота",
        "воскресенье",
    ],
    weekday_forms: &["среду", "пятницу", "субботу"],
};

pub const ID: Calendar = Calendar {
    lang: "id",
    months: &[
        "januari",
        "februari",
        "maret",
        "april",
        "mei",
        "juni",
        "juli",
        "agustus",
        "september",
        "oktober",
        "november",
        "desember",
    ],
    month_forms: &[],
    weekdays: &["senin", "selasa", "rabu", "kamis", "jumat", "sabtu"],
    weekday_forms: &["jum'at"],
};

pub const AR: Calendar = Calendar {
    lang: "ar",
    months: &[
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "مايو",
        "يونيو",
        "يوليو",
        "أغسطس",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
    ],
    month_forms: &["ابريل", "اغسطس", "اكتوبر"],
    weekdays: &[
        "الاثنين",
        "الثلاثاء",
        "الأربعاء",
        "الخميس",
        "الجمعة",
        "السبت",
        "الأحد",
    ],
    weekday_forms: &[],
};

/// Every language's calendar, English first.
pub const ALL: [&Calendar; 7] = [&EN, &ES, &FR, &DE, &RU, &ID, &AR];

/// The calendar of `lang` (an ISO 639-1 code), if the engine knows that language.
pub fn of(lang: &str) -> Option<&'static Calendar> {
    ALL.into_iter().find(|c| c.lang == lang)
}

impl Calendar {
    /// The month names and their other forms.
    pub fn all_months(&self) -> impl Iterator<Item = &'static str> {
        self.months.iter().chain(self.month_forms).copied()
    }

    /// The weekday names and their other forms.
    pub fn all_weekdays(&self) -> impl Iterator<Item = &'static str> {
        self.weekdays.iter().chain(self.weekday_forms).copied()
    }
}

/// Every month name and form of every language, each once: what a written date may hold.
pub fn months() -> Vec<&'static str> {
    unique(ALL.iter().flat_map(|c| c.all_months()))
}

/// Every weekday name and form of every language, each once.
pub fn weekdays() -> Vec<&'static str> {
    unique(ALL.iter().flat_map(|c| c.all_weekdays()))
}

/// `words` in first-seen order without repeats (German, Indonesian and English share
/// "april", "juni", "september"...).
fn unique(words: impl Iterator<Item = &'static str>) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for w in words {
        if !out.contains(&w) {
            out.push(w);
        }
    }
    out
}

/// `word` with its first letter in upper case ("monday" -> "Monday").
pub fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |c| {
        c.to_uppercase().chain(chars).collect::<String>()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_twelve_months_and_its_weekdays_in_lower_case() {
        for c in ALL {
            assert_eq!(c.months.len(), 12, "{}", c.lang);
            assert_eq!(
                c.weekdays.len(),
                if c.lang == "id" { 6 } else { 7 },
                "{}",
                c.lang
            );
            for w in c.all_months().chain(c.all_weekdays()) {
                assert_eq!(w, w.to_lowercase(), "{}: {w}", c.lang);
            }
        }
        assert_eq!(of("de").map(|c| c.months[2]), Some("märz"));
        assert!(of("xx").is_none());
    }

    #[test]
    fn the_union_lists_hold_each_word_once() {
        let m = months();
        assert!(m.contains(&"may") && m.contains(&"мая") && m.contains(&"jänner"));
        assert_eq!(m.iter().filter(|w| **w == "april").count(), 1);
        let w = weekdays();
        assert!(w.contains(&"mondays") && w.contains(&"jum'at") && !w.contains(&"minggu"));
        assert_eq!(capitalised("monday"), "Monday");
        assert_eq!(capitalised("märz"), "März");
        assert_eq!(capitalised(""), "");
    }
}
