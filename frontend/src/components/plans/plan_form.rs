use chrono::Datelike;
use hgcs_domain::api::plans::{Plan, PlanInput};
use hgcs_domain::plan::PlanStatus;
use leptos::prelude::*;

use super::plan_sections::{PlanSectionFields, PlanSections};
use crate::api::use_api;
use crate::components::common::{
    DateField, DocumentFields, DocumentInputs, FormFrame, SelectField, Submit, SubmitButton,
    TextArea, TextField, local_error,
};
use crate::format::{self, parse_date};
use crate::i18n::{CommonText, Label, PlanText, TaskEditText, text, tr};
use crate::state::use_lang;

/// A plan's own words: its document, title, period, status, purpose,
/// funding, signer, legal basis and section III duties. With `plan` it
/// rewrites that plan (from the version it was read at); without, it starts
/// a new one, whose tasks are added afterwards.
#[component]
pub fn PlanForm(
    #[prop(optional)] plan: Option<Plan>,
    on_saved: Callback<Plan>,
    #[prop(optional)] on_cancel: Option<Callback<()>>,
) -> impl IntoView {
    let api = use_api();
    let lang = use_lang();
    let year = format::today().year();
    let document = match &plan {
        Some(plan) => DocumentInputs::of(&plan.summary.document),
        None => DocumentInputs::new("KH", "UBND"),
    };
    let text_of = |pick: fn(&Plan) -> &String| {
        RwSignal::new(plan.as_ref().map(pick).cloned().unwrap_or_default())
    };
    let title = text_of(|p| &p.summary.title);
    let place = text_of(|p| &p.issued_place);
    let purpose = text_of(|p| &p.purpose);
    let requirements = text_of(|p| &p.requirements);
    let funding = text_of(|p| &p.funding);
    let signer_name = text_of(|p| &p.signer_name);
    let signer_title = text_of(|p| &p.signer_title);
    let (start, end, status) = match &plan {
        Some(plan) => (
            format::date(plan.summary.period_start),
            format::date(plan.summary.period_end),
            plan.summary.status,
        ),
        None => (
            format!("01/01/{year}"),
            format!("31/12/{year}"),
            PlanStatus::Draft,
        ),
    };
    let (start, end) = (RwSignal::new(start), RwSignal::new(end));
    let status = RwSignal::new(status.as_str().to_owned());
    let editing = plan.as_ref().map(|plan| (plan.summary.id, plan.version));
    let sections = match &plan {
        Some(plan) => PlanSections::new(&plan.legal_basis, &plan.duties),
        None => PlanSections::new(&[], &[]),
    };
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
        let legal_basis = sections.basis();
        if legal_basis.is_err() {
            found.push(local_error("legal_basis", invalid));
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
        let (
            Ok(document),
            Ok(legal_basis),
            Some(period_start),
            Some(period_end),
            Some(status),
            true,
        ) = (
            doc,
            legal_basis,
            period_start,
            period_end,
            PlanStatus::parse(&status.get_untracked()),
            found.is_empty(),
        )
        else {
            form.reject(found);
            return;
        };
        let input = PlanInput {
            document,
            title: title.get_untracked().trim().to_owned(),
            period_start,
            period_end,
            issued_place: place.get_untracked().trim().to_owned(),
            signer_name: signer_name.get_untracked().trim().to_owned(),
            signer_title: signer_title.get_untracked().trim().to_owned(),
            legal_basis,
            purpose: purpose.get_untracked().trim().to_owned(),
            requirements: requirements.get_untracked().trim().to_owned(),
            funding: funding.get_untracked().trim().to_owned(),
            duties: sections.duties(),
            status,
        };
        let Some(input) = form.valid(input.validate(), lang) else {
            return;
        };
        form.send(
            async move {
                match editing {
                    Some((id, version)) => api.update_plan(id, version, &input).await,
                    None => api.create_plan(&input).await,
                }
            },
            move |plan| on_saved.run(plan),
        );
    });
    let (heading, button, action): (Label, _, Label) = if plan.is_some() {
        (
            TaskEditText::EditPlan.into(),
            "save-plan",
            PlanText::Save.into(),
        )
    } else {
        (
            PlanText::CreatePlan.into(),
            "create-plan",
            PlanText::CreatePlan.into(),
        )
    };

    view! {
        <FormFrame form=form id="plan-form-title" title=heading class="form form-grid" on_submit=submit>
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
            <TextArea id="plan-purpose" label=PlanText::Purpose value=purpose error=form.field("purpose") />
            <TextArea id="plan-requirements" label=PlanText::Requirements value=requirements error=form.field("requirements") />
            <PlanSectionFields sections=sections form=form />
            <TextArea id="plan-funding" label=TaskEditText::Funding value=funding rows=2 error=form.field("funding") />
            <TextField id="plan-signer-title" label=TaskEditText::SignerTitle value=signer_title error=form.field("signer_title") />
            <TextField id="plan-signer-name" label=TaskEditText::SignerName value=signer_name error=form.field("signer_name") />
            <div class="form-actions">
                <SubmitButton id=button label=action form=form />
                {on_cancel.map(|cancel| view! {
                    <button type="button" class="button" id="cancel-plan" on:click=move |_| cancel.run(())>
                        {tr(CommonText::Cancel)}
                    </button>
                })}
            </div>
        </FormFrame>
    }
}
