//! Extractors that authenticate the request: a handler that takes
//! `Authenticated` cannot run for an anonymous caller, one that takes
//! `CurrentUser` only for a signed-in person (never a machine client), and
//! one that takes `AdminUser` for nobody but an administrator.

use std::future::{Ready, ready};
use std::net::{IpAddr, SocketAddr};

use actix_web::dev::Payload;
use actix_web::http::header::AUTHORIZATION;
use actix_web::{FromRequest, HttpRequest, web};
use hgcs_domain::UserId;
use hgcs_domain::policy::{self, Actor, Principal};

use crate::auth::check;
use crate::auth::cookies::ACCESS_COOKIE;
use crate::auth::tokens::Subject;
use crate::config::IpNet;
use crate::error::ApiError;
use crate::state::AppState;

/// The caller, checked against the database on every request (with the
/// request's first statement, `auth::check`) so that a disabled account,
/// a changed password or a new role takes effect at once.
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

/// The client address. When the peer is one of the trusted proxies,
/// `X-Forwarded-For` is read from the right: each trusted hop is skipped
/// and the first other one is the client; the left part, which the client
/// itself may have written, is never believed. Otherwise the peer.
pub fn client_address(req: &HttpRequest, trusted: &[IpNet]) -> String {
    let Some(peer) = req.peer_addr().map(|peer| peer.ip().to_canonical()) else {
        return "unknown".to_owned();
    };
    let is_trusted = |ip: IpAddr| trusted.iter().any(|net| net.contains(ip));
    let mut client = peer;
    if is_trusted(peer) {
        let hops = req
            .headers()
            .get_all("x-forwarded-for")
            .filter_map(|value| value.to_str().ok())
            .flat_map(|value| value.split(','))
            .collect::<Vec<_>>();
        for hop in hops.iter().rev() {
            let hop = hop.trim();
            let Some(ip) = hop
                .parse::<IpAddr>()
                .ok()
                .or_else(|| hop.parse::<SocketAddr>().ok().map(|addr| addr.ip()))
            else {
                break;
            };
            client = ip.to_canonical();
            if !is_trusted(client) {
                break;
            }
        }
    }
    client.to_string()
}

/// The access token of the request (`Authorization: Bearer` first, then
/// the access cookie), if any.
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

/// The caller as the token names them. The check that the token still
/// holds goes with the request's first statement (`auth::check`).
fn authenticate(req: &HttpRequest) -> Result<Authenticated, ApiError> {
    let state = state_of(req)?;
    let token = token_of(req)?.ok_or(ApiError::Unauthenticated)?;
    let subject = state.tokens.verify(&token)?;
    let address = client_address(req, &state.auth.trusted_proxies);
    let (principal, profile) = match &subject {
        Subject::User { id, profile, .. } => (Principal::User(*id), profile.clone()),
        Subject::Client { id, profile } => (Principal::Client(*id), profile.clone()),
    };
    check::defer(subject);
    Ok(Authenticated {
        actor: Actor {
            principal,
            role: profile.role,
            unit_id: profile.unit_id,
            organisation_id: profile.organisation_id,
        },
        name: profile.name,
        address,
    })
}

/// What an extractor gives at once: the caller authenticated, then
/// narrowed by `narrow` (which refuses with 403 whoever it does not admit).
type Narrowed<T> = Ready<Result<T, ApiError>>;

fn narrowed<T: 'static>(
    req: &HttpRequest,
    narrow: fn(Authenticated) -> Result<T, ApiError>,
) -> Narrowed<T> {
    let caller = authenticate(req);
    if let Ok(caller) = &caller {
        crate::observe::note_caller(req, caller);
    }
    ready(caller.and_then(narrow))
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
