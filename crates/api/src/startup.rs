//! Finding the database at start-up: the configured server, or the
//! embedded cluster; then migrations, reference data and the first
//! administrator.

use std::path::Path;

use diesel::{Connection, PgConnection};
use hgcs_db::cluster::{Cluster, ClusterError, Durability};
use hgcs_db::models::{audit, unit, user};
use hgcs_db::seed::{DEFAULT_REFERENCE_DATA, ReferenceData, SeedError, SeedReport};
use hgcs_db::{PgPool, migrations, pool};
use hgcs_domain::api::users::NewUser;
use hgcs_domain::{Role, UnitId, UserId};
use serde_json::json;

use crate::accounts::{check_new_user, insert_user};
use crate::audit::{Actor, Change, action, entry};
use crate::auth::password::Passwords;
use crate::auth::tokens::random_token;
use crate::config::DatabaseArgs;
use crate::error::ApiError;

/// Name of the database inside the embedded cluster.
pub const EMBEDDED_DATABASE: &str = "hgcs";
pub const ADMIN_USERNAME: &str = "admin";

#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    #[error(transparent)]
    Cluster(#[from] ClusterError),
    #[error("cannot connect to the database: {0}")]
    Connect(#[from] diesel::ConnectionError),
    #[error("cannot open the connection pool: {0}")]
    Pool(#[from] diesel::r2d2::PoolError),
    #[error("database migration failed: {0}")]
    Migrate(String),
    #[error(transparent)]
    Seed(#[from] SeedError),
    #[error("{0}")]
    Invalid(String),
}

impl From<ApiError> for StartupError {
    fn from(error: ApiError) -> Self {
        match error {
            ApiError::Validation(violations) => StartupError::Invalid(
                violations
                    .iter()
                    .map(|v| format!("{}: {}", v.field, v.rule.message(hgcs_domain::Lang::En)))
                    .collect::<Vec<_>>()
                    .join("; "),
            ),
            other => StartupError::Invalid(other.to_string()),
        }
    }
}

/// The database to use. Holding `cluster` keeps the embedded server up;
/// dropping it stops the server if this process started it.
pub struct Database {
    pub url: String,
    pub cluster: Option<Cluster>,
}

pub fn open(args: &DatabaseArgs) -> Result<Database, StartupError> {
    if let Some(url) = args.database_url.as_deref().filter(|url| !url.is_empty()) {
        return Ok(Database {
            url: url.to_owned(),
            cluster: None,
        });
    }
    let cluster = Cluster::start(&args.data_dir, Durability::Full)?;
    cluster.ensure_database(EMBEDDED_DATABASE)?;
    Ok(Database {
        url: cluster.database_url(EMBEDDED_DATABASE),
        cluster: Some(cluster),
    })
}

pub fn connect(url: &str) -> Result<PgConnection, StartupError> {
    Ok(PgConnection::establish(url)?)
}

pub fn migrate(conn: &mut PgConnection) -> Result<Vec<String>, StartupError> {
    migrations::run_pending(conn).map_err(|e| StartupError::Migrate(e.to_string()))
}

pub fn seed(conn: &mut PgConnection, file: Option<&Path>) -> Result<SeedReport, StartupError> {
    let data = match file {
        Some(path) => ReferenceData::read(path)?,
        None => ReferenceData::parse(DEFAULT_REFERENCE_DATA)?,
    };
    Ok(data.apply(conn)?)
}

pub fn pool(url: &str, args: &DatabaseArgs) -> Result<PgPool, StartupError> {
    Ok(pool::build(url, args.pool_settings())?)
}

/// On a database without accounts, creates `admin`. Returns the password
/// when it was generated, so the caller can show it once.
pub fn ensure_admin(
    conn: &mut PgConnection,
    passwords: &Passwords,
    password: Option<&str>,
) -> Result<Option<String>, StartupError> {
    if user::count(conn).map_err(ApiError::from)? > 0 {
        return Ok(None);
    }
    let top = unit::top_level(conn)
        .map_err(ApiError::from)?
        .ok_or_else(|| {
            StartupError::Invalid(
                "there is no administrative unit to attach the administrator to".into(),
            )
        })?;
    let generated = password.is_none().then(random_token);
    let password = password
        .map(str::to_owned)
        .or_else(|| generated.clone())
        .unwrap_or_default();
    let new = NewUser {
        username: ADMIN_USERNAME.into(),
        display_name: "Quản trị hệ thống".into(),
        password: password.clone(),
        role: Role::Admin,
        unit_id: UnitId(top.id),
        organisation_id: None,
    };
    let checked = check_new_user(conn, &new).map_err(|error| match error {
        ApiError::Validation(_) => StartupError::Invalid(format!(
            "HGCS_ADMIN_PASSWORD is not acceptable ({})",
            StartupError::from(error)
        )),
        other => other.into(),
    })?;
    let hash = passwords.hash(&password)?;
    conn.transaction(|conn| {
        let row = insert_user(conn, &checked, &hash)?;
        let actor = Actor {
            user: None,
            client: None,
            name: "system",
            address: None,
        };
        let change = Change {
            action: action::CREATE,
            entity: "user",
            entity_id: row.id.to_string(),
            unit_id: Some(UnitId(top.id)),
            details: json!({ "username": ADMIN_USERNAME, "role": Role::Admin, "first_start": true, "id": UserId(row.id) }),
        };
        audit::record(conn, &entry(actor, change)).map_err(ApiError::from)?;
        Ok::<_, ApiError>(())
    })?;
    Ok(generated)
}
