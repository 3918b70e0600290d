use hgcs_domain::api::audit::AuditQuery;
use leptos::prelude::*;

use crate::components::common::{DateField, TextField};
use crate::format::{end_of_day, parse_optional_date, start_of_day};
use crate::i18n::{CommonText, tr};

/// Entity, action and a span of days (both ends included, Vietnam time).
#[component]
pub fn AuditFilters(on_search: Callback<AuditQuery>) -> impl IntoView {
    let entity = RwSignal::new(String::new());
    let action = RwSignal::new(String::new());
    let from = RwSignal::new(String::new());
    let to = RwSignal::new(String::new());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (Ok(from), Ok(to)) = (
            parse_optional_date(&from.get_untracked()),
            parse_optional_date(&to.get_untracked()),
        ) else {
            return;
        };
        on_search.run(AuditQuery {
            entity: Some(entity.get_untracked()),
            action: Some(action.get_untracked()),
            from: from.and_then(start_of_day),
            to: to.and_then(end_of_day),
            ..AuditQuery::default()
        });
    };
    view! {
        <form class="filters" role="search" on:submit=submit>
            <TextField id="audit-entity" label=CommonText::Entity value=entity />
            <TextField id="audit-action" label=CommonText::Action value=action />
            <DateField id="audit-from" label=CommonText::FromDate value=from />
            <DateField id="audit-to" label=CommonText::ToDate value=to />
            <div class="filter-actions">
                <button type="submit" class="button button-primary">{tr(CommonText::Search)}</button>
            </div>
        </form>
    }
}
