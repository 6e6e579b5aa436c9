//! The rule packs as written in `rules/*.toml`, with their examples and counterexamples: the
//! engine embeds the packs without them (they are test data), so the suites that check them
//! read the source files here.

use replyguard::packs::builtin;
use replyguard::packs::schema::{PackFile, RuleSpec};
use std::path::Path;

/// Every rule of every pack file, in file order, as the TOML states it (word classes not
/// expanded; only the examples, counterexamples and metadata are meant to be read from it).
/// Panics if the files and the packs built into the engine do not list the same rules, so a
/// test can never check examples against a stale or different pack.
#[allow(dead_code)] // not every suite that includes `common` needs it
pub fn rules() -> &'static [RuleSpec] {
    static RULES: std::sync::OnceLock<Vec<RuleSpec>> = std::sync::OnceLock::new();
    RULES.get_or_init(|| {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules");
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect();
        files.sort();
        let mut out = Vec::new();
        for f in files {
            let text = std::fs::read_to_string(&f).unwrap();
            let pack: PackFile = toml::from_str(&text)
                .unwrap_or_else(|e| panic!("rule pack {} is invalid: {e}", f.display()));
            out.extend(pack.rule);
        }
        let ids = |rs: &[RuleSpec]| -> Vec<(String, usize)> {
            rs.iter()
                .map(|r| (r.id.clone(), r.matchers.len()))
                .collect()
        };
        assert_eq!(
            ids(&out),
            ids(builtin()),
            "rules/*.toml and the packs built into the engine differ: rebuild"
        );
        out
    })
}
