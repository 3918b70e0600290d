use hgcs_domain::CourseId;
use leptos::prelude::*;

use crate::api::{certificate_url, use_api};
use crate::components::common::{FormFailure, Loaded, Submit};
use crate::format;
use crate::i18n::{MediationText, TrainingText, duration, tr};
use crate::state::use_lang;

/// Who received a certificate, each with its Word file; the organisers
/// issue them once the course has ended.
#[component]
pub fn CertificatesPanel(course: CourseId, issues: bool) -> impl IntoView {
    let api = use_api();
    let lang = use_lang();
    let list = LocalResource::new(move || async move { api.certificates(course).await });
    let form = Submit::new();
    let issue = move |_| {
        form.start();
        form.send(
            async move { api.issue_certificates(course).await },
            move |_| list.refetch(),
        );
    };
    view! {
        <section class="card" aria-labelledby="certificates-title">
            <h2 id="certificates-title">{tr(TrainingText::Certificates)}</h2>
            <FormFailure form=form />
            {issues.then(|| view! {
                <p class="plan-action">
                    <button id="issue-certificates" type="button" class="button button-primary"
                        disabled=move || form.pending().get() on:click=issue>
                        {tr(TrainingText::IssueCertificates)}
                    </button>
                </p>
            })}
            <Loaded resource=list let:certificates>
                {if certificates.is_empty() {
                    view! { <p class="empty">{tr(TrainingText::NoCertificates)}</p> }.into_any()
                } else {
                    let rows = certificates.into_iter().map(|c| {
                        let minutes = i64::from(c.minutes);
                        view! {
                            <tr data-test="certificate-row">
                                <td class="nowrap">{format!("{:02}", c.number)}</td>
                                <td>{c.full_name}</td>
                                <td class="nowrap">{move || duration(lang.get(), minutes)}</td>
                                <td class="nowrap">{format::date(c.issued_on)}</td>
                                <td>
                                    <a href=certificate_url(course, c.mediator_id) data-test="certificate-link" download="">
                                        {tr(TrainingText::Download)}
                                    </a>
                                </td>
                            </tr>
                        }
                    }).collect_view();
                    view! {
                        <div class="table-wrap">
                            <table class="table">
                                <caption class="visually-hidden">{tr(TrainingText::Certificates)}</caption>
                                <thead>
                                    <tr>
                                        <th scope="col">{tr(TrainingText::Number)}</th>
                                        <th scope="col">{tr(MediationText::FullName)}</th>
                                        <th scope="col">{tr(TrainingText::TimePresent)}</th>
                                        <th scope="col">{tr(TrainingText::HeldOn)}</th>
                                        <th scope="col"><span class="visually-hidden">{tr(TrainingText::Download)}</span></th>
                                    </tr>
                                </thead>
                                <tbody>{rows}</tbody>
                            </table>
                        </div>
                    }.into_any()
                }}
            </Loaded>
        </section>
    }
}
