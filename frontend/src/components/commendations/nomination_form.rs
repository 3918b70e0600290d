use chrono::Datelike;
use hgcs_domain::api::pilots::{Commendation, CommendationInput};
use hgcs_domain::plan::{CommendationLevel, NomineeKind};
use leptos::prelude::*;

use crate::api::use_api;
use crate::components::common::{
    FormFrame, SelectField, Submit, SubmitButton, TextArea, TextField, local_error, year_options,
};
use crate::i18n::{PlanText, text};
use crate::state::use_lang;
use crate::{format, i18n};

/// Proposes a team, mediator, organisation or person for an award; the
/// nomination belongs to the proposer's unit.
#[component]
pub fn NominationForm(on_created: Callback<Commendation>) -> impl IntoView {
    let api = use_api();
    let lang = use_lang();
    let this_year = format::today().year();
    let year = RwSignal::new(this_year.to_string());
    let kind = RwSignal::new(String::new());
    let name = RwSignal::new(String::new());
    let grounds = RwSignal::new(String::new());
    let level = RwSignal::new(String::new());
    let form = Submit::new();
    let years = Signal::derive(move || year_options(2019..=this_year));
    let kinds = Signal::derive(move || {
        let lang = lang.get();
        NomineeKind::ALL
            .iter()
            .map(|k| {
                (
                    k.as_str().to_owned(),
                    text(lang, i18n::nominee_kind(*k)).to_owned(),
                )
            })
            .collect::<Vec<_>>()
    });
    let levels = Signal::derive(move || {
        let lang = lang.get();
        CommendationLevel::ALL
            .iter()
            .map(|l| {
                (
                    l.as_str().to_owned(),
                    text(lang, i18n::level(*l)).to_owned(),
                )
            })
            .collect::<Vec<_>>()
    });

    let submit = Callback::new(move |()| {
        let required = text(lang.get_untracked(), PlanText::Required);
        let chosen_year = year.get_untracked().parse::<i32>().ok();
        let nominee_kind = NomineeKind::parse(&kind.get_untracked());
        let proposed_level = CommendationLevel::parse(&level.get_untracked());
        let nominee_name = name.get_untracked().trim().to_owned();
        let grounds_text = grounds.get_untracked().trim().to_owned();
        let mut found = Vec::new();
        for (field, missing) in [
            ("year", chosen_year.is_none()),
            ("nominee_kind", nominee_kind.is_none()),
            ("nominee_name", nominee_name.is_empty()),
            ("grounds", grounds_text.is_empty()),
            ("proposed_level", proposed_level.is_none()),
        ] {
            if missing {
                found.push(local_error(field, required));
            }
        }
        let (Some(year), Some(nominee_kind), Some(proposed_level), true) =
            (chosen_year, nominee_kind, proposed_level, found.is_empty())
        else {
            form.reject(found);
            return;
        };
        let input = CommendationInput {
            year,
            nominee_kind,
            nominee_name,
            grounds: grounds_text,
            proposed_level,
        };
        let Some(input) = form.valid(input.validate(), lang.get_untracked()) else {
            return;
        };
        form.send(async move { api.nominate(&input).await }, move |created| {
            name.set(String::new());
            grounds.set(String::new());
            on_created.run(created);
        });
    });

    view! {
        <FormFrame form=form id="nominate-title" title=PlanText::Nominate class="form form-grid" on_submit=submit>
            <SelectField id="nominee-year" label=PlanText::Year value=year options=years required=true error=form.field("year") />
            <SelectField id="nominee-kind" label=PlanText::NomineeKind value=kind options=kinds empty=PlanText::Choose required=true error=form.field("nominee_kind") />
            <TextField id="nominee-name" label=PlanText::NomineeName value=name required=true error=form.field("nominee_name") />
            <SelectField id="nominee-level" label=PlanText::Level value=level options=levels empty=PlanText::Choose required=true error=form.field("proposed_level") />
            <TextArea id="nominee-grounds" label=PlanText::Grounds value=grounds required=true error=form.field("grounds") />
            <SubmitButton id="nominate" label=PlanText::Nominate form=form />
        </FormFrame>
    }
}
