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
    let err = check_policy("{\"version\": 1, \"name\": \"x\", \"rules\": {\"phi-nmae\": {}}}");
    assert_eq!(get(&err, "path").as_string().unwrap(), "rules.phi-nmae");
    assert!(get(&err, "hint").as_string().unwrap().contains("phi-name"));
    assert!(check_policy("{\"version\": 1, \"name\": \"ok\"}").is_null());
    assert!(Engine::new(Some("{".into())).is_err());
}
