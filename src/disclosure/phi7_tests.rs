//! Tests of the phi7 mechanisms with exact spans: names by their position, roles told apart by
//! a capitalised place or what they have with them, care carried into the next sentence, and
//! the precision classes (venues, weekday idioms, mascots, a place's anniversary, staff news).

use super::tests::{flags, flags_with, has, none_of};
use super::*;
use crate::finding::Input;

#[test]
fn names_in_name_positions() {
    assert!(has(
        &flags(
            "Derek — you were a champ, see you soon for the implant",
            &[]
        ),
        "phi-name",
        "Derek"
    ));
    assert!(has(
        &flags("Happy birthday to Will, our longest-serving patient!", &[]),
        "phi-name",
        "Will"
    ));
    assert!(has(
        &flags(
            "Pictured: Jada and her new braces, fresh out of chair 6",
            &[]
        ),
        "phi-name",
        "Jada"
    ));
    assert!(has(
        &flags("Ugh, Brian paid with a card that bounced again.", &[]),
        "phi-name",
        "Brian"
    ));
    assert!(has(
        &flags("Lily lost her first tooth in our chair Tuesday!", &[]),
        "phi-name",
        "Lily"
    ));
    assert!(has(
        &flags("Nadia! You rocked your first adjustment.", &[]),
        "phi-name",
        "Nadia"
    ));
    assert!(has(
        &flags(
            "Feel better, Hope! We'll see you Thursday for the stitches.",
            &[]
        ),
        "phi-name",
        "Hope"
    ));
    assert!(has(
        &flags(
            "Baby June arrived this morning and her brother is smitten.",
            &[]
        ),
        "phi-name",
        "June"
    ));
    assert!(has(
        &flags("Мария Ивановна была у нас в среду.", &[]),
        "phi-name",
        "Мария Ивановна"
    ));
}

#[test]
fn ordinary_words_stay_words_outside_name_positions() {
    assert!(none_of(
        &flags("Will you join us for our birthday party on Saturday?", &[]),
        "phi-name"
    ));
    assert!(none_of(
        &flags(
            "Grace under pressure: our team ran the fair in the rain.",
            &[]
        ),
        "phi-name"
    ));
    assert!(none_of(
        &flags("Hope to see you at Thursday's free skin check!", &[]),
        "phi-name"
    ));
    // A role's holder, a mascot and a school are not patients.
    assert!(none_of(
        &flags("Coach Dawson's team won the county final!", &[]),
        "phi-name"
    ));
    assert!(none_of(
        &flags("Check out Milo the tooth mascot at Friday's parade!", &[]),
        "phi-name"
    ));
}

#[test]
fn roles_singled_out_by_a_place_in_capitals_or_what_they_carry() {
    let v = flags(
        "The whole floor cheered when the Lakeside High quarterback walked out of 4 West Friday",
        &[],
    );
    assert!(has(&v, "phi-unique", "the Lakeside High quarterback"));
    assert!(has(&v, "phi-date", "Friday"));
    assert!(has(
        &flags(
            "The gentleman with the service dog in the waiting room this morning: call us.",
            &[]
        ),
        "phi-unique",
        "The gentleman with the service dog"
    ));
    assert!(has(
        &flags(
            "The Channel 8 weather guy was in this morning for a filling.",
            &[]
        ),
        "phi-unique",
        "The Channel 8 weather guy"
    ));
}

#[test]
fn care_carried_into_a_sentence_that_opens_with_a_pronoun() {
    let v = flags(
        "We saw the new pastor at St. Brendan's Monday. He's healing fast after the bike accident.",
        &[],
    );
    assert!(has(&v, "phi-unique", "the new pastor at St"));
    assert!(has(&v, "phi-date", "Monday"));
    // Without care in either sentence the role is only news.
    assert!(none_of(
        &flags(
            "We met the new pastor at St. Brendan's Monday. He loves our coffee.",
            &[]
        ),
        "phi-unique"
    ));
}

#[test]
fn venues_idioms_and_anniversaries_date_nobody() {
    assert!(none_of(
        &flags(
            "Visitamos la escuela Benito Juárez el viernes para enseñar a cepillarse los dientes.",
            &[(Entity::Name, "Benito Juárez"), (Entity::Date, "viernes")]
        ),
        "phi-date"
    ));
    assert!(none_of(
        &flags(
            "Kiss your Monday blues goodbye: our office now opens at 7.",
            &[(Entity::Date, "Monday")]
        ),
        "phi-date"
    ));
    // Care told next to the weekday's event still dates it.
    assert!(has(
        &flags(
            "Treated a 15-year-old for a concussion after Friday's game.",
            &[(Entity::Date, "Friday")]
        ),
        "phi-date",
        "Friday"
    ));
    assert!(none_of(
        &flags_fr("Ce matin, notre équipe a fêté les 95 ans de la pharmacie du village."),
        "phi-age"
    ));
    assert!(none_of(
        &flags(
            "Congratulations to Dr. Laurent on 20 years here! She started on June 1, 2006.",
            &[(Entity::Date, "June 1, 2006")]
        ),
        "phi-date"
    ));
}

fn flags_fr(text: &str) -> Vec<(&'static str, String)> {
    flags_with(&Input::new(text).with_lang("fr"), &[])
}

#[test]
fn sites_of_the_practice_and_rooms_are_no_homes() {
    assert!(site_or_room(
        "The transfer went to the ",
        "Oak Street",
        " office by mistake."
    ));
    assert!(site_or_room(
        "La oficina de la ",
        "calle Orchard",
        " estará cerrada."
    ));
    assert!(site_or_room(
        "Mom and babies are resting in ",
        "Suite 5",
        "."
    ));
    assert!(site_or_room(
        "Der Herr aus ",
        "Zimmer",
        " 8 hat uns Kuchen gebracht."
    ));
    // Where a person comes from stays a place.
    assert!(!site_or_room(
        "Get well soon to our patient from ",
        "Pine Ridge Road",
        "!"
    ));
    assert!(!site_or_room(
        "la señora de la ",
        "calle Morelos",
        " ya está mejor."
    ));
}
