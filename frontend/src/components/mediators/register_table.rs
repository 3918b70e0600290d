use hgcs_domain::UnitLevel;
use hgcs_domain::api::mediators::MediatorListItem;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::{MediationText, RegisterText, education, sex, text, tr};
use crate::state::use_lang;

/// Mediators of the register, each opening its profile, with its team,
/// village and commune or ward.
#[component]
pub fn RegisterTable(mediators: Vec<MediatorListItem>) -> impl IntoView {
    let lang = use_lang();
    let rows = mediators
        .into_iter()
        .map(|item| {
            let (her_sex, schooling) = (item.summary.sex, item.education);
            view! {
                <tr data-test="mediator-row">
                    <td>
                        <A href=format!("/mediators/{}", item.summary.id)>{item.summary.full_name}</A>
                        {item.summary.is_leader.then(|| view! { " (" {tr(MediationText::Leader)} ")" })}
                    </td>
                    <td>{move || text(lang.get(), sex(her_sex))}</td>
                    <td class="nowrap">{item.summary.birth_year}</td>
                    <td>{item.summary.ethnicity}</td>
                    <td>{move || text(lang.get(), education(schooling))}</td>
                    <td><A href=format!("/teams/{}", item.team.id)>{item.team.name}</A></td>
                    // A team of the ward itself has no village.
                    <td>{(item.unit.level == UnitLevel::Village).then_some(item.unit.name)}</td>
                    <td>{item.commune.map(|c| c.name)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-wrap">
            <table class="table">
                <caption class="visually-hidden">{tr(RegisterText::MediatorList)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tr(MediationText::FullName)}</th>
                        <th scope="col">{tr(MediationText::Sex)}</th>
                        <th scope="col">{tr(MediationText::BirthYear)}</th>
                        <th scope="col">{tr(MediationText::Ethnicity)}</th>
                        <th scope="col">{tr(MediationText::Education)}</th>
                        <th scope="col">{tr(MediationText::Team)}</th>
                        <th scope="col">{tr(RegisterText::Village)}</th>
                        <th scope="col">{tr(RegisterText::Commune)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
