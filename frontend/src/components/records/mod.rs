mod case_records;
mod claim_pay_form;
mod execution_form;
mod record_download;
mod record_form;

pub use case_records::CaseRecords;
