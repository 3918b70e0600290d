use chrono::Datelike;
use hgcs_domain::api::plans::{Plan, PlanInput};
use hgcs_domain::plan::PlanStatus;
use leptos::prelude::*;

use crate::api::use_api;
use crate::components::common::{
    DateField, DocumentFields, DocumentInputs, FormFrame, SelectField, Submit, SubmitButton,
    TextField, local_error,
};
use crate::format::{self, parse_date};
use crate::i18n::{CommonText, PlanText, text};
use crate::state::use_lang;

/// A new plan: its document, title, period and status. Tasks, duties and
/// the rest are entered afterwards.
#[component]
pub fn PlanForm(on_created: Callback<Plan>) -> impl IntoView {
    let api = use_api();
    let lang = use_lang();
    let year = format::today().year();
    let document = DocumentInputs::new("KH", "UBND");
    let title = RwSignal::new(String::new());
    let place = RwSignal::new(String::new());
    let start = RwSignal::new(format!("01/01/{year}"));
    let end = RwSignal::new(format!("31/12/{year}"));
    let status = RwSignal::new(PlanStatus::Draft.as_str().to_owned());
    let form = Submit::new();
    let statuses = Signal::derive(move || {
        let lang = lang.get();
        PlanStatus::ALL
            .iter()
            .map(|s| (s.as_str().to_owned(), s.label(lang).to_owned()))
            .collect::<Vec<_>>()
    });

    let submit = Callback::new(move |()| {
        let lang = lang.get_untracked();
        let required = text(lang, PlanText::Required);
        let invalid = text(lang, CommonText::DateInvalid);
        let mut found = Vec::new();
        let doc = document.read();
        if doc.is_err() {
            found.push(local_error("document.issued_on", invalid));
        }
        if document.number.get_untracked().trim().is_empty() {
            found.push(local_error("document.number", required));
        }
        if title.get_untracked().trim().is_empty() {
            found.push(local_error("title", required));
        }
        let period_start = parse_date(&start.get_untracked());
        let period_end = parse_date(&end.get_untracked());
        for (field, day) in [("period_start", period_start), ("period_end", period_end)] {
            if day.is_none() {
                found.push(local_error(field, invalid));
            }
        }
        let (Ok(document), Some(period_start), Some(period_end), Some(status), true) = (
            doc,
            period_start,
            period_end,
            PlanStatus::parse(&status.get_untracked()),
            found.is_empty(),
        ) else {
            form.reject(found);
            return;
        };
        let input = PlanInput {
            document,
            title: title.get_untracked().trim().to_owned(),
            period_start,
            period_end,
            issued_place: place.get_untracked().trim().to_owned(),
            signer_name: String::new(),
            signer_title: String::new(),
            legal_basis: Vec::new(),
            purpose: String::new(),
            requirements: String::new(),
            funding: String::new(),
            duties: Vec::new(),
            status,
        };
        let Some(input) = form.valid(input.validate(), lang) else {
            return;
        };
        form.send(async move { api.create_plan(&input).await }, move |plan| {
            on_created.run(plan)
        });
    });

    view! {
        <FormFrame form=form id="create-plan-title" title=PlanText::CreatePlan class="form form-grid" on_submit=submit>
            <DocumentFields
                ids=["plan-doc-number", "plan-doc-type", "plan-doc-issuer", "plan-doc-date"]
                inputs=document
                number_error=form.field("document.number")
                date_error=form.field("document.issued_on")
            />
            <TextField id="plan-place" label=PlanText::IssuedPlace value=place />
            <TextField id="plan-title" label=PlanText::PlanTitle value=title required=true error=form.field("title") />
            <DateField id="plan-start" label=PlanText::PeriodStart value=start />
            <DateField id="plan-end" label=PlanText::PeriodEnd value=end />
            <SelectField id="plan-status" label=CommonText::Status value=status options=statuses error=form.field("status") />
            {move || form.field("period_end").get().map(|m| view! { <p class="field-error form-note">{m}</p> })}
            <SubmitButton id="create-plan" label=PlanText::CreatePlan form=form />
        </FormFrame>
    }
}
