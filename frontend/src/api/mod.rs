//! The one typed client of the HGCS API. Every endpoint is a method on
//! [`Api`] returning `Result<T, ApiError>`. Cookies carry the session; the
//! SPA never sees a token.

mod audit;
mod auth;
mod budget;
mod dashboard;
mod error;
mod http;
mod imports;
mod library;
mod materials;
mod mediation;
mod pay;
mod pilots;
mod plans;
mod questions;
mod reports;
mod reviews;
mod success_records;
mod supervisions;
mod support;
mod tasks;
mod trainings;
mod units;
mod users;

pub use audit::PAGE_SIZE as AUDIT_PAGE_SIZE;
pub use budget::{budget_xlsx_url, voucher_url};
pub use dashboard::dashboard_file_url;
pub use error::ApiError;
pub use mediation::{Notification, PAGE_SIZE, logbook_url};
pub use questions::question_file_url;
pub use reports::report_file_url;
pub use reviews::review_docx_url;
pub use success_records::record_docx_url;
pub use tasks::evidence_url;
pub use trainings::certificate_url;
pub use units::NewVillage;

use leptos::prelude::*;

use crate::state::{AppState, use_app};

/// A handle on the API, cheap to copy into closures and futures.
#[derive(Debug, Clone, Copy)]
pub struct Api {
    state: AppState,
}

pub fn use_api() -> Api {
    Api { state: use_app() }
}

impl Api {
    pub fn new(state: AppState) -> Self {
        Api { state }
    }

    fn lang(&self) -> hgcs_domain::Lang {
        self.state.lang.try_get_untracked().unwrap_or_default()
    }
}
