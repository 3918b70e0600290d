use hgcs_domain::api::plans::Task;
use hgcs_domain::schedule::Schedule;
use leptos::prelude::*;

use crate::i18n;
use crate::i18n::{PlanText, tr};
use crate::state::use_lang;

/// One grid per year of the plan: a column per quarter and a bar across
/// the quarters each task takes. A task still waiting for its event has
/// no quarters yet and says so.
#[component]
pub fn QuarterTimeline(tasks: Vec<Task>, first_year: i32, last_year: i32) -> impl IntoView {
    let lang = use_lang();
    let tasks = StoredValue::new(tasks);
    let years = (first_year..=last_year.max(first_year)).map(move |year| {
        let rows = tasks.with_value(|tasks| {
            tasks
                .iter()
                .map(|task| {
                    let quarters = task.schedule.quarters_in(year);
                    let waiting = matches!(task.schedule, Schedule::Event { .. }) && task.due_on.is_none();
                    let cells = if waiting {
                        view! { <td colspan="4" class="tl-waiting">{tr(PlanText::AwaitingEvent)}</td> }.into_any()
                    } else {
                        (1u8..=4)
                            .map(|q| {
                                let on = quarters.contains(&q);
                                let class = if !on { "tl-cell" } else if task.overdue { "tl-cell tl-on tl-late" } else { "tl-cell tl-on" };
                                view! {
                                    <td class=class>
                                        {on.then(|| view! { <span class="visually-hidden">{move || i18n::quarter(lang.get(), q)}</span> })}
                                    </td>
                                }
                            })
                            .collect_view()
                            .into_any()
                    };
                    view! {
                        <tr data-test="timeline-row">
                            <th scope="row" class="tl-task"><span class="mono">{task.code.clone()}</span> " " {task.title.clone()}</th>
                            {cells}
                        </tr>
                    }
                })
                .collect_view()
        });
        let heads = (1u8..=4)
            .map(|q| view! { <th scope="col" class="tl-head">{move || i18n::quarter(lang.get(), q)}</th> })
            .collect_view();
        view! {
            <div class="table-wrap">
                <table class="table timeline" data-test="timeline">
                    <caption>{tr(PlanText::Timeline)} " " {year}</caption>
                    <thead><tr><th scope="col">{tr(PlanText::ColTask)}</th>{heads}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
    });
    years.collect_view()
}
