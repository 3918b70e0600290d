use hgcs_domain::api::budget::{
    BudgetLine, BudgetTask, BudgetTotal, PlanBudget, SourceTotal, TaskTotal,
};
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
    let task = task_cell(line.task, false);
    view! {
        <tr data-test="budget-line">
            <td>{task}</td>
            <th scope="row"><A href=format!("/budget-lines/{}", line.id)>{line.title}</A></th>
            <td>{move || source.label(lang.get())}</td>
            {figures(total)}
        </tr>
    }
}

/// Totals per source or per task: a heading, and a row for each with
/// what it names in its first cell.
#[component]
fn Totals(
    title: BudgetText,
    named: BudgetText,
    test: &'static str,
    rows: Vec<(AnyView, BudgetTotal)>,
) -> impl IntoView {
    let rows = rows
        .into_iter()
        .map(|(name, total)| {
            view! {
                <tr data-test=test>
                    <th scope="row">{name}</th>
                    {figures(total)}
                </tr>
            }
        })
        .collect_view();
    view! {
        <h3>{tr(title)}</h3>
        <div class="table-wrap">
            <table class="table">
                <thead>
                    <tr>
                        <th scope="col">{tr(named)}</th>
                        {figure_headers()}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

#[component]
fn SourceTotals(sources: Vec<SourceTotal>) -> impl IntoView {
    let lang = use_lang();
    let rows = sources
        .into_iter()
        .map(|s| {
            let source = s.source;
            let name = view! { {move || source.label(lang.get())} }.into_any();
            (name, s.total)
        })
        .collect();
    view! { <Totals title=BudgetText::BySource named=BudgetText::Source test="budget-source" rows=rows /> }
}

#[component]
fn TaskTotals(tasks: Vec<TaskTotal>) -> impl IntoView {
    let rows = tasks
        .into_iter()
        .map(|t| (task_cell(t.task, true), t.total))
        .collect();
    view! { <Totals title=BudgetText::ByTask named=BudgetText::Task test="budget-task" rows=rows /> }
}

/// A task by its code, with its title written out or only on hover; or
/// the plan as a whole.
fn task_cell(task: Option<BudgetTask>, titled: bool) -> AnyView {
    match task {
        Some(task) if titled => {
            view! { <span class="mono">{task.code}</span> " " {task.title} }.into_any()
        }
        Some(task) => view! { <span class="mono" title=task.title>{task.code}</span> }.into_any(),
        None => view! { <span class="muted">{tr(BudgetText::PlanOwn)}</span> }.into_any(),
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
    let task_totals =
        (!budget.by_task.is_empty()).then(|| view! { <TaskTotals tasks=budget.by_task /> });
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
            {task_totals}
            <p>
                <a class="button" href=budget_xlsx_url(plan_id) download="" data-test="budget-xlsx">
                    {tr(BudgetText::Download)}
                </a>
            </p>
        </section>
        {form}
    }
}
