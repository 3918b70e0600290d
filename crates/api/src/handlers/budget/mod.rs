//! A plan's budget (section IV): lines, spending with vouchers, paid pay
//! claims booked as spending, totals and the workbook.
pub mod attach_vouchers;
pub mod book_claims;
pub mod create_line;
pub mod delete_spending;
pub mod download_budget;
pub mod download_voucher;
pub mod get_budget;
pub mod get_line;
pub mod record_spending;
pub mod update_line;
