//! Disclosure detection through the public API: the privacy packs' own examples and
//! counterexamples, and hand-written positives and hard negatives with exact spans.

use replyguard::packs::{builtin, parse_example};
use replyguard::{Input, Policy, Scanner};

mod common;
use common::PRIVACY;

fn scanner() -> &'static Scanner {
    static S: std::sync::OnceLock<Scanner> = std::sync::OnceLock::new();
    S.get_or_init(|| Scanner::new(&practice_policy()).unwrap())
}

/// A practice like the corpus one: its own phone, address and staff must never be flagged.
fn practice_policy() -> Policy {
    Policy::from_json(
        r#"{"version":1,"name":"test","practice":{
            "name":"Brightwater Family Health",
            "staff":["Dr. Anita Patel","Dr. Marcus Lee","Maria Lopez"],
            "phones":["(555) 201-3300"],
            "emails":["hello@brightwaterhealth.example"],
            "addresses":["88 Orchard Street, Lakeside, CA 94012"],
            "websites":["https://brightwaterhealth.example"],
            "handles":["@BrightwaterHealth"]}}"#,
    )
    .unwrap()
}

/// (rule, quoted span) of every finding.
fn found(input: &Input) -> Vec<(String, String)> {
    scanner()
        .scan(input)
        .into_iter()
        .map(|f| (f.rule, input.text[f.start..f.end].to_string()))
        .collect()
}

fn found_text(text: &str) -> Vec<(String, String)> {
    found(&Input::new(text))
}

fn pair(rule: &str, span: &str) -> (String, String) {
    (rule.to_string(), span.to_string())
}

// prec6 (issue 3, precision): compliant notices and staff news that reuse the words of the
// privacy rules. Each test pairs the compliant wording with a close problem wording.

#[test]
fn an_organisation_or_office_possessive_is_not_a_person() {
    for text in [
        "The Lakeside Fire Department's open house is Saturday. Our nurses will be there taking blood pressures.",
        "Proud sponsor of the Westfield Rotary Club's annual charity golf tournament.",
        "Thank you, Mayor's Office, for naming October 12 Lakeside Health Day.",
    ] {
        assert_eq!(found_text(text), vec![], "{text}");
    }
    // A person's possessive before a care word is still a name.
    assert!(found_text("Here's Kayla's x-ray from her visit.").contains(&pair("phi-name", "Kayla")));
}

#[test]
fn a_language_spoken_or_a_school_where_staff_trained_is_not_a_place() {
    for text in [
        "Please welcome Dr. Dewi Santoso, our new pediatrician! She trained at UCSF and speaks English and Indonesian.",
        "Selamat datang di tim kami, dokter anak baru kami! Beliau bisa berbahasa Indonesia dan Inggris.",
        "Please welcome Dr. Marcus Lee! He did his residency at Stanford and speaks Spanish.",
    ] {
        assert_eq!(found_text(text), vec![], "{text}");
    }
    // A place after a patient is still the patient's, even next to a language.
    assert!(found_text("Our patient from Fairview speaks Spanish.")
        .contains(&pair("phi-geo", "Fairview")));
}

#[test]
fn health_education_your_is_anyones() {
    for text in [
        "Your cholesterol numbers aren't the whole story. Ask your doctor about your overall heart risk.",
        "How to use your inhaler correctly, in three steps, with our respiratory therapist.",
        "Your first mammogram is recommended at age 40. Most insurance plans cover it in full.",
        "Si usted toma anticoagulantes, avise a su dentista antes de una extracción.",
        "Si vous prenez un anticoagulant, prévenez votre dentiste avant une extraction.",
    ] {
        assert_eq!(found_text(text), vec![], "{text}");
    }
    // A visit planned or a result found stays the reader's, advice or not.
    let planned =
        found_text("Your mammogram is scheduled for Tuesday. If you need to reschedule, call us.");
    assert!(
        planned.contains(&pair("rel-confirm", "Your mammogram")),
        "{planned:?}"
    );
    let result = found_text("Your biopsy was benign. Ask your doctor about next steps.");
    assert!(
        result.contains(&pair("clin-detail", "Your biopsy")),
        "{result:?}"
    );
    // A reply to a review is said to its author, whatever advice it holds.
    let reply = found(&Input {
        context: "My gums bleed every time.".into(),
        ..Input::new("Sorry your gum disease flared up. Ask your dentist about a deep cleaning.")
    });
    assert!(!reply.is_empty());
}

#[test]
fn a_day_after_live_and_a_german_preposition_are_not_place_or_name() {
    for text in [
        "Stroke awareness: remember BE FAST. Our neurologist Dr. Marcus Lee will answer questions live on Thursday at noon.",
        "Zum Schutz Ihrer Daten: Posten Sie niemals Ihr Geburtsdatum in den Kommentaren.",
    ] {
        assert_eq!(found_text(text), vec![], "{text}");
    }
    assert!(found_text("Our patient who lives on Maple Court is home.")
        .contains(&pair("phi-geo", "Maple Court")));
}

#[test]
fn a_pronoun_after_a_clinicians_sentence_is_the_clinician() {
    assert_eq!(
        found_text("Dr. Marcus Lee is at a conference this week. He is back on March 12."),
        vec![]
    );
    // A patient or a care event in the first sentence keeps the pronoun a patient.
    let born =
        found_text("Dr. Marcus Lee delivered a baby girl this morning. She was born at 3 am.");
    assert!(born.contains(&pair("phi-date", "3 am")), "{born:?}");
    let aged = found_text("Dr. Marcus Lee checked on Mrs. Ortiz. She turns 94 on Friday.");
    assert!(aged.contains(&pair("phi-age", "94")), "{aged:?}");
}

#[test]
fn years_of_service_saints_and_the_practices_van_are_nobodys_data() {
    for text in [
        "Felicidades al Dr. Marcus Lee por sus 20 años en la clínica.",
        "Gracias a la parroquia de San José por prestarnos su salón para la feria de salud.",
        "Welcome to our team, Dr. Marcus Lee! He comes to us from Cleveland Clinic and sees adults 18 and older.",
        "Our mobile clinic visits the Eastgate neighborhood every second Tuesday.",
    ] {
        assert_eq!(found_text(text), vec![], "{text}");
    }
    assert!(found_text("Happy 95th birthday to our patient Rose!")
        .contains(&pair("phi-age", "95th birthday")));
    assert!(
        found_text("The patient from the Eastgate neighborhood is doing well.")
            .contains(&pair("phi-geo", "the Eastgate"))
    );
}

#[test]
fn pack_examples_give_their_spans_and_counterexamples_stay_silent() {
    let mut failures = Vec::new();
    // Examples are test data, read from rules/*.toml (the engine does not embed them).
    for spec in common::packs::rules()
        .iter()
        .filter(|r| PRIVACY.contains(&r.id.as_str()))
    {
        for ex in &spec.examples {
            let (text, spans) = parse_example(ex);
            let got: Vec<(usize, usize)> = scanner()
                .scan(&Input::new(&text))
                .into_iter()
                .filter(|f| f.rule == spec.id)
                .map(|f| (f.start, f.end))
                .collect();
            for s in &spans {
                if !got.contains(s) {
                    failures.push(format!(
                        "{}: missed [{}] in {ex:?} (got {got:?})",
                        spec.id,
                        &text[s.0..s.1]
                    ));
                }
            }
            for g in &got {
                if !spans.iter().any(|s| s.0 < g.1 && g.0 < s.1) {
                    failures.push(format!(
                        "{}: extra {:?} in {ex:?}",
                        spec.id,
                        &text[g.0..g.1]
                    ));
                }
            }
        }
        for cx in &spec.counterexamples {
            let hits: Vec<String> = scanner()
                .scan(&Input::new(cx))
                .into_iter()
                .filter(|f| f.rule == spec.id)
                .map(|f| cx[f.start..f.end].to_string())
                .collect();
            if !hits.is_empty() {
                failures.push(format!(
                    "{}: counterexample {cx:?} flagged {hits:?}",
                    spec.id
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_privacy_rule_has_examples_and_words() {
    for id in PRIVACY {
        let spec = builtin().iter().find(|r| r.id == *id).unwrap();
        assert!(
            spec.message.contains("{quote}"),
            "{id} message quotes the span"
        );
        assert!(!spec.suggestion.is_empty(), "{id} has a suggestion");
    }
}

#[test]
fn greeting_and_appointment_are_caught() {
    let got = found_text("Hi Derek, sorry about the wait at your 9:15 appointment.");
    assert!(got.contains(&pair("phi-name", "Derek")), "{got:?}");
    assert!(
        got.contains(&pair("rel-confirm", "your 9:15 appointment")),
        "{got:?}"
    );
}

#[test]
fn event_date_and_practice_phone_are_silent() {
    assert_eq!(
        found_text("Flu shots start October 1, call us at 555-201-3300"),
        vec![]
    );
}

#[test]
fn finding_quotes_the_span_and_suggests_a_rewrite() {
    let f = scanner().scan(&Input::new("Welcome back, we loved seeing you!"));
    let rc = f
        .iter()
        .find(|f| f.rule == "rel-confirm")
        .expect("rel-confirm");
    assert_eq!(
        rc.message,
        "Confirms that this person is a patient: 'Welcome back'"
    );
    assert!(rc.suggestion.as_deref().unwrap().contains("(555) 201-3300"));
}

#[test]
fn hard_negatives_stay_silent() {
    for text in [
        "Dr. Patel and Maria Lopez are in on Saturdays; call (555) 201-3300.",
        "Visit us at 88 Orchard Street, Lakeside, CA 94012.",
        "We are closed on May 3 for staff training.",
        "About 1 in 3 adults has high blood pressure.",
        "Adults 45 and older should get a colonoscopy.",
        "Root canals save teeth, and modern ones are comfortable.",
        "Thank you for your kind words! We're glad you had a good experience.",
        "Our patients love the new waiting room.",
        "Book your next cleaning online anytime.",
        "Prenatal classes are held in room 312 on Tuesdays.",
        "Flu shots are available for everyone 6 months and older.",
    ] {
        assert_eq!(found_text(text), vec![], "{text}");
    }
}

#[test]
fn echo_needs_the_review() {
    let reply = "So glad your new knee is doing well!";
    let with = found(&Input::new(reply).with_context("My knee replacement went great."));
    assert_eq!(with, vec![pair("echo-disclosure", "your new knee")]);
    assert!(found_text(reply)
        .iter()
        .all(|(r, _)| r != "echo-disclosure"));
}

#[test]
fn review_author_is_not_named() {
    let input =
        Input::new("Thanks for the feedback, Samir. We'd like to talk.").with_author("Samir");
    assert_eq!(found(&input), vec![pair("phi-name", "Samir")]);
}

#[test]
fn third_person_clinical_and_location() {
    let got = found_text(
        "Shoutout to the lady in room 312 who brought cookies after her gallbladder surgery!",
    );
    assert_eq!(
        got,
        vec![
            pair("loc-hint", "room 312"),
            pair("clin-detail", "her gallbladder surgery")
        ]
    );
}

#[test]
fn languages_without_a_lang_field() {
    let got = found_text("Gracias Lucía, lamentamos la espera en su cita.");
    assert_eq!(
        got,
        vec![pair("phi-name", "Lucía"), pair("rel-confirm", "su cita")]
    );
    let got = found_text("Спасибо, ждём вас на следующем приёме! Как ваша пломба?");
    assert!(
        got.iter()
            .any(|(r, s)| r == "clin-detail" && s.contains("пломба")),
        "{got:?}"
    );
}

/// Runs `text` and compares every finding, in order, with `want` (rule, quoted span).
fn expect(text: &str, want: &[(&str, &str)]) {
    let want: Vec<(String, String)> = want.iter().map(|(r, s)| pair(r, s)).collect();
    assert_eq!(found_text(text), want, "{text}");
}

#[test]
fn ages_names_and_places_found_by_use() {
    expect(
        "Happy 101st birthday to our dear patient Mrs. Okonkwo!",
        &[
            ("phi-age", "101st birthday"),
            ("rel-confirm", "our dear patient"),
            ("phi-name", "Mrs. Okonkwo"),
        ],
    );
    expect(
        "We're so proud of Benny, age 4, who was brave at his first dental visit!",
        &[
            ("phi-name", "Benny"),
            ("phi-age", "age 4"),
            ("rel-confirm", "his first dental visit"),
        ],
    );
    expect(
        "Thanks Gina! Tell everyone on Harmon Ave we said hi.",
        &[("phi-name", "Gina"), ("phi-geo", "Harmon Ave")],
    );
}

#[test]
fn labelled_numbers_and_other_day_forms() {
    expect(
        "Your results were faxed to your cardiologist at fax 555-640-1123 on Monday.",
        &[
            ("rel-confirm", "Your results"),
            ("phi-contact", "555-640-1123"),
            ("phi-date", "Monday"),
        ],
    );
    expect(
        "Votre dossier (n° IPP 00481123) est complet chez nous.",
        &[("rel-confirm", "Votre dossier"), ("phi-idnum", "00481123")],
    );
    expect(
        "Bonjour Julien, désolés pour l'attente lors de votre rendez-vous de 9h15.",
        &[
            ("phi-name", "Julien"),
            ("rel-confirm", "votre rendez-vous"),
            ("phi-date", "9h15"),
        ],
    );
}

#[test]
fn handles_and_care_acts() {
    expect(
        "Follow our patient @brave_bella_bee to see her recovery!",
        &[
            ("rel-confirm", "our patient"),
            ("phi-web", "@brave_bella_bee"),
            ("clin-detail", "her recovery"),
        ],
    );
    // agency13 (corpus convention f): the practice as agent of the person's diagnosis ("we
    // caught") confirms the relationship too; before, only the term was reported.
    expect(
        "Glad we caught the pneumonia early! Rest up.",
        &[
            ("rel-confirm", "we caught the pneumonia"),
            ("clin-detail", "pneumonia"),
        ],
    );
}

#[test]
fn words_that_look_like_names_are_not() {
    for text in [
        // German capitalises every noun.
        "Danke, dass Sie sich die Zeit für diese Bewertung genommen haben.",
        // The practice's own town (from the policy address).
        "Thank you, Lakeside, for trusting us for 25 years.",
        // A drug brand in health education.
        "Wegovy is a prescription medicine for chronic weight management in some adults.",
        "Flu shots start October 1! Walk in Monday to Friday, no appointment needed.",
    ] {
        expect(text, &[]);
    }
}

/// Places reached or lived in, tied to a person only when the sentence is about one; the
/// same places in directions, branch openings and events stay silent.
#[test]
fn places_tied_by_the_sentence_not_by_a_list() {
    expect(
        "Hope the roads out to Pine Bluff were clear after your visit.",
        &[("phi-geo", "Pine Bluff"), ("rel-confirm", "your visit")],
    );
    expect(
        "Unser Patient aus Oberdorf ist wieder zu Hause.",
        &[("rel-confirm", "Unser Patient"), ("phi-geo", "Oberdorf")],
    );
    expect(
        "Наша пациентка из посёлка Светлый уже дома.",
        &[
            ("rel-confirm", "Наша пациентка"),
            ("phi-geo", "посёлка Светлый"),
        ],
    );
    expect(
        "The nearest pharmacy is on Birch Street, two blocks south.",
        &[],
    );
    expect("Unsere neue Filiale in Oberdorf öffnet am Montag.", &[]);
    expect(
        "Наш новый филиал в посёлке Светлый открывается в понедельник.",
        &[],
    );
}

/// Relative days date a visit in a clause about a person, and stay silent about events.
#[test]
fn relative_days_in_each_language() {
    expect(
        "When you were here last week the wait was long.",
        &[
            ("rel-confirm", "When you were here"),
            ("phi-date", "last week"),
        ],
    );
    expect(
        "Cuando estuvo con nosotros la semana pasada todo salió bien.",
        &[
            ("rel-confirm", "Cuando estuvo con nosotros"),
            ("phi-date", "la semana pasada"),
        ],
    );
    expect(
        "We have you booked for December 9.",
        &[
            ("rel-confirm", "We have you booked"),
            ("phi-date", "December 9"),
        ],
    );
    expect(
        "Last week we hosted 200 neighbors at our free screening.",
        &[],
    );
}

/// Asserts that `text` yields a finding of `rule` quoting exactly `span` (other findings may
/// come with it: a reply often breaks several rules at once).
fn has(text: &str, rule: &str, span: &str) {
    let got = found_text(text);
    assert!(
        got.contains(&pair(rule, span)),
        "{text}: want {rule} [{span}], got {got:?}"
    );
}

/// Asserts that no privacy rule fires on `text`.
fn silent(text: &str) {
    let got: Vec<(String, String)> = found_text(text)
        .into_iter()
        .filter(|(r, _)| PRIVACY.contains(&r.as_str()))
        .collect();
    assert!(got.is_empty(), "{text}: want nothing, got {got:?}");
}

/// Care given to the reader or their family, said by grammar rather than a fixed phrase:
/// anyone who cared for "you/your X", "the N we delivered", the reader's family as subject
/// of a past visit, a care step done to "your <clinical term>", in several languages.
#[test]
fn relationship_by_care_grammar() {
    has(
        "The hygienist who cleaned your teeth on Wednesday remembers you fondly.",
        "rel-confirm",
        "who cleaned your teeth",
    );
    has(
        "The twins we delivered last Halloween are walking already!",
        "rel-confirm",
        "The twins we delivered",
    );
    has(
        "Your crown was seated on the 2nd and the fit was perfect.",
        "rel-confirm",
        "Your crown",
    );
    // rel14: the care verb's "We rechecked your" and the possessive "your blood pressure"
    // overlap and are merged into one relationship phrase (review12 f11).
    has(
        "We rechecked your blood pressure three times that day.",
        "rel-confirm",
        "We rechecked your blood pressure",
    );
    has(
        "Su hijo estuvo con nosotros el sábado y se portó muy bien.",
        "rel-confirm",
        "Su hijo estuvo",
    );
    has(
        "Le dentiste vous a reçu à 14h10.",
        "rel-confirm",
        "vous a reçu",
    );
    has("Lily, 6, was so brave today.", "phi-age", "6");
    has("Lily, 6, was so brave today.", "phi-name", "Lily");
}

/// Roles, places and days that single a patient out, found by their form in a care sentence.
#[test]
fn unique_roles_units_and_holidays() {
    has(
        "Our patient, the retired fire chief, turns 91 on Sunday.",
        "phi-unique",
        "the retired fire chief",
    );
    has(
        "The woman who runs the food truck on 5th came in with a nasty burn today.",
        "phi-unique",
        "The woman who runs the food truck on 5th",
    );
    has(
        "We admitted her on Christmas Eve and she went home New Year's Day.",
        "phi-date",
        "on Christmas Eve",
    );
    has(
        "We admitted her on Christmas Eve and she went home New Year's Day.",
        "phi-date",
        "New Year's Day",
    );
    has(
        "Shout out to the sweet lady down in the ICU who knits hats for the nurses.",
        "loc-hint",
        "down in the ICU",
    );
}

/// The same words about the practice, a season, a schedule or everyone stay silent.
#[test]
fn generalised_rules_keep_their_hard_negatives() {
    silent("Is (555) 201-3300 the best way to reach us?");
    silent("Protect your teeth this Halloween: drink water after candy.");
    silent("We're adding staff on Mondays to shorten the wait.");
    silent("Welcome back, everyone! Our lobby is open again.");
    silent("Bay 6 of our parking garage is closed for repairs this week.");
    silent("Zimmer 7 ist jetzt unser neuer Stillraum.");
    silent("We hope the new year is treating you well!");
    silent("The Lakeside High valedictorian spoke at our scholarship dinner last week.");
    silent("The food truck on 5th is giving free lunch to anyone who gets a flu shot today.");
}

#[test]
fn the_practice_street_found_by_use_is_not_a_patient_place() {
    // The same sentence as in `ages_names_and_places_found_by_use`, with the practice's own
    // street (88 Orchard Street in the policy) instead of a patient's.
    expect(
        "Thanks Gina! Tell everyone on Orchard Street we said hi.",
        &[("phi-name", "Gina")],
    );
}

/// The practice's own town is allowed by its policy, not by the engine: "Lakeside" (the town in
/// this policy's address) is no patient's place here, but for a practice with no address
/// there it is one ("from Lakeside" tied to a recovery).
#[test]
fn the_practice_town_is_allowed_by_the_policy_not_by_the_engine() {
    let text = "Congrats to Maya from Lakeside on her recovery!";
    let input = Input::new(text);
    assert!(!found(&input).contains(&pair("phi-geo", "Lakeside")));
    let elsewhere = Scanner::new(&Policy::default_policy()).unwrap();
    let got: Vec<(String, String)> = elsewhere
        .scan(&input)
        .into_iter()
        .map(|f| (f.rule, text[f.start..f.end].to_string()))
        .collect();
    assert!(got.contains(&pair("phi-geo", "Lakeside")), "{got:?}");
}

/// Clinical words about no one's care: an offer to every reader, a term about every case, a
/// practice event named by the term, a cooking recipe. Each keeps its possessive twin flagged.
#[test]
fn clinical_words_in_offers_events_every_case_and_recipes_are_not_care() {
    let clean = [
        ("Refer a friend and you both get $25 off whitening this month!", "en"),
        (
            "Consejo general: consulte con su farmacéutico cómo tomar cada antibiótico; algunos no se deben tomar con leche.",
            "es",
        ),
        ("Pak Kepala Desa membuka acara vaksinasi di klinik kami.", "id"),
        ("Tulis resep sehat favorit Anda di kolom komentar!", "id"),
    ];
    for (text, lang) in clean {
        let mut input = Input::new(text);
        input.lang = lang.to_string();
        let got = found(&input);
        assert!(
            got.iter().all(|(r, _)| r != "clin-detail"),
            "{text}: {got:?}"
        );
    }
    assert!(
        found_text("tell ur mom about our mammogram event next wk!!")
            .iter()
            .all(|(r, _)| r != "clin-detail")
    );
    // The same words owned by the reader are still their care.
    assert!(found_text("Glad your whitening went well!")
        .contains(&pair("clin-detail", "your whitening")));
    let mut es = Input::new("Su antibiótico le provocó náuseas, lo sentimos.");
    es.lang = "es".to_string();
    assert!(
        found(&es)
            .iter()
            .any(|(r, q)| r == "clin-detail" && q.ends_with("antibiótico")),
        "{:?}",
        found(&es)
    );
}

/// Organisation acronyms and drug brands led by a capitalised article are not names; a
/// real name in the same place still is.
#[test]
fn acronyms_and_article_led_brands_are_not_names() {
    let got =
        found_text("Our team attended a webinar on the FTC's consumer review rule this week.");
    assert!(got.is_empty(), "{got:?}");
    let mut fr =
        Input::new("Le Wegovy est un médicament sur ordonnance ; il peut provoquer des nausées.");
    fr.lang = "fr".to_string();
    let got = found(&fr);
    assert!(got.iter().all(|(r, _)| r != "phi-name"), "{got:?}");
    assert!(
        found_text("Hi Derek, so glad your knee is better.").contains(&pair("phi-name", "Derek"))
    );
}

/// Second-person idioms ("on your own", "at your pace", "your frustration") do not make a
/// clause about the reader's care, and a contest is an event whose date is no one's visit.
#[test]
fn second_person_idioms_and_contests_do_not_tie_care_or_dates() {
    for text in [
        "Never stop a blood thinner on your own before dental work; the doctor who prescribed it decides that.",
        "Painless? Not always, but we use numbing gel and go at your pace.",
        "Post a photo of your pet in a costume for our Halloween contest!",
    ] {
        let got = found_text(text);
        assert!(got.is_empty(), "{text}: {got:?}");
    }
    assert!(
        found_text("So sorry the numbing wore off early during your filling.")
            .iter()
            .any(|(r, _)| r == "clin-detail" || r == "rel-confirm")
    );
}

/// Conditions ("bei Zahnschmerzen", "jika Anda sakit gigi"), "their" with no person in the
/// sentence, and "für Sie da" (there for you) are advice and availability, not someone's care.
#[test]
fn conditions_thing_possessives_and_availability_are_not_care() {
    for (text, lang) in [
        ("Bei Zahnschmerzen rufen Sie uns bitte an, wir finden schnell einen Termin.", "de"),
        ("Hair loss has many causes. A visit can help sort out which options, if any, make sense, along with their side effects.", "en"),
        ("Maria Lopez ist ab Montag wieder für Sie da.", "de"),
        ("Our office manager would like to talk about your bill: (555) 201-3300.", "en"),
    ] {
        let mut input = Input::new(text);
        input.lang = lang.to_string();
        let got = found(&input);
        assert!(got.is_empty(), "{text}: {got:?}");
    }
    let mut id =
        Input::new("Jika Anda sakit gigi, hubungi kami dan kami akan segera menjadwalkan Anda.");
    id.lang = "id".to_string();
    assert!(
        found(&id).iter().all(|(r, _)| r != "clin-detail"),
        "{:?}",
        found(&id)
    );
    // The person's own care in the same words is still found.
    assert!(
        found_text("Glad her side effects eased after we switched her meds.")
            .iter()
            .any(|(r, _)| r == "clin-detail")
    );
}

/// Public-health sources ("según la OMS", "حسب منظمة الصحة العالمية"), staff vacations,
/// a capitalised article before a drug ("Le Doliprane"), "welcome back" to a doctor and a
/// first visit offered free are general statements, not a patient's care or relationship.
#[test]
fn public_sources_staff_leave_articles_and_offers_are_not_disclosures() {
    for (text, lang) in [
        (
            "حسب منظمة الصحة العالمية، تسوس الأسنان هو المرض الأكثر شيوعاً.",
            "ar",
        ),
        ("Le Doliprane ne remplace pas une consultation.", "fr"),
        ("Welcome back, Dr. Lee! We missed you.", "en"),
        (
            "Your first cleaning is on us when you refer a friend.",
            "en",
        ),
        ("Dr. Becker ist bis zum 15. Mai im Urlaub.", "de"),
    ] {
        let mut input = Input::new(text);
        input.lang = lang.to_string();
        let got = found(&input);
        assert!(got.is_empty(), "{text}: {got:?}");
    }
    assert!(found_text("Welcome back, Derek!").contains(&pair("rel-confirm", "Welcome back")));
}

/// Ages and times of the practice's own staff are not a patient's; the same words about a
/// patient still are.
#[test]
fn staff_ages_and_times_are_not_a_patients() {
    for text in [
        "Happy 30th birthday to our front desk star Kevin! 🎂",
        "Our own Dr. Lee ran the Boston Marathon in 3:45, so proud!",
    ] {
        let got = found_text(text);
        assert!(
            got.iter().all(|(r, _)| r != "phi-age" && r != "phi-date"),
            "{text}: {got:?}"
        );
    }
    let got = found_text("Happy 101st birthday to our patient Mrs. Ellison!");
    assert!(got.iter().any(|(r, _)| r == "phi-age"), "{got:?}");
}

/// What to bring to a first visit, in four languages, and an Indonesian holiday ("Hari Ibu")
/// are instructions and greetings to everyone, not a relationship, coverage or a name.
#[test]
fn first_visit_instructions_and_holidays_are_not_disclosures() {
    for (text, lang) in [
        (
            "Traiga su tarjeta del seguro y una identificación a su primera cita.",
            "es",
        ),
        (
            "Apportez votre carte Vitale à votre premier rendez-vous.",
            "fr",
        ),
        ("أحضر بطاقة التأمين إلى موعدك الأول.", "ar"),
        ("Bawa kartu BPJS Anda saat kunjungan pertama.", "id"),
        ("Selamat Hari Ibu untuk semua ibu hebat!", "id"),
    ] {
        let mut input = Input::new(text);
        input.lang = lang.to_string();
        let got = found(&input);
        assert!(got.is_empty(), "{text}: {got:?}");
    }
    let mut es = Input::new("Lamentamos la espera en su primera cita del martes.");
    es.lang = "es".to_string();
    assert!(
        found(&es).contains(&pair("rel-confirm", "su primera cita")),
        "{:?}",
        found(&es)
    );
}

/// A holiday ("Father's Day"), a clinician by a title of another language ("Dokter Dewi")
/// and the topic of a talk ("seminar tentang diabetes") are not a patient's name or care.
#[test]
fn holidays_clinician_titles_and_talk_topics_are_not_disclosures() {
    for (text, lang) in [
        ("Happy Father's Day to all the dads out there!", "en"),
        (
            "Dokter Dewi akan mengisi seminar tentang diabetes hari Kamis.",
            "id",
        ),
        (
            "Dr. Patel will give a talk on diabetes at the library.",
            "en",
        ),
    ] {
        let mut input = Input::new(text);
        input.lang = lang.to_string();
        let got = found(&input);
        assert!(got.is_empty(), "{text}: {got:?}");
    }
    let mut de = Input::new("Frau Dr. Becker hält einen Vortrag über Diabetes.");
    de.lang = "de".to_string();
    assert!(
        found(&de).iter().all(|(r, _)| r != "clin-detail"),
        "{:?}",
        found(&de)
    );
    assert!(found_text("So glad your diabetes is under control, Derek!")
        .iter()
        .any(|(r, _)| r == "clin-detail"));
}

/// An Arabic awareness-month statement ("شهر التوعية بسرطان القولون"), whose copula "هو" reads
/// like "he", is health education.
#[test]
fn arabic_awareness_month_is_education() {
    let mut input = Input::new("شهر مارس هو شهر التوعية بسرطان القولون.");
    input.lang = "ar".to_string();
    let got = found(&input);
    assert!(got.is_empty(), "{got:?}");
}

// prec7 (issue 3, precision): false alarms left after the session-5 merge.

/// The name of an observance ("National Children's Dental Health Month", "Mother's Day") is
/// no person's name; a child's name in a possessive before care still is.
#[test]
fn an_observance_name_is_not_a_persons_name() {
    for text in [
        "Grab a free fluoride varnish for kids under six during National Children's Dental Health Month.",
        "tell ur mom about our Mother's Day mammogram event next wk!!",
        "World Kidney Day is March 13: free blood pressure checks all morning.",
    ] {
        let got = found_text(text);
        assert!(got.iter().all(|(r, _)| r != "phi-name"), "{text}: {got:?}");
    }
    assert!(
        found_text("Here's Kayla's x-ray from her visit during Dental Health Month.")
            .contains(&pair("phi-name", "Kayla"))
    );
}

/// A condition after a main clause with a generic subject ("Keep your baby home if they have
/// a fever") is advice to everyone; "asked if her colonoscopy prep..." is still one person's.
#[test]
fn a_late_condition_is_general_but_asked_if_her_is_not() {
    let t = "Keep your baby home if they have a fever; that's daycare policy in our county, and your pediatrician can tell you when to go back.";
    assert!(
        found_text(t).iter().all(|(r, _)| r != "clin-detail"),
        "{:?}",
        found_text(t)
    );
    assert!(found_text(
        "Lady in exam 6 just asked if her colonoscopy prep could be done with margaritas"
    )
    .contains(&pair("clin-detail", "her colonoscopy")));
}

/// A clinical word naming a service line ("Vaccine appointments are with Lena Fischer") in a
/// staff-schedule notice is not someone's care; "her vaccine appointment" is.
#[test]
fn a_service_line_in_a_staff_schedule_is_not_care() {
    let t =
        "Joy Okafor is out this week. Vaccine appointments are with Lena Fischer until she's back.";
    assert!(
        found_text(t).iter().all(|(r, _)| r != "clin-detail"),
        "{:?}",
        found_text(t)
    );
    assert!(
        found_text("Her vaccine appointment ran late, so she waited.")
            .iter()
            .any(|(r, _)| r == "clin-detail")
    );
}

/// A clinical term after the practice's "our" is a service it offers ("our teeth whitening
/// options"); the same term after "your" in a reply about one person's care is still care.
#[test]
fn a_service_after_our_is_not_care() {
    let t = "Ask us about our teeth whitening options at your next cleaning.";
    assert!(
        found_text(t).iter().all(|(r, _)| r != "clin-detail"),
        "{:?}",
        found_text(t)
    );
    assert!(
        found_text("So glad your teeth whitening turned out well, Derek!")
            .iter()
            .any(|(r, _)| r == "clin-detail")
    );
}

/// A reply is a reply when the page gives only the author's name (no post text): a visit
/// told in the past is that person's, as it is when the post is there; in a post with
/// neither, the same words are anyone's.
#[test]
fn author_alone_makes_a_reply() {
    let text = "So sorry about the wait. The cleaning itself went smoothly.";
    let expected = vec![("rel-confirm".to_string(), "The cleaning".to_string())];
    assert_eq!(found(&Input::new(text).with_author("Dana P.")), expected);
    assert_eq!(
        found(&Input::new(text).with_context("Long wait.")),
        expected
    );
    assert!(found_text(text).is_empty());
}
