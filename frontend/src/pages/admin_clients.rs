use std::collections::HashMap;

use hgcs_domain::api::units::UnitQuery;
use hgcs_domain::api::users::{ApiClient, CreatedApiClient, NewApiClient};
use hgcs_domain::{UnitId, UnitLevel};
use leptos::prelude::*;

use crate::api::use_api;
use crate::components::common::{
    Announced, Announcement, FormFailure, FormFrame, Loaded, Submit, SubmitButton, TextField,
    local_error,
};
use crate::components::layout::RequireAdmin;
use crate::components::users::UnitSelect;
use crate::format::date_time;
use crate::i18n::{ClientText, text, tr};
use crate::state::use_lang;

/// The machine clients of the provinces' systems: who they are, whose
/// figures they read, when each last called; create one (its secret shown
/// once) or disable it.
#[component]
pub fn AdminClientsPage() -> impl IntoView {
    view! {
        <h1>{tr(ClientText::NavClients)}</h1>
        <p>{tr(ClientText::Intro)}</p>
        <RequireAdmin>
            <ClientsAdmin />
        </RequireAdmin>
    }
}

#[component]
fn ClientsAdmin() -> impl IntoView {
    let api = use_api();
    let units = LocalResource::new(move || async move { api.units(&UnitQuery::default()).await });
    let clients = LocalResource::new(move || async move {
        let names: HashMap<UnitId, String> = units
            .await
            .unwrap_or_default()
            .into_iter()
            .map(|unit| (unit.id, unit.name))
            .collect();
        api.api_clients().await.map(|clients| (clients, names))
    });
    let notice = Announcement::new();
    let created = RwSignal::new(None::<CreatedApiClient>);
    let disabling = Submit::new();
    let on_disable = Callback::new(move |client: ApiClient| {
        disabling.start();
        disabling.send(
            async move { api.disable_api_client(client.id).await },
            move |done| {
                notice.say_about(ClientText::Disabled, done.name.clone());
                clients.refetch();
            },
        );
    });
    let on_created = Callback::new(move |new: CreatedApiClient| {
        created.set(Some(new));
        clients.refetch();
    });
    view! {
        <Announced notice=notice />
        <FormFailure form=disabling />
        {move || created.get().map(|new| view! {
            <section class="card notice" data-test="client-secret" role="status">
                <h2>{tr(ClientText::SecretTitle)}</h2>
                <p>{tr(ClientText::SecretOnce)}</p>
                <p><strong>{tr(ClientText::ClientId)}{": "}</strong><code>{new.client.client_id.clone()}</code></p>
                <p><strong>{tr(ClientText::Secret)}{": "}</strong><code data-test="secret">{new.client_secret.clone()}</code></p>
            </section>
        })}
        <section class="card" aria-labelledby="client-list">
            <h2 id="client-list">{tr(ClientText::List)}</h2>
            <Loaded resource=clients let:listing>
                {
                    let (clients, names) = listing;
                    view! { <ClientTable clients=clients names=names on_disable=on_disable /> }
                }
            </Loaded>
        </section>
        <Loaded resource=units let:units>
            <CreateClientForm units=units on_created=on_created />
        </Loaded>
    }
}

#[component]
fn ClientTable(
    clients: Vec<ApiClient>,
    names: HashMap<UnitId, String>,
    on_disable: Callback<ApiClient>,
) -> impl IntoView {
    if clients.is_empty() {
        return view! { <p>{tr(ClientText::None)}</p> }.into_any();
    }
    let rows = clients
        .into_iter()
        .map(|client| {
            let unit = names.get(&client.unit_id).cloned().unwrap_or_else(|| client.unit_id.to_string());
            let last = match client.last_called_at {
                Some(at) => date_time(at).into_any(),
                None => tr(ClientText::NeverCalled).into_any(),
            };
            let action = match client.disabled_at {
                Some(at) => view! { <span>{tr(ClientText::DisabledOn)}{format!(" {}", date_time(at))}</span> }.into_any(),
                None => {
                    let target = client.clone();
                    view! {
                        <button type="button" class="button" data-test="disable-client" on:click=move |_| on_disable.run(target.clone())>
                            {tr(ClientText::Disable)}
                        </button>
                    }
                    .into_any()
                }
            };
            view! {
                <tr data-test="client-row">
                    <td>{client.name.clone()}</td>
                    <td><code>{client.client_id.clone()}</code></td>
                    <td>{unit}</td>
                    <td>{date_time(client.created_at)}</td>
                    <td data-test="last-called">{last}</td>
                    <td>{action}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-wrap">
            <table class="data-table">
                <thead>
                    <tr>
                        <th scope="col">{tr(ClientText::Name)}</th>
                        <th scope="col">{tr(ClientText::ClientId)}</th>
                        <th scope="col">{tr(ClientText::Province)}</th>
                        <th scope="col">{tr(ClientText::Created)}</th>
                        <th scope="col">{tr(ClientText::LastCalled)}</th>
                        <th scope="col">{tr(ClientText::State)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}

/// A new client for a province's system.
#[component]
fn CreateClientForm(
    units: Vec<hgcs_domain::api::units::Unit>,
    on_created: Callback<CreatedApiClient>,
) -> impl IntoView {
    let api = use_api();
    let lang = use_lang();
    let provinces: Vec<_> = units
        .into_iter()
        .filter(|u| u.level == UnitLevel::Province)
        .collect();
    let name = RwSignal::new(String::new());
    let unit = RwSignal::new(String::new());
    let form = Submit::new();
    let submit = Callback::new(move |()| {
        let lang = lang.get_untracked();
        let mut problems = Vec::new();
        if name.get_untracked().trim().is_empty() {
            problems.push(local_error("name", text(lang, ClientText::Name)));
        }
        let unit_id = unit.get_untracked().parse::<i64>().ok().map(UnitId);
        if unit_id.is_none() {
            problems.push(local_error("unit_id", text(lang, ClientText::Province)));
        }
        let (Some(unit_id), true) = (unit_id, problems.is_empty()) else {
            form.reject(problems);
            return;
        };
        let input = NewApiClient {
            name: name.get_untracked().trim().to_owned(),
            unit_id,
        };
        form.send(
            async move { api.create_api_client(&input).await },
            move |created| {
                name.set(String::new());
                on_created.run(created)
            },
        );
    });
    view! {
        <FormFrame form=form id="create-client" title=ClientText::Create on_submit=submit>
            <TextField id="client-name" label=ClientText::Name value=name required=true error=form.field("name") />
            <UnitSelect id="client-unit" units=provinces value=unit error=form.field("unit_id") />
            <SubmitButton id="create-client-submit" label=ClientText::Create form=form />
        </FormFrame>
    }
}
