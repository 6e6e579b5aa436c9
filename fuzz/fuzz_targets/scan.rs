//! Fuzzes a scan: the input's bytes are split into reply text and context at the first NUL.
//! Any panic, or a finding outside the text or off a character boundary, is a crash.
#![no_main]

use libfuzzer_sys::fuzz_target;
use replyguard::{Input, OffsetMap, Policy, Scanner, Unit};
use std::sync::OnceLock;

fn scanner() -> &'static Scanner {
    static S: OnceLock<Scanner> = OnceLock::new();
    S.get_or_init(|| Scanner::new(&Policy::default_policy()).unwrap())
}

fuzz_target!(|data: &[u8]| {
    let s = String::from_utf8_lossy(data);
    let (text, context) = s.split_once('\0').unwrap_or((&s, ""));
    let input = Input::new(text).with_context(context);
    let map = OffsetMap::new(text);
    for f in scanner().scan(&input).iter().chain(scanner().identifiers(&input).iter()) {
        assert!(f.start < f.end && f.end <= text.len());
        assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
        assert!(map.convert(f.end, Unit::Utf16) >= map.convert(f.end, Unit::CodePoint));
    }
});
