//! The engine compiled to WebAssembly, run under node by `wasm-bindgen-test-runner`
//! (`./build.sh test`). Checks the JavaScript-facing API: UTF-16 offsets, policy errors.
#![cfg(target_arch = "wasm32")]

use replyguard::wasm::{check_policy, Engine};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

fn get(v: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(v, &JsValue::from_str(key)).unwrap()
}

#[wasm_bindgen_test]
fn scans_with_utf16_offsets() {
    let engine = Engine::new(None).unwrap();
    // "😀" is two UTF-16 units; "Привет" six.
    let text = "😀 Привет, write to jane@example.org";
    let findings = engine.identifiers(text).unwrap();
    let arr = js_sys::Array::from(&findings);
    assert_eq!(arr.length(), 1);
    let f = arr.get(0);
    let js_text = js_sys::JsString::from(text);
    let start = get(&f, "start").as_f64().unwrap() as u32;
    let end = get(&f, "end").as_f64().unwrap() as u32;
    assert_eq!(String::from(js_text.slice(start, end)), "jane@example.org");
    assert_eq!(get(&f, "rule").as_string().unwrap(), "phi-contact");
}

#[wasm_bindgen_test]
fn bad_policy_is_a_located_error() {
    let errs = check_policy("{\"version\": 1, \"name\": \"x\", \"rules\": {\"phi-nmae\": {}}}");
    let errs = js_sys::Array::from(&errs);
    assert_eq!(errs.length(), 1);
    let err = errs.get(0);
    assert_eq!(get(&err, "path").as_string().unwrap(), "rules.phi-nmae");
    assert!(get(&err, "hint").as_string().unwrap().contains("phi-name"));
    assert!(check_policy("{\"version\": 1, \"name\": \"ok\"}").is_null());
    assert!(Engine::new(Some("{".into())).is_err());
}

/// Every problem comes back, in file order, each at its line and column (the options page
/// shows them all at once instead of one per import attempt).
#[wasm_bindgen_test]
fn check_policy_returns_every_problem_with_its_place() {
    let text = "{\n  \"version\": 1,\n  \"name\": \"x\",\n  \"preset\": \"uk\",\n  \"rules\": {\"phi-nmae\": {\"severty\": \"caution\"}},\n  \"custom\": {\"patterns\": [{\"id\": \"mrn\", \"pattern\": \"MRN(\"}]}\n}";
    let errs = js_sys::Array::from(&check_policy(text));
    let got: Vec<(String, u32, u32)> = errs
        .iter()
        .map(|e| {
            (
                get(&e, "path").as_string().unwrap(),
                get(&e, "line").as_f64().unwrap() as u32,
                get(&e, "column").as_f64().unwrap() as u32,
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            ("preset".to_string(), 4, 13),
            ("rules.phi-nmae".to_string(), 5, 13),
            ("rules.phi-nmae.severty".to_string(), 5, 26),
            ("custom.patterns[0].pattern".to_string(), 6, 52),
        ]
    );
    assert!(get(&errs.get(3), "message")
        .as_string()
        .unwrap()
        .contains("does not compile"));
}
