use hgcs_domain::api::plans::Figure;
use leptos::prelude::*;

use crate::i18n::{PlanText, tr};

/// One figure being typed: "Số hòa giải viên được tập huấn" = "120".
#[derive(Debug, Clone, Copy)]
pub struct FigureRow {
    key: usize,
    label: RwSignal<String>,
    value: RwSignal<String>,
}

/// The figures typed so far; rows left empty are dropped, a row with only
/// one half is `Err`.
pub fn read_figures(rows: &[FigureRow]) -> Result<Vec<Figure>, ()> {
    let mut figures = Vec::new();
    for row in rows {
        let label = row.label.get_untracked().trim().to_owned();
        let value = row.value.get_untracked().trim().to_owned();
        match (label.is_empty(), value.is_empty()) {
            (true, true) => {}
            (false, false) => figures.push(Figure { label, value }),
            _ => return Err(()),
        }
    }
    Ok(figures)
}

/// Optional label/value rows; people add as many as their report needs.
#[component]
pub fn FigureRows(
    rows: RwSignal<Vec<FigureRow>>,
    #[prop(into, optional)] error: Signal<Option<String>>,
) -> impl IntoView {
    let next = StoredValue::new(0usize);
    let add = move |_| {
        let key = next.get_value();
        next.set_value(key + 1);
        rows.update(|rows| {
            rows.push(FigureRow {
                key,
                label: RwSignal::new(String::new()),
                value: RwSignal::new(String::new()),
            })
        });
    };
    view! {
        <fieldset class="field-wide figures">
            <legend>{tr(PlanText::Figures)}</legend>
            <For each=move || rows.get() key=|row| row.key let:row>
                <div class="figure-row" data-test="figure-row">
                    <div class="field">
                        <label for=format!("figure-label-{}", row.key)>{tr(PlanText::FigureLabel)}</label>
                        <input id=format!("figure-label-{}", row.key) type="text" bind:value=row.label />
                    </div>
                    <div class="field">
                        <label for=format!("figure-value-{}", row.key)>{tr(PlanText::FigureValue)}</label>
                        <input id=format!("figure-value-{}", row.key) type="text" bind:value=row.value />
                    </div>
                    <button
                        type="button"
                        class="button button-small"
                        on:click=move |_| rows.update(|rows| rows.retain(|r| r.key != row.key))
                    >
                        {tr(PlanText::Remove)}
                    </button>
                </div>
            </For>
            {move || error.get().map(|message| view! { <p class="field-error">{message}</p> })}
            <button id="add-figure" type="button" class="button button-small" on:click=add>
                {tr(PlanText::AddFigure)}
            </button>
        </fieldset>
    }
}
