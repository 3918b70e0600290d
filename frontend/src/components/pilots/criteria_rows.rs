use hgcs_domain::api::pilots::Criterion;
use leptos::prelude::*;

use crate::i18n::{PlanText, tr};

/// One criterion being scored.
#[derive(Debug, Clone, Copy)]
pub struct CriterionRow {
    key: usize,
    name: RwSignal<String>,
    max: RwSignal<String>,
    score: RwSignal<String>,
}

impl CriterionRow {
    pub fn new(key: usize, criterion: Option<&Criterion>) -> Self {
        CriterionRow {
            key,
            name: RwSignal::new(criterion.map(|c| c.name.clone()).unwrap_or_default()),
            max: RwSignal::new(
                criterion
                    .map(|c| c.max_score.to_string())
                    .unwrap_or_default(),
            ),
            score: RwSignal::new(criterion.map(|c| c.score.to_string()).unwrap_or_default()),
        }
    }

    /// `Err` when the name is empty or the scores are not 0 ≤ score ≤ max.
    pub fn read(&self) -> Result<Criterion, ()> {
        let name = self.name.get().trim().to_owned();
        let max_score = self.max.get().trim().parse::<i32>().map_err(|_| ())?;
        let score = self.score.get().trim().parse::<i32>().map_err(|_| ())?;
        if name.is_empty() || max_score <= 0 || !(0..=max_score).contains(&score) {
            return Err(());
        }
        Ok(Criterion {
            name,
            max_score,
            score,
        })
    }
}

/// The criteria of an evaluation: name, maximum and score per row.
#[component]
pub fn CriteriaRows(
    rows: RwSignal<Vec<CriterionRow>>,
    #[prop(into, optional)] error: Signal<Option<String>>,
) -> impl IntoView {
    let add = move |_| {
        rows.update(|rows| {
            let key = rows.iter().map(|r| r.key + 1).max().unwrap_or(0);
            rows.push(CriterionRow::new(key, None));
        })
    };
    view! {
        <fieldset class="field-wide figures">
            <legend>{tr(PlanText::Criterion)}</legend>
            <For each=move || rows.get() key=|row| row.key let:row>
                <div class="figure-row criterion-row" data-test="criterion-row">
                    <div class="field">
                        <label for=format!("criterion-name-{}", row.key)>{tr(PlanText::Criterion)}</label>
                        <input id=format!("criterion-name-{}", row.key) type="text" bind:value=row.name />
                    </div>
                    <div class="field field-number">
                        <label for=format!("criterion-max-{}", row.key)>{tr(PlanText::MaxScore)}</label>
                        <input id=format!("criterion-max-{}", row.key) type="number" min="1" bind:value=row.max />
                    </div>
                    <div class="field field-number">
                        <label for=format!("criterion-score-{}", row.key)>{tr(PlanText::Score)}</label>
                        <input id=format!("criterion-score-{}", row.key) type="number" min="0" bind:value=row.score />
                    </div>
                    <button type="button" class="button button-small" on:click=move |_| rows.update(|rows| rows.retain(|r| r.key != row.key))>
                        {tr(PlanText::Remove)}
                    </button>
                </div>
            </For>
            {move || error.get().map(|message| view! { <p class="field-error">{message}</p> })}
            <button id="add-criterion" type="button" class="button button-small" on:click=add>{tr(PlanText::AddCriterion)}</button>
        </fieldset>
    }
}
