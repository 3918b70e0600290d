//! Field validation with messages in both languages. Rules are checked all
//! at once so a form shows every problem in one answer.

mod budget;
mod cases;
pub mod edge;
mod library;
mod materials;
mod mediators;
mod paging;
mod pilots;
mod plans;
mod records;
mod reviews;
mod rules;
mod supervisions;
mod trainings;
mod users;

use serde::{Deserialize, Serialize};

pub use paging::PageLimit;
pub use rules::{LevelRule, Rule};

use crate::Lang;
use crate::text::clean;

/// One broken rule on one field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    pub field: String,
    pub rule: Rule,
}

/// A field error as sent to clients inside a problem+json body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FieldError {
    /// The request field, as named in the JSON body.
    pub field: String,
    /// Stable snake_case rule code, e.g. `too_short`.
    pub code: String,
    /// The message in the language the client asked for.
    pub message: String,
}

impl Violation {
    pub fn to_field_error(&self, lang: Lang) -> FieldError {
        FieldError {
            field: self.field.clone(),
            code: self.rule.code().to_owned(),
            message: self.rule.message(lang),
        }
    }
}

/// Collects violations while a request is checked.
#[derive(Debug, Default)]
pub struct Checker {
    violations: Vec<Violation>,
}

impl Checker {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn add(&mut self, field: &str, rule: Rule) {
        self.violations.push(Violation {
            field: field.to_owned(),
            rule,
        });
    }

    /// Cleans a free-text field (trim + NFC) and checks its length in
    /// characters, not bytes: Vietnamese letters take several bytes.
    pub fn text(&mut self, field: &str, value: &str, min: usize, max: usize) -> String {
        let value = clean(value);
        let len = value.chars().count();
        if len == 0 && min > 0 {
            self.add(field, Rule::Required);
        } else if len < min {
            self.add(field, Rule::TooShort { min });
        } else if len > max {
            self.add(field, Rule::TooLong { max });
        }
        value
    }

    /// A sign-in name: 3–64 of a–z, 0–9, dot, dash, underscore; stored in
    /// lower case so "NguyenVanA" and "nguyenvana" are one account.
    pub fn username(&mut self, field: &str, value: &str) -> String {
        let value = value.trim().to_lowercase();
        let len = value.chars().count();
        if len == 0 {
            self.add(field, Rule::Required);
        } else if len < 3 {
            self.add(field, Rule::TooShort { min: 3 });
        } else if len > 64 {
            self.add(field, Rule::TooLong { max: 64 });
        } else if !value
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '.' | '-' | '_'))
        {
            self.add(field, Rule::UsernameFormat);
        }
        value
    }

    /// A password: 10–128 characters (NIST SP 800-63B favours length over
    /// composition rules) and not the username itself.
    pub fn password(&mut self, field: &str, value: &str, username: &str) {
        let len = value.chars().count();
        if len == 0 {
            self.add(field, Rule::Required);
        } else if len < 10 {
            self.add(field, Rule::TooShort { min: 10 });
        } else if len > 128 {
            self.add(field, Rule::TooLong { max: 128 });
        } else if value.eq_ignore_ascii_case(username) {
            self.add(field, Rule::SameAsUsername);
        }
    }

    /// Adds `rule` on `field` unless `ok`.
    pub fn unless(&mut self, ok: bool, field: &str, rule: Rule) {
        if !ok {
            self.add(field, rule);
        }
    }

    pub fn is_empty(&self) -> bool {
        self.violations.is_empty()
    }

    /// Ends the check: `Ok` when nothing was wrong.
    pub fn finish(self) -> Result<(), Vec<Violation>> {
        if self.violations.is_empty() {
            Ok(())
        } else {
            Err(self.violations)
        }
    }
}

/// The (field, code) of each violation, for tests to compare.
#[cfg(test)]
pub(crate) fn fields_and_codes(errors: &[Violation]) -> Vec<(&str, &str)> {
    errors
        .iter()
        .map(|v| (v.field.as_str(), v.rule.code()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usernames_are_lowercased_and_checked() {
        let mut check = Checker::new();
        assert_eq!(check.username("username", " NguyenVanA "), "nguyenvana");
        assert!(check.is_empty());
        check.username("username", "Nguyễn");
        check.username("username", "ab");
        let errors = check.finish().err().unwrap_or_default();
        let codes: Vec<_> = errors.iter().map(|v| v.rule.code()).collect();
        assert_eq!(codes, ["invalid_format", "too_short"]);
    }

    #[test]
    fn text_length_counts_characters_not_bytes() {
        let mut check = Checker::new();
        let name = check.text("name", "Phường Đề Thám", 1, 14);
        assert_eq!(name, "Phường Đề Thám");
        assert!(check.is_empty());
        check.text("name", "   ", 1, 10);
        let errors = check.finish().err().unwrap_or_default();
        assert_eq!(errors[0].rule, Rule::Required);
        assert_eq!(errors[0].rule.message(Lang::Vi), "Không được để trống");
    }

    #[test]
    fn weak_passwords_are_refused() {
        let mut check = Checker::new();
        check.password("password", "short", "user");
        check.password("password", "WardOfficial1", "wardofficial1");
        check.password("password", "a long enough passphrase", "user");
        let errors = check.finish().err().unwrap_or_default();
        let codes: Vec<_> = errors.iter().map(|v| v.rule.code()).collect();
        assert_eq!(codes, ["too_short", "same_as_username"]);
    }
}
