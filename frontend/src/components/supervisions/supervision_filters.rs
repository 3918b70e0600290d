use hgcs_domain::api::supervisions::SupervisionQuery;
use hgcs_domain::supervision::{SupervisionStatus, SupervisionSubject};
use leptos::prelude::*;

use crate::components::common::SelectField;
use crate::i18n::{CommonText, SupervisionText, tr};
use crate::state::use_lang;

/// Whether answered, and what was supervised.
#[component]
pub fn SupervisionFilters(on_search: Callback<SupervisionQuery>) -> impl IntoView {
    let lang = use_lang();
    let status = RwSignal::new(String::new());
    let subject = RwSignal::new(String::new());
    let statuses = Signal::derive(move || {
        let lang = lang.get();
        SupervisionStatus::ALL
            .iter()
            .map(|s| (s.as_str().to_owned(), s.label(lang).to_owned()))
            .collect::<Vec<_>>()
    });
    let subjects = Signal::derive(move || {
        let lang = lang.get();
        SupervisionSubject::ALL
            .iter()
            .map(|s| (s.as_str().to_owned(), s.label(lang).to_owned()))
            .collect::<Vec<_>>()
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        on_search.run(SupervisionQuery {
            status: SupervisionStatus::parse(&status.get_untracked()),
            subject: SupervisionSubject::parse(&subject.get_untracked()),
            ..SupervisionQuery::default()
        });
    };
    view! {
        <form class="filters" role="search" on:submit=submit>
            <SelectField id="supervision-status" label=CommonText::Status value=status options=statuses empty=SupervisionText::AllStatuses />
            <SelectField id="supervision-subject" label=SupervisionText::Subject value=subject options=subjects empty=SupervisionText::AllSubjects />
            <div class="filter-actions">
                <button id="filter-supervisions" type="submit" class="button button-primary">{tr(SupervisionText::Filter)}</button>
            </div>
        </form>
    }
}
