use hgcs_domain::api::trainings::Invitee;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::{CommonText, MediationText, RegisterText, TrainingText, duration, text, tr};
use crate::state::use_lang;

/// The mediators invited, with their time present and whether it earns
/// the certificate.
#[component]
pub fn InviteeTable(invitees: Vec<Invitee>) -> impl IntoView {
    let lang = use_lang();
    if invitees.is_empty() {
        return view! { <p class="empty">{tr(TrainingText::NoInvitees)}</p> }.into_any();
    }
    let rows = invitees
        .into_iter()
        .map(|invitee| {
            let (minutes, earned) = (invitee.minutes, invitee.certified);
            view! {
                <tr data-test="invitee-row" data-certified=earned.to_string()>
                    <td><A href=format!("/mediators/{}", invitee.mediator.id)>{invitee.mediator.full_name}</A></td>
                    <td>{invitee.team.name}</td>
                    <td>{invitee.commune.map(|c| c.name)}</td>
                    <td class="nowrap" data-test="minutes">{move || duration(lang.get(), minutes)}</td>
                    <td>{move || text(lang.get(), if earned { CommonText::Yes } else { CommonText::No })}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-wrap">
            <table class="table">
                <caption class="visually-hidden">{tr(TrainingText::Invitees)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tr(MediationText::FullName)}</th>
                        <th scope="col">{tr(MediationText::Team)}</th>
                        <th scope="col">{tr(RegisterText::Commune)}</th>
                        <th scope="col">{tr(TrainingText::TimePresent)}</th>
                        <th scope="col">{tr(TrainingText::Earned)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}
