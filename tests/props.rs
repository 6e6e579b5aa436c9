//! Property tests: the engine under arbitrary input never panics, and what it reports is
//! well-formed (inside the text, on character boundaries, sorted, deterministic), in all three
//! offset conventions.

use proptest::prelude::*;
use replyguard::{Input, OffsetMap, Policy, Scanner, Unit};
use std::sync::OnceLock;

fn scanner() -> &'static Scanner {
    static S: OnceLock<Scanner> = OnceLock::new();
    S.get_or_init(|| Scanner::new(&Policy::default_policy()).unwrap())
}

/// Text that mixes arbitrary Unicode with fragments that look like identifiers and phrases,
/// so that the detectors' code paths are exercised, not only the no-match path.
fn reply_text() -> impl Strategy<Value = String> {
    let fragment = prop_oneof![
        any::<String>(),
        "\\PC{0,40}",
        Just("Hi Derek, ".to_string()),
        Just("your May 3 appointment".to_string()),
        Just("call 555-201-3300 ".to_string()),
        Just("jane@example.org".to_string()),
        Just("MRN 123456 ".to_string()),
        Just("our 96-year-old patient ".to_string()),
        Just("😀👍🏽 ".to_string()),
        Just("مرحبا بك ".to_string()),
        Just("ваш визит 3 мая ".to_string()),
        Just("\u{200d}\u{0301}\r\n".to_string()),
        "[0-9 ./()-]{1,20}",
    ];
    prop::collection::vec(fragment, 0..12).prop_map(|v| v.concat())
}

fn check_findings(text: &str, findings: &[replyguard::Finding]) -> Result<(), TestCaseError> {
    let map = OffsetMap::new(text);
    let mut last = (0, 0);
    for f in findings {
        prop_assert!(f.start < f.end, "empty span {:?}", f);
        prop_assert!(f.end <= text.len());
        prop_assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
        prop_assert!((f.start, f.end) >= last, "findings not sorted");
        last = (f.start, f.end);
        // The three conventions agree with a naive count.
        let cps = text[..f.start].chars().count();
        let u16s: usize = text[..f.start].chars().map(char::len_utf16).sum();
        prop_assert_eq!(map.convert(f.start, Unit::CodePoint), cps);
        prop_assert_eq!(map.convert(f.start, Unit::Utf16), u16s);
        prop_assert!(!f.message.is_empty());
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn scan_is_well_formed_and_deterministic(text in reply_text(), context in reply_text()) {
        let input = Input::new(text.clone()).with_context(context);
        let a = scanner().scan(&input);
        check_findings(&text, &a)?;
        prop_assert_eq!(&a, &scanner().scan(&input));
        let ids = scanner().identifiers(&input);
        check_findings(&text, &ids)?;
    }

    #[test]
    fn policy_loading_never_panics(text in "\\PC{0,200}") {
        let _ = Policy::from_json(&text);
    }

}

proptest! {
    // Each case compiles a scanner, so fewer cases.
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn any_practice_values_compile_and_scan(
        staff in prop::collection::vec("\\PC{0,20}", 0..4),
        phones in prop::collection::vec("[0-9 ()+.-]{0,16}", 0..4),
        addresses in prop::collection::vec("\\PC{0,30}", 0..3),
        text in reply_text(),
    ) {
        let mut p = Policy::default_policy();
        p.practice.staff = staff;
        p.practice.phones = phones;
        p.practice.addresses = addresses;
        let s = Scanner::new(&p).unwrap();
        check_findings(&text, &s.scan(&Input::new(text.clone())))?;
    }
}
