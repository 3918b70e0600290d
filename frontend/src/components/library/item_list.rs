use hgcs_domain::api::library::{LibraryItem, LibraryState, StateChange};
use leptos::prelude::*;

use crate::api::use_api;
use crate::components::common::{FormFailure, Submit};
use crate::format;
use crate::i18n::{LibraryText, StateText, kind_label, tr};

/// Library items, each with its state; the publisher publishes and
/// withdraws here.
#[component]
pub fn ItemList(
    items: Vec<LibraryItem>,
    on_changed: Callback<LibraryItem>,
    on_edit: Callback<LibraryItem>,
) -> impl IntoView {
    if items.is_empty() {
        return view! { <p class="empty">{tr(LibraryText::NoItems)}</p> }.into_any();
    }
    let api = use_api();
    let form = Submit::new();
    let rows = items
        .into_iter()
        .map(|item| {
            let id = item.id;
            let next = item.manage.then_some(match item.state {
                LibraryState::Published => (LibraryState::Withdrawn, LibraryText::Withdraw),
                LibraryState::Draft | LibraryState::Withdrawn => {
                    (LibraryState::Published, LibraryText::Publish)
                }
            });
            let action = next.map(|(state, label)| {
                view! {
                    <button type="button" class="button" data-test="change-state"
                        disabled=move || form.pending().get()
                        on:click=move |_| form.send(
                            async move { api.change_library_state(id, &StateChange { state }).await },
                            move |item| on_changed.run(item),
                        )>
                        {tr(label)}
                    </button>
                }
            });
            let edit = item.manage.then(|| {
                let item = item.clone();
                view! {
                    <button type="button" class="button" data-test="edit-item"
                        on:click=move |_| on_edit.run(item.clone())>
                        {tr(LibraryText::Edit)}
                    </button>
                }
            });
            let meta = [item.number.clone(), item.issuer.clone()]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(" · ");
            view! {
                <tr id=format!("item-{id}") data-test="library-row">
                    <td>{tr(kind_label(item.kind))}</td>
                    <td>
                        {if item.link.is_empty() {
                            view! { <span data-test="item-title">{item.title}</span> }.into_any()
                        } else {
                            view! {
                                <a href=item.link rel="noopener noreferrer" data-test="item-title">{item.title}</a>
                            }
                            .into_any()
                        }}
                        <div class="muted">{meta}</div>
                        {item.files.into_iter().map(|file| view! {
                            <div><a href=format!("/api/v1/library-files/{}", file.id) data-test="item-file">{file.file_name}</a></div>
                        }).collect_view()}
                    </td>
                    <td class="nowrap">{item.issued_on.map(format::date)}</td>
                    <td data-test="item-state">{tr(StateText(item.state))}</td>
                    <td class="nowrap">{action}" "{edit}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <FormFailure form=form />
        <div class="table-wrap">
            <table class="table">
                <thead>
                    <tr>
                        <th scope="col">{tr(LibraryText::Kind)}</th>
                        <th scope="col">{tr(LibraryText::Title)}</th>
                        <th scope="col">{tr(LibraryText::IssuedOn)}</th>
                        <th scope="col">{tr(LibraryText::State)}</th>
                        <th scope="col"></th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}
