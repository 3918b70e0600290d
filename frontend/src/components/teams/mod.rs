mod logbook_link;
mod member_fields;
mod member_form;
mod member_inputs;
mod members_table;
mod rule_warnings;
mod team_form;
mod team_table;
mod village_form;

pub use logbook_link::LogbookLink;
pub use member_form::MemberForm;
pub use members_table::MembersTable;
pub use rule_warnings::RuleWarnings;
pub use team_form::TeamForm;
pub use team_table::TeamTable;
pub use village_form::VillageForm;
