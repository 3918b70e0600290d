use hgcs_domain::SpendingId;
use leptos::prelude::*;

use crate::api::use_api;
use crate::components::common::{FormFailure, Submit};
use crate::i18n::{BudgetText, CommonText, tr};

/// Removes a spending recorded by mistake, in two steps (remove, then
/// confirm); a booked pay claim is given back to be booked again.
#[component]
pub fn RemoveSpending(id: SpendingId, removed: Callback<()>) -> impl IntoView {
    let api = use_api();
    let form = Submit::new();
    let asked = RwSignal::new(false);
    let remove = move |_| {
        form.start();
        form.send(async move { api.delete_spending(id).await }, move |()| {
            removed.run(())
        });
    };
    view! {
        <Show
            when=move || asked.get()
            fallback=move || view! {
                <button type="button" class="button button-small" data-test="remove-spending" on:click=move |_| asked.set(true)>
                    {tr(BudgetText::Remove)}
                </button>
            }
        >
            <FormFailure form=form />
            <p>{tr(BudgetText::ConfirmRemove)}</p>
            <button
                type="button"
                class="button button-small button-danger"
                data-test="confirm-remove-spending"
                disabled=form.pending()
                on:click=remove
            >
                {tr(BudgetText::ConfirmRemoveButton)}
            </button>
            " "
            <button type="button" class="button button-small" on:click=move |_| asked.set(false)>
                {tr(CommonText::Cancel)}
            </button>
        </Show>
    }
}
