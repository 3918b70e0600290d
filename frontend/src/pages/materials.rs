use hgcs_domain::api::auth::Me;
use hgcs_domain::api::materials::{MaterialQuery, MaterialRun};
use hgcs_domain::{Role, TaskId};
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_query_map};

use crate::api::use_api;
use crate::components::common::Loaded;
use crate::components::materials::{RunForm, RunTable};
use crate::i18n::{MaterialText, tr};
use crate::state::use_app;

#[component]
pub fn MaterialsPage() -> impl IntoView {
    let app = use_app();
    move || {
        app.session
            .with(|session| session.user().cloned())
            .map(|me| view! { <Materials me=me /> })
    }
}

/// The print runs of the user's city, or those handed to the user's
/// ward; the Justice Office records new ones here (for a plan task when
/// opened from its page).
#[component]
fn Materials(me: Me) -> impl IntoView {
    let api = use_api();
    let navigate = use_navigate();
    let prints = me.role == Role::CityJustice;
    let task = use_query_map()
        .get_untracked()
        .get("task_id")
        .and_then(|v| v.parse().ok())
        .map(TaskId);
    let runs = LocalResource::new(move || async move {
        api.material_runs(&MaterialQuery { task_id: task }).await
    });
    let on_created = Callback::new(move |run: MaterialRun| {
        navigate(
            &format!("/materials/{}", run.id),
            NavigateOptions::default(),
        );
    });
    view! {
        <h1>{tr(MaterialText::NavMaterials)}</h1>
        <p>{tr(MaterialText::Intro)}</p>
        <section class="card" aria-labelledby="run-list">
            <h2 id="run-list">{tr(MaterialText::RunList)}</h2>
            <Loaded resource=runs let:list>
                <RunTable runs=list />
            </Loaded>
        </section>
        {prints.then(|| view! { <RunForm me=me task=task on_created=on_created /> })}
    }
}
