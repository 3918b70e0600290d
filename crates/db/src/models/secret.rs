//! Secrets the server generates for itself, such as the token signing key
//! when none is configured, so they survive a restart.

use diesel::prelude::*;

use crate::schema::server_secrets;

/// Returns the stored secret `name`, storing `candidate` first if there is
/// none. Concurrent starts agree on one value.
pub fn get_or_insert(
    conn: &mut PgConnection,
    name: &str,
    candidate: &[u8],
) -> QueryResult<Vec<u8>> {
    diesel::insert_into(server_secrets::table)
        .values((
            server_secrets::name.eq(name),
            server_secrets::value.eq(candidate),
        ))
        .on_conflict_do_nothing()
        .execute(conn)?;
    server_secrets::table
        .find(name)
        .select(server_secrets::value)
        .first(conn)
}
