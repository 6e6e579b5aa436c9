//! prec14: words said to every reader (`disclosure::generic`) through the public API with the
//! corpus practice policy: each false alarm now clean, beside the nearest true case that must
//! still be flagged, with exact rule and quoted span.

mod common;
use common::{found, found_ctx, pairs as v};

#[test]
fn service_promises_and_every_visit_instructions_are_no_ones() {
    assert_eq!(
        found(
            "We work hard to get lab results to your doctor within two business days.",
            "en"
        ),
        v(&[])
    );
    assert_eq!(
        found("We sent your lab results to your doctor on Monday.", "en"),
        v(&[
            ("rel-confirm", "We sent your lab results"),
            ("clin-detail", "your lab results"),
            ("phi-date", "Monday"),
        ])
    );
    assert_eq!(
        found(
            "Pensez à apporter votre carte Vitale et votre ordonnance à chaque rendez-vous.",
            "fr"
        ),
        v(&[])
    );
    assert_eq!(
        found(
            "Merci Julie, pensez à apporter votre ordonnance de jeudi.",
            "fr"
        ),
        v(&[
            ("phi-name", "Julie"),
            ("clin-detail", "votre ordonnance"),
            ("rel-confirm", "votre ordonnance"),
            ("phi-date", "jeudi"),
        ])
    );
}

#[test]
fn questions_to_every_reader() {
    assert_eq!(
        found("Недавно были у нас? Мы читаем каждый отзыв.", "ru"),
        v(&[])
    );
    assert_eq!(
        found("Были у нас во вторник? Мы читаем каждый отзыв.", "ru"),
        v(&[("rel-confirm", "Были у нас"), ("phi-date", "вторник")])
    );
    let post = "Hat Ihnen Ihr letzter Besuch gefallen? Schreiben Sie uns eine Bewertung.";
    assert_eq!(found(post, "de"), v(&[]));
    // The same words in a reply to a reviewer still confirm the visit.
    assert_eq!(
        found_ctx(post, "Nette Praxis.", "de"),
        v(&[("rel-confirm", "Ihr letzter Besuch")])
    );
}

#[test]
fn phone_lines_hours_and_promotions() {
    assert_eq!(
        found(
            "Le atendemos en el (555) 201-3300 de lunes a viernes, de 8 a 18 h.",
            "es"
        ),
        v(&[])
    );
    assert_eq!(
        found("Le atendimos el lunes por su muela.", "es"),
        v(&[("rel-confirm", "Le atendimos"), ("phi-date", "lunes")])
    );
    assert_eq!(
        found(
            "¡Cepillo de dientes gratis en su primera limpieza del año!",
            "es"
        ),
        v(&[])
    );
    assert_eq!(
        found(
            "¡Cepillo de dientes gratis en su primera limpieza del martes, Carmen!",
            "es"
        ),
        v(&[
            ("rel-confirm", "su primera limpieza"),
            ("phi-date", "martes")
        ])
    );
}

#[test]
fn advice_and_education_for_everyone() {
    assert_eq!(
        found(
            "Setzen Sie ein Antibiotikum nie eigenmächtig ab, auch wenn die Beschwerden nachlassen.",
            "de"
        ),
        v(&[])
    );
    assert_eq!(
        found("Herr Braun, setzen Sie Ihr Antibiotikum nie ab.", "de"),
        v(&[
            ("phi-name", "Herr Braun"),
            ("advice-public", "setzen Sie Ihr Antibiotikum"),
            ("clin-detail", "Ihr Antibiotikum"),
        ])
    );
    assert_eq!(
        found(
            "Setelah operasi lutut, pasien biasanya perlu fisioterapi beberapa minggu.",
            "id"
        ),
        v(&[])
    );
    assert_eq!(
        found(
            "Setelah operasi lutut kemarin, Pak Budi perlu fisioterapi.",
            "id"
        ),
        v(&[
            ("clin-detail", "operasi"),
            ("phi-date", "kemarin"),
            ("phi-name", "Pak Budi"),
            ("clin-detail", "fisioterapi"),
        ])
    );
    assert_eq!(
        found(
            "For anyone wondering, kids over 2 can take ibuprofen by weight.",
            "en"
        ),
        v(&[])
    );
    assert_eq!(
        found(
            "For anyone wondering, Maya can take ibuprofen by weight.",
            "en"
        ),
        v(&[("phi-name", "Maya"), ("advice-public", "take ibuprofen")])
    );
    let post = "Keep a current list of your medications in your wallet.";
    assert_eq!(found(post, "en"), v(&[]));
    assert_eq!(
        found_ctx(post, "The pharmacist mixed up my pills.", "en"),
        v(&[
            (
                "advice-public",
                "Keep a current list of your medications in your wallet"
            ),
            ("clin-detail", "your medications"),
        ])
    );
}

#[test]
fn coverage_notices_events_and_institution_ages() {
    assert_eq!(
        found(
            "While Dr. Osei is away, her patients can see Dr. Lee.",
            "en"
        ),
        v(&[])
    );
    assert_eq!(
        found("Dr. Osei was in for her cleaning today.", "en"),
        v(&[
            ("phi-name", "Osei"),
            ("rel-confirm", "was in for"),
            ("rel-confirm", "her cleaning"),
        ])
    );
    assert_eq!(
        found(
            "يوم السبت 10 مايو نقدم فحصاً مجانياً لضغط الدم في العيادة.",
            "ar"
        ),
        v(&[])
    );
    assert_eq!(
        found(
            "يوم السبت 10 مايو نقدم فحصاً مجانياً لضغط الدم لوالدك في العيادة.",
            "ar"
        ),
        v(&[
            ("phi-date", "يوم السبت"),
            ("phi-date", "10 مايو"),
            ("clin-detail", "لضغط الدم"),
            ("rel-confirm", "والدك"),
        ])
    );
    assert_eq!(
        found(
            "Our community turns 25 this year and we're throwing a block party!",
            "en"
        ),
        v(&[])
    );
    assert_eq!(
        found("Happy 10th birthday to Brightwater Family Health!", "en"),
        v(&[])
    );
    assert_eq!(
        found(
            "Happy 96th birthday to Mrs. Ruiz from the whole clinic!",
            "en"
        ),
        v(&[("phi-age", "96th birthday"), ("phi-name", "Mrs. Ruiz")])
    );
    assert_eq!(
        found("Our patient Rosa turns 95 this year!", "en"),
        v(&[
            ("rel-confirm", "Our patient"),
            ("phi-name", "Rosa"),
            ("phi-age", "turns 95"),
        ])
    );
}

#[test]
fn record_offers_to_anyone() {
    assert_eq!(
        found(
            "Moving out of state? We're happy to forward your records to your new clinic.",
            "en"
        ),
        v(&[])
    );
    assert_eq!(
        found(
            "We're happy to forward your records from your March 3 visit.",
            "en"
        ),
        v(&[
            ("rel-confirm", "your records"),
            ("rel-confirm", "your March 3 visit"),
            ("phi-date", "March 3"),
        ])
    );
}
