//! The migrations of `migrations/`, compiled into the binary so a release
//! carries its own schema changes.

use diesel::PgConnection;
use diesel::migration::MigrationVersion;
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

pub const MIGRATIONS: EmbeddedMigrations = embed_migrations!("../../migrations");

pub type MigrationError = Box<dyn std::error::Error + Send + Sync>;

/// Applies what is pending and returns the versions applied.
pub fn run_pending(conn: &mut PgConnection) -> Result<Vec<String>, MigrationError> {
    let applied = conn.run_pending_migrations(MIGRATIONS)?;
    Ok(applied.iter().map(MigrationVersion::to_string).collect())
}

/// Reverts every applied migration, newest first.
pub fn revert_all(conn: &mut PgConnection) -> Result<Vec<String>, MigrationError> {
    let reverted = conn.revert_all_migrations(MIGRATIONS)?;
    Ok(reverted.iter().map(MigrationVersion::to_string).collect())
}

/// Whether every embedded migration has been applied.
pub fn all_applied(conn: &mut PgConnection) -> Result<bool, MigrationError> {
    Ok(!conn.has_pending_migration(MIGRATIONS)?)
}
