//! Vietnamese text handling. The same word can arrive precomposed (NFC) or
//! decomposed (NFD), and old and new spelling rules put the tone mark on
//! different vowels ("hòa" and "hoà"); stored text is NFC and search keys
//! drop every mark so that all spellings meet.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Trims and normalises user input to NFC, the form stored everywhere.
pub fn clean(input: &str) -> String {
    input.trim().nfc().collect()
}

/// A search key: lower case, no diacritics, "đ" read as "d", runs of
/// white space folded to one space.
pub fn search_key(input: &str) -> String {
    let folded: String = input
        .nfd()
        .filter(|c| !is_combining_mark(*c))
        .map(|c| match c {
            'đ' | 'Đ' => 'd',
            other => other,
        })
        .flat_map(char::to_lowercase)
        .collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A number as Vietnamese write it, thousands separated by dots:
/// "1.234.567".
pub fn thousands(value: i64) -> String {
    let digits = value.unsigned_abs().to_string();
    let mut grouped = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push('.');
        }
        grouped.push(digit);
    }
    let sign = if value < 0 { "-" } else { "" };
    format!("{sign}{grouped}")
}

/// The ASCII letters and digits of `text`, for a file name every browser
/// keeps ("12436" of a unit code, whatever else it holds).
pub fn ascii_alnum(text: &str) -> String {
    text.chars().filter(|c| c.is_ascii_alphanumeric()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_composes_decomposed_input() {
        let decomposed = "Ho\u{0300}a gia\u{0309}i ";
        assert_eq!(clean(decomposed), "Hòa giải");
    }

    #[test]
    fn every_spelling_of_a_word_has_one_search_key() {
        let key = search_key("hoa giai");
        assert_eq!(search_key("Hòa giải"), key);
        assert_eq!(search_key("hoà  giải"), key);
        assert_eq!(search_key("HOÀ GIẢI"), key);
        assert_eq!(search_key("Ho\u{0300}a gia\u{0309}i"), key);
        assert_eq!(search_key("Đề Thám"), "de tham");
        assert_ne!(search_key("hòa giải"), search_key("hòa giao"));
    }

    #[test]
    fn thousands_are_separated_by_dots() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1_000), "1.000");
        assert_eq!(thousands(-1_234_567), "-1.234.567");
    }
}
