use actix_web::{HttpRequest, post, web};
use hgcs_db::models::api_client;
use hgcs_domain::api::auth::{TokenRequest, TokenResponse};
use hgcs_domain::validation::Rule;

use crate::auth::extractors::client_address;
use crate::auth::throttle;
use crate::auth::tokens::READ_SCOPE;
use crate::db;
use crate::error::ApiError;
use crate::responses::SignInErrors;
use crate::state::AppState;

/// OAuth 2.0 client credentials for machine clients (the provincial
/// Justice Department's system). The token reads only. Accepts JSON or a
/// form body, as OAuth clients send.
#[utoipa::path(
    tag = "auth",
    request_body(content(
        (TokenRequest = "application/json"),
        (TokenRequest = "application/x-www-form-urlencoded"),
    )),
    responses((status = 200, description = "A read-only access token", body = TokenResponse), SignInErrors)
)]
#[post("/auth/token")]
pub async fn token(
    req: HttpRequest,
    state: web::Data<AppState>,
    body: web::Either<web::Json<TokenRequest>, web::Form<TokenRequest>>,
) -> Result<web::Json<TokenResponse>, ApiError> {
    let request = match body {
        web::Either::Left(json) => json.into_inner(),
        web::Either::Right(form) => form.into_inner(),
    };
    if request.grant_type != "client_credentials" {
        return Err(ApiError::invalid("grant_type", Rule::UnsupportedGrantType));
    }
    let address = client_address(&req, &state.auth.trusted_proxies);
    let key = format!("client:{}", request.client_id);
    let (settings, client_id) = (state.auth.clone(), request.client_id);
    let (client, reservation) = db::transaction(&state.pool, move |conn| {
        let reservation = throttle::reserve(conn, &settings, &key, &address, false)?;
        Ok((
            api_client::find_by_client_id(conn, &client_id)?,
            reservation,
        ))
    })
    .await?;
    throttle::wait(&reservation).await;
    let passwords = state.passwords.clone();
    let hash = client.as_ref().map(|row| row.secret_hash.clone());
    let secret = request.client_secret;
    let matched = web::block(move || passwords.verify(&secret, hash.as_deref()))
        .await
        .map_err(|e| ApiError::Internal(e.to_string()))?;
    let client = match client {
        Some(row) if matched && row.disabled_at.is_none() => row,
        other => {
            // The reserved attempt stays a failure.
            let disabled = matched && other.is_some();
            return Err(if disabled {
                ApiError::AccountDisabled
            } else {
                ApiError::InvalidCredentials
            });
        }
    };
    db::run(&state.pool, move |conn| throttle::settle(conn, reservation)).await?;
    Ok(web::Json(TokenResponse {
        access_token: state.tokens.issue_for_client(&client)?,
        token_type: "Bearer".into(),
        expires_in: state.tokens.ttl_seconds(),
        scope: READ_SCOPE.into(),
    }))
}
