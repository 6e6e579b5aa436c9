//! The WebAssembly binding: the only place that knows about JavaScript. Offsets returned here
//! count UTF-16 code units, as JavaScript strings do.

use crate::{Input, OffsetMap, Policy, Scanner, Unit};
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// The engine as the extension's background holds it: one per active policy.
#[wasm_bindgen]
pub struct Engine {
    scanner: Scanner,
}

#[derive(Serialize)]
struct PolicyErrorJs<'a> {
    path: &'a str,
    line: usize,
    column: usize,
    message: &'a str,
    hint: Option<&'a str>,
    text: String,
}

fn policy_error(e: &crate::PolicyError) -> JsValue {
    let js = PolicyErrorJs {
        path: &e.path,
        line: e.line,
        column: e.column,
        message: &e.message,
        hint: e.hint.as_deref(),
        text: e.to_string(),
    };
    serde_wasm_bindgen::to_value(&js).unwrap_or_else(|_| JsValue::from_str(&e.to_string()))
}

fn to_js<T: Serialize>(v: &T) -> Result<JsValue, JsValue> {
    v.serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsValue::from_str(&e.to_string()))
}

#[wasm_bindgen]
impl Engine {
    /// Builds an engine from a policy JSON string, or the default policy when `None`/empty.
    /// Throws `{path, line, column, message, hint, text}` for a bad policy.
    #[wasm_bindgen(constructor)]
    pub fn new(policy_json: Option<String>) -> Result<Engine, JsValue> {
        let policy = match policy_json.as_deref().map(str::trim) {
            None | Some("") => Policy::default_policy(),
            Some(j) => Policy::from_json(j).map_err(|e| policy_error(&e))?,
        };
        let scanner = Scanner::new(&policy).map_err(|e| policy_error(&e))?;
        Ok(Engine { scanner })
    }

    /// Checks a reply. Returns findings with UTF-16 offsets.
    pub fn scan(
        &self,
        text: &str,
        context: &str,
        platform: &str,
        lang: &str,
        author: &str,
    ) -> Result<JsValue, JsValue> {
        let input = Input {
            text: text.to_string(),
            context: context.to_string(),
            author: author.to_string(),
            platform: platform.to_string(),
            lang: lang.to_string(),
        };
        let mut findings = self.scanner.scan(&input);
        OffsetMap::new(text).convert_findings(&mut findings, Unit::Utf16);
        to_js(&findings)
    }

    /// Every identifier, tied to a patient or not, with UTF-16 offsets.
    pub fn identifiers(&self, text: &str) -> Result<JsValue, JsValue> {
        let mut findings = self.scanner.identifiers(&Input::new(text));
        OffsetMap::new(text).convert_findings(&mut findings, Unit::Utf16);
        to_js(&findings)
    }

    /// The rules with their effective settings, for the popup.
    pub fn rules(&self) -> Result<JsValue, JsValue> {
        to_js(&self.scanner.rules())
    }

    /// The active policy as JSON-compatible data.
    pub fn policy(&self) -> Result<JsValue, JsValue> {
        to_js(self.scanner.policy())
    }
}

/// Validates a policy JSON string: `null` when valid, else an array of every problem found, in
/// file order, each `{path, line, column, message, hint, text}` (as `Policy::check_json` reports
/// them), so that the options page can show them all at their places at once.
#[wasm_bindgen(js_name = checkPolicy)]
pub fn check_policy(policy_json: &str) -> JsValue {
    let errors = match Policy::check_json(policy_json) {
        Ok(p) => match Scanner::new(&p) {
            Ok(_) => return JsValue::NULL,
            Err(e) => vec![e],
        },
        Err(errors) => errors,
    };
    let out = js_sys::Array::new();
    for e in &errors {
        out.push(&policy_error(e));
    }
    out.into()
}
