use hgcs_domain::api::supervisions::Supervision;
use leptos::prelude::*;
use leptos_router::components::A;

use super::supervised_name;
use crate::format;
use crate::i18n::{CommonText, SupervisionText, tr};
use crate::state::use_lang;

/// The supervision as recorded: what, where, when, by whom, the findings
/// and the recommendations.
#[component]
pub fn SupervisionFacts(supervision: Supervision) -> impl IntoView {
    let lang = use_lang();
    let (subject, status) = (supervision.subject, supervision.status);
    let name = supervised_name(&supervision);
    let link = match (&supervision.team, &supervision.task) {
        (Some(team), _) => Some(format!("/teams/{}", team.id)),
        (_, Some(task)) => Some(format!("/tasks/{}", task.id)),
        _ => None,
    };
    let recorder = match supervision.organisation_name {
        Some(organisation) => format!("{} ({organisation})", supervision.recorded_by_name),
        None => supervision.recorded_by_name,
    };
    view! {
        <h1>{tr(SupervisionText::RecordTitle)} " — " {name.clone()}</h1>
        <section class="card" aria-labelledby="supervision-facts">
            <h2 id="supervision-facts" class="visually-hidden">{tr(SupervisionText::RecordTitle)}</h2>
            <dl class="facts">
                <dt>{tr(SupervisionText::Subject)}</dt>
                <dd>
                    {move || subject.label(lang.get())} ": "
                    {match link {
                        Some(href) => view! { <A href=href>{name.clone()}</A> }.into_any(),
                        None => name.clone().into_any(),
                    }}
                </dd>
                <dt>{tr(CommonText::Unit)}</dt>
                <dd>{supervision.unit.name}</dd>
                <dt>{tr(SupervisionText::SupervisedOn)}</dt>
                <dd>{format::date(supervision.supervised_on)}</dd>
                <dt>{tr(SupervisionText::RecordedBy)}</dt>
                <dd>{recorder} " · " <span class="muted">{format::date_time(supervision.recorded_at)}</span></dd>
                <dt>{tr(CommonText::Status)}</dt>
                <dd data-test="supervision-status">{move || status.label(lang.get())}</dd>
            </dl>
            <h3>{tr(SupervisionText::Findings)}</h3>
            <p class="prose" data-test="supervision-findings">{supervision.findings}</p>
            <h3>{tr(SupervisionText::Recommendations)}</h3>
            <p class="prose">{supervision.recommendations}</p>
        </section>
    }
}
