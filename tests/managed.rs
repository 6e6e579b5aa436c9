//! Managed deployment (issue 4): `managed_schema.json` is a schema Chrome will load and that
//! mirrors the policy format, and the policy in every example of `docs/policy.md` loads.

use replyguard::Policy;
use serde_json::Value;
use std::collections::BTreeSet;

const SCHEMA: &str = include_str!("../managed_schema.json");
const DOC: &str = include_str!("../docs/policy.md");
const EXAMPLE: &str = include_str!("../policies/example-practice.json");

/// Attributes Chrome's policy-schema parser accepts for each type (anything else makes the
/// schema invalid, and an invalid schema stops the extension from loading). `required` and
/// `sensitiveValue` are left out on purpose: older Chrome versions reject them.
fn allowed(ty: &str) -> &'static [&'static str] {
    match ty {
        "array" => &["description", "id", "items", "title", "type"],
        "boolean" | "number" => &["description", "id", "title", "type"],
        "integer" => &[
            "description",
            "enum",
            "id",
            "maximum",
            "minimum",
            "title",
            "type",
        ],
        "object" => &[
            "additionalProperties",
            "description",
            "id",
            "patternProperties",
            "properties",
            "title",
            "type",
        ],
        "string" => &["description", "enum", "id", "pattern", "title", "type"],
        _ => &[],
    }
}

/// Checks `schema` the way Chrome does when it loads the extension.
fn chrome_accepts(schema: &Value, at: &str) -> Result<(), String> {
    let obj = schema
        .as_object()
        .ok_or(format!("{at}: a schema must be an object"))?;
    let ty = obj
        .get("type")
        .and_then(Value::as_str)
        .ok_or(format!("{at}: every schema needs a string `type`"))?;
    let ok = allowed(ty);
    if ok.is_empty() {
        return Err(format!("{at}: unknown type `{ty}`"));
    }
    for key in obj.keys() {
        if !ok.contains(&key.as_str()) {
            return Err(format!(
                "{at}: attribute `{key}` is not allowed for type `{ty}`"
            ));
        }
    }
    for text_attr in ["title", "description"] {
        if obj.get(text_attr).is_some_and(|v| !v.is_string()) {
            return Err(format!("{at}: `{text_attr}` must be a string"));
        }
    }
    if let Some(e) = obj.get("enum") {
        let items = e
            .as_array()
            .filter(|a| !a.is_empty())
            .ok_or(format!("{at}: `enum` must be a non-empty list"))?;
        let typed = |v: &Value| {
            if ty == "string" {
                v.is_string()
            } else {
                v.is_i64()
            }
        };
        if !items.iter().all(typed) {
            return Err(format!("{at}: `enum` items must be of type {ty}"));
        }
    }
    if let (Some(lo), Some(hi)) = (obj.get("minimum"), obj.get("maximum")) {
        if lo.as_f64() > hi.as_f64() {
            return Err(format!("{at}: minimum > maximum"));
        }
    }
    match ty {
        "array" => {
            let items = obj
                .get("items")
                .ok_or(format!("{at}: an array needs `items`"))?;
            chrome_accepts(items, &format!("{at}[]"))?;
        }
        "object" => {
            for key in ["properties", "patternProperties"] {
                if let Some(p) = obj.get(key) {
                    let p = p
                        .as_object()
                        .ok_or(format!("{at}: `{key}` must be an object"))?;
                    for (name, sub) in p {
                        chrome_accepts(sub, &format!("{at}.{name}"))?;
                    }
                }
            }
            if let Some(a) = obj.get("additionalProperties") {
                // `"additionalProperties": false` is not supported by Chrome.
                chrome_accepts(a, &format!("{at}.*"))?;
            }
        }
        _ => {}
    }
    Ok(())
}

/// Every key path a schema declares: `practice.staff`, `rules.*.severity`,
/// `custom.patterns[].id`.
fn schema_paths(schema: &Value, at: &str, out: &mut BTreeSet<String>) {
    if let Some(p) = schema.get("properties").and_then(Value::as_object) {
        for (k, sub) in p {
            let path = join(at, k);
            out.insert(path.clone());
            schema_paths(sub, &path, out);
        }
    }
    if let Some(a) = schema.get("additionalProperties") {
        let path = join(at, "*");
        out.insert(path.clone());
        schema_paths(a, &path, out);
    }
    if let Some(i) = schema.get("items") {
        schema_paths(i, &format!("{at}[]"), out);
    }
}

/// The key paths a value uses, with map keys of `additionalProperties` objects as `*`.
fn value_paths(v: &Value, schema: &Value, at: &str, out: &mut BTreeSet<String>) {
    match v {
        Value::Object(o) => {
            for (k, sub) in o {
                let (name, sub_schema) = match schema.get("properties").and_then(|p| p.get(k)) {
                    Some(s) => (k.as_str(), s),
                    None => (
                        "*",
                        schema.get("additionalProperties").unwrap_or(&Value::Null),
                    ),
                };
                let path = join(at, name);
                out.insert(path.clone());
                value_paths(sub, sub_schema, &path, out);
            }
        }
        Value::Array(a) => {
            for item in a {
                value_paths(
                    item,
                    schema.get("items").unwrap_or(&Value::Null),
                    &format!("{at}[]"),
                    out,
                );
            }
        }
        _ => {}
    }
}

fn join(at: &str, k: &str) -> String {
    if at.is_empty() {
        k.to_string()
    } else {
        format!("{at}.{k}")
    }
}

/// Checks a value against the schema subset: types, enums, integer ranges, declared keys.
fn fits(v: &Value, schema: &Value, at: &str) -> Result<(), String> {
    let ty = schema["type"].as_str().unwrap_or("");
    let type_ok = match ty {
        "object" => v.is_object(),
        "array" => v.is_array(),
        "string" => v.is_string(),
        "integer" => v.is_i64(),
        "boolean" => v.is_boolean(),
        "number" => v.is_number(),
        _ => false,
    };
    if !type_ok {
        return Err(format!("{at}: expected {ty}, got {v}"));
    }
    if let Some(e) = schema.get("enum").and_then(Value::as_array) {
        if !e.contains(v) {
            return Err(format!("{at}: {v} is not one of {e:?}"));
        }
    }
    if let Some(n) = v.as_i64() {
        let lo = schema
            .get("minimum")
            .and_then(Value::as_i64)
            .unwrap_or(i64::MIN);
        let hi = schema
            .get("maximum")
            .and_then(Value::as_i64)
            .unwrap_or(i64::MAX);
        if n < lo || n > hi {
            return Err(format!("{at}: {n} out of range"));
        }
    }
    if let Some(o) = v.as_object() {
        for (k, sub) in o {
            let s = schema
                .get("properties")
                .and_then(|p| p.get(k))
                .or_else(|| schema.get("additionalProperties"))
                .ok_or(format!("{at}: key `{k}` is not in the schema"))?;
            fits(sub, s, &join(at, k))?;
        }
    }
    if let Some(a) = v.as_array() {
        for (i, item) in a.iter().enumerate() {
            fits(item, &schema["items"], &format!("{at}[{i}]"))?;
        }
    }
    Ok(())
}

fn schema() -> Value {
    serde_json::from_str(SCHEMA).expect("managed_schema.json is valid JSON")
}

fn example() -> Value {
    serde_json::from_str(EXAMPLE).unwrap()
}

#[test]
fn schema_is_one_chrome_accepts() {
    let s = schema();
    assert_eq!(s["type"], "object", "the top level must be an object");
    assert!(
        s.get("additionalProperties").is_none(),
        "the top level must not have additionalProperties"
    );
    assert_eq!(
        s["properties"]
            .as_object()
            .unwrap()
            .keys()
            .collect::<Vec<_>>(),
        vec!["policy"]
    );
    chrome_accepts(&s, "").unwrap();
}

#[test]
fn the_checker_refuses_what_chrome_refuses() {
    for bad in [
        r#"{"type": "object", "properties": {"p": {"type": "object", "additionalProperties": false}}}"#,
        r#"{"type": "object", "$schema": "http://json-schema.org/draft-04/schema#"}"#,
        r#"{"type": "object", "properties": {"p": {"type": "array"}}}"#,
        r#"{"type": "object", "properties": {"p": {"type": "string", "enum": []}}}"#,
        r#"{"type": "object", "properties": {"p": {"type": "boolean", "default": true}}}"#,
        r#"{"properties": {}}"#,
    ] {
        let v: Value = serde_json::from_str(bad).unwrap();
        assert!(chrome_accepts(&v, "").is_err(), "should refuse {bad}");
    }
}

#[test]
fn schema_mirrors_the_policy_format() {
    let s = schema();
    let policy_schema = &s["properties"]["policy"];
    let mut declared = BTreeSet::new();
    schema_paths(policy_schema, "", &mut declared);
    // The example uses every key of the format, so the two sets must be equal: a key the
    // schema lacks would be dropped by Chrome, a key the engine lacks would be rejected.
    let mut used = BTreeSet::new();
    value_paths(&example(), policy_schema, "", &mut used);
    assert_eq!(declared, used);
    fits(&example(), policy_schema, "policy").unwrap();
    Policy::from_json(EXAMPLE).unwrap();
    // Enumerations agree with the engine.
    for (preset, ok) in [
        ("us-hipaa", true),
        ("uk-eu", true),
        ("strict", true),
        ("eu", false),
    ] {
        let text = format!(r#"{{"version": 1, "name": "x", "preset": "{preset}"}}"#);
        assert_eq!(Policy::from_json(&text).is_ok(), ok, "{preset}");
        let listed = policy_schema["properties"]["preset"]["enum"]
            .as_array()
            .unwrap()
            .contains(&Value::from(preset));
        assert_eq!(listed, ok, "{preset}");
    }
    let entities: Vec<&str> = policy_schema["properties"]["custom"]["properties"]["patterns"]
        ["items"]["properties"]["entity"]["enum"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    let engine: Vec<&str> = replyguard::Entity::ALL.iter().map(|e| e.as_str()).collect();
    assert_eq!(entities, engine);
}

/// The fenced code blocks of the doc with their language tag.
fn code_blocks(doc: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut cur: Option<(String, String)> = None;
    for line in doc.lines() {
        if let Some(tag) = line.strip_prefix("```") {
            match cur.take() {
                Some(block) => out.push(block),
                None => cur = Some((tag.trim().to_string(), String::new())),
            }
        } else if let Some((_, body)) = cur.as_mut() {
            body.push_str(line);
            body.push('\n');
        }
    }
    out
}

/// Undoes `.reg` string escaping (`\\` and `\"`).
fn reg_unescape(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            out.extend(chars.next());
        } else {
            out.push(c);
        }
    }
    out
}

#[test]
fn every_example_in_the_doc_carries_a_valid_policy() {
    let want = Policy::from_json(EXAMPLE).unwrap();
    let blocks = code_blocks(DOC);
    let mut found = BTreeSet::new();
    for (tag, body) in &blocks {
        let policy_json = match tag.as_str() {
            "json" => {
                let v: Value = serde_json::from_str(body).unwrap_or_else(|e| panic!("{e}\n{body}"));
                let (kind, p) = if v.get("version").is_some() {
                    ("file", v)
                } else if let Some(ext) = v.pointer("/3rdparty/extensions") {
                    let (_, entry) = ext.as_object().unwrap().iter().next().unwrap();
                    ("chromium-linux", entry["policy"].clone())
                } else if let Some(p) =
                    v.pointer("/policies/3rdparty/Extensions/replyguard@replyguard.app/policy")
                {
                    ("firefox", p.clone())
                } else {
                    panic!("a json block of the doc holds no policy:\n{body}");
                };
                found.insert(kind);
                p.to_string()
            }
            "reg" => {
                assert!(body.starts_with("Windows Registry Editor Version 5.00"));
                assert!(body.contains(
                    r"[HKEY_LOCAL_MACHINE\SOFTWARE\Policies\Google\Chrome\3rdparty\extensions\<extension-id>\policy]"
                ));
                let line = body
                    .lines()
                    .find_map(|l| l.strip_prefix("\"policy\"=\""))
                    .and_then(|l| l.strip_suffix('"'))
                    .expect("a \"policy\"=\"...\" value");
                found.insert("windows-registry");
                reg_unescape(line)
            }
            _ => continue,
        };
        let got = Policy::from_json(&policy_json).unwrap_or_else(|e| panic!("{tag}: {e}"));
        assert_eq!(
            got, want,
            "{tag} example differs from policies/example-practice.json"
        );
    }
    assert_eq!(
        found,
        BTreeSet::from(["chromium-linux", "file", "firefox", "windows-registry"])
    );
    assert!(DOC.contains("/etc/chromium/policies/managed/"));
}

const MANIFEST: &str = include_str!("../manifest.json");
const BUILD: &str = include_str!("../build.sh");
const README: &str = include_str!("../README.md");

/// Chrome only reads `storage.managed` values that the manifest declares a schema for, and the
/// schema file must be in the package: both dist dirs get it from `assemble` in build.sh.
#[test]
fn manifest_declares_the_schema_and_the_build_ships_it() {
    let m: Value = serde_json::from_str(MANIFEST).unwrap();
    assert_eq!(
        m.pointer("/storage/managed_schema").and_then(Value::as_str),
        Some("managed_schema.json")
    );
    let assemble = &BUILD[BUILD.find("assemble() {").expect("assemble() in build.sh")..];
    let assemble = &assemble[..assemble.find("\n}").unwrap()];
    assert!(
        assemble.contains("for b in chrome firefox")
            && assemble.contains(r#"cp managed_schema.json "$d/managed_schema.json""#),
        "build.sh's assemble must copy managed_schema.json into each dist dir:\n{assemble}"
    );
}

/// README's permission table names every permission the manifest asks for (and no other), so a
/// reviewer reading it sees exactly what the extension can do.
#[test]
fn readme_lists_every_manifest_permission() {
    let m: Value = serde_json::from_str(MANIFEST).unwrap();
    let section = &README[README
        .find("## Permissions")
        .expect("a Permissions section")..];
    let section = &section[..section[3..].find("\n## ").map_or(section.len(), |i| i + 3)];
    let listed: BTreeSet<String> = section
        .lines()
        .filter(|l| l.starts_with("| `"))
        .filter_map(|l| l[3..].split('`').next().map(str::to_string))
        .collect();
    let mut want = BTreeSet::new();
    for key in [
        "permissions",
        "optional_host_permissions",
        "host_permissions",
    ] {
        for p in m[key].as_array().into_iter().flatten() {
            want.insert(p.as_str().unwrap().to_string());
        }
    }
    if m.get("storage").is_some() {
        want.insert("storage.managed_schema".to_string());
    }
    assert_eq!(listed, want, "README permissions table vs manifest.json");
}
