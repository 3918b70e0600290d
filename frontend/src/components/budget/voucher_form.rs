use hgcs_domain::SpendingId;
use hgcs_domain::api::budget::{BudgetLineDetail, Spending};
use hgcs_domain::validation::Rule;
use leptos::html::Input;
use leptos::prelude::*;

use crate::api::use_api;
use crate::components::common::{
    FilePicker, FormFrame, SelectField, Submit, SubmitButton, clear_files, evidence_to_send,
    local_error,
};
use crate::i18n::{BudgetText, spending_choice};
use crate::state::use_lang;

/// Attaches vouchers (invoices, receipts, signed lists) to one of the
/// line's spending, the newest chosen first.
#[component]
pub fn VoucherForm(spending: Vec<Spending>, done: Callback<BudgetLineDetail>) -> impl IntoView {
    let api = use_api();
    let lang = use_lang();
    let newest = spending
        .last()
        .map(|s| s.id.to_string())
        .unwrap_or_default();
    let chosen = RwSignal::new(newest);
    let options: Vec<(String, String)> = spending
        .iter()
        .rev()
        .map(|s| {
            let label = spending_choice(s.spent_on, &s.purpose, s.amount_vnd);
            (s.id.to_string(), label)
        })
        .collect();
    let files = NodeRef::<Input>::new();
    let form = Submit::new();
    let submit = Callback::new(move |()| {
        let lang = lang.get_untracked();
        let Ok(target) = chosen.get_untracked().parse::<i64>().map(SpendingId) else {
            return;
        };
        let picked = match evidence_to_send(lang, &files, Some(Rule::Required.message(lang))) {
            Ok(picked) => picked,
            Err(problem) => return form.reject(vec![local_error("files", problem)]),
        };
        form.send(
            async move { api.attach_vouchers(target, &picked).await },
            move |detail| {
                clear_files(&files);
                done.run(detail);
            },
        );
    });
    view! {
        <FormFrame form=form id="voucher-form-title" title=BudgetText::AttachVouchers on_submit=submit>
            <SelectField id="voucher-spending" label=BudgetText::AttachTo value=chosen options=options required=true />
            <FilePicker
                id="voucher-files"
                label=BudgetText::Vouchers
                hint=BudgetText::VoucherHint
                input=files
                multiple=true
                required=true
                form=form
                field="files"
                refusal=|error, _| error.detail().map(str::to_owned)
            />
            <SubmitButton id="attach-vouchers" label=BudgetText::AttachVouchers form=form />
        </FormFrame>
    }
}
