//! One file per table: the row types and the queries on that table.

pub mod api_client;
pub mod audit;
pub mod budget;
pub mod case;
pub mod case_read;
pub mod commendation;
pub mod course;
pub mod digest;
pub mod final_review;
pub mod fixed_sql;
pub mod idempotency;
pub mod import;
pub mod indicator;
pub mod library;
pub mod login_attempt;
pub mod material;
pub mod mediator;
pub mod notification;
pub mod organisation;
pub mod partner_support;
pub mod pay;
pub mod pilot;
pub mod plan;
pub mod plan_task;
pub mod programme;
pub mod question;
pub mod refresh_token;
pub mod report;
pub mod secret;
pub mod session;
pub mod supervision;
pub mod task_party;
pub mod task_update;
pub mod team;
pub mod unit;
pub mod user;
pub mod version;
pub mod written_limit;

use diesel::QueryResult;
use diesel::result::Error;

/// Reads a TEXT column that holds one of a domain enum's words. The CHECK
/// constraints make a miss impossible short of a hand-edited database, so a
/// miss is a deserialisation error, not a default.
pub(crate) fn parse_word<T>(value: &str, parse: fn(&str) -> Option<T>) -> QueryResult<T> {
    parse(value).ok_or_else(|| {
        Error::DeserializationError(format!("unexpected stored value {value:?}").into())
    })
}

/// Escapes `%`, `_` and `\` so user text matches literally inside LIKE.
pub(crate) fn like_pattern(text: &str) -> String {
    let escaped = text
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    format!("%{escaped}%")
}

/// A record found by a search: its title, the text an excerpt is cut
/// from, and its rank.
#[derive(Debug, Clone, diesel::QueryableByName)]
pub struct Found {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    pub id: i64,
    #[diesel(sql_type = diesel::sql_types::Text)]
    pub title: String,
    #[diesel(sql_type = diesel::sql_types::Text)]
    pub body: String,
    #[diesel(sql_type = diesel::sql_types::Float4)]
    pub rank: f32,
}
