//! clin16 (session 15): word classes widened after the paraphrase batch `rm` (the clinical terms'
//! WordNet synonyms and lay device/anaesthesia/stone names, Arabic blood sugar, midday and
//! midnight, clock times in words, the other ways to say overnight, casual kin before a name),
//! each with the same words used where they tie to no one. Whole scanner, corpus practice policy.

mod common;
use common::found;

fn spans(text: &str, lang: &str, rule: &str) -> Vec<String> {
    found(text, lang)
        .into_iter()
        .filter(|(r, _)| r == rule)
        .map(|(_, q)| q)
        .collect()
}

#[test]
fn wordnet_synonym_of_a_listed_condition_is_clinical() {
    // "renal calculus" is WordNet's synonym of the listed "kidney stone".
    assert_eq!(
        spans(
            "Mr. Halvorsen passed his renal calculus on Monday.",
            "en",
            "clin-detail"
        ),
        ["his renal calculus"]
    );
    assert!(spans(
        "Renal calculus: what causes it and how to prevent it.",
        "en",
        "clin-detail"
    )
    .is_empty());
}

#[test]
fn lay_device_and_anaesthesia_names_are_clinical() {
    assert_eq!(
        spans(
            "His new hearing devices came in yesterday.",
            "en",
            "clin-detail"
        ),
        ["His new hearing devices"]
    );
    assert!(spans(
        "We now fit hearing devices at both of our offices.",
        "en",
        "clin-detail"
    )
    .is_empty());
    assert_eq!(
        spans(
            "Hope your regional block kept you comfortable!",
            "en",
            "clin-detail"
        ),
        ["your regional block"]
    );
    assert!(spans(
        "A regional block numbs only the part of the body being operated on.",
        "en",
        "clin-detail"
    )
    .is_empty());
}

#[test]
fn lay_short_names_need_the_person() {
    assert_eq!(
        spans(
            "Thank you for sharing your endo story with us.",
            "en",
            "clin-detail"
        ),
        ["your endo"]
    );
    assert!(spans(
        "Endo awareness month: learn the signs with us.",
        "en",
        "clin-detail"
    )
    .is_empty());
    // "snip" is an everyday word (`w`): a possessive and a care cue make it the vasectomy.
    assert_eq!(
        spans(
            "So glad your snip was over so quickly!",
            "en",
            "clin-detail"
        ),
        ["your snip"]
    );
    assert!(spans(
        "Snip the coupon and bring it to the front desk.",
        "en",
        "clin-detail"
    )
    .is_empty());
}

#[test]
fn arabic_blood_sugar_is_a_result() {
    assert_eq!(
        spans("يسعدنا أن سكر الدم عندك صار منضبطاً", "ar", "clin-detail"),
        ["سكر الدم"]
    );
    assert!(spans("قياس سكر الدم في المنزل سهل.", "ar", "clin-detail").is_empty());
}

#[test]
fn midday_and_clock_times_in_words_date_a_visit() {
    assert_eq!(
        spans("You came to the window around midday.", "en", "phi-date"),
        ["midday"]
    );
    assert!(spans("We close at midday on Saturdays.", "en", "phi-date").is_empty());
    assert_eq!(
        spans(
            "You were at our door at quarter past seven.",
            "en",
            "phi-date"
        ),
        ["quarter past seven"]
    );
    assert_eq!(
        spans("Your daughter was seen at ten to eight.", "en", "phi-date"),
        ["ten to eight"]
    );
    assert!(spans(
        "Doors open at quarter past seven every weekday.",
        "en",
        "phi-date"
    )
    .is_empty());
}

#[test]
fn during_the_night_after_a_past_verb_dates_care() {
    assert_eq!(
        spans(
            "Grandpa had a stroke and it hit him during the night.",
            "en",
            "phi-date"
        ),
        ["during the night"]
    );
    assert!(spans(
        "Leave the mouthguard in during the night.",
        "en",
        "phi-date"
    )
    .is_empty());
}

#[test]
fn casual_kin_word_before_a_name_cues_it() {
    assert_eq!(
        spans(
            "Welcome to the world! Big bro Noah can't stop smiling.",
            "en",
            "phi-name"
        ),
        ["Noah"]
    );
    assert!(spans("thanks bro, see you soon", "en", "phi-name").is_empty());
}

#[test]
fn a_contest_deadline_to_every_follower_dates_no_one() {
    assert!(spans(
        "Our kids' colouring contest has prizes. Get your entries in by Friday!",
        "en",
        "phi-date"
    )
    .is_empty());
    // A person's own care on the same day stays dated.
    assert_eq!(
        spans("Your cast comes off Friday", "en", "phi-date"),
        ["Friday"]
    );
}

#[test]
fn arabic_month_of_and_part_of_a_weekday_date_a_visit() {
    assert_eq!(
        spans("حسب ملفك، آخر زيارة لك كانت في شهر مارس.", "ar", "phi-date"),
        ["في شهر مارس"]
    );
    assert!(spans("نفتتح الفرع الجديد في شهر مارس.", "ar", "phi-date").is_empty());
    assert_eq!(
        spans("استقبلناك صباح الخميس في الغرفة 5", "ar", "phi-date"),
        ["صباح الخميس"]
    );
    assert!(spans("العيادة مغلقة صباح الخميس.", "ar", "phi-date").is_empty());
}
