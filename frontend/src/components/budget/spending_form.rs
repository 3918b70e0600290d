use hgcs_domain::BudgetLineId;
use hgcs_domain::api::budget::{BudgetLineDetail, SpendingInput};
use hgcs_domain::validation::Checker;
use leptos::prelude::*;

use super::typed_field;
use crate::api::use_api;
use crate::components::common::{DateField, FormFrame, Submit, SubmitButton, TextField};
use crate::format::{self, today};
use crate::i18n::BudgetText;
use crate::state::use_lang;

/// Records money spent from the line: the day (within the plan's
/// `period`; today, or the period's last day for a plan already over),
/// what for and how much. The server checks the amount against what the
/// line has left.
#[component]
pub fn SpendingForm(
    line: BudgetLineId,
    period: (chrono::NaiveDate, chrono::NaiveDate),
    done: Callback<BudgetLineDetail>,
) -> impl IntoView {
    let api = use_api();
    let lang = use_lang();
    let day = RwSignal::new(format::date(today().clamp(period.0, period.1)));
    let purpose = RwSignal::new(String::new());
    let amount = RwSignal::new(String::new());
    let form = Submit::new();
    let submit = Callback::new(move |()| {
        let lang = lang.get_untracked();
        let Some(spent_on) = form.day("spent_on", &day.get_untracked(), lang) else {
            return;
        };
        let mut check = Checker::new();
        let amount_vnd = typed_field(&mut check, "amount_vnd", &amount.get_untracked());
        let typed = SpendingInput {
            spent_on,
            purpose: purpose.get_untracked(),
            amount_vnd,
        };
        let input = typed.check(&mut check, today(), period);
        if !form.passes(check, lang) {
            return;
        }
        form.send(
            async move { api.record_spending(line, &input).await },
            move |detail| done.run(detail),
        );
    });
    view! {
        <FormFrame form=form id="spending-form-title" title=BudgetText::RecordSpending on_submit=submit>
            <div class="field">
                <DateField id="spent-on" label=BudgetText::SpentOn value=day />
                {move || form.field("spent_on").get().map(|m| view! { <p class="field-error" id="spent-on-refused">{m}</p> })}
            </div>
            <TextField id="spending-purpose" label=BudgetText::Purpose value=purpose required=true error=form.field("purpose") />
            <TextField id="spending-amount" label=BudgetText::Amount value=amount required=true error=form.field("amount_vnd") />
            <SubmitButton id="record-spending" label=BudgetText::RecordSpending form=form />
        </FormFrame>
    }
}
