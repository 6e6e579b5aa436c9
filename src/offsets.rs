//! Offset conventions. The engine works in UTF-8 byte offsets; JavaScript strings count
//! UTF-16 code units; Python (and the CLI's JSON lines) count Unicode code points.
//!
//! [`OffsetMap`] converts any number of byte offsets of one text in a single pass over it.

/// Which unit an offset counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Byte,
    Utf16,
    CodePoint,
}

/// Converts byte offsets of one text to another unit. Built once per text in O(n);
/// each conversion is a binary search over the text's non-ASCII characters only, so
/// plain-ASCII text costs nothing.
pub struct OffsetMap {
    /// (byte offset of a non-ASCII char, its UTF-8 length, its UTF-16 length), in order.
    wide: Vec<(usize, u8, u8)>,
}

impl OffsetMap {
    pub fn new(text: &str) -> OffsetMap {
        let wide = text
            .char_indices()
            .filter(|(_, c)| !c.is_ascii())
            .map(|(i, c)| (i, c.len_utf8() as u8, c.len_utf16() as u8))
            .collect();
        OffsetMap { wide }
    }

    /// Converts a byte offset (which must lie on a char boundary) into `unit`.
    pub fn convert(&self, byte: usize, unit: Unit) -> usize {
        if unit == Unit::Byte {
            return byte;
        }
        // Non-ASCII chars wholly before `byte`.
        let n = self.wide.partition_point(|&(i, _, _)| i < byte);
        let (extra_bytes, extra_u16): (usize, usize) =
            self.wide[..n].iter().fold((0, 0), |(b, u), &(_, l8, l16)| {
                (b + l8 as usize - 1, u + l16 as usize - 1)
            });
        let code_points = byte - extra_bytes;
        match unit {
            Unit::CodePoint => code_points,
            Unit::Utf16 => code_points + extra_u16,
            Unit::Byte => byte,
        }
    }

    /// Converts every finding's span in place.
    pub fn convert_findings(&self, findings: &mut [crate::Finding], unit: Unit) {
        if unit == Unit::Byte || self.wide.is_empty() {
            return;
        }
        for f in findings {
            f.start = self.convert(f.start, unit);
            f.end = self.convert(f.end, unit);
        }
    }
}

/// Byte offset of the `cp`-th code point of `text` (the inverse direction, used to read
/// labeled files that count code points). Returns `text.len()` past the end.
pub fn byte_of_code_point(text: &str, cp: usize) -> usize {
    text.char_indices().nth(cp).map_or(text.len(), |(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_is_identity() {
        let m = OffsetMap::new("call 555-201-3300");
        assert_eq!(m.convert(5, Unit::Utf16), 5);
        assert_eq!(m.convert(17, Unit::CodePoint), 17);
    }

    #[test]
    fn emoji_arabic_cyrillic() {
        // 😀 is 4 bytes, 2 UTF-16 units, 1 code point; Arabic and Cyrillic letters are 2 bytes, 1 unit.
        let text = "😀 Привет مرحبا 555";
        let b = text.find("555").unwrap();
        let m = OffsetMap::new(text);
        let cps = text[..b].chars().count();
        let u16s: usize = text[..b].chars().map(char::len_utf16).sum();
        assert_eq!(m.convert(b, Unit::CodePoint), cps);
        assert_eq!(m.convert(b, Unit::Utf16), u16s);
        assert_eq!(cps, 15);
        assert_eq!(u16s, 16);
        assert_eq!(byte_of_code_point(text, cps), b);
    }
}
