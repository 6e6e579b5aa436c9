//! Clauses: the unit the patient-tie analysis looks at. A clause is a piece of a sentence
//! between `,` `;` `:` dashes and `but`, so "We are closed on May 3, see you at your next visit"
//! keeps the date away from the "your" of the next clause.

/// Byte ranges of the clauses of `text[start..end]`, in order, covering the range.
pub fn clauses(text: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let s = &text[start..end];
    let mut out = Vec::new();
    let mut from = 0;
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        let prev = k.checked_sub(1).map(|p| chars[p].1);
        let next = chars.get(k + 1).map(|n| n.1);
        let next2 = chars.get(k + 2).map(|n| n.1);
        let cut = match c {
            ';' | '؛' | '—' | '–' => true,
            // "9:15" and "3:1" are not clause breaks.
            ':' => {
                !(prev.is_some_and(|p| p.is_ascii_digit())
                    && next.is_some_and(|n| n.is_ascii_digit()))
            }
            // "May 3, 2024" and "$1,200" keep their comma.
            ',' | '،' => {
                !(prev.is_some_and(|p| p.is_ascii_digit())
                    && (next.is_some_and(|n| n.is_ascii_digit())
                        || (next == Some(' ') && next2.is_some_and(|n| n.is_ascii_digit()))))
            }
            _ => false,
        };
        if cut {
            let e = i + c.len_utf8();
            out.push((start + from, start + e));
            from = e;
        } else if c == ' ' && s[i..].to_ascii_lowercase().starts_with(" but ") {
            out.push((start + from, start + i));
            from = i;
        }
    }
    if from < s.len() {
        out.push((start + from, end));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(t: &str) -> Vec<&str> {
        clauses(t, 0, t.len())
            .into_iter()
            .map(|(a, b)| &t[a..b])
            .collect()
    }

    #[test]
    fn splits_at_punctuation_not_inside_numbers() {
        assert_eq!(
            split("Hi Derek, your 9:15 visit on May 3, 2024 ran late; sorry"),
            vec![
                "Hi Derek,",
                " your 9:15 visit on May 3, 2024 ran late;",
                " sorry"
            ]
        );
        assert_eq!(
            split("We tried but you left"),
            vec!["We tried", " but you left"]
        );
    }
}
