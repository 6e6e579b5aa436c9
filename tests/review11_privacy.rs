//! fixp11: the counterexamples of review11 (privacy findings 1-5, 13-15) through the public API
//! with the corpus practice policy, each with the exact findings (rule, quoted span) it must
//! give, beside the nearest true case the narrowed mechanism was written for.

mod common;
use common::{found, found_ctx, pairs as v};

#[test]
fn f1_only_an_imperative_prohibition_of_the_item_is_a_refusal() {
    assert_eq!(
        found_ctx(
            "Don't hesitate to post your date of birth and member ID below so we can look into it.",
            "You billed me twice",
            "en"
        ),
        v(&[("solicit-phi-public", "member ID below")])
    );
    assert_eq!(
        found(
            "Don't write to our inbox, just post your date of birth and policy number right here.",
            "en"
        ),
        v(&[("solicit-phi-public", "post your date of birth")])
    );
    assert_eq!(
        found(
            "We never share private info, so just write your date of birth in the comments and we'll look.",
            "en"
        ),
        v(&[("solicit-phi-public", "write your date of birth")])
    );
    assert_eq!(
        found(
            "Nunca compartimos datos: escriba su fecha de nacimiento en los comentarios y lo revisamos.",
            "es"
        ),
        v(&[
            ("solicit-phi-public", "escriba su fecha de nacimiento"),
            ("rel-confirm", "lo revisamos")
        ])
    );
    assert_eq!(
        found(
            "No deje de escribir su fecha de nacimiento en los comentarios.",
            "es"
        ),
        v(&[(
            "solicit-phi-public",
            "fecha de nacimiento en los comentarios"
        )])
    );
    assert_eq!(
        found(
            "Не пишите в директ, просто оставьте дату рождения в комментариях.",
            "ru"
        ),
        v(&[("solicit-phi-public", "оставьте дату рождения")])
    );
    // Real refusals stay clean.
    assert_eq!(
        found(
            "Please don't post your date of birth or member ID in the comments.",
            "en"
        ),
        v(&[])
    );
    assert_eq!(
        found(
            "Por favor, no publique su fecha de nacimiento en los comentarios.",
            "es"
        ),
        v(&[])
    );
    assert_eq!(
        found(
            "Не пишите дату рождения в комментариях, напишите нам в личные сообщения.",
            "ru"
        ),
        v(&[])
    );
}

#[test]
fn f2_a_named_persons_age_is_not_the_clinics() {
    assert_eq!(
        found("The clinic team sang as Rosa Mendez turns 95 today!", "en"),
        v(&[("phi-name", "Rosa Mendez"), ("phi-age", "turns 95")])
    );
    // The practice's own age is still no one's.
    assert_eq!(
        found("Brightwater Family Health turns 40 this year!", "en"),
        v(&[])
    );
}

#[test]
fn f3_a_transfer_already_done_is_no_offer() {
    assert_eq!(
        found_ctx(
            "We can send your X-rays to your new dentist, just like we did on March 3.",
            "Moved away, need my files",
            "en"
        ),
        v(&[
            ("clin-detail", "your X-rays"),
            ("rel-confirm", "your X-rays")
        ])
    );
    // A standing offer stays clean.
    assert_eq!(
        found_ctx(
            "We can send your X-rays to any dentist you pick.",
            "Moved away, need my files",
            "en"
        ),
        v(&[])
    );
}

#[test]
fn f4_at_risk_is_no_fair() {
    assert_eq!(
        found("زرتنا يوم الثلاثاء ١٢ مارس وأنت معرض لخطر التسوس.", "ar"),
        v(&[
            ("rel-confirm", "زرتنا"),
            ("phi-date", "يوم الثلاثاء"),
            ("phi-date", "١٢ مارس"),
            ("clin-detail", "التسوس")
        ])
    );
}

#[test]
fn f5_a_reaction_is_no_campaign() {
    assert_eq!(
        found(
            "Nach der Reaktion am 12. März geht es Ihnen hoffentlich besser.",
            "de"
        ),
        v(&[("phi-date", "12. März")])
    );
    // A flu-shot campaign open to all still dates and places no one: asserted in
    // review9_privacy.rs (f2), which pins the same sentence.
}

#[test]
fn f13_arabic_relative_needs_a_past_verb() {
    assert_eq!(
        found("اختر الطبيب الذي يناسبك واحجز عبر الرابط.", "ar"),
        v(&[])
    );
    assert_eq!(
        found("الممرضة التي ستستقبلك تتحدث العربية والإنجليزية.", "ar"),
        v(&[])
    );
    assert_eq!(
        found("الممرضة التي استقبلتك تبلغك تحياتها.", "ar"),
        v(&[("rel-confirm", "الممرضة التي استقبلتك")])
    );
}

#[test]
fn f14_episode_day_needs_a_care_noun() {
    assert_eq!(
        found(
            "Ваш стоматолог в субботу тоже работает — записывайтесь!",
            "ru"
        ),
        v(&[("phi-date", "в субботу")])
    );
    assert_eq!(
        found(
            "Ihre Hausarztpraxis vom Montag bis Freitag für Sie da.",
            "de"
        ),
        v(&[("phi-date", "Montag"), ("phi-date", "Freitag")])
    );
    // Care episodes tied to a day still confirm the relationship.
    assert_eq!(
        found("Ihre Blutdruckwerte vom Montag sehen gut aus.", "de"),
        v(&[
            ("rel-confirm", "Ihre Blutdruckwerte vom Montag"),
            ("phi-date", "Montag")
        ])
    );
    assert_eq!(
        found(
            "Ihre Rückenschmerzen vom Mittwoch sind hoffentlich besser geworden.",
            "de"
        ),
        v(&[
            ("rel-confirm", "Ihre Rückenschmerzen vom Mittwoch"),
            ("phi-date", "Mittwoch")
        ])
    );
}

#[test]
fn f15_staff_news_is_no_patients_stay() {
    assert_eq!(
        found(
            "Bonne continuation à notre stagiaire Julie : votre passage au cabinet a été précieux pour toute l'équipe.",
            "fr"
        ),
        v(&[])
    );
    assert!(!found(
        "¡Gracias, Dra. Ruiz! Su paso por nuestra clínica fue inolvidable para todo el equipo.",
        "es"
    )
    .iter()
    .any(|(r, _)| r == "rel-confirm"));
    assert_eq!(
        found(
            "Медсестра, которая вас встречала 25 лет, уходит на пенсию.",
            "ru"
        ),
        v(&[("phi-age", "25 лет")])
    );
    // A patient's stay and encounter still confirm the relationship.
    assert_eq!(
        found("Медсестра, которая вас встречала, передаёт привет.", "ru"),
        v(&[("rel-confirm", "Медсестра, которая вас встречала")])
    );
    assert_eq!(
        found(
            "Votre passage au cabinet a été un peu long, désolés pour l'attente.",
            "fr"
        ),
        v(&[("rel-confirm", "Votre passage au cabinet a été")])
    );
    assert_eq!(
        found(
            "Su paso por nuestra clínica fue rápido, gracias por su paciencia.",
            "es"
        ),
        v(&[("rel-confirm", "Su paso por nuestra clínica fue")])
    );
}

/// "Dra." (Doctora) is a title, not a name (the reviewer's f15 input showed 'Dra' flagged as
/// phi-name); a title before a reviewer's surname still leaves the surname flagged.
#[test]
fn dra_is_a_title_not_a_name() {
    assert_eq!(
        found("¡Gracias, Dra. Ruiz! Nos vemos pronto.", "es"),
        v(&[])
    );
    assert_eq!(
        found("¡Gracias, Sra. Ruiz, por su reseña!", "es"),
        v(&[("phi-name", "Sra. Ruiz")])
    );
}
