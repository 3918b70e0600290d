use hgcs_domain::api::plans::Duty;
use hgcs_domain::plan::DocumentRef;
use leptos::prelude::*;

use crate::components::common::Submit;
use crate::format::{self, parse_optional_date};
use crate::i18n::{PlanText, TaskEditText, tr};

/// One document of the legal basis being typed.
#[derive(Debug, Clone, Copy)]
pub struct BasisRow {
    key: usize,
    number: RwSignal<String>,
    doc_type: RwSignal<String>,
    issuer: RwSignal<String>,
    issued_on: RwSignal<String>,
    title: RwSignal<String>,
}

/// One duty of section III being typed.
#[derive(Debug, Clone, Copy)]
pub struct DutyRow {
    key: usize,
    heading: RwSignal<String>,
    body: RwSignal<String>,
}

/// Section "Căn cứ" and section III as rows, filled from the plan being
/// edited; rows left empty are dropped when read.
#[derive(Debug, Clone, Copy)]
pub struct PlanSections {
    basis: RwSignal<Vec<BasisRow>>,
    duties: RwSignal<Vec<DutyRow>>,
    next: StoredValue<usize>,
}

impl PlanSections {
    pub fn new(basis: &[DocumentRef], duties: &[Duty]) -> Self {
        let sections = PlanSections {
            basis: RwSignal::new(Vec::new()),
            duties: RwSignal::new(Vec::new()),
            next: StoredValue::new(0),
        };
        for doc in basis {
            sections.add_basis(Some(doc));
        }
        for duty in duties {
            sections.add_duty(Some(duty));
        }
        sections
    }

    fn key(&self) -> usize {
        let key = self.next.get_value();
        self.next.set_value(key + 1);
        key
    }

    fn add_basis(&self, doc: Option<&DocumentRef>) {
        let text =
            |pick: fn(&DocumentRef) -> String| RwSignal::new(doc.map(pick).unwrap_or_default());
        let row = BasisRow {
            key: self.key(),
            number: text(|d| d.number.clone()),
            doc_type: text(|d| d.doc_type.clone()),
            issuer: text(|d| d.issuer.clone()),
            issued_on: text(|d| d.issued_on.map(format::date).unwrap_or_default()),
            title: text(|d| d.title.clone().unwrap_or_default()),
        };
        self.basis.update(|rows| rows.push(row));
    }

    fn add_duty(&self, duty: Option<&Duty>) {
        let row = DutyRow {
            key: self.key(),
            heading: RwSignal::new(duty.map(|d| d.heading.clone()).unwrap_or_default()),
            body: RwSignal::new(duty.map(|d| d.body.clone()).unwrap_or_default()),
        };
        self.duties.update(|rows| rows.push(row));
    }

    /// The documents typed, or `Err` when a date is not a date.
    pub fn basis(&self) -> Result<Vec<DocumentRef>, ()> {
        let mut docs = Vec::new();
        for row in self.basis.get_untracked() {
            let read = |s: RwSignal<String>| s.get_untracked().trim().to_owned();
            let doc = DocumentRef {
                number: read(row.number),
                doc_type: read(row.doc_type),
                issuer: read(row.issuer),
                issued_on: parse_optional_date(&row.issued_on.get_untracked())?,
                title: Some(read(row.title)).filter(|t| !t.is_empty()),
            };
            let empty = doc.number.is_empty() && doc.doc_type.is_empty() && doc.issuer.is_empty();
            if !(empty && doc.title.is_none() && doc.issued_on.is_none()) {
                docs.push(doc);
            }
        }
        Ok(docs)
    }

    pub fn duties(&self) -> Vec<Duty> {
        self.duties
            .get_untracked()
            .into_iter()
            .map(|row| Duty {
                heading: row.heading.get_untracked().trim().to_owned(),
                body: row.body.get_untracked().trim().to_owned(),
            })
            .filter(|duty| !(duty.heading.is_empty() && duty.body.is_empty()))
            .collect()
    }
}

/// A text input of a row, labelled.
fn input(
    id: String,
    label: impl Into<crate::i18n::Label>,
    value: RwSignal<String>,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id.clone()>{tr(label)}</label>
            <input id=id type="text" bind:value=value />
        </div>
    }
}

/// The errors the server or the domain found under `prefix`
/// ("legal_basis", "duties"), one line each.
fn errors_under(form: Submit, prefix: &'static str) -> impl IntoView {
    move || {
        form.errors()
            .get()
            .into_iter()
            .filter(|e| e.field.starts_with(prefix))
            .map(|e| view! { <p class="field-error">{e.message}</p> })
            .collect_view()
    }
}

/// "Căn cứ" and section III as rows people add and remove.
#[component]
pub fn PlanSectionFields(sections: PlanSections, form: Submit) -> impl IntoView {
    let remove = move |key: usize| {
        sections.basis.update(|rows| rows.retain(|r| r.key != key));
        sections.duties.update(|rows| rows.retain(|r| r.key != key));
    };
    view! {
        <fieldset class="field-wide figures">
            <legend>{tr(PlanText::LegalBasis)}</legend>
            <For each=move || sections.basis.get() key=|row| row.key let:row>
                <div class="figure-row" data-test="basis-row">
                    {input(format!("basis-number-{}", row.key), PlanText::DocNumber, row.number)}
                    {input(format!("basis-type-{}", row.key), PlanText::DocType, row.doc_type)}
                    {input(format!("basis-issuer-{}", row.key), PlanText::DocIssuer, row.issuer)}
                    {input(format!("basis-date-{}", row.key), PlanText::IssuedOn, row.issued_on)}
                    {input(format!("basis-title-{}", row.key), TaskEditText::BasisTitle, row.title)}
                    <button type="button" class="button button-small" on:click=move |_| remove(row.key)>
                        {tr(PlanText::Remove)}
                    </button>
                </div>
            </For>
            {errors_under(form, "legal_basis")}
            <button id="add-basis" type="button" class="button button-small" on:click=move |_| sections.add_basis(None)>
                {tr(TaskEditText::AddBasis)}
            </button>
        </fieldset>
        <fieldset class="field-wide figures">
            <legend>{tr(PlanText::DutiesHeading)}</legend>
            <For each=move || sections.duties.get() key=|row| row.key let:row>
                <div class="figure-row" data-test="duty-row">
                    {input(format!("duty-heading-{}", row.key), TaskEditText::DutyHeading, row.heading)}
                    <div class="field">
                        <label for=format!("duty-body-{}", row.key)>{tr(TaskEditText::DutyBody)}</label>
                        <textarea id=format!("duty-body-{}", row.key) rows=3 bind:value=row.body></textarea>
                    </div>
                    <button type="button" class="button button-small" on:click=move |_| remove(row.key)>
                        {tr(PlanText::Remove)}
                    </button>
                </div>
            </For>
            {errors_under(form, "duties")}
            <button id="add-duty" type="button" class="button button-small" on:click=move |_| sections.add_duty(None)>
                {tr(TaskEditText::AddDuty)}
            </button>
        </fieldset>
    }
}
