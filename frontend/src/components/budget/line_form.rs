use hgcs_domain::api::budget::BudgetLineInput;
use hgcs_domain::validation::Checker;
use hgcs_domain::{PlanId, TaskId};
use leptos::prelude::*;

use super::{chosen_source, source_options, typed_field};
use crate::api::use_api;
use crate::components::common::{FormFrame, SelectField, Submit, SubmitButton, TextField};
use crate::i18n::{BudgetText, PlanText, text};
use crate::state::use_lang;

/// Adds a line to the plan: for the plan as a whole or one of its tasks,
/// a source, what it is for and the amount allocated.
#[component]
pub fn LineForm(
    plan_id: PlanId,
    tasks: Vec<(TaskId, String)>,
    added: Callback<()>,
) -> impl IntoView {
    let api = use_api();
    let lang = use_lang();
    let task = RwSignal::new(String::new());
    let source = RwSignal::new(String::new());
    let title = RwSignal::new(String::new());
    let amount = RwSignal::new(String::new());
    let form = Submit::new();
    let task_options = Signal::derive(move || {
        let plan_own = (
            String::new(),
            text(lang.get(), BudgetText::PlanOwn).to_owned(),
        );
        std::iter::once(plan_own)
            .chain(
                tasks
                    .iter()
                    .map(|(id, name)| (id.to_string(), name.clone())),
            )
            .collect::<Vec<_>>()
    });
    let sources = source_options(lang);
    let submit = Callback::new(move |()| {
        let mut check = Checker::new();
        let chosen = chosen_source(&mut check, &source.get_untracked());
        let allocated = typed_field(&mut check, "allocated_vnd", &amount.get_untracked());
        let typed = BudgetLineInput {
            task_id: task.get_untracked().parse::<i64>().ok().map(TaskId),
            source: chosen,
            title: title.get_untracked(),
            allocated_vnd: allocated,
            note: String::new(),
        };
        let input = typed.check(&mut check);
        if !form.passes(check, lang.get_untracked()) {
            return;
        }
        form.send(
            async move { api.add_budget_line(plan_id, &input).await },
            move |_| added.run(()),
        );
    });
    view! {
        <FormFrame form=form id="budget-line-form-title" title=BudgetText::AddLine on_submit=submit>
            <SelectField id="budget-task" label=BudgetText::Task value=task options=task_options error=form.field("task_id") />
            <SelectField id="budget-source" label=BudgetText::Source value=source options=sources empty=PlanText::Choose required=true error=form.field("source") />
            <TextField id="budget-line-title" label=BudgetText::Content value=title required=true error=form.field("title") />
            <TextField id="budget-allocated" label=BudgetText::Allocated value=amount required=true error=form.field("allocated_vnd") />
            <SubmitButton id="add-budget-line" label=BudgetText::AddLine form=form />
        </FormFrame>
    }
}
