//! Read models: rows turned into the API's shapes (`hgcs_domain::api`).
//! Each view takes rows a query found and loads what they refer to in a
//! fixed number of queries, whatever the number of rows (never one query
//! per row). Views return `QueryResult`; what a failure means to a client
//! is the API's to say.

pub mod budget;
pub mod cases;
pub mod commendations;
pub mod courses;
pub mod dashboard;
pub mod digests;
pub mod duties;
pub mod imports;
pub mod library;
pub mod materials;
pub mod mediators;
pub mod pay;
pub mod pilots;
pub mod plans;
pub mod questions;
pub mod reports;
pub mod reviews;
pub mod search;
pub mod supervisions;
pub mod tasks;
pub mod teams;
pub mod users;

use std::collections::HashMap;

use diesel::PgConnection;
use diesel::result::{Error, QueryResult};
use hgcs_domain::UnitId;
use hgcs_domain::api::units::UnitSummary;
use serde::de::DeserializeOwned;

use crate::models::unit;

/// A JSON column read into its type; a mismatch is a stored-data error.
pub fn stored<T: DeserializeOwned>(value: serde_json::Value) -> QueryResult<T> {
    serde_json::from_value(value).map_err(|e| Error::DeserializationError(Box::new(e)))
}

/// The units the rows belong to, by id, in one query.
pub(crate) struct Units(HashMap<UnitId, UnitSummary>);

impl Units {
    pub(crate) fn load(
        conn: &mut PgConnection,
        ids: impl IntoIterator<Item = i64>,
    ) -> QueryResult<Self> {
        let ids: Vec<UnitId> = ids.into_iter().map(UnitId).collect();
        Ok(Self(
            unit::summaries(conn, &ids)?
                .into_iter()
                .map(|u| (u.id, u))
                .collect(),
        ))
    }

    pub(crate) fn get(&self, id: i64) -> QueryResult<UnitSummary> {
        self.0.get(&UnitId(id)).cloned().ok_or(Error::NotFound)
    }
}
