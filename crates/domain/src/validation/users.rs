//! The checks of what users set for themselves.

use crate::api::auth::EmailInput;
use crate::validation::{Checker, Rule, Violation};

/// Whether `value` reads as an e-mail address: one `@`, something before
/// it, a domain with a dot after it, no spaces or control characters.
/// The mail transport parses it again before sending.
pub fn looks_like_email(value: &str) -> bool {
    let Some((local, domain)) = value.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !value.chars().any(|c| c.is_whitespace() || c.is_control())
}

impl EmailInput {
    /// The address trimmed (`None` stops the e-mails); 3–254 characters
    /// and the shape of an address.
    pub fn validate(&self) -> Result<Option<String>, Vec<Violation>> {
        let Some(email) = &self.email else {
            return Ok(None);
        };
        let mut check = Checker::new();
        let email = check.text("email", email, 3, 254);
        if !email.is_empty() && email.chars().count() >= 3 {
            check.unless(looks_like_email(&email), "email", Rule::Email);
        }
        check.finish().map(|()| Some(email))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_checked_for_their_shape() {
        for good in ["ptp@thaibinh.gov.vn", "a.b-c@x.vn", "tư.pháp@phường.vn"] {
            assert!(looks_like_email(good), "{good}");
        }
        for bad in [
            "ptp", "@x.vn", "a@x", "a@@x.vn", "a b@x.vn", "a@x.vn.", "a@.vn",
        ] {
            assert!(!looks_like_email(bad), "{bad}");
        }
        let input = |email: &str| EmailInput {
            email: Some(email.into()),
        };
        assert_eq!(
            input("  ptp@thaibinh.gov.vn ").validate(),
            Ok(Some("ptp@thaibinh.gov.vn".into()))
        );
        let refused = input("ptp-thaibinh").validate().err().unwrap_or_default();
        assert_eq!(refused.len(), 1);
        assert_eq!(refused[0].rule, Rule::Email);
        assert_eq!(EmailInput { email: None }.validate(), Ok(None));
    }
}
