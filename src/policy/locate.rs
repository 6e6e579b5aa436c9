//! Finds where a JSON path (`rules.phi-name.severity`, `custom.patterns[2].pattern`) sits in
//! the policy text, so that errors found after parsing (bad regex, unknown rule id) carry a
//! line and column like syntax errors do.
//!
//! A small hand-written walker over already-valid JSON: it records, for every object member
//! and array element, the position of its key (members only) and of its value.

use std::collections::HashMap;

/// 1-based line and column (in characters) of one place in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pos {
    pub line: usize,
    pub column: usize,
}

/// Where each path's key and value start.
#[derive(Debug, Default)]
pub struct Locations {
    keys: HashMap<String, Pos>,
    values: HashMap<String, Pos>,
}

impl Locations {
    /// Walks `text`, which must be valid JSON (anything else gives partial results).
    pub fn of(text: &str) -> Locations {
        let mut w = Walker {
            chars: text.chars().collect(),
            i: 0,
            line: 1,
            col: 1,
            out: Locations::default(),
        };
        w.skip_ws();
        w.value(String::new(), 0);
        w.out
    }

    /// Where the value at `path` starts.
    pub fn value(&self, path: &str) -> Option<Pos> {
        self.values.get(path).copied()
    }

    /// Where the key of the member at `path` starts (falls back to its value).
    pub fn key(&self, path: &str) -> Option<Pos> {
        self.keys.get(path).copied().or_else(|| self.value(path))
    }

    /// The closest located place for `path`: the path itself, else its nearest ancestor.
    pub fn nearest(&self, path: &str, prefer_key: bool) -> Option<Pos> {
        let mut p = path.to_string();
        loop {
            let found = if prefer_key {
                self.key(&p)
            } else {
                self.value(&p)
            };
            if found.is_some() || p.is_empty() {
                return found;
            }
            p = parent(&p);
        }
    }
}

/// `a.b[2].c` -> `a.b[2]` -> `a.b` -> `a` -> ``.
fn parent(path: &str) -> String {
    match path.rfind(['.', '[']) {
        Some(i) => path[..i].to_string(),
        None => String::new(),
    }
}

/// Joins a member key onto a path.
pub fn join_key(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

struct Walker {
    chars: Vec<char>,
    i: usize,
    line: usize,
    col: usize,
    out: Locations,
}

/// Deeper nesting than any policy needs; stops a hostile file from exhausting the stack.
const MAX_DEPTH: usize = 64;

impl Walker {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.i).copied()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.i += 1;
        if c == '\n' {
            self.line += 1;
            self.col = 1;
        } else {
            self.col += 1;
        }
        Some(c)
    }

    fn pos(&self) -> Pos {
        Pos {
            line: self.line,
            column: self.col,
        }
    }

    fn skip_ws(&mut self) {
        while self.peek().is_some_and(char::is_whitespace) {
            self.bump();
        }
    }

    fn value(&mut self, path: String, depth: usize) {
        self.out.values.insert(path.clone(), self.pos());
        if depth > MAX_DEPTH {
            return;
        }
        match self.peek() {
            Some('{') => {
                self.bump();
                loop {
                    self.skip_ws();
                    match self.peek() {
                        Some('"') => {}
                        Some('}') | None => {
                            self.bump();
                            return;
                        }
                        _ => {
                            self.bump();
                            continue;
                        }
                    }
                    let key_pos = self.pos();
                    let key = self.string();
                    let child = join_key(&path, &key);
                    self.out.keys.insert(child.clone(), key_pos);
                    self.skip_ws();
                    if self.peek() == Some(':') {
                        self.bump();
                    }
                    self.skip_ws();
                    self.value(child, depth + 1);
                    self.skip_ws();
                    if self.peek() == Some(',') {
                        self.bump();
                    }
                }
            }
            Some('[') => {
                self.bump();
                let mut index = 0;
                loop {
                    self.skip_ws();
                    match self.peek() {
                        Some(']') | None => {
                            self.bump();
                            return;
                        }
                        Some(',') => {
                            self.bump();
                            continue;
                        }
                        _ => {}
                    }
                    self.value(format!("{path}[{index}]"), depth + 1);
                    index += 1;
                }
            }
            Some('"') => {
                self.string();
            }
            _ => {
                while self
                    .peek()
                    .is_some_and(|c| !matches!(c, ',' | '}' | ']') && !c.is_whitespace())
                {
                    self.bump();
                }
            }
        }
    }

    /// Reads a string literal (at its opening quote) and returns its decoded text.
    fn string(&mut self) -> String {
        let start = self.i;
        self.bump();
        while let Some(c) = self.bump() {
            match c {
                '\\' => {
                    self.bump();
                }
                '"' => break,
                _ => {}
            }
        }
        let literal: String = self.chars[start..self.i].iter().collect();
        serde_json::from_str(&literal).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locates_members_and_elements() {
        let text = "{\n  \"rules\": {\"phi-name\": {\"severity\": \"loud\"}},\n  \"custom\": {\"patterns\": [\n    {\"id\": \"a\"},\n    {\"id\": \"b\", \"pattern\": \"(\"}\n  ]}\n}";
        let l = Locations::of(text);
        assert_eq!(
            l.value("rules.phi-name.severity"),
            Some(Pos {
                line: 2,
                column: 38
            })
        );
        assert_eq!(
            l.key("custom.patterns[1].pattern"),
            Some(Pos {
                line: 5,
                column: 17
            })
        );
        assert_eq!(
            l.nearest("custom.patterns[1].nothing", false),
            Some(Pos { line: 5, column: 5 })
        );
    }

    #[test]
    fn escaped_keys_and_unicode_columns() {
        let text = "{\"name\": \"Zahnärzte \\\"Süd\\\"\", \"x\\u0041\": 1}";
        let l = Locations::of(text);
        assert_eq!(l.key("xA").map(|p| p.column), Some(31));
    }
}
