//! What every handler can reach: the pool and the auth machinery.

use hgcs_db::PgPool;

use crate::auth::password::Passwords;
use crate::auth::tokens::TokenKeys;
use crate::config::AuthSettings;
use crate::files::FileStore;

pub struct AppState {
    pub pool: PgPool,
    pub tokens: TokenKeys,
    pub passwords: Passwords,
    pub auth: AuthSettings,
    pub files: FileStore,
}
