use leptos::prelude::*;

use crate::i18n::{DashboardText, tr};

/// One bar: its label and a value per series, stacked in series order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bar {
    pub label: String,
    pub values: Vec<i64>,
}

impl Bar {
    pub fn total(&self) -> i64 {
        self.values.iter().sum()
    }
}

const WIDTH: f64 = 460.0;
const LABEL_WIDTH: f64 = 150.0;
const BAR_AREA: f64 = 270.0;
const ROW: f64 = 22.0;
const BAR_HEIGHT: f64 = 15.0;

/// The bars as SVG: a row per bar with its label, its segments (one
/// colour per series, `series-N` in the style sheet) and its total.
fn svg(caption: String, series: &[String], bars: &[Bar]) -> impl IntoView + use<> {
    let most = bars.iter().map(Bar::total).max().unwrap_or(0).max(1) as f64;
    let height = ROW * bars.len().max(1) as f64 + 4.0;
    let rows = bars
        .iter()
        .enumerate()
        .map(|(row, bar)| {
            let top = ROW * row as f64 + 4.0;
            let mut left = LABEL_WIDTH;
            let segments = bar
                .values
                .iter()
                .enumerate()
                .filter(|(_, value)| **value > 0)
                .map(|(index, value)| {
                    let width = BAR_AREA * *value as f64 / most;
                    let x = left;
                    left += width;
                    let name = series.get(index).cloned().unwrap_or_default();
                    view! {
                        <rect class=format!("series-{index}") x=x y=top width=width height=BAR_HEIGHT
                              data-series=index data-value=*value>
                            <title>{format!("{}: {name} {value}", bar.label)}</title>
                        </rect>
                    }
                })
                .collect_view();
            view! {
                <g data-test="bar" data-label=bar.label.clone() data-total=bar.total()>
                    <text class="chart-label" x=LABEL_WIDTH - 8.0 y=top + 12.5 text-anchor="end">{bar.label.clone()}</text>
                    {segments}
                    <text class="chart-total" x=left + 6.0 y=top + 12.5>{bar.total()}</text>
                </g>
            }
        })
        .collect_view();
    view! {
        <svg class="chart" role="img" viewBox=format!("0 0 {WIDTH} {height}") aria-label=caption
             preserveAspectRatio="xMinYMin meet">
            {rows}
        </svg>
    }
}

/// The same figures as a table: a row per bar, a column per series and
/// the total.
fn table(corner: String, series: &[String], bars: &[Bar]) -> impl IntoView + use<> {
    let heads = series
        .iter()
        .map(|name| view! { <th scope="col">{name.clone()}</th> })
        .collect_view();
    let rows = bars
        .iter()
        .map(|bar| {
            let cells = bar
                .values
                .iter()
                .map(|value| view! { <td class="num">{*value}</td> })
                .collect_view();
            view! {
                <tr data-test="chart-row" data-label=bar.label.clone()>
                    <th scope="row">{bar.label.clone()}</th>
                    {cells}
                    <td class="num" data-test="row-total">{bar.total()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-wrap">
            <table class="data-table">
                <thead>
                    <tr><th scope="col">{corner}</th>{heads}<th scope="col">{tr(DashboardText::Total)}</th></tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// A titled chart of stacked bars with its legend, and a button that shows
/// the same figures as a table instead.
#[component]
pub fn BarChart(
    /// `data-test="chart-<test>"`.
    test: &'static str,
    title: String,
    /// The heading of the table's first column.
    corner: String,
    series: Vec<String>,
    bars: Vec<Bar>,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let as_table = RwSignal::new(false);
    let heading_id = format!("chart-{test}-title");
    let labelled_by = heading_id.clone();
    let legend = (series.len() > 1).then(|| {
        series
            .iter()
            .enumerate()
            .map(|(index, name)| {
                view! { <li><span class=format!("swatch series-{index}") aria-hidden="true"></span>{name.clone()}</li> }
            })
            .collect_view()
    });
    let drawn = svg(title.clone(), &series, &bars);
    let listed = table(corner, &series, &bars);
    view! {
        <figure class="chart-card" data-test=format!("chart-{test}") aria-labelledby=labelled_by>
            <figcaption>
                <h3 id=heading_id>{title}</h3>
                <button type="button" class="button-quiet" data-test="chart-toggle"
                        aria-pressed=move || as_table.get().to_string()
                        on:click=move |_| as_table.update(|shown| *shown = !*shown)>
                    {move || if as_table.get() { tr(DashboardText::ShowChart)() } else { tr(DashboardText::ShowTable)() }}
                </button>
            </figcaption>
            <div hidden=move || as_table.get()>
                {drawn}
                {legend.map(|items| view! { <ul class="legend">{items}</ul> })}
            </div>
            <div hidden=move || !as_table.get() data-test="chart-table">{listed}</div>
            {children.map(|more| more())}
        </figure>
    }
}
