//! Starting and continuing a session: a session row, an access token
//! naming it (`sid`), a stored refresh token of its family, and the
//! cookies that carry both.

use actix_web::HttpResponse;
use chrono::Utc;
use hgcs_db::PgConnection;
use hgcs_db::models::user::UserRow;
use hgcs_db::models::{refresh_token, session};
use hgcs_domain::UserId;
use hgcs_domain::api::auth::{LoginResponse, Me};

use crate::auth::cookies;
use crate::auth::tokens::{digest, random_token};
use crate::error::ApiError;
use crate::state::AppState;

pub struct Session {
    access_token: String,
    refresh_token: String,
}

/// Opens a new session for `user`: its first refresh token and an access
/// token.
pub fn start(
    conn: &mut PgConnection,
    state: &AppState,
    user: &UserRow,
) -> Result<Session, ApiError> {
    let id = session::insert(conn, UserId(user.id))?;
    renew(conn, state, user, id)
}

/// The next refresh token of session `id` and a new access token in it.
pub fn renew(
    conn: &mut PgConnection,
    state: &AppState,
    user: &UserRow,
    id: i64,
) -> Result<Session, ApiError> {
    let refresh = random_token();
    let ttl =
        chrono::Duration::from_std(state.auth.refresh_ttl).unwrap_or(chrono::Duration::days(14));
    refresh_token::insert(
        conn,
        UserId(user.id),
        id,
        &digest(&refresh),
        Utc::now() + ttl,
    )?;
    Ok(Session {
        access_token: state.tokens.issue_for_user(user, id)?,
        refresh_token: refresh,
    })
}

/// The sign-in answer: cookies for browsers, the token in JSON for others.
pub fn respond(state: &AppState, session: Session, user: Me) -> HttpResponse {
    let secure = state.auth.cookie_secure;
    let access_ttl = state.tokens.ttl_seconds();
    let refresh_ttl = i64::try_from(state.auth.refresh_ttl.as_secs()).unwrap_or(86_400);
    HttpResponse::Ok()
        .cookie(cookies::access(
            session.access_token.clone(),
            access_ttl,
            secure,
        ))
        .cookie(cookies::refresh(session.refresh_token, refresh_ttl, secure))
        .json(LoginResponse {
            access_token: session.access_token,
            token_type: "Bearer".into(),
            expires_in: access_ttl,
            user,
        })
}
