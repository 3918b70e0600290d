mod ancestors_trail;
mod summary_table;
mod unit_links;
mod unit_table;

pub use ancestors_trail::AncestorsTrail;
pub use summary_table::SummaryTable;
pub use unit_links::UnitLinks;
pub use unit_table::UnitTable;
