//! Text helpers shared by the detectors: sentence ranges and word tokens.

/// Byte ranges of sentences: split after `.`, `!`, `?` (and their CJK/Arabic forms) followed
/// by whitespace, and at line breaks. Ranges cover the whole text, in order.
pub fn sentences(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let end_here = match c {
            '\n' => true,
            '.' | '!' | '?' | '؟' | '。' | '！' | '？' => {
                chars.peek().is_none_or(|&(_, n)| n.is_whitespace())
            }
            _ => false,
        };
        if end_here {
            let e = i + c.len_utf8();
            if e > start {
                out.push((start, e));
            }
            start = e;
        }
    }
    if start < text.len() {
        out.push((start, text.len()));
    }
    out
}

/// A word: a maximal run of letters, digits, apostrophes or hyphens inside a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
}

/// Words of `text`, in order.
pub fn tokens(text: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut start = None;
    let bytes_end = text.len();
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let inner_joiner = matches!(c, '\'' | '’' | '-')
            && start.is_some()
            && iter.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
        if c.is_alphanumeric() || inner_joiner {
            if start.is_none() {
                start = Some(i);
            }
        } else if let Some(s) = start.take() {
            out.push(Token {
                start: s,
                end: i,
                text: &text[s..i],
            });
        }
    }
    if let Some(s) = start {
        out.push(Token {
            start: s,
            end: bytes_end,
            text: &text[s..],
        });
    }
    out
}

/// The last `count` characters of `s` (all of `s` when it is shorter): the window a check
/// looks back over before a match, cut on a character boundary.
pub fn last_chars(s: &str, count: usize) -> &str {
    match count.checked_sub(1) {
        None => "",
        Some(n) => s.char_indices().rev().nth(n).map_or(s, |(i, _)| &s[i..]),
    }
}

/// Undoes `build.rs`'s front coding of a word list: each line is one base-36 digit `k` and a
/// suffix; the word is the first `k` bytes of the previous word followed by the suffix.
/// Returns the words one per line, as in the source list (without its comments).
pub fn front_decode(coded: &str) -> String {
    let mut out = String::with_capacity(coded.len() * 2);
    let mut prev = 0..0; // the previous word's range in `out`
    for line in coded.lines() {
        let Some(k) = line.chars().next().and_then(|c| c.to_digit(36)) else {
            continue;
        };
        let start = out.len();
        // `String::extend_from_within` needs Rust 1.87; the crate supports 1.85.
        let shared = out[prev.start..prev.start + k as usize].to_string();
        out.push_str(&shared);
        out.push_str(&line[1..]);
        prev = start..out.len();
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn last_chars_cuts_on_character_boundaries() {
        assert_eq!(last_chars("café au lait", 4), "lait");
        assert_eq!(last_chars("naïve", 3), "ïve");
        assert_eq!(last_chars("ок", 5), "ок");
        assert_eq!(last_chars("abc", 0), "");
    }

    #[test]
    fn front_decode_rebuilds_words() {
        // "anna", "anne", "annette", "bob", "bobby": shared prefixes 0, 3, 3, 0, 3.
        assert_eq!(
            front_decode("0anna\n3e\n3ette\n0bob\n3by\n"),
            "anna\nanne\nannette\nbob\nbobby\n"
        );
    }

    #[test]
    fn splits_sentences() {
        let t = "Hi Derek. Sorry about the wait!\nCall us at 555-201-3300.";
        let s: Vec<&str> = sentences(t).into_iter().map(|(a, b)| &t[a..b]).collect();
        assert_eq!(
            s,
            vec![
                "Hi Derek.",
                " Sorry about the wait!",
                "\n",
                "Call us at 555-201-3300."
            ]
        );
    }

    #[test]
    fn decimal_point_is_not_a_sentence_end() {
        assert_eq!(sentences("Dose 2.5 mg. Done").len(), 2);
    }

    #[test]
    fn tokens_keep_inner_apostrophes() {
        let t: Vec<&str> = tokens("We're glad, O’Brien — well-known.")
            .iter()
            .map(|t| t.text)
            .collect();
        assert_eq!(t, vec!["We're", "glad", "O’Brien", "well-known"]);
    }
}
