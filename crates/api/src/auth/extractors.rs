//! Extractors that authenticate the request: a handler that takes
//! `Authenticated` cannot run for an anonymous caller, one that takes
//! `CurrentUser` only for a signed-in person (never a machine client), and
//! one that takes `AdminUser` for nobody but an administrator.

use std::future::Future;
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::http::header::AUTHORIZATION;
use actix_web::{FromRequest, HttpRequest, web};
use hgcs_db::models::{api_client, user};
use hgcs_domain::policy::{self, Actor, Principal};
use hgcs_domain::{OrganisationId, UnitId, UserId};

use crate::auth::cookies::ACCESS_COOKIE;
use crate::auth::tokens::Subject;
use crate::db;
use crate::error::ApiError;
use crate::state::AppState;

/// The caller, checked against the database on every request so that a
/// disabled account or a changed password takes effect at once.
#[derive(Debug, Clone)]
pub struct Authenticated {
    pub actor: Actor,
    /// Username or client id, for the audit log.
    pub name: String,
    /// The client's IP address.
    pub address: String,
}

impl Authenticated {
    pub fn user_id(&self) -> Option<UserId> {
        match self.actor.principal {
            Principal::User(id) => Some(id),
            Principal::Client(_) => None,
        }
    }
}

/// The client address: the peer, or the proxy-reported one when the
/// deployment says a trusted proxy sits in front.
pub fn client_address(req: &HttpRequest, trust_proxy: bool) -> String {
    let address = if trust_proxy {
        req.connection_info()
            .realip_remote_addr()
            .map(str::to_owned)
    } else {
        req.peer_addr().map(|peer| peer.ip().to_string())
    };
    address.unwrap_or_else(|| "unknown".to_owned())
}

pub(crate) fn token_of(req: &HttpRequest) -> Result<Option<String>, ApiError> {
    if let Some(value) = req.headers().get(AUTHORIZATION) {
        let text = value.to_str().map_err(|_| ApiError::InvalidToken)?;
        let (scheme, token) = text.split_once(' ').ok_or(ApiError::InvalidToken)?;
        if !scheme.eq_ignore_ascii_case("bearer") || token.trim().is_empty() {
            return Err(ApiError::InvalidToken);
        }
        return Ok(Some(token.trim().to_owned()));
    }
    Ok(req
        .cookie(ACCESS_COOKIE)
        .map(|c| c.value().to_owned())
        .filter(|v| !v.is_empty()))
}

fn state_of(req: &HttpRequest) -> Result<web::Data<AppState>, ApiError> {
    req.app_data::<web::Data<AppState>>()
        .cloned()
        .ok_or_else(|| ApiError::Internal("application state missing".into()))
}

async fn authenticate(req: HttpRequest) -> Result<Authenticated, ApiError> {
    let state = state_of(&req)?;
    let token = token_of(&req)?.ok_or(ApiError::Unauthenticated)?;
    let subject = state.tokens.verify(&token)?;
    let address = client_address(&req, state.auth.trust_proxy);
    db::run(&state.pool, move |conn| match subject {
        Subject::User { id, issued_at } => {
            let row = user::find(conn, id).map_err(|_| ApiError::InvalidToken)?;
            if row.is_disabled() {
                return Err(ApiError::AccountDisabled);
            }
            // A password change ends every token issued before it.
            if row.password_changed_at.timestamp() > issued_at {
                return Err(ApiError::TokenExpired);
            }
            Ok(Authenticated {
                actor: Actor {
                    principal: Principal::User(id),
                    role: row.role()?,
                    unit_id: UnitId(row.unit_id),
                    organisation_id: row.organisation_id.map(OrganisationId),
                },
                name: row.username,
                address,
            })
        }
        Subject::Client { id } => {
            let row = api_client::find(conn, id).map_err(|_| ApiError::InvalidToken)?;
            if row.disabled_at.is_some() {
                return Err(ApiError::AccountDisabled);
            }
            Ok(Authenticated {
                actor: Actor {
                    principal: Principal::Client(id),
                    role: row.role()?,
                    unit_id: UnitId(row.unit_id),
                    organisation_id: None,
                },
                name: row.client_id,
                address,
            })
        }
    })
    .await
}

/// The future an extractor returns: the caller authenticated, then
/// narrowed by `narrow` (which refuses with 403 whoever it does not admit).
type Narrowed<T> = Pin<Box<dyn Future<Output = Result<T, ApiError>>>>;

fn narrowed<T: 'static>(
    req: &HttpRequest,
    narrow: fn(Authenticated) -> Result<T, ApiError>,
) -> Narrowed<T> {
    let req = req.clone();
    Box::pin(async move { narrow(authenticate(req).await?) })
}

impl FromRequest for Authenticated {
    type Error = ApiError;
    type Future = Narrowed<Self>;

    fn from_request(req: &HttpRequest, _payload: &mut Payload) -> Self::Future {
        narrowed(req, Ok)
    }
}

/// An administrator; anyone else gets 403.
#[derive(Debug, Clone)]
pub struct AdminUser(pub Authenticated);

impl FromRequest for AdminUser {
    type Error = ApiError;
    type Future = Narrowed<Self>;

    fn from_request(req: &HttpRequest, _payload: &mut Payload) -> Self::Future {
        narrowed(req, |caller| {
            if policy::can_manage_users(&caller.actor) {
                Ok(AdminUser(caller))
            } else {
                Err(ApiError::Forbidden)
            }
        })
    }
}

/// A signed-in person; machine clients get 403. Derefs to the
/// `Authenticated` caller it wraps.
#[derive(Debug, Clone)]
pub struct CurrentUser {
    pub id: UserId,
    pub caller: Authenticated,
}

impl std::ops::Deref for CurrentUser {
    type Target = Authenticated;

    fn deref(&self) -> &Authenticated {
        &self.caller
    }
}

impl FromRequest for CurrentUser {
    type Error = ApiError;
    type Future = Narrowed<Self>;

    fn from_request(req: &HttpRequest, _payload: &mut Payload) -> Self::Future {
        narrowed(req, |caller| {
            let id = caller.user_id().ok_or(ApiError::Forbidden)?;
            Ok(CurrentUser { id, caller })
        })
    }
}
