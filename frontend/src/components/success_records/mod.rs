mod case_records;
mod execution_form;
mod record_download;
mod record_form;

pub use case_records::CaseRecords;
