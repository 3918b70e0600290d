//! Access tokens are short-lived JWTs signed with HS256; the algorithm is
//! pinned on decoding, so `alg: none` or a swapped algorithm is refused.
//! Refresh tokens are random strings stored only as SHA-256 digests.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::Utc;
use hgcs_db::models::api_client::ApiClientRow;
use hgcs_db::models::user::UserRow;
use hgcs_domain::{ApiClientId, OrganisationId, Role, UnitId, UserId};
use jsonwebtoken::errors::ErrorKind;
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation, decode, encode};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::error::ApiError;

pub const ISSUER: &str = "hgcs";
pub const AUDIENCE: &str = "hgcs-api";
const ACCESS: &str = "access";
/// Scope of machine clients' tokens: they read, never write.
pub const READ_SCOPE: &str = "read";

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Claims {
    pub iss: String,
    pub aud: String,
    /// `user:<id>` or `client:<id>`.
    pub sub: String,
    pub iat: i64,
    pub exp: i64,
    /// Token type; only `access` tokens open the API.
    pub typ: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    /// The session a person's token belongs to; checked on every request,
    /// so ending the session ends the token at once.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sid: Option<i64>,
    /// The subject's name, role, unit and organisation when the token was
    /// issued (see [`Profile`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org: Option<i64>,
}

/// Who the subject was when the token was issued. A handler acts on it
/// at once; the request's first statement checks it against the database
/// (`auth::check`), and any difference refuses the token, so the caller
/// signs in again with what holds now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Profile {
    pub name: String,
    pub role: Role,
    pub unit_id: UnitId,
    pub organisation_id: Option<OrganisationId>,
}

impl Profile {
    pub fn of_user(row: &UserRow) -> Result<Self, ApiError> {
        Ok(Self {
            name: row.username.clone(),
            role: row.role()?,
            unit_id: UnitId(row.unit_id),
            organisation_id: row.organisation_id.map(OrganisationId),
        })
    }

    pub fn of_client(row: &ApiClientRow) -> Result<Self, ApiError> {
        Ok(Self {
            name: row.client_id.clone(),
            role: row.role()?,
            unit_id: UnitId(row.unit_id),
            organisation_id: None,
        })
    }

    /// Read back from a token; a token without it (issued before profiles
    /// were carried) has expired for this purpose.
    fn of_claims(claims: &Claims) -> Result<Self, ApiError> {
        let role = claims.role.as_deref().and_then(Role::parse);
        match (&claims.name, role, claims.unit) {
            (Some(name), Some(role), Some(unit)) => Ok(Self {
                name: name.clone(),
                role,
                unit_id: UnitId(unit),
                organisation_id: claims.org.map(OrganisationId),
            }),
            _ => Err(ApiError::TokenExpired),
        }
    }
}

/// Whom a valid token speaks for, when it was issued, and as whom.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    User {
        id: UserId,
        issued_at: i64,
        session: i64,
        profile: Profile,
    },
    Client {
        id: ApiClientId,
        profile: Profile,
    },
}

pub struct TokenKeys {
    encoding: EncodingKey,
    decoding: DecodingKey,
    validation: Validation,
    ttl_seconds: i64,
}

impl TokenKeys {
    pub fn new(secret: &[u8], ttl: std::time::Duration) -> Self {
        let mut validation = Validation::new(Algorithm::HS256);
        validation.set_issuer(&[ISSUER]);
        validation.set_audience(&[AUDIENCE]);
        validation.set_required_spec_claims(&["exp", "iss", "aud", "sub"]);
        validation.leeway = 5;
        Self {
            encoding: EncodingKey::from_secret(secret),
            decoding: DecodingKey::from_secret(secret),
            validation,
            ttl_seconds: i64::try_from(ttl.as_secs()).unwrap_or(900),
        }
    }

    pub fn ttl_seconds(&self) -> i64 {
        self.ttl_seconds
    }

    pub fn issue_for_user(&self, user: &UserRow, session: i64) -> Result<String, ApiError> {
        let profile = Profile::of_user(user)?;
        self.issue(format!("user:{}", user.id), None, Some(session), profile)
    }

    pub fn issue_for_client(&self, client: &ApiClientRow) -> Result<String, ApiError> {
        let profile = Profile::of_client(client)?;
        let scope = Some(READ_SCOPE.to_owned());
        self.issue(format!("client:{}", client.id), scope, None, profile)
    }

    fn issue(
        &self,
        sub: String,
        scope: Option<String>,
        sid: Option<i64>,
        profile: Profile,
    ) -> Result<String, ApiError> {
        let now = Utc::now().timestamp();
        let claims = Claims {
            iss: ISSUER.to_owned(),
            aud: AUDIENCE.to_owned(),
            sub,
            iat: now,
            exp: now + self.ttl_seconds,
            typ: ACCESS.to_owned(),
            scope,
            sid,
            name: Some(profile.name),
            role: Some(profile.role.as_str().to_owned()),
            unit: Some(profile.unit_id.0),
            org: profile.organisation_id.map(|org| org.0),
        };
        encode(&Header::new(Algorithm::HS256), &claims, &self.encoding)
            .map_err(|e| ApiError::Internal(format!("token signing failed: {e}")))
    }

    /// Checks signature, algorithm, issuer, audience, expiry and type.
    pub fn verify(&self, token: &str) -> Result<Subject, ApiError> {
        let data =
            decode::<Claims>(token, &self.decoding, &self.validation).map_err(|e| {
                match e.kind() {
                    ErrorKind::ExpiredSignature => ApiError::TokenExpired,
                    _ => ApiError::InvalidToken,
                }
            })?;
        let claims = data.claims;
        if claims.typ != ACCESS {
            return Err(ApiError::InvalidToken);
        }
        let parse = |text: &str| text.parse::<i64>().map_err(|_| ApiError::InvalidToken);
        let subject = match claims.sub.split_once(':') {
            Some(("user", id)) => Subject::User {
                id: UserId(parse(id)?),
                issued_at: claims.iat,
                session: claims.sid.ok_or(ApiError::InvalidToken)?,
                profile: Profile::of_claims(&claims)?,
            },
            Some(("client", id)) if claims.scope.as_deref() == Some(READ_SCOPE) => {
                Subject::Client {
                    id: ApiClientId(parse(id)?),
                    profile: Profile::of_claims(&claims)?,
                }
            }
            _ => return Err(ApiError::InvalidToken),
        };
        Ok(subject)
    }
}

/// 32 random bytes, URL-safe base64: refresh tokens, client secrets,
/// generated passwords.
pub fn random_token() -> String {
    URL_SAFE_NO_PAD.encode(random_bytes::<32>())
}

pub fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    if let Err(error) = getrandom::fill(&mut bytes) {
        // The OS random source failing is not recoverable for a server
        // whose sessions rest on it.
        panic!("the operating system's random source failed: {error}");
    }
    bytes
}

pub fn digest(token: &str) -> Vec<u8> {
    Sha256::digest(token.as_bytes()).to_vec()
}
