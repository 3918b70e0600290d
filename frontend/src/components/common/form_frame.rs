use leptos::html::Form;
use leptos::prelude::*;

use super::{FormFailure, Submit, reveal_on_mount};
use crate::i18n::{Label, tr};

/// The frame of every form: the `<form>` (checked by the app, not the
/// browser, so it can say why in the user's language), its heading, which
/// names it for screen readers, and the failure banner under it. On submit
/// it clears the last failure and runs `on_submit`, which checks the input
/// and sends it with `form`. The fields and buttons are its children.
#[component]
pub fn FormFrame(
    form: Submit,
    /// The heading's id.
    id: &'static str,
    #[prop(into)] title: Label,
    /// What the form is about, after the title ("Title: subject").
    #[prop(optional, into)]
    subject: Option<String>,
    #[prop(default = "form form-grid card")] class: &'static str,
    /// Brings the form into view when it opens far from the button that
    /// opened it.
    #[prop(optional)]
    reveal: bool,
    /// The form places the failure banner itself (under a hint, say).
    #[prop(optional)]
    own_failure: bool,
    on_submit: Callback<()>,
    children: Children,
) -> impl IntoView {
    let form_ref = NodeRef::<Form>::new();
    if reveal {
        reveal_on_mount(form_ref);
    }
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        form.start();
        on_submit.run(());
    };
    view! {
        <form class=class node_ref=form_ref on:submit=submit novalidate=true aria-labelledby=id>
            <h2 id=id class="form-title">{tr(title)}{subject.map(|subject| format!(": {subject}"))}</h2>
            {(!own_failure).then(|| view! { <FormFailure form=form /> })}
            {children()}
        </form>
    }
}
