use std::time::Duration;

use hgcs_domain::api::imports::ImportPreview;
use hgcs_domain::mediation::ImportStatus;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;

use crate::api::{Api, use_api};
use crate::components::common::{FormFailure, ProgressBar, Submit};
use crate::i18n;
use crate::i18n::{RecordText, tr};
use crate::state::use_lang;

/// How often the writing is asked about.
const POLL: Duration = Duration::from_millis(500);

async fn sleep(delay: Duration) {
    let (done, wait) = futures::channel::oneshot::channel::<()>();
    set_timeout(
        move || {
            let _ = done.send(());
        },
        delay,
    );
    let _ = wait.await;
}

/// Asks where the writing stands every half second until it is done or
/// failed, or the page is left (the signal is then gone).
async fn follow(api: Api, id: i64, state: RwSignal<ImportPreview>, form: Submit) {
    loop {
        sleep(POLL).await;
        match api.import(id).await {
            Ok(now) => {
                let finished = matches!(now.status, ImportStatus::Done | ImportStatus::Failed);
                if state.try_set(now).is_some() || finished {
                    return;
                }
            }
            Err(error) => {
                // The page may be gone; otherwise say why and stop asking.
                form.fail(error);
                return;
            }
        }
    }
}

/// Confirming a checked register (only without problems), then a progress
/// bar while the server writes it, and the result.
#[component]
pub fn ImportCommit(preview: ImportPreview, on_again: Callback<()>) -> impl IntoView {
    let api = use_api();
    let lang = use_lang();
    let id = preview.id;
    let blocked = !preview.problems.is_empty();
    let state = RwSignal::new(preview);
    let status = move || state.with(|s| s.status);
    let form = Submit::new();

    let commit = move |_| {
        form.start();
        form.send(async move { api.commit_import(id).await }, move |now| {
            let finished = matches!(now.status, ImportStatus::Done | ImportStatus::Failed);
            state.set(now);
            if !finished {
                spawn_local(follow(api, id, state, form));
            }
        });
    };

    let percent = move || {
        state.with(|s| {
            if s.total > 0 {
                (i64::from(s.processed) * 100 / i64::from(s.total)) as i32
            } else if s.status == ImportStatus::Done {
                100
            } else {
                0
            }
        })
    };
    let progress = move || {
        matches!(status(), ImportStatus::Committing | ImportStatus::Done | ImportStatus::Failed).then(|| {
            view! {
                <div data-test="import-progress" aria-live="polite">
                    {move || view! { <ProgressBar value=percent() /> }}
                    <p class="muted">
                        {move || state.with(|s| i18n::rows_written(lang.get(), s.processed, s.total))}
                    </p>
                </div>
            }
        })
    };
    let result = move || match status() {
        ImportStatus::Done => Some(
            view! {
                <div class="banner banner-ok" role="status" data-test="import-done">
                    <p class="banner-title">{tr(RecordText::ImportDone)}</p>
                    <p><A href="/teams">{tr(RecordText::GoToTeams)}</A></p>
                </div>
            }
            .into_any(),
        ),
        ImportStatus::Failed => {
            let message = state.with(|s| s.message.clone());
            Some(
                view! {
                    <div class="banner banner-error" role="alert" data-test="import-failed">
                        <p class="banner-title">{tr(RecordText::ImportFailed)}</p>
                        {(!message.is_empty()).then(|| view! { <p class="banner-detail">{message}</p> })}
                    </div>
                }
                .into_any(),
            )
        }
        ImportStatus::Committing => Some(
            view! {
                <p class="loading" role="status">
                    <span class="spinner" aria-hidden="true"></span>
                    {tr(RecordText::Committing)}
                </p>
            }
            .into_any(),
        ),
        ImportStatus::Checked => None,
    };
    let can_commit = move || !blocked && status() == ImportStatus::Checked && !form.pending().get();

    view! {
        <section class="card" aria-labelledby="import-commit">
            <h2 id="import-commit" class="visually-hidden">{tr(RecordText::Commit)}</h2>
            <FormFailure form=form />
            {progress}
            {result}
            <div class="form-actions">
                <Show when=move || status() == ImportStatus::Checked>
                    <button
                        id="commit-import"
                        type="button"
                        class="button button-primary"
                        disabled=move || !can_commit()
                        aria-describedby=blocked.then_some("import-verdict")
                        on:click=commit
                    >
                        {tr(RecordText::Commit)}
                    </button>
                </Show>
                <Show when=move || status() != ImportStatus::Committing>
                    <button id="import-again" type="button" class="button" on:click=move |_| on_again.run(())>
                        {tr(RecordText::UploadAnother)}
                    </button>
                </Show>
            </div>
        </section>
    }
}
