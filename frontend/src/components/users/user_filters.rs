use hgcs_domain::Role;
use hgcs_domain::api::users::UserQuery;
use leptos::prelude::*;

use super::role_select::RoleSelect;
use crate::components::common::TextField;
use crate::i18n::{CommonText, tr};

/// Search by name and role.
#[component]
pub fn UserFilters(filter: RwSignal<UserQuery>) -> impl IntoView {
    let q = RwSignal::new(String::new());
    let role = RwSignal::new(String::new());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        filter.set(UserQuery {
            q: Some(q.get_untracked()),
            role: Role::parse(&role.get_untracked()),
            ..UserQuery::default()
        });
    };
    view! {
        <form class="filters" role="search" on:submit=submit>
            <TextField id="user-q" label=CommonText::SearchUsers value=q input_type="search" />
            <RoleSelect id="user-role" label=CommonText::Role value=role empty=CommonText::AllRoles />
            <div class="filter-actions">
                <button type="submit" class="button button-primary">{tr(CommonText::Search)}</button>
            </div>
        </form>
    }
}
