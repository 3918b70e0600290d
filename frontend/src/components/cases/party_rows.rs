use hgcs_domain::Lang;
use hgcs_domain::api::mediation::CaseParty;
use hgcs_domain::mediation::PartyKind;
use hgcs_domain::validation::FieldError;
use leptos::prelude::*;

use crate::components::common::{Submit, local_error};
use crate::i18n;
use crate::i18n::{MediationText, PlanText, text, tr};
use crate::state::use_lang;

/// One party being typed.
#[derive(Debug, Clone, Copy)]
pub struct PartyRow {
    key: usize,
    kind: RwSignal<String>,
    name: RwSignal<String>,
    birth_year: RwSignal<String>,
    address: RwSignal<String>,
}

impl PartyRow {
    pub fn new(key: usize) -> Self {
        PartyRow {
            key,
            kind: RwSignal::new(PartyKind::Person.as_str().to_owned()),
            name: RwSignal::new(String::new()),
            birth_year: RwSignal::new(String::new()),
            address: RwSignal::new(String::new()),
        }
    }

    fn is_blank(&self) -> bool {
        [self.name, self.birth_year, self.address]
            .iter()
            .all(|s| s.get_untracked().trim().is_empty())
    }
}

/// The parties as typed; wholly empty rows are dropped. Errors are named
/// like the server's (`parties[1].name`) by the row's position.
pub fn read_parties(lang: Lang, rows: &[PartyRow]) -> Result<Vec<CaseParty>, Vec<FieldError>> {
    let mut parties = Vec::new();
    let mut found = Vec::new();
    for (index, row) in rows.iter().enumerate() {
        if row.is_blank() {
            continue;
        }
        let name = row.name.get_untracked().trim().to_owned();
        if name.is_empty() {
            found.push(local_error(
                &format!("parties[{index}].name"),
                text(lang, PlanText::Required),
            ));
        }
        let year_text = row.birth_year.get_untracked();
        let birth_year = if year_text.trim().is_empty() {
            None
        } else {
            let year = year_text
                .trim()
                .parse::<i32>()
                .ok()
                .filter(|y| (1900..=2100).contains(y));
            if year.is_none() {
                found.push(local_error(
                    &format!("parties[{index}].birth_year"),
                    text(lang, MediationText::BirthYearInvalid),
                ));
            }
            year
        };
        parties.push(CaseParty {
            kind: PartyKind::parse(&row.kind.get_untracked()).unwrap_or(PartyKind::Person),
            name,
            birth_year,
            address: row.address.get_untracked().trim().to_owned(),
        });
    }
    if parties.is_empty() && found.is_empty() {
        found.push(local_error("parties", text(lang, PlanText::Required)));
    }
    if found.is_empty() {
        Ok(parties)
    } else {
        Err(found)
    }
}

/// The parties to the matter: a person, a group, a household or an
/// organisation, with name, year of birth and address.
#[component]
pub fn PartyRows(rows: RwSignal<Vec<PartyRow>>, form: Submit) -> impl IntoView {
    let lang = use_lang();
    let next = StoredValue::new(rows.with_untracked(Vec::len));
    let add = move |_| {
        let key = next.get_value();
        next.set_value(key + 1);
        form.errors()
            .update(|errors| errors.retain(|e| !e.field.starts_with("parties")));
        rows.update(|rows| rows.push(PartyRow::new(key)));
    };
    let kinds = move || {
        i18n::choices(
            lang.get(),
            PartyKind::ALL,
            PartyKind::as_str,
            i18n::party_kind,
        )
    };
    let list = move || {
        let many = rows.with(Vec::len) > 1;
        rows.get()
            .into_iter()
            .enumerate()
            .map(|(index, row)| {
                let id = |name: &str| format!("party-{index}-{name}");
                let error = |name: &str| form.field(format!("parties[{index}].{name}"));
                let (name_error, year_error, address_error) =
                    (error("name"), error("birth_year"), error("address"));
                let kind_id = id("kind");
                let key = row.key;
                view! {
                    <fieldset class="field-wide party-row" data-test="party-row">
                        <legend>{move || i18n::party_no(lang.get(), index)}</legend>
                        <div class="figure-row">
                            <div class="field field-number">
                                <label for=kind_id.clone()>{tr(MediationText::PartyKind)}</label>
                                <select id=kind_id on:change=move |ev| row.kind.set(event_target_value(&ev))>
                                    {kinds().into_iter().map(|(value, label)| {
                                        let selected = value.clone();
                                        view! { <option value=value selected=move || row.kind.get() == selected>{label}</option> }
                                    }).collect_view()}
                                </select>
                            </div>
                            <div class="field">
                                <label for=id("name")>{tr(MediationText::PartyName)}" *"</label>
                                <input id=id("name") type="text" autocomplete="off" bind:value=row.name
                                    aria-invalid=move || if name_error.get().is_some() { "true" } else { "false" } />
                                {move || name_error.get().map(|m| view! { <p class="field-error">{m}</p> })}
                            </div>
                            <div class="field field-number">
                                <label for=id("birth-year")>{tr(MediationText::BirthYear)}</label>
                                <input id=id("birth-year") type="number" inputmode="numeric" bind:value=row.birth_year
                                    aria-invalid=move || if year_error.get().is_some() { "true" } else { "false" } />
                                {move || year_error.get().map(|m| view! { <p class="field-error">{m}</p> })}
                            </div>
                            <div class="field">
                                <label for=id("address")>{tr(MediationText::PartyAddress)}</label>
                                <input id=id("address") type="text" autocomplete="off" bind:value=row.address />
                                {move || address_error.get().map(|m| view! { <p class="field-error">{m}</p> })}
                            </div>
                            {many.then(|| view! {
                                <button
                                    id=format!("party-{index}-remove")
                                    type="button"
                                    class="button button-small"
                                    on:click=move |_| {
                                        form.errors().update(|errors| errors.retain(|e| !e.field.starts_with("parties")));
                                        rows.update(|rows| rows.retain(|r| r.key != key));
                                    }
                                >
                                    {tr(PlanText::Remove)}
                                </button>
                            })}
                        </div>
                    </fieldset>
                }
            })
            .collect_view()
    };
    let parties_error = form.field("parties");
    view! {
        <div class="field-wide">
            <h3>{tr(MediationText::Parties)}</h3>
            {list}
            {move || parties_error.get().map(|m| view! { <p class="field-error">{m}</p> })}
            <button id="add-party" type="button" class="button button-small" on:click=add>
                {tr(MediationText::AddParty)}
            </button>
        </div>
    }
}
