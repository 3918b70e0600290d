use std::collections::HashMap;

use hgcs_domain::UnitId;
use hgcs_domain::api::users::User;
use leptos::prelude::*;

use crate::format;
use crate::i18n::{CommonText, tr};
use crate::state::use_lang;

/// Accounts with their role, unit and status, and what an admin may do.
#[component]
pub fn UserTable(
    users: Vec<User>,
    unit_names: HashMap<UnitId, String>,
    /// (user, disable?) when a lock/unlock button is pressed.
    on_toggle: Callback<(User, bool)>,
    on_reset: Callback<User>,
    #[prop(into)] busy: Signal<bool>,
) -> impl IntoView {
    let lang = use_lang();
    if users.is_empty() {
        return view! { <p class="empty">{tr(CommonText::NoUsers)}</p> }.into_any();
    }
    let rows = users
        .into_iter()
        .map(|user| {
            let unit = unit_names
                .get(&user.unit_id)
                .cloned()
                .unwrap_or_else(|| format!("#{}", user.unit_id));
            let role = user.role;
            let disabled_at = user.disabled_at;
            let status = move || match disabled_at {
                Some(at) => format!("{} {}", tr(CommonText::Disabled)(), format::date_time(at)),
                None => tr(CommonText::Active)().to_owned(),
            };
            let (toggle_user, reset_user) = (user.clone(), user.clone());
            let disable = disabled_at.is_none();
            view! {
                <tr data-test="user-row" class:row-ended=!disable>
                    <td class="mono">{user.username}</td>
                    <td>{user.display_name}</td>
                    <td>{move || role.label(lang.get())}</td>
                    <td>{unit}</td>
                    <td data-test="user-status">{status}</td>
                    <td class="actions">
                        <button
                            type="button"
                            class="button button-small"
                            disabled=move || busy.get()
                            on:click=move |_| on_toggle.run((toggle_user.clone(), disable))
                        >
                            {tr(if disable { CommonText::Disable } else { CommonText::Enable })}
                        </button>
                        <button
                            type="button"
                            class="button button-small"
                            on:click=move |_| on_reset.run(reset_user.clone())
                        >
                            {tr(CommonText::ResetPassword)}
                        </button>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-wrap">
            <table class="table">
                <caption class="visually-hidden">{tr(CommonText::NavUsers)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tr(CommonText::Username)}</th>
                        <th scope="col">{tr(CommonText::DisplayName)}</th>
                        <th scope="col">{tr(CommonText::Role)}</th>
                        <th scope="col">{tr(CommonText::Unit)}</th>
                        <th scope="col">{tr(CommonText::Status)}</th>
                        <th scope="col">{tr(CommonText::Actions)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}
