//! rel12: the class templates of `src/disclosure/relclass.rs` through the public API with the
//! corpus practice policy. Each true case is a structure the session-start engine (main at
//! e3148be) did not flag; each clean case reuses the words for every reader, in the present or
//! future, and must stay clean.

mod common;
use common::{found, pairs as v};

#[test]
fn staff_relative_clause_with_the_reader_as_object() {
    assert_eq!(
        found("Die Helferin, die Sie aufgerufen hat, lässt grüßen.", "de"),
        v(&[("rel-confirm", "Die Helferin, die Sie aufgerufen hat")])
    );
    assert_eq!(
        found("Медсестра, которая вас встречала, передаёт привет.", "ru"),
        v(&[("rel-confirm", "Медсестра, которая вас встречала")])
    );
    // Future: the nurse meets every reader.
    assert_eq!(
        found("The nurse who will meet you explains each step.", "en"),
        v(&[])
    );
}

#[test]
fn all_done_for_the_reader_in_the_past() {
    assert_eq!(
        found("Tout ce que nous avons fait pour vous était prévu.", "fr"),
        v(&[("rel-confirm", "Tout ce que nous avons fait pour vous")])
    );
    assert_eq!(
        found("Alles, was wir für Sie gemacht haben, stand im Plan.", "de"),
        v(&[("rel-confirm", "Alles, was wir für Sie gemacht haben")])
    );
    assert_eq!(
        found("Всё, что мы вам сделали, было в смете.", "ru"),
        v(&[("rel-confirm", "Всё, что мы вам сделали")])
    );
    assert_eq!(
        found(
            "Semua yang kami lakukan untuk Anda sudah sesuai rencana.",
            "id"
        ),
        v(&[("rel-confirm", "Semua yang kami lakukan untuk Anda")])
    );
    assert_eq!(
        found("Everything we do for you is quoted up front.", "en"),
        v(&[])
    );
    assert_eq!(
        found("Tout ce que nous faisons figure sur un devis.", "fr"),
        v(&[])
    );
    assert_eq!(
        found("Alles, was wir machen, steht vorher im Kostenplan.", "de"),
        v(&[])
    );
    assert_eq!(
        found("Всё, что мы делаем, заранее указано в смете.", "ru"),
        v(&[])
    );
}

#[test]
fn the_readers_stay_and_wait_at_the_practice() {
    assert_eq!(
        found("Sorry, your morning with us ran late.", "en"),
        v(&[("rel-confirm", "your morning with us ran")])
    );
    assert_eq!(
        found("Vous avez attendu dans notre salle cinq minutes.", "fr"),
        v(&[("rel-confirm", "Vous avez attendu dans notre salle")])
    );
    assert_eq!(
        found("Вы ждали в нашем холле пять минут.", "ru"),
        v(&[("rel-confirm", "Вы ждали в нашем холле")])
    );
    assert_eq!(
        found("Your time with us should always feel calm.", "en"),
        v(&[])
    );
}

#[test]
fn pleasure_memory_and_arrival() {
    assert_eq!(
        found("It was lovely looking after you.", "en"),
        v(&[("rel-confirm", "lovely looking after you")])
    );
    assert_eq!(
        found("Our hygienist remembers your case well.", "en"),
        v(&[("rel-confirm", "remembers your case")])
    );
    assert_eq!(
        found("Vous êtes arrivée à 9 h 40.", "fr"),
        // clin15: the French clock time is now read as a time too, and tied to the reader
        // like "your [9:15] appointment" (phi-date, corpus conventions).
        v(&[
            ("rel-confirm", "Vous êtes arrivée à 9 h 40"),
            ("phi-date", "9 h 40"),
        ])
    );
    assert_eq!(
        found("Patients who arrive at 9:40 may have to rebook.", "en"),
        v(&[])
    );
    assert_eq!(
        found("Kami menangani setiap pasien secepat mungkin.", "id"),
        v(&[])
    );
}
