use hgcs_domain::api::budget::{BudgetLine, BudgetTotal, PlanBudget, SourceTotal};
use hgcs_domain::text::thousands;
use hgcs_domain::{PlanId, TaskId};
use leptos::prelude::*;
use leptos_router::components::A;

use super::line_form::LineForm;
use crate::api::{budget_xlsx_url, use_api};
use crate::components::common::{Announced, Announcement, Loaded};
use crate::i18n::{BudgetText, tr};
use crate::state::use_lang;

/// The plan's budget, for those who read its money; nothing shows to
/// the others (a ward on the city's plan).
#[component]
pub fn PlanBudgetSection(plan_id: PlanId, tasks: Vec<(TaskId, String)>) -> impl IntoView {
    let api = use_api();
    let budget = LocalResource::new(move || async move { api.plan_budget(plan_id).await });
    let notice = Announcement::new();
    let added = notice.and_reload(BudgetText::LineAdded, budget);
    view! {
        <Announced notice=notice />
        <Loaded resource=budget let:found>
            {found.map(|budget| view! { <BudgetCard budget=budget tasks=tasks.clone() added=added /> })}
        </Loaded>
    }
}

/// Allocated, spent and left, as three cells.
fn figures(total: BudgetTotal) -> impl IntoView {
    view! {
        <td class="num">{thousands(total.allocated_vnd)}</td>
        <td class="num">{thousands(total.spent_vnd)}</td>
        <td class="num">{thousands(total.remaining_vnd)}</td>
    }
}

/// The headers of the three money columns `figures` fills.
fn figure_headers() -> impl IntoView {
    view! {
        <th scope="col" class="num">{tr(BudgetText::Allocated)}</th>
        <th scope="col" class="num">{tr(BudgetText::Spent)}</th>
        <th scope="col" class="num">{tr(BudgetText::Remaining)}</th>
    }
}

fn line_total(line: &BudgetLine) -> BudgetTotal {
    BudgetTotal {
        allocated_vnd: line.allocated_vnd,
        spent_vnd: line.spent_vnd,
        remaining_vnd: line.remaining_vnd,
    }
}

#[component]
fn LineRow(line: BudgetLine) -> impl IntoView {
    let lang = use_lang();
    let total = line_total(&line);
    let source = line.source;
    let task = match line.task {
        Some(task) => view! { <span class="mono" title=task.title>{task.code}</span> }.into_any(),
        None => view! { <span class="muted">{tr(BudgetText::PlanOwn)}</span> }.into_any(),
    };
    view! {
        <tr data-test="budget-line">
            <td>{task}</td>
            <th scope="row"><A href=format!("/budget-lines/{}", line.id)>{line.title}</A></th>
            <td>{move || source.label(lang.get())}</td>
            {figures(total)}
        </tr>
    }
}

#[component]
fn SourceTotals(sources: Vec<SourceTotal>) -> impl IntoView {
    let lang = use_lang();
    let rows = sources
        .into_iter()
        .map(|s| {
            let source = s.source;
            view! {
                <tr data-test="budget-source">
                    <th scope="row">{move || source.label(lang.get())}</th>
                    {figures(s.total)}
                </tr>
            }
        })
        .collect_view();
    view! {
        <h3>{tr(BudgetText::BySource)}</h3>
        <div class="table-wrap">
            <table class="table">
                <thead>
                    <tr>
                        <th scope="col">{tr(BudgetText::Source)}</th>
                        {figure_headers()}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

#[component]
fn BudgetCard(
    budget: PlanBudget,
    tasks: Vec<(TaskId, String)>,
    added: Callback<()>,
) -> impl IntoView {
    let plan_id = budget.plan_id;
    let empty = budget.lines.is_empty();
    let rows = budget
        .lines
        .into_iter()
        .map(|line| view! { <LineRow line=line /> })
        .collect_view();
    let sources =
        (!budget.by_source.is_empty()).then(|| view! { <SourceTotals sources=budget.by_source /> });
    let form = budget
        .can_manage
        .then(|| view! { <LineForm plan_id=plan_id tasks=tasks added=added /> });
    view! {
        <section class="card" aria-labelledby="plan-budget" data-test="plan-budget">
            <h2 id="plan-budget">{tr(BudgetText::Title)}</h2>
            <p class="muted">{tr(BudgetText::Intro)}</p>
            {if empty {
                view! { <p class="empty">{tr(BudgetText::NoLines)}</p> }.into_any()
            } else {
                view! {
                    <div class="table-wrap">
                        <table class="table" data-test="budget-table">
                            <thead>
                                <tr>
                                    <th scope="col">{tr(BudgetText::Task)}</th>
                                    <th scope="col">{tr(BudgetText::Content)}</th>
                                    <th scope="col">{tr(BudgetText::Source)}</th>
                                    {figure_headers()}
                                </tr>
                            </thead>
                            <tbody>{rows}</tbody>
                            <tfoot>
                                <tr data-test="budget-total">
                                    <th scope="row" colspan="3">{tr(BudgetText::Total)}</th>
                                    {figures(budget.total)}
                                </tr>
                            </tfoot>
                        </table>
                    </div>
                }
                .into_any()
            }}
            {sources}
            <p>
                <a class="button" href=budget_xlsx_url(plan_id) download="" data-test="budget-xlsx">
                    {tr(BudgetText::Download)}
                </a>
            </p>
        </section>
        {form}
    }
}
