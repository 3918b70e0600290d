use hgcs_domain::Lang;
use hgcs_domain::api::mediation::{Election, MediatorInput};
use hgcs_domain::mediation::{Education, ElectionMethod, Sex};
use hgcs_domain::validation::FieldError;
use leptos::prelude::*;

use crate::components::common::local_error;
use crate::format::parse_optional_date;
use crate::i18n;
use crate::i18n::{CommonText, MediationText, PlanText, text};

/// The signals behind one mediator being typed: in the founding form's
/// member rows and in the add-member form.
#[derive(Debug, Clone, Copy)]
pub struct MemberInputs {
    /// Stable across adds and removes, unlike the row's position.
    pub key: usize,
    pub name: RwSignal<String>,
    pub sex: RwSignal<String>,
    pub birth_year: RwSignal<String>,
    pub ethnicity: RwSignal<String>,
    pub education: RwSignal<String>,
    pub occupation: RwSignal<String>,
    pub phone: RwSignal<String>,
    pub elected_on: RwSignal<String>,
    pub method: RwSignal<String>,
    pub percent: RwSignal<String>,
}

impl MemberInputs {
    pub fn new(key: usize) -> Self {
        MemberInputs {
            key,
            name: RwSignal::new(String::new()),
            sex: RwSignal::new(String::new()),
            birth_year: RwSignal::new(String::new()),
            ethnicity: RwSignal::new("Kinh".to_owned()),
            education: RwSignal::new(Education::NoDegree.as_str().to_owned()),
            occupation: RwSignal::new(String::new()),
            phone: RwSignal::new(String::new()),
            elected_on: RwSignal::new(String::new()),
            method: RwSignal::new(ElectionMethod::OpenVote.as_str().to_owned()),
            percent: RwSignal::new(String::new()),
        }
    }

    /// The mediator as typed, or the problems found, named like the
    /// server's errors under `field` (e.g. `members[0]`, `mediator`).
    pub fn read(&self, lang: Lang, field: &str) -> Result<MediatorInput, Vec<FieldError>> {
        let mut found = Vec::new();
        let required = text(lang, PlanText::Required);
        let full_name = self.name.get_untracked().trim().to_owned();
        if full_name.is_empty() {
            found.push(local_error(&format!("{field}.full_name"), required));
        }
        let sex = Sex::parse(&self.sex.get_untracked());
        if sex.is_none() {
            found.push(local_error(&format!("{field}.sex"), required));
        }
        let birth_year = self
            .birth_year
            .get_untracked()
            .trim()
            .parse::<i32>()
            .ok()
            .filter(|year| (1900..=2100).contains(year));
        if birth_year.is_none() {
            found.push(local_error(
                &format!("{field}.birth_year"),
                text(lang, MediationText::BirthYearInvalid),
            ));
        }
        let elected = self.election(lang, field, &mut found);
        let (Some(sex), Some(birth_year), true) = (sex, birth_year, found.is_empty()) else {
            return Err(found);
        };
        let ethnicity = self.ethnicity.get_untracked().trim().to_owned();
        Ok(MediatorInput {
            full_name,
            sex,
            birth_year,
            ethnicity: (!ethnicity.is_empty()).then_some(ethnicity),
            education: Education::parse(&self.education.get_untracked())
                .unwrap_or(Education::NoDegree),
            occupation: self.occupation.get_untracked().trim().to_owned(),
            phone: self.phone.get_untracked().trim().to_owned(),
            elected,
            recognised_by: None,
        })
    }

    /// The election, when a date or a share was typed; both are needed.
    fn election(&self, lang: Lang, field: &str, found: &mut Vec<FieldError>) -> Option<Election> {
        let day_text = self.elected_on.get_untracked();
        let percent_text = self.percent.get_untracked();
        if day_text.trim().is_empty() && percent_text.trim().is_empty() {
            return None;
        }
        let day = match parse_optional_date(&day_text) {
            Ok(Some(day)) => Some(day),
            Ok(None) => {
                found.push(local_error(
                    &format!("{field}.elected.on"),
                    text(lang, MediationText::ElectionIncomplete),
                ));
                None
            }
            Err(()) => {
                found.push(local_error(
                    &format!("{field}.elected.on"),
                    text(lang, CommonText::DateInvalid),
                ));
                None
            }
        };
        let percent = i18n::parse_percent(&percent_text);
        if percent.is_none() {
            let message = if percent_text.trim().is_empty() {
                text(lang, MediationText::ElectionIncomplete)
            } else {
                text(lang, MediationText::PercentInvalid)
            };
            found.push(local_error(&format!("{field}.elected.percent"), message));
        }
        Some(Election {
            on: day?,
            method: ElectionMethod::parse(&self.method.get_untracked())
                .unwrap_or(ElectionMethod::OpenVote),
            percent: percent?,
        })
    }

    /// Back to an empty row, e.g. after the mediator was saved.
    pub fn clear(&self) {
        for signal in [
            self.name,
            self.sex,
            self.birth_year,
            self.occupation,
            self.phone,
            self.elected_on,
            self.percent,
        ] {
            signal.set(String::new());
        }
        self.ethnicity.set("Kinh".to_owned());
        self.education.set(Education::NoDegree.as_str().to_owned());
        self.method
            .set(ElectionMethod::OpenVote.as_str().to_owned());
    }
}
