use hgcs_domain::api::budget::{BudgetLine, BudgetLineInput};
use hgcs_domain::validation::Checker;
use leptos::prelude::*;

use super::{chosen_source, source_options, typed_field};
use crate::api::use_api;
use crate::components::common::{
    FormFrame, OpenedBy, SelectField, Submit, SubmitButton, TextArea, TextField,
};
use crate::i18n::BudgetText;
use crate::state::use_lang;

/// Changes a line as read (its version): what for, the source, the
/// allocation (never below what was spent: the server says so) and a
/// note; its task stays.
#[component]
pub fn EditLine(line: BudgetLine, done: Callback<BudgetLine>) -> impl IntoView {
    let api = use_api();
    let lang = use_lang();
    let open = RwSignal::new(false);
    let source = RwSignal::new(line.source.as_str().to_owned());
    let title = RwSignal::new(line.title.clone());
    let amount = RwSignal::new(hgcs_domain::text::thousands(line.allocated_vnd));
    let note = RwSignal::new(line.note.clone());
    let (id, version, task) = (line.id, line.version, line.task.map(|t| t.id));
    let form = Submit::new();
    let sources = source_options(lang);
    let submit = Callback::new(move |()| {
        let mut check = Checker::new();
        let chosen = chosen_source(&mut check, &source.get_untracked());
        let allocated = typed_field(&mut check, "allocated_vnd", &amount.get_untracked());
        let typed = BudgetLineInput {
            task_id: task,
            source: chosen,
            title: title.get_untracked(),
            allocated_vnd: allocated,
            note: note.get_untracked(),
        };
        let input = typed.check(&mut check);
        if !form.passes(check, lang.get_untracked()) {
            return;
        }
        form.send(
            async move { api.update_budget_line(id, version, &input).await },
            move |line| done.run(line),
        );
    });
    view! {
        <OpenedBy id="edit-budget-line" label=BudgetText::EditLine open=open>
            <FormFrame form=form id="edit-line-title" title=BudgetText::EditLine on_submit=submit>
                <SelectField id="edit-line-source" label=BudgetText::Source value=source options=sources error=form.field("source") />
                <TextField id="edit-line-name" label=BudgetText::Content value=title required=true error=form.field("title") />
                <TextField id="edit-line-allocated" label=BudgetText::Allocated value=amount required=true error=form.field("allocated_vnd") />
                <TextArea id="edit-line-note" label=BudgetText::Note value=note rows=2 error=form.field("note") />
                <SubmitButton id="save-budget-line" label=BudgetText::EditLine form=form />
            </FormFrame>
        </OpenedBy>
    }
}
