use hgcs_domain::api::pilots::{Pilot, PilotEvaluationInput};
use leptos::prelude::*;

use super::criteria_rows::{CriteriaRows, CriterionRow};
use crate::api::use_api;
use crate::components::common::{DateField, FormFrame, Submit, TextArea, local_error};
use crate::format::{self, parse_date};
use crate::i18n;
use crate::i18n::{CommonText, PlanText, text, tr};
use crate::state::use_lang;

/// The Justice Office scores a pilot model against its criteria and says
/// whether it should be replicated. An earlier evaluation is the start.
#[component]
pub fn EvaluationForm(
    pilot: Pilot,
    on_done: Callback<Pilot>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    let api = use_api();
    let lang = use_lang();
    let previous = pilot.evaluation.clone();
    let mut start: Vec<CriterionRow> = previous
        .iter()
        .flat_map(|e| e.criteria.iter())
        .enumerate()
        .map(|(key, c)| CriterionRow::new(key, Some(c)))
        .collect();
    if start.is_empty() {
        start.push(CriterionRow::new(0, None));
    }
    let rows = RwSignal::new(start);
    let day = RwSignal::new(format::date(
        previous
            .as_ref()
            .map(|e| e.evaluated_on)
            .unwrap_or_else(format::today),
    ));
    let conclusion = RwSignal::new(
        previous
            .as_ref()
            .map(|e| e.conclusion.clone())
            .unwrap_or_default(),
    );
    let recommend = RwSignal::new(previous.is_some_and(|e| e.recommend_replication));
    let form = Submit::new();
    let total = move || {
        rows.get()
            .iter()
            .filter_map(|row| row.read().ok())
            .fold((0, 0), |(t, m), c| (t + c.score, m + c.max_score))
    };
    let pilot_id = pilot.id;
    let version = pilot.version;

    let submit = Callback::new(move |()| {
        let lang = lang.get_untracked();
        let criteria: Result<Vec<_>, ()> = rows
            .get_untracked()
            .iter()
            .map(CriterionRow::read)
            .collect();
        let evaluated_on = parse_date(&day.get_untracked());
        let mut found = Vec::new();
        if !criteria.as_ref().is_ok_and(|c| !c.is_empty()) {
            found.push(local_error("criteria", text(lang, PlanText::ScoreInvalid)));
        }
        if evaluated_on.is_none() {
            found.push(local_error(
                "evaluated_on",
                text(lang, CommonText::DateInvalid),
            ));
        }
        let (Ok(criteria), Some(evaluated_on), true) = (criteria, evaluated_on, found.is_empty())
        else {
            form.reject(found);
            return;
        };
        let input = PilotEvaluationInput {
            evaluated_on,
            criteria,
            conclusion: conclusion.get_untracked().trim().to_owned(),
            recommend_replication: recommend.get_untracked(),
        };
        let Some(input) = form.valid(input.validate(), lang) else {
            return;
        };
        form.send(
            async move { api.evaluate_pilot(pilot_id, version, &input).await },
            move |pilot| on_done.run(pilot),
        );
    });

    view! {
        <FormFrame form=form id="eval-title" title=PlanText::Evaluate subject=format!("{} – {} ({})", pilot.name, pilot.unit.name, pilot.year) reveal=true on_submit=submit>
            <DateField id="eval-date" label=PlanText::EvaluatedOn value=day />
            <CriteriaRows rows=rows error=form.field("criteria") />
            <p class="form-note" role="status" data-test="eval-total">{move || { let (t, m) = total(); i18n::score_total(lang.get(), t, m) }}</p>
            <TextArea id="eval-conclusion" label=PlanText::Conclusion value=conclusion error=form.field("conclusion") />
            <div class="field field-check">
                <input id="eval-recommend" type="checkbox" bind:checked=recommend />
                <label for="eval-recommend">{tr(PlanText::Recommend)}</label>
            </div>
            <div class="form-actions">
                <button id="save-evaluation" type="submit" class="button button-primary" disabled=form.pending()>{tr(PlanText::Save)}</button>
                <button type="button" class="button" on:click=move |_| on_cancel.run(())>{tr(CommonText::Cancel)}</button>
            </div>
        </FormFrame>
    }
}
