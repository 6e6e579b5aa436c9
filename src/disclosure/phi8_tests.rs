//! Tests of the phi8 precision mechanisms with exact spans: "PT" as physical therapy, a rank
//! ordinal, a staff member carried into the next sentence for places, and person nouns that
//! name a venue or an event.

use super::tests::{flags, has, none_of};
use super::*;

#[test]
fn pt_before_a_service_noun_is_physical_therapy() {
    let v = flags(
        "Our PT gym got new parallel bars in June.",
        &[(Entity::Date, "June")],
    );
    assert!(none_of(&v, "phi-date"), "{v:?}");
    // Texting shorthand for a patient keeps the date tied.
    let v = flags(
        "the pt from room 6 got his brace in June",
        &[(Entity::Date, "June")],
    );
    assert!(has(&v, "phi-date", "June"), "{v:?}");
}

#[test]
fn an_ordinal_after_a_ranking_verb_is_a_rank() {
    let v = flags(
        "Mr. Diaz came 3rd in his age group at the 5K",
        &[(Entity::Date, "3rd")],
    );
    assert!(none_of(&v, "phi-date"), "{v:?}");
    assert!(rank_ordinal("Dr. Becker came ", "3rd", " in his age group"));
    assert!(rank_ordinal("our team took ", "2nd", " place"));
    assert!(!rank_ordinal(
        "you came in on ",
        "the 3rd",
        " for a cleaning"
    ));
    assert!(!rank_ordinal("see you on ", "the 12th", ""));
}

#[test]
fn a_staff_member_carried_into_the_next_sentence_owns_the_place() {
    let v = flags(
        "Meet Joy Okafor, our newest nurse! She grew up in Houston, loves salsa dancing and has two cats.",
        &[(Entity::Address, "Houston")],
    );
    assert!(none_of(&v, "phi-geo"), "{v:?}");
}

#[test]
fn person_nouns_naming_a_venue_single_no_one_out() {
    let v = flags(
        "Big hug to the Lakeside Senior Center who hit 93 years of service this weekend, our flu clinic there runs Saturday 9-1",
        &[],
    );
    assert!(none_of(&v, "phi-unique"), "{v:?}");
}

#[test]
fn an_indefinite_term_offered_to_every_reader_is_no_ones() {
    let v = flags(
        "reminder that cholesterol still matters. ask us about a lipid panel at ur next physical",
        &[],
    );
    assert!(none_of(&v, "clin-detail"), "{v:?}");
    assert!(indefinite_offer(" ask us about a "));
    assert!(!indefinite_offer(" ur "));
    // The reader's own result stays a detail.
    let v = flags("Keisha, ur lipid panel came back high, call us", &[]);
    assert!(has(&v, "clin-detail", "ur lipid panel"), "{v:?}");
}

#[test]
fn a_listed_name_right_after_sorry_or_thanks_is_addressed() {
    let v = flags(
        "I'm sorry Bruce. The results should have been called to you Friday.",
        &[],
    );
    assert!(has(&v, "phi-name", "Bruce"), "{v:?}");
    // An ordinary word after "thanks" is no name.
    let v = flags("Thanks again for the kind words!", &[]);
    assert!(none_of(&v, "phi-name"), "{v:?}");
}

#[test]
fn a_new_physician_assistant_carried_into_the_next_sentence_owns_the_places() {
    let v = flags(
        "Meet Lena, our new PA! She is from Hamburg and did her training in Boston.",
        &[(Entity::Address, "Hamburg"), (Entity::Address, "Boston")],
    );
    assert!(none_of(&v, "phi-geo"), "{v:?}");
}

#[test]
fn an_arabic_lecture_topic_takes_a_clitic() {
    assert!(talk_topic("ندعوكم لمحاضرة عن "));
    assert!(talk_topic("ندوة حول "));
    assert!(!talk_topic("كان عنده "));
}

#[test]
fn a_negated_instruction_to_every_reader_is_no_ones_care() {
    assert!(negated_instruction("Never share "));
    assert!(negated_instruction("Nunca comparta "));
    assert!(negated_instruction("Ne partagez jamais "));
    assert!(negated_instruction("Teilen Sie niemals "));
    assert!(negated_instruction("Jangan berbagi "));
    assert!(!negated_instruction("We never lost "));
    let v = flags_es("Nunca comparta sus medicamentos con otras personas.");
    assert!(none_of(&v, "clin-detail"), "{v:?}");
}

fn flags_es(text: &str) -> Vec<(&'static str, String)> {
    let mut input = crate::finding::Input::new(text);
    input.lang = "es".into();
    super::tests::flags_with(&input, &[])
}

#[test]
fn an_offer_opens_the_clause_of_a_post_to_every_follower() {
    // fixp: mid-sentence "get an MRI" or an offer about a named or third person is care.
    let v = flags("We had to get an MRI for Mr. Diaz yesterday.", &[]);
    assert!(has(&v, "clin-detail", "MRI"), "{v:?}");
    let v = flags("Dr. Lee will schedule an emergency biopsy for her.", &[]);
    assert!(has(&v, "clin-detail", "biopsy"), "{v:?}");
    assert!(!indefinite_offer("We had to get an "));
    // The offer to everyone stays quiet.
    let v = flags("Book an eye exam before school starts!", &[]);
    assert!(none_of(&v, "clin-detail"), "{v:?}");
}

#[test]
fn came_in_the_3rd_is_a_day_not_a_rank() {
    // fixp: "in the" after "came" is a rank only with a rank word after it.
    assert!(!rank_ordinal("You came in ", "the 3rd", " for a cleaning"));
    assert!(rank_ordinal("she came in ", "3rd", " place"));
    assert!(rank_ordinal("she came ", "3rd", " and got a medal"));
    assert!(rank_ordinal("he finished ", "2nd", ""));
    let v = flags(
        "You came in the 3rd for a cleaning.",
        &[(Entity::Date, "the 3rd")],
    );
    assert!(has(&v, "phi-date", "the 3rd"), "{v:?}");
}

#[test]
fn only_negative_imperatives_are_instructions() {
    // fixp: indicatives and "لا تزال" (still) are statements.
    assert!(!negated_instruction("No está "));
    assert!(!negated_instruction("Nunca fue "));
    assert!(!negated_instruction("لا تزال "));
    assert!(!negated_instruction("لا توجد "));
    assert!(negated_instruction("No se salte "));
    assert!(negated_instruction("No deje "));
    assert!(negated_instruction("Nunca compartan "));
    assert!(negated_instruction("لا تشارك "));
    let v = flags_es("No está lista su radiografía.");
    assert!(has(&v, "clin-detail", "su radiografía"), "{v:?}");
}
