//! A plan's budget: its lines with what was spent and is left, the forms
//! that add a line, record spending, attach vouchers and book paid pay
//! claims, and a line's spending.

mod budget_section;
mod claims_to_book;
mod edit_line;
mod line_form;
mod remove_spending;
mod spending_form;
mod spending_table;
mod voucher_form;

pub use budget_section::PlanBudgetSection;
pub use claims_to_book::ClaimsToBook;
pub use edit_line::EditLine;
pub use spending_form::SpendingForm;
pub use spending_table::SpendingTable;
pub use voucher_form::VoucherForm;

use hgcs_domain::Lang;
use hgcs_domain::budget::FundingSource;
use hgcs_domain::validation::{Checker, Rule};
use leptos::prelude::*;

/// The funding sources offered by a select, labelled in the chosen language.
pub(crate) fn source_options(lang: Signal<Lang>) -> Signal<Vec<(String, String)>> {
    Signal::derive(move || {
        FundingSource::ALL
            .iter()
            .map(|s| (s.as_str().to_owned(), s.label(lang.get()).to_owned()))
            .collect()
    })
}

/// The source chosen in the select, "required" when none is.
pub(crate) fn chosen_source(check: &mut Checker, chosen: &str) -> FundingSource {
    FundingSource::parse(chosen).unwrap_or_else(|| {
        check.add("source", Rule::Required);
        FundingSource::Other
    })
}

/// The amount typed in `field`, "required" when nothing was typed.
pub(crate) fn typed_field(check: &mut Checker, field: &str, typed: &str) -> i64 {
    if typed.trim().is_empty() {
        check.add(field, Rule::Required);
        return 0;
    }
    typed_amount(typed)
}

/// An amount in đồng as typed: "1200000", or grouped by three with dots,
/// commas or spaces ("1.200.000", "1,200,000", "1 200 000"); -1 when it is
/// not a whole number so written, which the domain's check then refuses
/// as out of range.
fn typed_amount(typed: &str) -> i64 {
    let groups: Vec<&str> = typed.trim().split(['.', ',', ' ', '\u{a0}']).collect();
    let digits = |g: &str| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit());
    let grouped = match groups.split_first() {
        Some((first, rest)) => {
            digits(first)
                && rest.iter().all(|g| g.len() == 3 && digits(g))
                && (rest.is_empty() || first.len() <= 3)
        }
        None => false,
    };
    if !grouped {
        return -1;
    }
    groups.concat().parse().unwrap_or(-1)
}
