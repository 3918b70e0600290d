mod audit_filters;
mod audit_table;

pub use audit_filters::AuditFilters;
pub use audit_table::AuditTable;
