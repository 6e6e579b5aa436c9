//! Fuzzes policy loading: arbitrary bytes as a policy file must give a policy or an error,
//! never a panic; a policy that loads must compile into a scanner or give an error.
#![no_main]

use libfuzzer_sys::fuzz_target;
use replyguard::{Input, Policy, Scanner};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(policy) = Policy::from_json(text) {
        if let Ok(scanner) = Scanner::new(&policy) {
            let _ = scanner.scan(&Input::new("Hi Derek, your May 3 visit, call 555-201-3300"));
        }
    }
});
