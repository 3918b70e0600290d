mod claim_decision_form;
mod claim_pay_form;
mod claim_table;
mod pay_rates;
mod payment_form;

pub use claim_decision_form::ClaimDecisionForm;
pub use claim_pay_form::ClaimPayForm;
pub use claim_table::ClaimTable;
pub use pay_rates::PayRates;
pub use payment_form::PaymentForm;
