//! The checks of a legal library item.

use crate::api::library::LibraryItemInput;
use crate::validation::{Checker, Rule};

/// At most this many tags per item.
pub const MAX_TAGS: usize = 10;

impl LibraryItemInput {
    /// Checks the item as typed and returns it cleaned: tags trimmed, empty
    /// and repeated ones dropped.
    pub fn check(&self, check: &mut Checker) -> LibraryItemInput {
        if let (Some(issued), Some(effective)) = (self.issued_on, self.effective_on) {
            check.unless(effective >= issued, "effective_on", Rule::EndsBeforeStart);
        }
        let link = check.text("link", &self.link, 0, 500);
        check.unless(
            link.is_empty() || is_web_link(&link),
            "link",
            Rule::NotALink,
        );
        check.unless(
            self.tags.len() <= MAX_TAGS,
            "tags",
            Rule::TooManyItems { max: MAX_TAGS },
        );
        let mut tags: Vec<String> = Vec::new();
        for tag in &self.tags {
            let tag = check.text("tags", tag, 0, 50);
            if !tag.is_empty() && !tags.contains(&tag) {
                tags.push(tag);
            }
        }
        LibraryItemInput {
            title: check.text("title", &self.title, 1, 300),
            issuer: check.text("issuer", &self.issuer, 0, 200),
            number: check.text("number", &self.number, 0, 100),
            summary: check.text("summary", &self.summary, 0, 5000),
            tags,
            link,
            ..self.clone()
        }
    }

    /// The text search reads: title, number, issuer, summary and tags.
    pub fn searchable(&self) -> String {
        [
            self.title.as_str(),
            &self.number,
            &self.issuer,
            &self.summary,
            &self.tags.join(" "),
        ]
        .join(" ")
    }
}

fn is_web_link(link: &str) -> bool {
    let rest = link
        .strip_prefix("https://")
        .or_else(|| link.strip_prefix("http://"));
    rest.is_some_and(|rest| !rest.is_empty() && !rest.chars().any(char::is_whitespace))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::UnitId;
    use crate::api::library::LibraryKind;

    fn input() -> LibraryItemInput {
        LibraryItemInput {
            unit_id: UnitId(1),
            kind: LibraryKind::Law,
            title: " Luật Hòa giải ở cơ sở ".into(),
            issuer: "Quốc hội".into(),
            number: "35/2013/QH13".into(),
            issued_on: None,
            effective_on: None,
            summary: String::new(),
            tags: vec!["hòa giải".into(), " hòa giải ".into(), "".into()],
            link: "https://thuvienphapluat.vn/luat-35".into(),
            task_id: None,
            question_id: None,
        }
    }

    #[test]
    fn a_clean_item_passes_with_tags_folded() {
        let mut check = Checker::new();
        let cleaned = input().check(&mut check);
        assert!(check.finish().is_ok());
        assert_eq!(cleaned.title, "Luật Hòa giải ở cơ sở");
        assert_eq!(cleaned.tags, vec!["hòa giải".to_owned()]);
    }

    #[test]
    fn links_must_be_web_addresses() {
        for bad in ["javascript:alert(1)", "ftp://x", "https://", "http://a b"] {
            let mut check = Checker::new();
            input_with_link(bad).check(&mut check);
            let found = check.finish().err().unwrap_or_default();
            assert_eq!(found.len(), 1, "{bad}");
            assert_eq!(found[0].rule, Rule::NotALink);
        }
    }

    fn input_with_link(link: &str) -> LibraryItemInput {
        LibraryItemInput {
            link: link.into(),
            ..input()
        }
    }
}
