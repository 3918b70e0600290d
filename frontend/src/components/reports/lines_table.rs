use std::collections::BTreeMap;

use chrono::NaiveDate;
use hgcs_domain::UnitId;
use hgcs_domain::api::reports::ReportLine;
use hgcs_domain::reports::Measure;
use hgcs_domain::text::thousands;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::{ReportText, tr};
use crate::state::use_lang;

/// The estimates typed in, by indicator code, as text until saved.
pub type Estimates = RwSignal<BTreeMap<String, String>>;

/// A figure as Vietnamese write it: "1.234"; nothing for no figure.
pub fn figure(value: Option<i64>) -> String {
    value.map(thousands).unwrap_or_default()
}

/// The indicator table, a row per indicator under its section; the
/// estimates of the figures that grow over the period are inputs while
/// `estimates` is given (an open report that takes them).
/// Where a report's case figures come from: the unit and the days, so
/// each opens the case list that makes it up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Drill {
    pub unit: UnitId,
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl Drill {
    /// The records behind `measure`: the case list for a case figure, the
    /// unit's villages, the register of mediators with the figure's
    /// filters, its teams for the teams figure, the claims paid in the
    /// days for money; none for training yet.
    fn href(self, measure: Measure) -> Option<String> {
        if measure == Measure::Villages {
            return Some(format!("/units/{}", self.unit));
        }
        if let Some(drill) = measure.mediator_drill() {
            let mut href = format!("/mediators?unit_id={}", self.unit);
            if let Some(sex) = drill.sex {
                href.push_str(&format!("&sex={sex}"));
            }
            if let Some(ethnicity) = drill.ethnicity {
                href.push_str(&format!("&ethnicity={ethnicity}"));
            }
            if let Some(education) = drill.education {
                href.push_str(&format!("&education={education}"));
            }
            return Some(href);
        }
        if !measure.takes_estimate() {
            return Some(format!("/teams?unit_id={}", self.unit));
        }
        if measure == Measure::PaySpentVnd {
            return Some(format!(
                "/pay?unit_id={}&status=paid&paid_from={}&paid_to={}",
                self.unit, self.from, self.to
            ));
        }
        let drill = measure.case_drill()?;
        let mut href = format!(
            "/cases?unit_id={}&from={}&to={}",
            self.unit, self.from, self.to
        );
        if let Some(group) = drill.group {
            href.push_str(&format!("&group={group}"));
        }
        if let Some(result) = drill.result {
            href.push_str(&format!("&result={result}"));
        }
        Some(href)
    }
}

#[component]
pub fn LinesTable(
    lines: Vec<ReportLine>,
    #[prop(optional)] estimates: Option<Estimates>,
    /// Live figures open their cases; a frozen report's do not (the cases
    /// have moved on since).
    #[prop(default = None)]
    drill: Option<Drill>,
) -> impl IntoView {
    let lang = use_lang();
    let mut current = String::new();
    let mut rows = Vec::new();
    for line in lines {
        if line.section_vi != current {
            current = line.section_vi.clone();
            let (vi, en) = (line.section_vi.clone(), line.section_en.clone());
            rows.push(
                view! {
                    <tr class="section-row">
                        <th colspan="6" scope="rowgroup">
                            {move || if lang.get() == hgcs_domain::Lang::Vi { vi.clone() } else { en.clone() }}
                        </th>
                    </tr>
                }
                .into_any(),
            );
        }
        let code = line.code.clone();
        let estimate_cell = match estimates.filter(|_| line.measure.takes_estimate()) {
            Some(estimates) => {
                let key = code.clone();
                let input_id = format!("estimate-{}", code.replace('.', "-"));
                let shown = key.clone();
                view! {
                    <td>
                        <input
                            id=input_id
                            class="number-input"
                            type="number"
                            min="0"
                            inputmode="numeric"
                            aria-label=tr(ReportText::Estimate)
                            prop:value=move || estimates.with(|e| e.get(&shown).cloned().unwrap_or_default())
                            on:input=move |ev| {
                                let typed = event_target_value(&ev);
                                estimates.update(|e| {
                                    if typed.trim().is_empty() {
                                        e.remove(&key);
                                    } else {
                                        e.insert(key.clone(), typed);
                                    }
                                });
                            }
                        />
                    </td>
                }
                .into_any()
            }
            None => view! { <td class="num">{figure(line.estimate)}</td> }.into_any(),
        };
        let code_attr = code.clone();
        let shown = figure(line.actual);
        let href = drill
            .and_then(|d| d.href(line.measure))
            .filter(|_| line.actual.is_some());
        let actual = match href {
            Some(href) => view! {
                <A href=href attr:title=tr(ReportText::OpenRecords) attr:data-test="drill">{shown}</A>
            }
            .into_any(),
            None => view! { <span>{shown}</span> }.into_any(),
        };
        let (label_vi, label_en) = (line.label_vi.clone(), line.label_en.clone());
        let (unit_vi, unit_en) = (line.unit_vi.clone(), line.unit_en.clone());
        rows.push(
            view! {
                <tr data-test="report-line" data-code=code_attr>
                    <td>{code}</td>
                    <td>{move || if lang.get() == hgcs_domain::Lang::Vi { label_vi.clone() } else { label_en.clone() }}</td>
                    <td>{move || if lang.get() == hgcs_domain::Lang::Vi { unit_vi.clone() } else { unit_en.clone() }}</td>
                    <td class="num" data-test="actual">{actual}</td>
                    {estimate_cell}
                    <td class="num" data-test="total">{figure(line.total)}</td>
                </tr>
            }
            .into_any(),
        );
    }
    view! {
        <div class="table-wrap">
            <table class="data-table report-lines">
                <thead>
                    <tr>
                        <th scope="col">{tr(ReportText::Code)}</th>
                        <th scope="col">{tr(ReportText::Indicator)}</th>
                        <th scope="col">{tr(ReportText::Measure)}</th>
                        <th scope="col">{tr(ReportText::Actual)}</th>
                        <th scope="col">{tr(ReportText::Estimate)}</th>
                        <th scope="col">{tr(ReportText::Total)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
