//! Tests of the clin6 mechanisms: what a sentence asserts (questions, conditions, instructions
//! and comparisons in posts to every follower assert nothing about anyone) and the visit a
//! person was brought in for. Each gives the text and the exact spans expected.

use super::*;
use crate::finding::Input;

/// (rule, quoted span) of the clinical flags for a post (no context) or a reply (`context`).
fn clinical(text: &str, context: &str) -> Vec<(&'static str, String)> {
    let mut input = Input::new(text);
    input.context = context.to_string();
    let lang = crate::lang::resolve(&input.lang, text);
    let sentences = sentences(text);
    let ids = name_candidates(&input, lang, &sentences);
    let mut v: Vec<(&'static str, String)> = analyze(&input, lang, &sentences, &ids)
        .into_iter()
        .filter(|f| matches!(f.rule, "clin-detail" | "echo-disclosure"))
        .map(|f| (f.rule, text[f.start..f.end].to_string()))
        .collect();
    v.sort();
    v.dedup();
    v
}

fn f(rule: &'static str, s: &str) -> (&'static str, String) {
    (rule, s.to_string())
}

#[test]
fn a_question_to_every_follower_asserts_no_care() {
    assert!(clinical(
        "Insurance denied your MRI? We help every patient appeal.",
        ""
    )
    .is_empty());
    // The same words as a statement are the reader's care.
    assert_eq!(
        clinical("Insurance denied your MRI, so we filed an appeal.", ""),
        vec![f("clin-detail", "your MRI")]
    );
}

#[test]
fn a_condition_up_to_the_term_is_anyones() {
    assert!(clinical(
        "Strep season: if you sang the anthem at the game and your throat is sore, a rapid test takes 10 minutes.",
        ""
    )
    .is_empty());
    assert!(clinical(
        "If your child has a fever over 104, call us right away.",
        ""
    )
    .is_empty());
    // Once the condition is closed by a main clause, the term is the reader's again.
    assert_eq!(
        clinical("If you called, sorry: your fever was from the strep.", ""),
        vec![f("clin-detail", "strep"), f("clin-detail", "your fever")]
    );
}

#[test]
fn an_instruction_to_every_reader_in_spanish() {
    assert!(clinical(
        "Siga tomando sus medicamentos como se los recetó su médico.",
        ""
    )
    .is_empty());
}

#[test]
fn kinds_compared_name_no_ones_care() {
    assert!(clinical(
        "X-ray vs. CT: here's when our radiologists use each one.",
        ""
    )
    .is_empty());
    assert_eq!(
        clinical("Yes, his root canal felt like a filling!", ""),
        vec![f("clin-detail", "his root canal")]
    );
}

#[test]
fn a_person_brought_in_with_or_for_the_term() {
    assert_eq!(
        clinical(
            "the guy who fixes bikes behind the library was in this morning w/ a busted wrist lol",
            ""
        ),
        vec![f("clin-detail", "busted wrist")]
    );
    assert_eq!(
        clinical(
            "The star pitcher from Central High was in for his shoulder yesterday.",
            ""
        ),
        vec![f("clin-detail", "his shoulder")]
    );
    assert_eq!(
        clinical(
            "The guy who plays Santa at the mall every year was in with gout lol.",
            ""
        ),
        vec![f("clin-detail", "gout")]
    );
    // A condition keeps it anyone's.
    assert!(clinical("If a patient comes in with a burn, we cool it first.", "").is_empty());
}

#[test]
fn echo_of_a_tied_term_despite_a_general_word() {
    assert_eq!(
        clinical(
            "So glad we could help with your anxiety!",
            "They were great with my anxiety."
        ),
        vec![
            f("clin-detail", "your anxiety"),
            f("echo-disclosure", "your anxiety")
        ]
    );
    // No echo when the post never said it.
    assert_eq!(
        clinical("So glad we could help with your anxiety!", "Great staff."),
        vec![f("clin-detail", "your anxiety")]
    );
}

#[test]
fn echo_by_stem_after_your_and_the_posts_own_everyday_word() {
    // "sensitivity" (an everyday word) answers "sensitive" by stem after "your".
    assert_eq!(
        clinical(
            "So sorry about your sensitivity, it should ease soon.",
            "My tooth has been so sensitive to cold since the filling."
        ),
        vec![
            f("clin-detail", "your sensitivity"),
            f("echo-disclosure", "your sensitivity")
        ]
    );
    let mut input = Input::new("Рады, что давление в норме!");
    input.context = "Спасибо за помощь с давлением.".to_string();
    input.lang = "ru".to_string();
    let s = sentences(&input.text);
    let got: Vec<(&str, String)> = analyze(&input, "ru", &s, &[])
        .into_iter()
        .map(|f| (f.rule, input.text[f.start..f.end].to_string()))
        .collect();
    assert_eq!(
        got,
        vec![
            f("echo-disclosure", "давление"),
            f("clin-detail", "давление")
        ]
    );
}

#[test]
fn a_negated_term_is_what_the_person_does_not_have() {
    assert_eq!(
        clinical("Her X-ray showed a sprain, not a fracture.", ""),
        vec![f("clin-detail", "Her X-ray"), f("clin-detail", "sprain")]
    );
}

#[test]
fn a_condition_with_a_pronoun_for_the_thing() {
    let mut input = Input::new(
        "Quand faut-il consulter pour une toux ? Si elle dure plus de trois semaines ou s'accompagne de fièvre.",
    );
    input.lang = "fr".to_string();
    let s = sentences(&input.text);
    assert!(analyze(&input, "fr", &s, &[])
        .iter()
        .all(|f| f.rule != "clin-detail"));
}

/// (rule, quoted span) of every flag for a post.
fn all(text: &str) -> Vec<(&'static str, String)> {
    let input = Input::new(text);
    let lang = crate::lang::resolve(&input.lang, text);
    let sentences = sentences(text);
    let ids = name_candidates(&input, lang, &sentences);
    let mut v: Vec<(&'static str, String)> = analyze(&input, lang, &sentences, &ids)
        .into_iter()
        .map(|f| (f.rule, text[f.start..f.end].to_string()))
        .collect();
    v.sort();
    v.dedup();
    v
}

#[test]
fn generic_present_of_care_in_a_post_is_anyones() {
    assert!(clinical("Your mammogram takes about 20 minutes.", "").is_empty());
    assert!(clinical("During your colonoscopy, you'll be sedated.", "").is_empty());
    assert!(clinical("After your extraction, avoid straws for 24 hours.", "").is_empty());
    // A past event or a date makes it someone's.
    assert_eq!(
        clinical("After your extraction, we called twice to check in.", ""),
        vec![f("clin-detail", "your extraction")]
    );
    assert_eq!(
        clinical("Your mammogram takes about 20 minutes on Tuesday.", ""),
        vec![f("clin-detail", "Your mammogram")]
    );
}

#[test]
fn ages_of_no_one() {
    let ages = |t: &str| -> Vec<String> {
        all(t)
            .into_iter()
            .filter(|(r, _)| *r == "phi-age")
            .map(|(_, s)| s)
            .collect()
    };
    assert!(ages("Does your 2-year-old hate brushing? Try a song.").is_empty());
    assert!(ages("A 3-year-old's teeth need just a smear of toothpaste.").is_empty());
    assert!(ages("Dr. Lee, 45, has been practicing for 18 years.").is_empty());
    assert!(ages("Our building turns 100 this year, and we're throwing a party.").is_empty());
    assert!(ages("We see patients from 8 months to 98 years old.").is_empty());
    // Over 89, an age is someone's however it is put; a named child's age is theirs.
    assert_eq!(
        ages("At 93 you're our most punctual patient, thanks for the review!"),
        vec!["93"]
    );
    assert_eq!(ages("Lily, 6, was so brave at her filling."), vec!["6"]);
}

#[test]
fn places_of_no_one() {
    let geo = |t: &str| -> Vec<String> {
        all(t)
            .into_iter()
            .filter(|(r, _)| *r == "phi-geo")
            .map(|(_, s)| s)
            .collect()
    };
    assert!(
        geo("Our pediatric office in Westfield serves kids from Cedar Hollow to Pine Ridge.")
            .is_empty()
    );
    assert!(geo("The mobile dental van will be at Oak Terrace Elementary on Tuesday.").is_empty());
    assert!(geo("Families from Glenwood can now park at the Elm Street garage.").is_empty());
    // Said to the reader, the place is theirs.
    assert_eq!(
        geo("Your neighbors on Sycamore Lane must be thrilled you're home after surgery!"),
        vec!["Sycamore Lane"]
    );
}

#[test]
fn services_groups_kinds_of_person_and_staff_care_are_no_ones() {
    // A service or machine word after an unpossessed term.
    assert!(clinical(
        "Thank you! Asthma care is a big part of what we do.",
        "Best pediatrician for my son's asthma."
    )
    .is_empty());
    assert!(clinical("So glad you liked the new X-ray machine!", "").is_empty());
    // A kind of person, a group's possessive, a clinician's own shot.
    assert!(clinical(
        "A patient with diabetes heals more slowly after an extraction.",
        ""
    )
    .is_empty());
    assert!(clinical(
        "Our chiropractor explains why his patients' back pain improves.",
        ""
    )
    .is_empty());
    assert!(clinical("Dr. Lee got his flu shot today. Have you?", "").is_empty());
    // A clinician's care act on someone stays that person's care.
    assert_eq!(
        clinical("Dr. Lee removed her wisdom teeth this morning.", ""),
        vec![f("clin-detail", "her wisdom teeth")]
    );
    // A kind of person who came in is one person.
    assert_eq!(
        clinical(
            "A patient with diabetes came in with a foot ulcer today.",
            ""
        ),
        vec![
            f("clin-detail", "diabetes"),
            f("clin-detail", "foot"),
            f("clin-detail", "ulcer")
        ]
    );
}

#[test]
fn staff_explaining_care_and_a_mom_in_general() {
    assert!(clinical(
        "Dr. Lee explains his approach to pain management after surgery.",
        ""
    )
    .is_empty());
    assert!(clinical(
        "Watch Dr. Santoso walk through her process for pediatric sedation.",
        ""
    )
    .is_empty());
    assert!(clinical("Every mom deserves support during her pregnancy.", "").is_empty());
    assert!(clinical("Dr. Patel and her therapy dog visit on Fridays.", "").is_empty());
}

#[test]
fn a_reported_question_is_no_condition() {
    assert_eq!(
        clinical(
            "Lady in exam 6 just asked if her colonoscopy prep could be done with margaritas",
            ""
        ),
        vec![f("clin-detail", "her colonoscopy")]
    );
}

#[test]
fn dates_carried_by_a_participle_or_a_test() {
    let dates = |t: &str, ids: &[&str]| -> Vec<String> {
        let input = Input::new(t);
        let s = sentences(t);
        let mut all: Vec<Ident> = ids
            .iter()
            .map(|span| {
                let start = t.find(span).expect("span in text");
                Ident {
                    entity: Entity::Date,
                    start,
                    end: start + span.len(),
                    score: 0.9,
                    recognizer: "test",
                }
            })
            .collect();
        all.extend(name_candidates(&input, "en", &s));
        analyze(&input, "en", &s, &all)
            .into_iter()
            .filter(|f| f.rule == "phi-date")
            .map(|f| t[f.start..f.end].to_string())
            .collect()
    };
    assert_eq!(
        dates(
            "Swipe to see Rachel's veneers, placed on May 2!",
            &["May 2"]
        ),
        vec!["May 2"]
    );
    // With no person in the sentence the participle carries no one.
    assert!(dates("Our new chairs, delivered on May 2, are comfy!", &["May 2"]).is_empty());
}

#[test]
fn staff_names_in_apposition_are_no_patients() {
    // Through the whole scanner, so the NAME recognizer finds the names.
    let scanner = crate::scanner::Scanner::new(&crate::policy::Policy::default_policy())
        .expect("default policy");
    let names = |t: &str| -> Vec<String> {
        scanner
            .scan(&Input::new(t))
            .into_iter()
            .filter(|f| f.rule == "phi-name")
            .map(|f| t[f.start..f.end].to_string())
            .collect()
    };
    assert!(
        names("Our newest patient coordinator, Luis, speaks Spanish and Portuguese.").is_empty()
    );
    assert!(names("Congrats to our front desk star, Ana, on her graduation!").is_empty());
    // The same shape after no staff role names a patient.
    assert_eq!(
        names("Congrats to our brave patient, Ana, on her graduation!"),
        vec!["Ana"]
    );
}

#[test]
fn businesses_schools_and_groups_of_patients() {
    let scanner = crate::scanner::Scanner::new(&crate::policy::Policy::default_policy())
        .expect("default policy");
    let rules = |t: &str| -> Vec<(String, String)> {
        scanner
            .scan(&Input::new(t))
            .into_iter()
            .map(|f| (f.rule.to_string(), t[f.start..f.end].to_string()))
            .collect()
    };
    assert!(rules("Many of our patients drive in from Millbrook, and we're grateful.").is_empty());
    assert!(rules("Welcome to the neighborhood, Sunrise Bakery on Main Street!").is_empty());
    assert!(rules("Congrats to Westfield Elementary on its new playground.").is_empty());
    // One person from the place is theirs.
    assert!(
        rules("Many of our patients drive in from Millbrook, like the lady we saw today.")
            .iter()
            .any(|(r, s)| *r == "phi-geo" && s == "Millbrook")
    );
}

#[test]
fn asking_how_the_readers_care_is_going_presumes_it() {
    assert_eq!(
        clinical("Thanks for coming in! How's your new crown feeling?", ""),
        vec![f("clin-detail", "your new crown")]
    );
    assert!(clinical("Worried about your crown? Here's how long they last.", "").is_empty());
}

#[test]
fn clin10_statements_that_assert_nothing_about_a_patient() {
    // A request for readers' own details and a reward for a review: the term is asked for or
    // offered, not told.
    assert!(clinical(
        "Tell us your diagnosis in the comments and we'll weigh in!",
        ""
    )
    .is_empty());
    assert!(clinical(
        "Leave us 5 stars and your next whitening is on the house!",
        ""
    )
    .is_empty());
    // The same term told of the reader is theirs.
    assert_eq!(
        clinical("Your whitening last week went great, see you in May!", ""),
        vec![f("clin-detail", "Your whitening")]
    );
    // A staff member's leave is colleague news, not a patient's care (fixp9: a role marks
    // the staff member; a bare name "is out" may be a patient).
    assert!(clinical(
        "Our hygienist Maria Lopez is out for a few weeks having her gallbladder removed.",
        ""
    )
    .is_empty());
    // Teaching material, an offer to ask, a kind as a subject.
    assert!(clinical(
        "she even made a handout about knee injections for the waiting room",
        ""
    )
    .is_empty());
    assert!(clinical("Crowns can last many years but nothing lasts forever.", "").is_empty());
    // German compounds are found by their head and tied like any term.
    assert_eq!(
        clinical(
            "Ihre Tochter hatte gestern eine Mandel-OP, gute Besserung!",
            ""
        ),
        vec![f("clin-detail", "Mandel-OP")]
    );
}

#[test]
fn clin10_ages_places_and_names_of_things() {
    let flags = all("the building just turned 101 🎂 opened as a pharmacy in 1925");
    assert!(!flags.iter().any(|(r, _)| *r == "phi-age"), "{flags:?}");
    let flags = all("Happy 90th birthday to the Lakeside Public Library! We read there weekly.");
    assert!(!flags.iter().any(|(r, _)| *r == "phi-age"), "{flags:?}");
    let flags = all("the nurses threw a little party for their unit's 10th birthday");
    assert!(!flags.iter().any(|(r, _)| *r == "phi-age"), "{flags:?}");
    let flags = all("Happy 90th birthday to Grandma Rose, our favorite patient!");
    assert!(flags.contains(&f("phi-age", "90")), "{flags:?}");
    let flags = all("our oldest patient just turned 101 🎂");
    assert!(flags.contains(&f("phi-age", "101")), "{flags:?}");
    let flags = all("In der Lindenstraße gibt es am Samstag eine Grippeimpfaktion für alle ab 60");
    assert!(!flags.iter().any(|(r, _)| *r == "phi-geo"), "{flags:?}");
    let flags = all("Meet Bella the therapy dog 🐶 she visits our chemo suite every Thursday");
    assert!(!flags.iter().any(|(r, _)| *r == "phi-name"), "{flags:?}");
}

// vocab13: everyday words of the specialty audit (sleeve, echo, scope, pump, drip, port, cath)
// count as the reader's care only right after a possessive with a state or care-event cue.

#[test]
fn everyday_specialty_words_with_a_possessive_and_a_care_event_are_care() {
    assert_eq!(
        clinical(
            "Sorry! Your echo ran late because the tech was called to the ER.",
            ""
        ),
        vec![f("clin-detail", "Your echo")]
    );
    assert_eq!(
        clinical("Your port flush is booked for Friday, see you then!", ""),
        vec![f("clin-detail", "Your port")]
    );
    assert_eq!(
        clinical("Glad your scope was easy!", ""),
        vec![f("clin-detail", "your scope")]
    );
    assert_eq!(
        clinical("Your daughter's echo came back normal.", ""),
        vec![f("clin-detail", "Your daughter's echo")]
    );
    assert_eq!(
        clinical("Ravis que votre sleeve se soit bien passée !", ""),
        vec![f("clin-detail", "votre sleeve")]
    );
}

#[test]
fn everyday_specialty_words_without_a_persons_care_are_not() {
    // A verb further on from the possessive, a thing of the office, a name.
    assert!(clinical("Your voice will echo in the new lobby.", "").is_empty());
    assert!(clinical("Our new coffee pump settings make a great latte.", "").is_empty());
    assert!(clinical(
        "The scope of your coverage is in your new plan booklet.",
        ""
    )
    .is_empty());
    assert!(clinical("The drip coffee in the lobby is fresh.", "").is_empty());
    assert!(clinical("Cath from our front desk says hi!", "").is_empty());
    assert!(clinical("Your sleeve is rolled up for the photo.", "").is_empty());
}

#[test]
fn specialty_terms_from_the_audit_are_found_in_seven_languages() {
    for (text, span) in [
        (
            "So glad your gastric sleeve went well!",
            "your gastric sleeve",
        ),
        ("Glad your septoplasty healed up.", "your septoplasty"),
        ("Your Holter monitor results are in.", "Your Holter monitor"),
        (
            "Nos alegra que su manga gástrica saliera bien.",
            "su manga gástrica",
        ),
        (
            "Schön, dass Ihr Schlauchmagen so gut verheilt ist!",
            "Ihr Schlauchmagen",
        ),
        (
            "Рады, что ваше стентирование прошло хорошо.",
            "ваше стентирование",
        ),
    ] {
        assert_eq!(clinical(text, ""), vec![f("clin-detail", span)], "{text}");
    }
}

#[test]
fn a_clinician_teaching_in_german_names_no_ones_care() {
    assert!(clinical(
        "In diesem Video erklärt Dr. Becker, wie Insulinpumpen funktionieren.",
        ""
    )
    .is_empty());
    // The same device of a named person is care.
    assert_eq!(
        clinical(
            "Herr Becker hat seine neue Insulinpumpe, sie funktioniert gut.",
            ""
        ),
        vec![f("clin-detail", "seine neue Insulinpumpe")]
    );
}
