use hgcs_domain::TaskId;
use hgcs_domain::api::auth::Me;
use hgcs_domain::api::materials::{MaterialRun, MaterialRunInput};
use hgcs_domain::validation::Checker;
use leptos::prelude::*;

use crate::api::use_api;
use crate::components::common::{
    DateField, FormFrame, Submit, SubmitButton, TextField, local_error,
};
use crate::format::{parse_date, today};
use crate::i18n::{CommonText, MaterialText, text};
use crate::state::use_lang;

/// A print run of the user's city: title, edition, copies, cost, day.
#[component]
pub fn RunForm(me: Me, task: Option<TaskId>, on_created: Callback<MaterialRun>) -> impl IntoView {
    let api = use_api();
    let lang = use_lang();
    let title = RwSignal::new(String::new());
    let edition = RwSignal::new(String::new());
    let quantity = RwSignal::new(String::new());
    let cost = RwSignal::new(String::new());
    let printed_on = RwSignal::new(String::new());
    let form = Submit::new();
    let submit = Callback::new(move |()| {
        let lang = lang.get_untracked();
        let Some(day) = parse_date(&printed_on.get_untracked()) else {
            form.reject(vec![local_error(
                "printed_on",
                text(lang, CommonText::DateInvalid),
            )]);
            return;
        };
        let number = |value: RwSignal<String>| {
            value
                .get_untracked()
                .chars()
                .filter(char::is_ascii_digit)
                .collect::<String>()
                .parse::<i64>()
                .unwrap_or(0)
        };
        let input = MaterialRunInput {
            unit_id: me.unit.id,
            task_id: task,
            title: title.get_untracked(),
            edition: edition.get_untracked(),
            quantity: i32::try_from(number(quantity)).unwrap_or(0),
            cost_vnd: number(cost),
            printed_on: day,
        };
        let mut check = Checker::new();
        let input = input.check(&mut check, today());
        if !form.passes(check, lang) {
            return;
        }
        form.send(
            async move { api.create_material_run(&input).await },
            move |run| on_created.run(run),
        );
    });
    view! {
        <FormFrame form=form id="run-form-title" title=MaterialText::NewRun on_submit=submit>
            <div class="field-wide">
                <TextField id="run-title" label=MaterialText::Title value=title required=true error=form.field("title") />
            </div>
            <TextField id="run-edition" label=MaterialText::Edition value=edition error=form.field("edition") />
            <TextField id="run-quantity" label=MaterialText::Quantity value=quantity input_type="number" required=true error=form.field("quantity") />
            <TextField id="run-cost" label=MaterialText::Cost value=cost input_type="number" error=form.field("cost_vnd") />
            <DateField id="run-printed-on" label=MaterialText::PrintedOn value=printed_on />
            <SubmitButton id="create-run" label=MaterialText::NewRun form=form />
        </FormFrame>
    }
}
