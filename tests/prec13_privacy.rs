//! prec13: the practice's side of a reply (`disclosure::staffside`, `disclosure::unowned`) through
//! the public API with the corpus practice policy: each false alarm now clean, beside the nearest
//! true case that must still be flagged, with exact rule and quoted span.

mod common;
use common::{found, pairs as v};

#[test]
fn a_titled_clinician_acting_as_one_is_staff() {
    assert_eq!(
        found(
            "Dr. Lin said the new evening hours start in January, so online booking opens next week.",
            "en"
        ),
        v(&[])
    );
    assert_eq!(
        found(
            "Frau Dr. Kranz verstärkt ab Februar unser Team und nimmt neue Patienten auf.",
            "de"
        ),
        v(&[])
    );
    assert_eq!(
        found(
            "El Dr. Salcedo se incorpora al equipo de pediatría en enero.",
            "es"
        ),
        v(&[])
    );
    assert_eq!(
        found(
            "Dr. Chen and Dr. Patel are seeing her patients in the meantime.",
            "en"
        ),
        v(&[])
    );
    assert_eq!(
        found("Dokter kami memeriksa setiap pasien dengan teliti.", "id"),
        v(&[])
    );
}

#[test]
fn a_titled_person_addressed_or_cared_for_is_still_named() {
    assert_eq!(
        found(
            "Hi Dr. Lin, thanks for the kind words about your visit!",
            "en"
        ),
        v(&[("phi-name", "Lin"), ("rel-confirm", "your visit")])
    );
    assert_eq!(
        found(
            "Dr. Lin was in for her cleaning today and loved the new chairs.",
            "en"
        ),
        v(&[
            ("phi-name", "Lin"),
            ("rel-confirm", "was in for"),
            ("rel-confirm", "her cleaning")
        ])
    );
    // The clinician's act does not clear the patient's date or relationship.
    assert_eq!(
        found("Dr. Chen is seeing your mother on Monday.", "en"),
        v(&[
            ("rel-confirm", "Dr. Chen is seeing your mother"),
            ("phi-date", "Monday")
        ])
    );
    assert_eq!(
        found(
            "Dr. Haddad says hi to the retired librarian who came to his talk on May 9.",
            "en"
        ),
        v(&[("phi-date", "May 9")])
    );
}

#[test]
fn first_visit_faq_answers_are_anyones() {
    assert_eq!(
        found(
            "Your first cleaning with us includes x-rays if you haven't had any in two years.",
            "en"
        ),
        v(&[])
    );
    assert_eq!(
        found(
            "Votre premier rendez-vous dure environ une heure : pensez à votre carte Vitale.",
            "fr"
        ),
        v(&[])
    );
    assert_eq!(
        found(
            "Your first visit with us on March 3 ran long, and we're sorry.",
            "en"
        ),
        v(&[("rel-confirm", "Your first visit"), ("phi-date", "March 3")])
    );
}

#[test]
fn what_everyone_brings_is_nobodys() {
    assert_eq!(
        found(
            "Lorsque vous prenez rendez-vous pour un détartrage, pensez à apporter votre carte Vitale et la liste de vos médicaments.",
            "fr"
        ),
        v(&[])
    );
    assert_eq!(
        found(
            "Pensez à apporter votre carte Vitale pour votre détartrage du 12 mars.",
            "fr"
        ),
        v(&[
            ("phi-payment", "votre carte"),
            ("clin-detail", "votre détartrage"),
            ("rel-confirm", "votre détartrage"),
            ("phi-date", "12 mars")
        ])
    );
}

#[test]
fn full_prepayment_is_no_absolute_claim() {
    assert_eq!(
        found(
            "Стопроцентная предоплата нужна только для эстетических услуг.",
            "ru"
        ),
        v(&[])
    );
    assert_eq!(
        found(
            "Ваша стопроцентная предоплата за имплант получена, ждём вас.",
            "ru"
        ),
        v(&[("clin-detail", "имплант")])
    );
}

#[test]
fn directions_and_parking_frames_are_the_sites() {
    assert_eq!(
        found("Coming from Route 9, turn left at the gas station.", "en"),
        v(&[])
    );
    assert_eq!(
        found(
            "Vom Bahnhof aus gehen Sie die Lindenstraße entlang bis zur Apotheke.",
            "de"
        ),
        v(&[])
    );
    assert_eq!(
        found(
            "¡Gracias! Puede aparcar gratis en la calle Almendro a partir de las 18:00.",
            "es"
        ),
        v(&[])
    );
    assert_eq!(
        found(
            "Coming from your home on Pine Hollow Road every week for dialysis is a long drive.",
            "en"
        ),
        v(&[("phi-geo", "Pine Hollow Road"), ("clin-detail", "dialysis")])
    );
}

#[test]
fn a_records_offer_with_a_long_german_object_is_an_offer() {
    assert_eq!(
        found(
            "Bei einem Umzug können wir Ihre Unterlagen gern an die neue Praxis senden.",
            "de"
        ),
        v(&[])
    );
}

#[test]
fn a_condition_on_anyones_past_is_nobodys_care() {
    assert_eq!(
        found(
            "Quand vous avez une rage de dents le week-end, appelez le numéro de garde de la ville.",
            "fr"
        ),
        v(&[])
    );
    assert_eq!(
        found(
            "Si vous avez déjà consulté un dentiste, vous savez qu'une anesthésie bien faite change tout.",
            "fr"
        ),
        v(&[])
    );
    assert_eq!(
        found(
            "If you still have pain after your extraction on Monday, call us.",
            "en"
        ),
        v(&[("clin-detail", "extraction"), ("phi-date", "Monday")])
    );
}
