//! Builds audit entries. Every handler that changes a record writes one in
//! the same transaction as the change.

use hgcs_db::models::audit::NewAuditEntry;
use hgcs_domain::policy::Principal;
use hgcs_domain::{ApiClientId, UnitId, UserId};
use serde_json::Value;

use crate::auth::extractors::Authenticated;

/// Words used in the `action` column.
pub mod action {
    pub const CREATE: &str = "create";
    pub const UPDATE: &str = "update";
    pub const DELETE: &str = "delete";
    pub const SIGN_IN: &str = "sign_in";
    /// A read of a case's confidential data (parties, facts, outcome).
    pub const READ_PERSONAL_DATA: &str = "read_personal_data";
}

/// What was done to which record.
pub struct Change<'a> {
    pub action: &'a str,
    pub entity: &'a str,
    pub entity_id: String,
    pub unit_id: Option<UnitId>,
    pub details: Value,
}

/// Who did it, when there is no authenticated request (sign-in, start-up).
pub struct Actor<'a> {
    pub user: Option<UserId>,
    pub client: Option<ApiClientId>,
    pub name: &'a str,
    pub address: Option<&'a str>,
}

pub fn entry(actor: Actor<'_>, change: Change<'_>) -> NewAuditEntry {
    NewAuditEntry {
        actor_user_id: actor.user.map(|id| id.0),
        actor_client_id: actor.client.map(|id| id.0),
        actor_name: actor.name.to_owned(),
        action: change.action.to_owned(),
        entity: change.entity.to_owned(),
        entity_id: change.entity_id,
        unit_id: change.unit_id.map(|id| id.0),
        address: actor.address.map(str::to_owned),
        details: change.details,
    }
}

impl Authenticated {
    pub fn audit(&self, change: Change<'_>) -> NewAuditEntry {
        let (user, client) = match self.actor.principal {
            Principal::User(id) => (Some(id), None),
            Principal::Client(id) => (None, Some(id)),
        };
        entry(
            Actor {
                user,
                client,
                name: &self.name,
                address: Some(&self.address),
            },
            change,
        )
    }
}
