use leptos::prelude::*;

use crate::i18n::{Label, tr};

/// What a button opens in place (a form, a confirmation); setting `open`
/// to `false` again (cancel, saved) brings the button back.
#[component]
pub fn OpenedBy(
    id: &'static str,
    #[prop(into)] label: Label,
    open: RwSignal<bool>,
    children: ChildrenFn,
) -> impl IntoView {
    view! {
        <Show
            when=move || open.get()
            fallback=move || view! {
                <button type="button" class="button" id=id on:click=move |_| open.set(true)>
                    {tr(label)}
                </button>
            }
        >
            {children()}
        </Show>
    }
}
