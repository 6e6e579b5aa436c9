//! Unit tests of the patient-tie analysis with identifiers given by hand, so they do not
//! depend on how the recognizers evolve.

use super::*;
use crate::finding::Input;

/// Flags (rule, quoted span) for `text` with identifiers `ids` given as (entity, span), plus
/// the name candidates. Shared with the other test modules of `disclosure`.
pub(super) fn flags_with(input: &Input, ids: &[(Entity, &str)]) -> Vec<(&'static str, String)> {
    let text = &input.text;
    let lang = crate::lang::resolve(&input.lang, text);
    let sentences = sentences(text);
    let mut all: Vec<Ident> = ids
        .iter()
        .map(|(e, span)| {
            let start = text.find(span).expect("span in text");
            Ident {
                entity: *e,
                start,
                end: start + span.len(),
                score: 0.9,
                recognizer: "test",
            }
        })
        .collect();
    all.extend(name_candidates(input, lang, &sentences));
    let mut v: Vec<(&'static str, String)> = analyze(input, lang, &sentences, &all)
        .into_iter()
        .map(|f| (f.rule, text[f.start..f.end].to_string()))
        .collect();
    v.sort();
    v.dedup();
    v
}

pub(super) fn flags(text: &str, ids: &[(Entity, &str)]) -> Vec<(&'static str, String)> {
    flags_with(&Input::new(text), ids)
}

pub(super) fn f(rule: &'static str, s: &str) -> (&'static str, String) {
    (rule, s.to_string())
}

/// True when the flags `v` hold `rule` on exactly `span`.
pub(super) fn has(v: &[(&'static str, String)], rule: &'static str, span: &str) -> bool {
    v.contains(&f(rule, span))
}

/// True when no flag of `v` is of `rule`.
pub(super) fn none_of(v: &[(&'static str, String)], rule: &str) -> bool {
    !v.iter().any(|(r, _)| *r == rule)
}

#[test]
fn greeting_name_and_visit_time_are_tied() {
    assert_eq!(
        flags(
            "Hi Derek, sorry about the wait at your 9:15 appointment.",
            &[(Entity::Date, "9:15")]
        ),
        vec![f("phi-date", "9:15"), f("phi-name", "Derek")]
    );
}

#[test]
fn event_date_and_practice_phone_are_not() {
    assert!(flags(
        "Flu shots start October 1, call us at 555-201-3300",
        &[(Entity::Date, "October 1"), (Entity::Phone, "555-201-3300")]
    )
    .is_empty());
    assert!(flags(
        "We are closed on May 3 for the holiday.",
        &[(Entity::Date, "May 3")]
    )
    .is_empty());
}

#[test]
fn same_date_is_tied_in_your_visit() {
    assert_eq!(
        flags("Sorry about your May 3 visit.", &[(Entity::Date, "May 3")]),
        vec![f("phi-date", "May 3")]
    );
    // Clause level: the date's clause is the practice's schedule, the "your" is elsewhere.
    assert!(flags(
        "We are closed on May 3; see you soon.",
        &[(Entity::Date, "May 3")]
    )
    .is_empty());
}

#[test]
fn ages_over_89_and_patient_ages() {
    assert_eq!(
        flags(
            "Our 96-year-old patient walked out on her own today!",
            &[(Entity::Age, "96-year-old")]
        ),
        vec![f("phi-age", "96-year-old")]
    );
    assert!(flags(
        "Adults 45 and older should get screened.",
        &[(Entity::Age, "45 and older")]
    )
    .is_empty());
}

#[test]
fn contact_of_a_person_not_of_the_practice() {
    assert_eq!(
        flags(
            "We left a message at 555-0148 for you on Tuesday.",
            &[(Entity::Phone, "555-0148"), (Entity::Date, "Tuesday")]
        ),
        vec![f("phi-contact", "555-0148"), f("phi-date", "Tuesday")]
    );
    assert!(flags(
        "Questions? Call us at 555-0148.",
        &[(Entity::Phone, "555-0148")]
    )
    .is_empty());
}

#[test]
fn clinical_terms_tied_or_educational() {
    assert_eq!(
        flags("Glad the lisinopril switch fixed your cough.", &[]),
        vec![
            f("clin-detail", "lisinopril"),
            f("clin-detail", "your cough"),
            f("rel-confirm", "your cough")
        ]
    );
    assert!(flags("Root canals save teeth.", &[]).is_empty());
    assert!(flags("If you need a root canal, we can help.", &[]).is_empty());
    assert_eq!(
        flags(
            "Shoutout to the lady who brought cookies after her gallbladder surgery!",
            &[]
        ),
        vec![f("clin-detail", "her gallbladder surgery")]
    );
}

#[test]
fn echo_of_the_review() {
    let input = Input::new("So glad your new knee is doing well!")
        .with_context("My knee replacement went great and the PT team was amazing.");
    assert_eq!(
        flags_with(&input, &[]),
        vec![f("echo-disclosure", "your new knee")]
    );
    let input = Input::new("Thanks, Priya, hope the crown feels good!")
        .with_context("Best crown I've ever had, no pain at all.");
    assert_eq!(
        flags_with(&input, &[]),
        vec![
            f("clin-detail", "crown"),
            f("echo-disclosure", "crown"),
            f("phi-name", "Priya")
        ]
    );
}

#[test]
fn author_name_is_a_name_the_reply_must_not_use() {
    let input =
        Input::new("Thank you for the review, Marcus and team say hi.").with_author("Marcus W.");
    assert_eq!(flags_with(&input, &[]), vec![f("phi-name", "Marcus")]);
}

#[test]
fn geo_hint_after_a_person() {
    assert_eq!(
        flags("Get well soon to our patient from Pine Ridge Road!", &[]),
        vec![f("phi-geo", "Pine Ridge Road")]
    );
}

#[test]
fn other_languages() {
    assert_eq!(
        flags(
            "Hola Marta, sentimos la espera en su cita del 3 de mayo.",
            &[(Entity::Date, "3 de mayo")]
        ),
        vec![f("phi-date", "3 de mayo"), f("phi-name", "Marta")]
    );
    assert!(flags(
        "Estaremos cerrados el 3 de mayo por el feriado.",
        &[(Entity::Date, "3 de mayo")]
    )
    .is_empty());
    assert_eq!(
        flags("Wir hoffen, Ihre Wurzelbehandlung ist gut verheilt.", &[]),
        vec![
            f("clin-detail", "Ihre Wurzelbehandlung"),
            f("rel-confirm", "Ihre Wurzelbehandlung")
        ]
    );
}

/// The reader's own diagnosis or procedure confirms their care; an offer, a general
/// imperative or an echo of the review does not.
#[test]
fn readers_own_clinical_term_confirms_care() {
    assert_eq!(
        flags("Your colonoscopy prep instructions were mailed.", &[]),
        vec![
            f("clin-detail", "Your colonoscopy"),
            f("rel-confirm", "Your colonoscopy")
        ]
    );
    assert!(!flags("Get your Wegovy starter pack today.", &[])
        .iter()
        .any(|x| x.0 == "rel-confirm"));
}

/// `Layout::find` by binary search gives the span a front-to-back search gives, for every
/// offset, on ordered lists with gaps and empty spans, and falls back to that search when a
/// list is out of order.
#[test]
fn layout_find_matches_a_linear_search() {
    let linear = |list: &[((usize, usize), Signals)], at: usize| {
        list.iter()
            .find(|((s, e), _)| *s <= at && at < *e)
            .map(|x| x.0)
            .unwrap_or((0, 0))
    };
    let third = Signals {
        third: true,
        ..Signals::default()
    };
    let spans = |v: &[(usize, usize)]| -> Vec<((usize, usize), Signals)> {
        v.iter().map(|&r| (r, third)).collect()
    };
    let ordered = spans(&[(0, 5), (5, 9), (12, 12), (12, 20), (25, 30)]);
    assert!(Layout::ordered(&ordered));
    let unordered = spans(&[(10, 20), (0, 15), (30, 40)]);
    assert!(!Layout::ordered(&unordered));
    for at in 0..45 {
        assert_eq!(
            Layout::find(&ordered, true, at).0,
            linear(&ordered, at),
            "at {at}"
        );
        assert_eq!(
            Layout::find(&unordered, false, at).0,
            linear(&unordered, at),
            "at {at}"
        );
    }
    assert_eq!(Layout::find(&ordered, true, 13).0, (12, 20));
    assert_eq!(
        Layout::find(&ordered, true, 10).0,
        (0, 0),
        "a gap belongs to no span"
    );
    assert!(Layout::find(&ordered, true, 26).1.third);
}

/// Spans of `rule` flags from [`super::terms_with_person`] / [`super::dates_in_relations`].
fn quoted(text: &str, flags: Vec<Flag>) -> Vec<(&'static str, String)> {
    flags
        .into_iter()
        .map(|f| (f.rule, text[f.start..f.end].to_string()))
        .collect()
}

fn span_of(text: &str, s: &str) -> (usize, usize) {
    let a = text.find(s).expect("span in text");
    (a, a + s.len())
}

#[test]
fn clinical_terms_in_a_sentence_about_one_person() {
    let t = "The guy who plays Santa at the mall was in with gout lol.";
    let anchor = [span_of(t, "was in with")];
    assert_eq!(
        quoted(
            t,
            super::terms_with_person(t, "en", &sentences(t), &anchor, &[])
        ),
        vec![f("clin-detail", "gout")]
    );
    // Carried through "the" into the next sentence, not into a general one.
    let t = "So glad your son is better! We know the amoxicillin tasted awful.";
    let anchor = [span_of(t, "your son is better")];
    assert_eq!(
        quoted(
            t,
            super::terms_with_person(t, "en", &sentences(t), &anchor, &[])
        ),
        vec![f("clin-detail", "amoxicillin")]
    );
    let t = "Gout flares are common in winter.";
    assert!(super::terms_with_person(t, "en", &sentences(t), &[], &[]).is_empty());
}

#[test]
fn a_date_in_the_clause_of_a_relationship_phrase() {
    let t = "Our front desk squeezed you in this morning, and we are closed Monday.";
    let ids = [
        Ident {
            entity: Entity::Date,
            start: span_of(t, "this morning").0,
            end: span_of(t, "this morning").1,
            score: 0.7,
            recognizer: "date",
        },
        Ident {
            entity: Entity::Date,
            start: span_of(t, "Monday").0,
            end: span_of(t, "Monday").1,
            score: 0.7,
            recognizer: "date",
        },
    ];
    let rel = [span_of(t, "squeezed you in")];
    assert_eq!(
        quoted(
            t,
            super::dates_in_relations(t, &sentences(t), &ids, &rel, &[])
        ),
        vec![f("phi-date", "this morning")]
    );
}

#[test]
fn a_visit_carried_to_the_person_the_reply_named() {
    let t = "Hi Dana. The appointment ran long because the procedure took more time.";
    let anchor = [span_of(t, "Dana")];
    assert_eq!(
        quoted(t, super::carried_visits(t, "en", &anchor)),
        vec![
            f("rel-confirm", "The appointment"),
            f("rel-confirm", "the procedure")
        ]
    );
    // Nobody named or addressed: the practice's own appointment line.
    let t = "The appointment line was busy today; we added a second phone.";
    assert!(super::carried_visits(t, "en", &[]).is_empty());
}

/// A clinical word that names a department, or a general "may" sentence, is nobody's care.
#[test]
fn departments_and_general_sentences_are_nobodys_care() {
    assert!(flags("Unsere Reha-Abteilung feiert heute Jubiläum!", &[]).is_empty());
    assert!(flags("قد يشعر المريض بألم خفيف بعد الحقنة.", &[]).is_empty());
    assert_eq!(
        flags("Wir hoffen, Ihre Reha läuft gut.", &[]),
        vec![f("clin-detail", "Ihre Reha"), f("rel-confirm", "Ihre Reha")]
    );
}

/// Ages over 89 in words, and an age that names one person.
#[test]
fn ages_in_words_and_ages_of_one_person() {
    assert_eq!(
        flags("Ninety-seven years young and still flossing!", &[]),
        vec![f("phi-age", "Ninety-seven years young")]
    );
    assert!(flags("Cien años de historia en Lakeside.", &[]).is_empty());
    assert_eq!(
        flags(
            "Congrats to our 7-year-old patient!",
            &[(Entity::Age, "7-year-old")]
        ),
        vec![f("phi-age", "7-year-old")]
    );
}

/// A date in an apology or thanks to a named person is that person's day; the practice's
/// closing day in the next sentence is not.
#[test]
fn a_date_said_to_a_named_person() {
    assert_eq!(
        flags(
            "Sorry about the wait on the 12th, Jen.",
            &[(Entity::Date, "on the 12th")]
        ),
        vec![f("phi-date", "on the 12th"), f("phi-name", "Jen")]
    );
    assert_eq!(
        flags(
            "Thanks, Jen! We're closed on the 12th.",
            &[(Entity::Date, "on the 12th")]
        ),
        vec![f("phi-name", "Jen")]
    );
}

/// recall5: a reply to a post speaks to its author, so a visit told in the past is theirs,
/// while sympathy about what they said and present-tense education are not.
#[test]
fn a_past_visit_in_a_reply_is_the_authors() {
    let reply = |text: &str| flags_with(&Input::new(text).with_context("I waited forever."), &[]);
    assert_eq!(
        reply("So sorry about the wait. The cleaning itself went smoothly."),
        vec![f("rel-confirm", "The cleaning")]
    );
    assert_eq!(
        reply("The results came back normal, no need to worry."),
        vec![f("rel-confirm", "The results")]
    );
    assert!(reply("We're sorry the visit felt rushed.").is_empty());
    assert!(reply("The procedure is quick and safe for most people.").is_empty());
    // Without a post being answered, nobody has been named yet.
    assert!(flags("The cleaning itself went smoothly.", &[]).is_empty());
}

/// recall5: the post's health detail repeated in a sentence of sympathy is an echo; advice
/// about it and an everyday body word without "your" are not.
#[test]
fn sympathy_about_the_posts_detail_is_an_echo() {
    let reply = |text: &str, ctx: &str| flags_with(&Input::new(text).with_context(ctx), &[]);
    assert!(reply(
        "Sorry about the headache.",
        "Left with a bad headache after the MRI."
    )
    .contains(&f("echo-disclosure", "headache")));
    assert!(!reply(
        "Keep giving the amoxicillin, a rash like that is nothing.",
        "My son got a rash on amoxicillin."
    )
    .iter()
    .any(|(r, _)| *r == "echo-disclosure"));
}

/// recall5: a child's age right after the reader's family word, in several languages.
#[test]
fn a_relatives_age_after_the_family_word() {
    assert!(
        flags("Your little one, 3 months, was so brave!", &[]).contains(&f("phi-age", "3 months"))
    );
    assert!(flags_with(
        &Input::new("Votre fille de 4 ans a été très courageuse.").with_lang("fr"),
        &[]
    )
    .contains(&f("phi-age", "de 4 ans")));
    assert!(flags_with(
        &Input::new("Adik umur 5 tahun hebat sekali waktu cabut gigi!").with_lang("id"),
        &[]
    )
    .contains(&f("phi-age", "umur 5 tahun")));
    assert!(
        flags("Children 6 months and older can get the vaccine.", &[])
            .iter()
            .all(|(r, _)| *r != "phi-age")
    );
}

/// recall5: an age the post gave, repeated in the reply, is an echo of it.
#[test]
fn an_age_from_the_post_repeated_is_an_echo() {
    let v = flags_with(
        &Input::new("Your mom is a delight! 98 and sharp as a tack")
            .with_context("My mom (she's 98!) loved the staff."),
        &[(Entity::Age, "98")],
    );
    assert!(v.contains(&f("echo-disclosure", "98")), "{v:?}");
    assert!(v.contains(&f("phi-age", "98")), "{v:?}");
}

/// recall5: the reader's relative in a sentence about care is a patient; not in a call to every
/// reader, not before "'s" (the term is what is disclosed) and not without a care word.
#[test]
fn a_relative_in_a_sentence_about_care() {
    assert!(flags(
        "Your dad has an appointment with our audiologist on Thursday.",
        &[]
    )
    .contains(&f("rel-confirm", "Your dad")));
    assert!(flags_with(
        &Input::new("Gracias, su mamá fue muy valiente con la cirugía.").with_lang("es"),
        &[]
    )
    .contains(&f("rel-confirm", "su mamá")));
    assert!(
        !flags("Bring your kids to the flu shot fair on Saturday.", &[])
            .contains(&f("rel-confirm", "your kids"))
    );
    assert!(!flags("Say hi to your mom for us!", &[])
        .iter()
        .any(|(r, _)| *r == "rel-confirm"));
    assert!(!flags("So glad your son's ear infection cleared up!", &[])
        .contains(&f("rel-confirm", "your son")));
}

/// recall5: an age over 89 in parentheses is said of the person before it.
#[test]
fn an_age_over_89_in_parentheses() {
    assert!(flags("Your dad (92!) walked in on his own.", &[]).contains(&f("phi-age", "(92!)")));
    assert!(flags_with(
        &Input::new("Wir behandeln Patienten jeden Alters, auch mit 92.").with_lang("de"),
        &[]
    )
    .iter()
    .all(|(r, _)| *r != "phi-age"));
}

#[test]
fn a_place_inside_a_singling_role_is_reported_once_as_the_role() {
    let got = flags(
        "The tattoo artist on Fifth Street finally got that mole checked.",
        &[(Entity::Address, "Fifth Street")],
    );
    assert!(
        got.contains(&f("phi-unique", "The tattoo artist on Fifth Street")),
        "{got:?}"
    );
    assert!(!got.iter().any(|(r, _)| *r == "phi-geo"), "{got:?}");
}

/// Openings offered to every reader and a free screening attended by many are the practice's
/// schedule and events, not a day of someone's care (prec7); a person's visit on that day is.
#[test]
fn openings_and_attended_events_are_not_someones_day() {
    assert_eq!(
        flags(
            "We have openings Tuesday afternoon for fillings and cleanings. Call to book!",
            &[(Entity::Date, "Tuesday afternoon")]
        )
        .iter()
        .filter(|(r, _)| *r == "phi-date")
        .count(),
        0
    );
    let mut id =
        Input::new("Pemeriksaan gula darah gratis kemarin sore diikuti 80 warga. Terima kasih!");
    id.lang = "id".to_string();
    assert!(flags_with(&id, &[(Entity::Date, "kemarin sore")])
        .iter()
        .all(|(r, _)| *r != "phi-date"));
    assert!(flags(
        "Sorry we had to move your filling Tuesday afternoon.",
        &[(Entity::Date, "Tuesday afternoon")]
    )
    .contains(&f("phi-date", "Tuesday afternoon")));
    let mut id2 = Input::new("Ibu datang untuk pemeriksaan gula darah kemarin sore.");
    id2.lang = "id".to_string();
    assert!(flags_with(&id2, &[(Entity::Date, "kemarin sore")])
        .contains(&f("phi-date", "kemarin sore")));
}

/// A condition after a main clause ("Keep your baby home if they have a fever") is advice for
/// whoever it happens to (prec7); a fever said of one child is still theirs.
#[test]
fn a_condition_after_the_main_clause_is_general() {
    let t = "Keep your baby home if they have a fever; that's daycare policy in our county, and your pediatrician can tell you when to go back.";
    assert!(
        flags(t, &[]).iter().all(|(r, _)| *r != "clin-detail"),
        "{:?}",
        flags(t, &[])
    );
    assert!(
        flags("So sorry your baby has a fever again.", &[]).contains(&f("clin-detail", "fever"))
    );
}

/// The signals the analysis shares hold no names; [`Layout::named`] marks exactly the
/// sentences and clauses a person's span overlaps, leaving every other signal as it was.
#[test]
fn layout_named_marks_only_the_spans_a_person_is_in() {
    let t = "Maya came in Tuesday, and she was brave. We are open Monday.";
    let s = sentences(t);
    let plain = Layout::new(t, &s, cues::cues("en"));
    assert!(plain.sentences.iter().all(|(_, sig)| !sig.named));
    let maya = span_of(t, "Maya");
    let named = plain.named(&[maya]);
    assert!(named.sentence(maya.0).named);
    assert!(named.clause(maya.0).1.named);
    let monday = span_of(t, "Monday").0;
    assert!(!named.sentence(monday).named);
    let she = span_of(t, "she was").0;
    assert_ne!(named.clause(she).0, named.clause(maya.0).0, "two clauses");
    assert!(!named.clause(she).1.named);
    for (a, b) in plain.sentences.iter().zip(&named.sentences) {
        assert_eq!(a.0, b.0);
        assert_eq!(
            (a.1.second, a.1.third, a.1.visit),
            (b.1.second, b.1.third, b.1.visit)
        );
    }
}

/// mend14: `staff_own` reads the teaching verbs of `vocab::TEACH_VERBS` and its named extras, a
/// word from each place it used to spell them, before and after the titled name.
#[test]
fn staff_own_reads_the_shared_teaching_verbs() {
    for s in [
        "In diesem Video erklärt Dr. Becker, wie Insulinpumpen funktionieren.",
        "In diesem Video erläutert Dr. Becker die Pumpe.",
        "Dr. Becker bespricht die Pumpe.",
        "Dr. Ruiz explica cómo usar el inhalador.",
        "Dans cette vidéo explique Dr. Martin le traitement.",
        "объясняет Dr. Petrov, как работает помпа.",
        "рассказывает Dr. Petrov о помпе.",
        "Dr. Sari menjelaskan cara memakai inhaler.",
    ] {
        assert!(super::staff_own(s), "{s}");
    }
    // After the name the Russian verbs are not read (only before it), nor any verb not listed.
    assert!(!super::staff_own(
        "Dr. Petrov объясняет, как работает помпа."
    ));
    assert!(!super::staff_own("Dr. Becker behandelt die Pumpe."));
}

/// mend14: `one_person` and `unowned::person_in` share `vocab::EN_HE_SHE`, `EN_COURTESY` and
/// `EN_ADULT`; each still reads its own extras and not the other's.
#[test]
fn one_person_words_shared_with_person_in() {
    use super::unowned::person_in;
    for s in [
        "he called",
        "ask Mrs Lee",
        "the gentleman at the door",
        "a guy from Elm Street",
    ] {
        assert!(super::one_person(s) && person_in(s), "{s}");
    }
    // `one_person`'s extras: `person_in` reads them too, through `EN_KIN` and "patient".
    assert!(super::one_person("the baby on Elm Street") && person_in("the baby on Elm"));
    assert!(super::one_person("a patient asked") && person_in("a patient asked"));
    // Only `person_in`: "they", "couple", "sir".
    for s in ["they came", "a couple", "thank you sir"] {
        assert!(person_in(s) && !super::one_person(s), "{s}");
    }
    assert!(!super::one_person("the mannequin in the window"));
}
