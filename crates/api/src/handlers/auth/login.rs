use actix_web::{HttpRequest, HttpResponse, post, web};
use hgcs_db::models::{audit, refresh_token, user};
use hgcs_domain::UserId;
use hgcs_domain::api::auth::{LoginRequest, LoginResponse};
use hgcs_domain::validation::Rule;
use serde_json::json;

use crate::audit::{Actor, Change, action, entry};
use crate::auth::cookies::REFRESH_COOKIE;
use crate::auth::extractors::client_address;
use crate::auth::session;
use crate::auth::throttle;
use crate::auth::tokens::digest;
use crate::db;
use crate::error::ApiError;
use crate::json_body::JsonBody;
use crate::responses::SignInErrors;
use crate::state::AppState;
use hgcs_db::views;

/// Signs in with a username and password. An unknown user gets the same
/// answer, after the same work, as a wrong password. Failures are
/// throttled per account and address and per address (429), and slow the
/// account down; a browser already signed in to the account (its refresh
/// cookie is sent along) is never held back.
#[utoipa::path(
    tag = "auth",
    request_body = LoginRequest,
    responses((status = 200, description = "Signed in; cookies set", body = LoginResponse), SignInErrors)
)]
#[post("/auth/login")]
pub async fn login(
    req: HttpRequest,
    state: web::Data<AppState>,
    body: JsonBody<LoginRequest>,
) -> Result<HttpResponse, ApiError> {
    let LoginRequest { username, password } = body.into_inner();
    let username = username.trim().to_lowercase();
    if username.is_empty() {
        return Err(ApiError::invalid("username", Rule::Required));
    }
    if password.is_empty() {
        return Err(ApiError::invalid("password", Rule::Required));
    }
    let address = client_address(&req, &state.auth.trusted_proxies);
    let held = req
        .cookie(REFRESH_COOKIE)
        .map(|c| c.value().to_owned())
        .filter(|v| !v.is_empty())
        .map(|token| digest(&token));

    let (name, addr, settings) = (username.clone(), address.clone(), state.auth.clone());
    let (account, reservation) = db::transaction(&state.pool, move |conn| {
        let account = user::find_by_username(conn, &name)?;
        let signed_in = match (&account, held) {
            (Some(row), Some(hash)) => {
                refresh_token::live_owner(conn, &hash)? == Some(UserId(row.id))
            }
            _ => false,
        };
        let reservation = throttle::reserve(conn, &settings, &name, &addr, signed_in)?;
        Ok((account, reservation))
    })
    .await?;
    throttle::wait(&reservation).await;

    let passwords = state.passwords.clone();
    let hash = account.as_ref().map(|row| row.password_hash.clone());
    let matched = web::block(move || passwords.verify(&password, hash.as_deref()))
        .await
        .map_err(|e| ApiError::Internal(e.to_string()))?;

    let refused = match &account {
        Some(row) if matched && row.is_disabled() => Some(ApiError::AccountDisabled),
        Some(_) if matched => None,
        _ => Some(ApiError::InvalidCredentials),
    };
    if let Some(error) = refused {
        // The reserved attempt stays a failure.
        return Err(error);
    }
    let Some(account) = account else {
        return Err(ApiError::InvalidCredentials);
    };

    let app = state.clone();
    let (started, me) = db::transaction(&state.pool, move |conn| {
        throttle::settle(conn, reservation)?;
        let user_id = UserId(account.id);
        let started = session::start(conn, &app, &account)?;
        let actor = Actor {
            user: Some(user_id),
            client: None,
            name: &account.username,
            address: Some(&address),
        };
        let change = Change {
            action: action::SIGN_IN,
            entity: "session",
            entity_id: account.id.to_string(),
            unit_id: Some(hgcs_domain::UnitId(account.unit_id)),
            details: json!({}),
        };
        audit::record(conn, &entry(actor, change))?;
        let me = views::users::me(conn, account)?;
        Ok((started, me))
    })
    .await?;
    Ok(session::respond(&state, started, me))
}
