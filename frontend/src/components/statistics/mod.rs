//! The dashboard's statistics: the four things the city looks at first,
//! drawn from `/dashboard`, the figures the Excel download holds.

mod charts;

pub use charts::StatisticsPanel;
