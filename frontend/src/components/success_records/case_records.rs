use hgcs_domain::Role;
use hgcs_domain::api::mediation::Case;
use hgcs_domain::mediation::CaseState;
use leptos::prelude::*;

use super::execution_form::ExecutionForm;
use super::record_download::RecordDownload;
use super::record_form::RecordForm;
use crate::components::pay::ClaimPayForm;
use crate::state::use_role;

/// What follows a case's end: for a successful case its written record
/// and the follow-up of the agreement (team leader and ward official), the
/// record as a Word file (whoever sees the parties); for any ended case
/// the team leader's claim of the mediators' fee.
#[component]
pub fn CaseRecords(case: Case, on_done: Callback<Case>) -> impl IntoView {
    let role = use_role();
    let successful = case.state == CaseState::Successful;
    let ended = case.state.is_closed();
    let visible = case.personal_data_visible;
    let case = StoredValue::new(case);
    move || {
        let role = role.get();
        let manages = visible && matches!(role, Some(Role::WardOfficial | Role::TeamLeader));
        let leader = role == Some(Role::TeamLeader);
        let id = case.with_value(|case| case.id);
        view! {
            {(successful && visible).then(|| view! { <RecordDownload case_id=id /> })}
            {(successful && manages).then(|| view! {
                <RecordForm case=case.get_value() />
                <ExecutionForm case_id=id current=case.with_value(|case| case.execution) on_done=on_done />
            })}
            {(ended && leader).then(|| view! { <ClaimPayForm case_id=id /> })}
        }
    }
}
