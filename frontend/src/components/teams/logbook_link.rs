use chrono::Datelike;
use hgcs_domain::TeamId;
use leptos::prelude::*;

use crate::api::logbook_url;
use crate::components::common::{SelectField, year_options};
use crate::format;
use crate::i18n::{MediationText, PlanText, tr};

/// The team's logbook (sổ theo dõi hoạt động hòa giải) for a chosen year,
/// as a Word file. A plain link: the session cookie authenticates it.
#[component]
pub fn LogbookLink(team_id: TeamId) -> impl IntoView {
    let this_year = format::today().year();
    let year = RwSignal::new(this_year.to_string());
    let years = Signal::derive(move || year_options(2019..=this_year));
    let href = move || {
        let chosen = year.get().parse().unwrap_or(this_year);
        logbook_url(team_id, chosen)
    };
    let file_name = move || format!("so-hoa-giai-{team_id}-{}.docx", year.get());
    view! {
        <section class="card" aria-labelledby="logbook-title">
            <h2 id="logbook-title">{tr(MediationText::Logbook)}</h2>
            <p class="field-hint">{tr(MediationText::LogbookHint)}</p>
            <div class="filters">
                <SelectField id="logbook-year" label=PlanText::Year value=year options=years />
                <div class="filter-actions">
                    <a class="button" data-test="logbook-link" href=href download=file_name>
                        {tr(MediationText::DownloadLogbook)}
                    </a>
                </div>
            </div>
        </section>
    }
}
