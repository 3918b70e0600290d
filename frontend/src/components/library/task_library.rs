use hgcs_domain::api::library::TaskLibrary;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::{LibraryText, tr};

/// The library items published for a plan task (II.3.a), as the task's
/// page arrived with them.
#[component]
pub fn TaskLibraryCard(library: TaskLibrary) -> impl IntoView {
    (library.published + library.drafts > 0).then(|| {
        view! {
            <section class="card" aria-labelledby="task-library" data-test="task-library">
                <h2 id="task-library">{tr(LibraryText::TaskLibrary)}</h2>
                <dl class="facts">
                    <dt>{tr(LibraryText::Published)}</dt>
                    <dd data-test="task-published">{library.published}</dd>
                    <dt>{tr(LibraryText::Drafts)}</dt>
                    <dd>{library.drafts}</dd>
                </dl>
                <p><A href="/library">{tr(LibraryText::NavLibrary)}</A></p>
            </section>
        }
    })
}
