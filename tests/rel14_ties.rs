//! rel14: the practice's tie to one person said without visit words (`disclosure::ties`,
//! corpus convention g) and the single merge of overlapping `rel-confirm` findings after every
//! stage (review12 finding 11), through the whole scanner with the corpus practice policy.

mod common;
use common::found;

fn rel(text: &str, lang: &str) -> Vec<String> {
    found(text, lang)
        .into_iter()
        .filter(|(r, _)| r == "rel-confirm")
        .map(|(_, q)| q)
        .collect()
}

/// review12 f11: the packs' "had his cataract surgery with" and agency's "his cataract surgery
/// with Dr. Lee" overlapped; they are one phrase, underlined once.
#[test]
fn overlapping_relationship_phrases_are_merged_once() {
    assert_eq!(
        rel(
            "Mr. Diaz had his cataract surgery with Dr. Lee last week.",
            "en"
        ),
        ["had his cataract surgery with Dr. Lee"]
    );
    // Two relationship phrases that do not overlap stay two.
    assert_eq!(
        rel(
            "Welcome back! We've been treating your mom for years.",
            "en"
        ),
        ["Welcome back", "We've been treating your mom for years"]
    );
}

#[test]
fn membership_and_staff_reports_are_relationships() {
    assert_eq!(
        rel(
            "Congrats to our longest-serving resident on turning 101!",
            "en"
        ),
        ["our longest-serving resident"]
    );
    assert_eq!(
        rel("Nurse Dana says your grandpa slept well.", "en"),
        ["Nurse Dana says"]
    );
    assert_eq!(
        rel("Рады были видеть вас в четверг!", "ru"),
        ["Рады были видеть вас"]
    );
}

#[test]
fn members_in_general_services_and_staff_news_are_clean() {
    for (t, l) in [
        (
            "Our residents' garden opens Sunday, families welcome.",
            "en",
        ),
        ("We've been treating knees since 1998.", "en"),
        ("Nurse Dana finished her wound-care course this week.", "en"),
        ("Unsere Bewohner freuen sich auf den Adventsbasar.", "de"),
        (
            "Llevamos treinta años atendiendo a las familias del barrio.",
            "es",
        ),
    ] {
        assert_eq!(rel(t, l), Vec::<String>::new(), "{t}");
    }
}
