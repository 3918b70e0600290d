use std::collections::HashMap;

use hgcs_domain::UnitId;
use hgcs_domain::api::users::User;
use leptos::prelude::*;

use crate::format;
use crate::i18n::{Msg, tr};
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
        return view! { <p class="empty">{tr(Msg::NoUsers)}</p> }.into_any();
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
                Some(at) => format!("{} {}", tr(Msg::Disabled)(), format::date_time(at)),
                None => tr(Msg::Active)().to_owned(),
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
                            {tr(if disable { Msg::Disable } else { Msg::Enable })}
                        </button>
                        <button
                            type="button"
                            class="button button-small"
                            on:click=move |_| on_reset.run(reset_user.clone())
                        >
                            {tr(Msg::ResetPassword)}
                        </button>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-wrap">
            <table class="table">
                <caption class="visually-hidden">{tr(Msg::NavUsers)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tr(Msg::Username)}</th>
                        <th scope="col">{tr(Msg::DisplayName)}</th>
                        <th scope="col">{tr(Msg::Role)}</th>
                        <th scope="col">{tr(Msg::Unit)}</th>
                        <th scope="col">{tr(Msg::Status)}</th>
                        <th scope="col">{tr(Msg::Actions)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}
