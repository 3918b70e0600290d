use std::collections::BTreeMap;

use chrono::NaiveDate;
use hgcs_domain::api::plans::DueTask;
use hgcs_domain::plan::PartyRole;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::plans::party_name;
use crate::i18n::{PlanText, text, tr};
use crate::state::use_lang;
use crate::{format, i18n};

/// The heading each task goes under: its plan's unit (the ward), or each
/// organisation that leads it (a task with two leads shows under both).
fn group(
    tasks: &[DueTask],
    by_organisation: bool,
    lang: hgcs_domain::Lang,
) -> BTreeMap<String, Vec<DueTask>> {
    let mut groups: BTreeMap<String, Vec<DueTask>> = BTreeMap::new();
    for due in tasks {
        let keys: Vec<String> = if by_organisation {
            let leads: Vec<String> = due
                .task
                .parties
                .iter()
                .filter(|p| p.role == PartyRole::Lead)
                .map(party_name)
                .collect();
            if leads.is_empty() {
                vec![text(lang, PlanText::NoLead).to_owned()]
            } else {
                leads
            }
        } else {
            vec![due.plan_unit.name.clone()]
        };
        for key in keys {
            groups.entry(key).or_default().push(due.clone());
        }
    }
    groups
}

/// One list of due tasks (overdue or due soon), grouped.
#[component]
pub fn DueGroups(
    tasks: Vec<DueTask>,
    by_organisation: Signal<bool>,
    today: NaiveDate,
) -> impl IntoView {
    let lang = use_lang();
    if tasks.is_empty() {
        return view! { <p class="empty">{tr(PlanText::NothingHere)}</p> }.into_any();
    }
    let tasks = StoredValue::new(tasks);
    let groups = move || {
        let lang = lang.get();
        tasks.with_value(|tasks| group(tasks, by_organisation.get(), lang))
            .into_iter()
            .map(|(name, items)| {
                let items = items
                    .into_iter()
                    .map(|due| {
                        let due_on = due.task.due_on;
                        view! {
                            <li data-test="due-task">
                                <A href=format!("/tasks/{}", due.task.id)>
                                    <span class="mono">{due.task.code}</span> " " {due.task.title}
                                </A>
                                <span class="due-meta">
                                    {due.plan_document} " · " {due.plan_unit.name}
                                    {due_on.map(|day| view! {
                                        " · " {tr(PlanText::ColDue)} ": " {format::date(day)}
                                        " (" <strong>{i18n::due_distance(lang, day, today)}</strong> ")"
                                    })}
                                </span>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <li class="due-group" data-test="due-group">
                        <h4>{name}</h4>
                        <ul class="due-items">{items}</ul>
                    </li>
                }
            })
            .collect_view()
    };
    view! { <ul class="due-groups">{groups}</ul> }.into_any()
}
