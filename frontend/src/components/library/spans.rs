use hgcs_domain::api::search::Span;
use leptos::prelude::*;

/// Text with the parts that matched a search marked.
#[component]
pub fn Marked(spans: Vec<Span>) -> impl IntoView {
    spans
        .into_iter()
        .map(|span| {
            if span.hit {
                view! { <mark>{span.text}</mark> }.into_any()
            } else {
                span.text.into_any()
            }
        })
        .collect_view()
}
