//! Charts drawn as SVG by the app itself (no charting library): stacked
//! horizontal bars, each chart with a table view of the same figures for
//! screen readers and for copying.

mod bar_chart;

pub use bar_chart::{Bar, BarChart};
