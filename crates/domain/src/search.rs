//! Accent-blind search: a query becomes the words of its search key
//! (`text::search_key`), matched as whole syllables (the last one as a
//! prefix, so results follow the typing) against the search key stored
//! beside each record; the matches are marked back in the original,
//! accented text.

use crate::api::search::Span;
use crate::text::search_key;
use crate::validation::{Checker, Rule, Violation};

/// At most this many words of a query are used.
const MAX_TERMS: usize = 8;

/// The words of a query, folded: "Hòa giải ở cơ-sở" gives
/// `["hoa", "giai", "o", "co", "so"]`.
pub fn terms(query: &str) -> Vec<String> {
    search_key(query)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .take(MAX_TERMS)
        .map(str::to_owned)
        .collect()
}

/// The longest query read, in characters.
pub const MAX_QUERY: usize = 200;

/// The terms of an optional query parameter `q`, refused (422) when
/// longer than `MAX_QUERY`; none when absent or blank.
pub fn query_terms(q: Option<&str>) -> Result<Vec<String>, Vec<Violation>> {
    let Some(q) = q else {
        return Ok(Vec::new());
    };
    let mut check = Checker::new();
    check.unless(
        q.chars().count() <= MAX_QUERY,
        "q",
        Rule::TooLong { max: MAX_QUERY },
    );
    check.unless(!q.contains('\0'), "q", Rule::NulCharacter);
    check.finish()?;
    Ok(terms(q))
}

/// The PostgreSQL `tsquery` (configuration `simple`) of the terms: every
/// word required, the last a prefix. Terms hold only letters and digits,
/// so nothing of the user's text reaches the query syntax.
pub fn ts_query(terms: &[String]) -> Option<String> {
    let (last, rest) = terms.split_last()?;
    let mut words: Vec<String> = rest.iter().map(|w| sanitise(w)).collect();
    words.push(format!("{}:*", sanitise(last)));
    Some(words.join(" & "))
}

fn sanitise(word: &str) -> String {
    word.chars().filter(|c| c.is_alphanumeric()).collect()
}

/// `text` cut into spans, those whose word matches a term marked: a word
/// matches when its key equals a term, or starts with the last term.
pub fn highlight(text: &str, terms: &[String]) -> Vec<Span> {
    let mut spans: Vec<Span> = Vec::new();
    for (piece, is_word) in pieces(text) {
        let hit = is_word && matches(&search_key(piece), terms);
        match spans.last_mut() {
            Some(last) if last.hit == hit => last.text.push_str(piece),
            _ => spans.push(Span {
                text: piece.to_owned(),
                hit,
            }),
        }
    }
    join_spaced_hits(spans)
}

/// "[Hòa] [giải]" read as one match, "[Hòa giải]".
fn join_spaced_hits(spans: Vec<Span>) -> Vec<Span> {
    let mut joined: Vec<Span> = Vec::with_capacity(spans.len());
    let mut rest = spans.into_iter().peekable();
    while let Some(span) = rest.next() {
        let spaced = !span.hit && span.text.trim().is_empty();
        let between =
            spaced && joined.last().is_some_and(|s| s.hit) && rest.peek().is_some_and(|s| s.hit);
        match (between, joined.last_mut()) {
            (true, Some(last)) => {
                last.text.push_str(&span.text);
                if let Some(next) = rest.next() {
                    last.text.push_str(&next.text);
                }
            }
            _ => joined.push(span),
        }
    }
    joined
}

/// Up to `words` words of `text` around its first match (from the start
/// when nothing matches), marked like `highlight`, with "…" where cut.
pub fn excerpt(text: &str, terms: &[String], words: usize) -> Vec<Span> {
    let all: Vec<(&str, bool)> = pieces(text).collect();
    let word_at: Vec<usize> = all
        .iter()
        .enumerate()
        .filter(|(_, (_, is_word))| *is_word)
        .map(|(i, _)| i)
        .collect();
    if word_at.len() <= words {
        return highlight(text, terms);
    }
    let first = word_at
        .iter()
        .position(|&i| matches(&search_key(all[i].0), terms))
        .unwrap_or(0);
    let start_word = first.saturating_sub(words / 3).min(word_at.len() - words);
    let end_word = start_word + words - 1;
    let (from, to) = (word_at[start_word], word_at[end_word]);
    let cut: String = all[from..=to].iter().map(|(piece, _)| *piece).collect();
    let mut spans = highlight(&cut, terms);
    if start_word > 0 {
        spans.insert(0, plain("…"));
    }
    if end_word + 1 < word_at.len() {
        spans.push(plain("…"));
    }
    spans
}

fn plain(text: &str) -> Span {
    Span {
        text: text.to_owned(),
        hit: false,
    }
}

fn matches(key: &str, terms: &[String]) -> bool {
    let Some((last, rest)) = terms.split_last() else {
        return false;
    };
    rest.iter().any(|t| t == key) || key.starts_with(last.as_str())
}

/// `text` cut into runs of letters and digits (words) and the rest.
fn pieces(text: &str) -> impl Iterator<Item = (&str, bool)> {
    let mut rest = text;
    std::iter::from_fn(move || {
        let first = rest.chars().next()?;
        let is_word = is_word_char(first);
        let end = rest
            .char_indices()
            .find(|(_, c)| is_word_char(*c) != is_word)
            .map_or(rest.len(), |(i, _)| i);
        let (piece, tail) = rest.split_at(end);
        rest = tail;
        Some((piece, is_word))
    })
}

/// Letters, digits and the combining marks of decomposed input.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked(spans: &[Span]) -> String {
        spans
            .iter()
            .map(|s| {
                if s.hit {
                    format!("[{}]", s.text)
                } else {
                    s.text.clone()
                }
            })
            .collect()
    }

    #[test]
    fn every_spelling_gives_the_same_terms() {
        let expected = vec!["hoa", "giai", "co", "so"];
        assert_eq!(terms("hoa giai co so"), expected);
        assert_eq!(terms("Hòa giải cơ sở"), expected);
        assert_eq!(terms("hoà  giải, cơ-sở"), expected);
        assert_eq!(terms("Đà Nẵng"), vec!["da", "nang"]);
        assert!(terms("  ,.; ").is_empty());
    }

    #[test]
    fn the_query_requires_every_word_and_prefixes_the_last() {
        assert_eq!(
            ts_query(&terms("hoa giai co s")).as_deref(),
            Some("hoa & giai & co & s:*")
        );
        assert_eq!(ts_query(&terms("x' | !y")).as_deref(), Some("x & y:*"));
        assert_eq!(ts_query(&[]), None);
    }

    #[test]
    fn matches_are_marked_in_the_accented_text() {
        let spans = highlight("Hòa giải ở cơ sở, hoà giải viên", &terms("hoa giai co so"));
        assert_eq!(marked(&spans), "[Hòa giải] ở [cơ sở], [hoà giải] viên");
        let decomposed = "Ho\u{0300}a gia\u{0309}i";
        assert_eq!(
            marked(&highlight(decomposed, &terms("hoa"))),
            "[Ho\u{0300}a] gia\u{0309}i"
        );
        assert_eq!(marked(&highlight("Luật", &terms("lu"))), "[Luật]");
        assert_eq!(marked(&highlight("Luật", &[])), "Luật");
    }

    #[test]
    fn an_excerpt_is_cut_around_the_first_match() {
        let text = "một hai ba bốn năm sáu bảy tám chín mười hòa giải mười một mười hai";
        let spans = excerpt(text, &terms("hoa giai"), 6);
        assert_eq!(marked(&spans), "…chín mười [hòa giải] mười một…");
        assert_eq!(marked(&excerpt("ngắn gọn", &terms("x"), 6)), "ngắn gọn");
    }
}
