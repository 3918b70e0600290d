//! What every handler can reach: the database (pool and unit tree) and
//! the auth machinery.

use crate::db::Database;

use crate::auth::password::Passwords;
use crate::auth::tokens::TokenKeys;
use crate::config::AuthSettings;
use crate::files::FileStore;

pub struct AppState {
    pub pool: Database,
    pub tokens: TokenKeys,
    pub passwords: Passwords,
    pub auth: AuthSettings,
    pub files: FileStore,
}
