//! Every word the interface shows, in Vietnamese and English, by area:
//! [`common`] (the frame, sign-in, units, users, audit), [`plans`] (plans,
//! tasks, pilots, commendations), [`task_edits`] (the forms that write
//! plans and tasks), [`mediation`] (teams, mediators, cases),
//! [`records`] (success records, imports, questions, pay), [`reports`],
//! [`dashboard`], [`register`] (the list of mediators), [`supervision`]
//! (the Front's findings and their answers), [`trainings`] and [`budget`]
//! (a plan's money).
//! Each area names its keys in an enum whose `Words::pair` is one exhaustive match
//! yielding a (vi, en) pair, so a key without both translations does not
//! compile; texts that hold a number, a name or a date are functions of the
//! language in the same module. Error codes, roles, unit levels and a few
//! states are translated by the domain crate (`ErrorCode::title`,
//! `Role::label`, …) because the server says them too.

mod budget;
mod clients;
mod common;
mod dashboard;
mod library;
mod materials;
mod mediation;
mod plans;
mod records;
mod register;
mod reports;
mod review;
mod supervision;
mod task_edits;
mod trainings;

pub use budget::{BudgetText, paid_claim, spending_choice};
pub use clients::ClientText;
pub use common::CommonText;
pub use dashboard::DashboardText;
pub use library::{HitText, LibraryText, StateText, kind_label};
pub use materials::MaterialText;
pub use mediation::*;
pub use plans::*;
pub use records::*;
pub use register::RegisterText;
pub use reports::*;
pub use review::ReviewText;
pub use supervision::SupervisionText;
pub use task_edits::TaskEditText;
pub use trainings::{TrainingText, duration, invite_chosen, sheet_read, training_year};

use hgcs_domain::Lang;
use leptos::prelude::Get;

use crate::state::use_lang;

/// A key of one area's words.
pub trait Words: Copy + 'static {
    /// The (Vietnamese, English) wording.
    fn pair(self) -> (&'static str, &'static str);
}

/// A text in both languages, whatever area its key comes from; what
/// fields and tables take as a label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Label {
    vi: &'static str,
    en: &'static str,
}

impl Label {
    pub fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Vi => self.vi,
            Lang::En => self.en,
        }
    }
}

impl<W: Words> From<W> for Label {
    fn from(key: W) -> Self {
        let (vi, en) = key.pair();
        Label { vi, en }
    }
}

pub fn text(lang: Lang, key: impl Into<Label>) -> &'static str {
    key.into().get(lang)
}

/// A text that follows the language switch, for use in views.
pub fn tr(key: impl Into<Label>) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = use_lang();
    let label = key.into();
    move || label.get(lang.get())
}

/// One of two wordings, by language.
fn pick(lang: Lang, vi: String, en: String) -> String {
    match lang {
        Lang::Vi => vi,
        Lang::En => en,
    }
}

/// "try again in N seconds", after a 429.
pub fn retry_in(lang: Lang, seconds: u64) -> String {
    match lang {
        Lang::Vi => format!("Vui lòng thử lại sau {seconds} giây."),
        Lang::En => format!("Try again in {seconds} seconds."),
    }
}

/// The words before a reorganised unit's name.
pub fn link_before(lang: Lang, successor: bool) -> &'static str {
    match (lang, successor) {
        (Lang::Vi, true) => "Sáp nhập vào ",
        (Lang::En, true) => "Merged into ",
        (Lang::Vi, false) => "Tiếp nhận ",
        (Lang::En, false) => "Took over ",
    }
}

/// The words after it: the day the change took effect.
pub fn link_after(lang: Lang, day: &str) -> String {
    match lang {
        Lang::Vi => format!(" từ {day}"),
        Lang::En => format!(" from {day}"),
    }
}

pub fn count_found(lang: Lang, count: usize) -> String {
    match lang {
        Lang::Vi => format!("Tìm thấy {count} đơn vị"),
        Lang::En if count == 1 => "1 unit found".to_owned(),
        Lang::En => format!("{count} units found"),
    }
}
