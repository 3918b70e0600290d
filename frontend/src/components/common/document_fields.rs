use hgcs_domain::plan::DocumentRef;
use leptos::prelude::*;

use super::{DateField, TextField};
use crate::format::parse_optional_date;
use crate::i18n::PlanText;

/// The signals behind a document's number, type, issuer and date.
#[derive(Debug, Clone, Copy)]
pub struct DocumentInputs {
    pub number: RwSignal<String>,
    pub doc_type: RwSignal<String>,
    pub issuer: RwSignal<String>,
    pub issued_on: RwSignal<String>,
}

impl DocumentInputs {
    pub fn new(doc_type: &str, issuer: &str) -> Self {
        DocumentInputs {
            number: RwSignal::new(String::new()),
            doc_type: RwSignal::new(doc_type.to_owned()),
            issuer: RwSignal::new(issuer.to_owned()),
            issued_on: RwSignal::new(String::new()),
        }
    }

    /// Filled from a document already written.
    pub fn of(document: &DocumentRef) -> Self {
        DocumentInputs {
            number: RwSignal::new(document.number.clone()),
            doc_type: RwSignal::new(document.doc_type.clone()),
            issuer: RwSignal::new(document.issuer.clone()),
            issued_on: RwSignal::new(
                document
                    .issued_on
                    .map(crate::format::date)
                    .unwrap_or_default(),
            ),
        }
    }

    /// The document as typed; `Err` when the date is not a date.
    pub fn read(&self) -> Result<DocumentRef, ()> {
        Ok(DocumentRef {
            number: self.number.get_untracked().trim().to_owned(),
            doc_type: self.doc_type.get_untracked().trim().to_owned(),
            issuer: self.issuer.get_untracked().trim().to_owned(),
            issued_on: parse_optional_date(&self.issued_on.get_untracked())?,
            title: None,
        })
    }
}

/// "Số: 42/KH-UBND ngày …" as four fields; `ids` name the number, type,
/// issuer and date inputs.
#[component]
pub fn DocumentFields(
    ids: [&'static str; 4],
    inputs: DocumentInputs,
    #[prop(into, optional)] number_error: Signal<Option<String>>,
    #[prop(into, optional)] date_error: Signal<Option<String>>,
) -> impl IntoView {
    let [number, doc_type, issuer, issued_on] = ids;
    view! {
        <TextField id=number label=PlanText::DocNumber value=inputs.number required=true error=number_error />
        <TextField id=doc_type label=PlanText::DocType value=inputs.doc_type />
        <TextField id=issuer label=PlanText::DocIssuer value=inputs.issuer />
        <DateField id=issued_on label=PlanText::IssuedOn value=inputs.issued_on />
        {move || date_error.get().map(|message| view! { <p class="field-error">{message}</p> })}
    }
}
