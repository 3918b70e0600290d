use hgcs_domain::api::mediation::MediatorSummary;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::{Med, Msg, Pl, tr};
use crate::labels;

/// A team's mediators, those who left included (their history stays).
#[component]
pub fn MembersTable(members: Vec<MediatorSummary>) -> impl IntoView {
    if members.is_empty() {
        return view! { <p class="empty">{tr(Pl::NothingHere)}</p> }.into_any();
    }
    let rows = members
        .into_iter()
        .map(|member| {
            let sex = labels::sex(member.sex);
            view! {
                <tr data-test="member" class=if member.active { "" } else { "row-ended" }>
                    <td>
                        <A href=format!("/mediators/{}", member.id)>{member.full_name}</A>
                        {member.is_leader.then(|| view! {
                            <span class="badge badge-brand" data-test="leader-badge">{tr(Med::Leader)}</span>
                        })}
                    </td>
                    <td>{tr(sex)}</td>
                    <td>{member.birth_year}</td>
                    <td>{member.ethnicity}</td>
                    <td>
                        {if member.active {
                            view! { <span>{tr(Msg::Active)}</span> }.into_any()
                        } else {
                            view! { <span class="muted">{tr(Med::MemberLeft)}</span> }.into_any()
                        }}
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-wrap">
            <table class="table">
                <caption class="visually-hidden">{tr(Med::Members)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tr(Med::FullName)}</th>
                        <th scope="col">{tr(Med::Sex)}</th>
                        <th scope="col">{tr(Med::BirthYear)}</th>
                        <th scope="col">{tr(Med::Ethnicity)}</th>
                        <th scope="col">{tr(Msg::Status)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}
