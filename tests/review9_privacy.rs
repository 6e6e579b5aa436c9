//! fixp9: the counterexamples of review9 (findings 1-10, 14, 15) through the public API with
//! the corpus practice policy, each with the exact findings (rule, quoted span) it must give,
//! beside the wording each narrowed mechanism was written for.

mod common;
use common::{found, pairs as v};

#[test]
fn f1_a_titled_patient_back_home_is_no_staff_leave() {
    assert_eq!(
        found(
            "Mrs. Patel is back home after her knee replacement and walking already!",
            "en"
        ),
        v(&[("clin-detail", "her knee replacement")])
    );
    assert_eq!(
        found(
            "Mr. Patel is back from his knee replacement and walking already!",
            "en"
        ),
        v(&[("clin-detail", "his knee replacement")])
    );
    // A role marks the staff member: the staff news the filter was written for.
    assert_eq!(
        found(
            "Our hygienist Maria is out for a few weeks having her gallbladder removed.",
            "en"
        ),
        v(&[("colleague-info", "is out for a few weeks")])
    );
}

#[test]
fn f2_greetings_and_thanks_for_all_open_nothing_to_all() {
    assert_eq!(
        found(
            "Bon rétablissement à notre amie de la rue des Lilas, et bonne journée !",
            "fr"
        ),
        v(&[("phi-geo", "rue des Lilas")])
    );
    assert_eq!(
        found(
            "¡Que se mejore pronto nuestra amiga de la calle Olmos, feliz jornada!",
            "es"
        ),
        v(&[("phi-geo", "calle Olmos")])
    );
    assert_eq!(
        found(
            "Get well soon to our friend from Pine Ridge Road, and thanks for all the cookies!",
            "en"
        ),
        v(&[("phi-geo", "Pine Ridge Road")])
    );
    assert_eq!(
        found(
            "In der Lindenstraße gibt es am Samstag eine Grippeimpfaktion für alle ab 60.",
            "de"
        ),
        v(&[])
    );
}

#[test]
fn f3_which_and_a_comparative_below_are_no_request() {
    assert_eq!(
        found(
            "Your A1C is finally below 7, which is amazing progress!",
            "en"
        ),
        v(&[("clin-detail", "Your A1C"), ("rel-confirm", "Your A1C")])
    );
    assert_eq!(
        found("Tell us your diagnosis in the comments!", "en"),
        v(&[
            ("solicit-phi-public", "Tell us your diagnosis"),
            ("clin-detail", "your diagnosis")
        ])
    );
}

#[test]
fn f4_material_about_the_readers_care_is_no_topic() {
    assert_eq!(
        found(
            "Loved the article about your heart transplant in the Herald!",
            "en"
        ),
        v(&[
            ("clin-detail", "your heart transplant"),
            ("rel-confirm", "your heart transplant")
        ])
    );
    assert_eq!(
        found(
            "Aquí está el video de su endodoncia, ¡quedó perfecta!",
            "es"
        ),
        v(&[
            ("clin-detail", "su endodoncia"),
            ("rel-confirm", "su endodoncia")
        ])
    );
}

#[test]
fn f5_an_institutions_person_keeps_their_age() {
    assert_eq!(
        found(
            "Our hospital's 98-year-old volunteer, Walt, had his hip replaced and is back!",
            "en"
        ),
        v(&[("phi-age", "98-year-old")])
    );
    assert_eq!(
        found(
            "Our clinic's 94-year-old patient ran a 5K this weekend!",
            "en"
        ),
        v(&[
            ("phi-age", "94-year-old"),
            ("rel-confirm", "94-year-old patient")
        ])
    );
}

#[test]
fn f6_a_fact_after_the_feeling_is_confirmed() {
    assert_eq!(
        found(
            "We're sorry your visit felt rushed when Dr. Lee ran 40 minutes late on Tuesday.",
            "en"
        ),
        v(&[("rel-confirm", "your visit"), ("phi-date", "Tuesday")])
    );
    assert_eq!(
        found("We're sorry your visit left you feeling that way.", "en"),
        v(&[])
    );
}

#[test]
fn f7_sympathy_before_call_us_is_no_slogan() {
    assert_eq!(
        found("Sorry about your biopsy! Call us anytime.", "en"),
        v(&[
            ("clin-detail", "your biopsy"),
            ("rel-confirm", "your biopsy")
        ])
    );
}

#[test]
fn f8_lower_case_ihre_is_her_not_the_reader() {
    assert_eq!(
        found(
            "Unser Praxisteam hat ihre Fortbildung zur Hygiene erfolgreich abgeschlossen.",
            "de"
        ),
        v(&[])
    );
    assert_eq!(
        found(
            "Die Zahnärztin hat ihre Praxis um zwei Behandlungsräume erweitert.",
            "de"
        ),
        v(&[])
    );
    assert_eq!(
        found("Unsere Helferin hat Sie zum Taxi begleitet.", "de"),
        v(&[("rel-confirm", "Unsere Helferin hat Sie zum Taxi begleitet")])
    );
}

#[test]
fn f9_prepared_for_you_and_plural_contact_are_no_presence() {
    assert_eq!(
        found(
            "Наша команда подготовила вам подборку советов по уходу за зубами.",
            "ru"
        ),
        v(&[])
    );
    assert_eq!(
        found("Наши администраторы звонили вам вчера.", "ru"),
        v(&[("phi-date", "вчера")])
    );
    assert_eq!(
        found("Наши врачи ответили вам в личных сообщениях.", "ru"),
        v(&[])
    );
    assert_eq!(
        found("Наша медсестра проводила вас до выхода.", "ru"),
        v(&[("rel-confirm", "Наша медсестра проводила вас")])
    );
}

#[test]
fn f10_a_staff_member_is_the_nearer_antecedent() {
    assert_eq!(
        found("Thanks for the kind words about your son! Our new hygienist Sam starts Monday; he trained at the university clinic.", "en"),
        v(&[])
    );
    assert_eq!(
        found("Thanks for trusting us with your family all these years. Dr. Lee retires Friday; he was with us for 30 years.", "en"),
        // rel14: the packs' phrase and `ties`' "trusting us with your family" overlap and are
        // merged into one (review12 f11).
        v(&[("rel-confirm", "Thanks for trusting us with your family")])
    );
}

#[test]
fn f15_contact_wording_end_to_end() {
    // review9 #15: the unit test "contact is no visit" covers the presence grammar only. End to
    // end the German call is still confirmed by an older grammar (as on main); the Russian
    // singular is dropped. Pinned so a change to either shows.
    assert_eq!(
        found("Unsere Helferin hat Sie gestern angerufen.", "de"),
        v(&[
            ("rel-confirm", "Unsere Helferin hat Sie gestern angerufen"),
            ("phi-date", "gestern")
        ])
    );
    assert_eq!(
        found("Наш администратор звонила вам вчера.", "ru"),
        v(&[("phi-date", "вчера")])
    );
}

#[test]
fn f14_german_invitations_to_a_compound_care_word() {
    assert_eq!(
        found("Kommen Sie zur Grippeimpfung, auch ohne Termin.", "de"),
        v(&[])
    );
    assert_eq!(
        found("Buchen Sie jetzt Ihre Grippeimpfung online.", "de"),
        v(&[])
    );
    // A visit told of the reader still is one.
    assert_eq!(
        found(
            "Ihre Tochter hatte gestern eine Mandel-OP, gute Besserung!",
            "de"
        )
        .into_iter()
        .filter(|(r, _)| r == "clin-detail")
        .collect::<Vec<_>>(),
        v(&[("clin-detail", "Mandel-OP")])
    );
}
