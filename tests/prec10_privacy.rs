//! prec10: dates and places of no one (`disclosure::unowned`) through the public API with the
//! corpus practice policy: each clean wording gives no finding, and the same words tied to a
//! person keep their exact findings (rule, quoted span).

mod common;
use common::found;

fn has(v: &[(String, String)], rule: &str, span: &str) -> bool {
    v.iter().any(|(r, s)| r == rule && s == span)
}

#[test]
fn the_teams_own_day_is_no_patients_date() {
    let t = "We spent Saturday painting the lobby, come see the new colors at your next visit!";
    assert_eq!(found(t, "en"), vec![]);
    // The reader's relative in the date's clause keeps the date.
    let v = found(
        "We spent Saturday with your dad in the lobby after his fall.",
        "en",
    );
    assert!(has(&v, "phi-date", "Saturday"), "{v:?}");
    let v = found("We saw you Saturday in the lobby, thanks for coming!", "en");
    assert!(has(&v, "phi-date", "Saturday"), "{v:?}");
    assert!(has(&v, "rel-confirm", "We saw you"), "{v:?}");
}

#[test]
fn a_draw_an_offer_and_a_talk_date_no_one() {
    let t = "Win a free whitening kit! Just comment your favorite emoji 👇 Winner picked Friday, no purchase needed.";
    assert!(!has(&found(t, "en"), "phi-date", "Friday"));
    let t = "Operasi katarak sekarang bisa dijadwalkan hari Sabtu juga. Info di (555) 201-3300 🎉";
    assert!(!has(&found(t, "id"), "phi-date", "Sabtu"));
    let t = "ندعوكم لمحاضرة عن السكري يوم الأحد في المكتبة العامة، الدخول مجاني.";
    assert_eq!(found(t, "ar"), vec![]);
    // A named winner with her care keeps the date.
    let v = found(
        "Winner of our raffle, Mrs. Ortiz, picked up her prize Friday after her cleaning.",
        "en",
    );
    assert!(has(&v, "phi-date", "Friday"), "{v:?}");
    assert!(has(&v, "phi-name", "Mrs. Ortiz"), "{v:?}");
}

#[test]
fn a_part_of_the_site_is_no_patients_place() {
    let t = "Our suite moved from the third floor to Suite 300; the old entrance on Pine Street is now closed.";
    assert!(!has(&found(t, "en"), "phi-geo", "Pine Street"));
    // A person in the clause keeps the street (dev px-0052).
    let v = found(
        "The gentleman from Elm Street who had the stroke in our parking garage last week is home now.",
        "en",
    );
    assert!(has(&v, "phi-geo", "Elm Street"), "{v:?}");
    let v = found(
        "Your mom told us she lives past the entrance on Maple Avenue.",
        "en",
    );
    assert!(has(&v, "phi-geo", "Maple Avenue"), "{v:?}");
}
