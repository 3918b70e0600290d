use hgcs_domain::api::mediation::MediatorSummary;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n;
use crate::i18n::{CommonText, MediationText, PlanText, tr};

/// A team's mediators, those who left included (their history stays).
#[component]
pub fn MembersTable(members: Vec<MediatorSummary>) -> impl IntoView {
    if members.is_empty() {
        return view! { <p class="empty">{tr(PlanText::NothingHere)}</p> }.into_any();
    }
    let rows = members
        .into_iter()
        .map(|member| {
            let sex = i18n::sex(member.sex);
            view! {
                <tr data-test="member" class=if member.active { "" } else { "row-ended" }>
                    <td>
                        <A href=format!("/mediators/{}", member.id)>{member.full_name}</A>
                        {member.is_leader.then(|| view! {
                            <span class="badge badge-brand" data-test="leader-badge">{tr(MediationText::Leader)}</span>
                        })}
                    </td>
                    <td>{tr(sex)}</td>
                    <td>{member.birth_year}</td>
                    <td>{member.ethnicity}</td>
                    <td>
                        {if member.active {
                            view! { <span>{tr(CommonText::Active)}</span> }.into_any()
                        } else {
                            view! { <span class="muted">{tr(MediationText::MemberLeft)}</span> }.into_any()
                        }}
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-wrap">
            <table class="table">
                <caption class="visually-hidden">{tr(MediationText::Members)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tr(MediationText::FullName)}</th>
                        <th scope="col">{tr(MediationText::Sex)}</th>
                        <th scope="col">{tr(MediationText::BirthYear)}</th>
                        <th scope="col">{tr(MediationText::Ethnicity)}</th>
                        <th scope="col">{tr(CommonText::Status)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}
