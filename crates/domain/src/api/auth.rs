use serde::{Deserialize, Serialize};

use crate::api::units::{OrganisationSummary, UnitSummary};
use crate::{Role, UserId};

#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct LoginRequest {
    #[cfg_attr(feature = "openapi", schema(min_length = 1))]
    pub username: String,
    #[cfg_attr(feature = "openapi", schema(min_length = 1))]
    pub password: String,
}

/// The answer to a sign-in. Browsers use the cookies set alongside it; the
/// token is repeated here for clients that send `Authorization: Bearer`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LoginResponse {
    pub access_token: String,
    /// Always `Bearer`.
    pub token_type: String,
    /// Seconds until the access token expires.
    pub expires_in: i64,
    pub user: Me,
}

/// OAuth 2.0 client-credentials request (RFC 6749 §4.4) for machine
/// clients such as the provincial Justice Department's system.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct TokenRequest {
    /// Must be `client_credentials`.
    #[cfg_attr(feature = "openapi", schema(pattern = "^client_credentials$"))]
    pub grant_type: String,
    pub client_id: String,
    pub client_secret: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TokenResponse {
    pub access_token: String,
    pub token_type: String,
    pub expires_in: i64,
    /// Always `read`: machine clients never change records.
    pub scope: String,
}

/// The signed-in user as the SPA needs them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Me {
    pub id: UserId,
    pub username: String,
    pub display_name: String,
    pub role: Role,
    pub unit: UnitSummary,
    pub organisation: Option<OrganisationSummary>,
    /// Where the daily digest is e-mailed, when the user gave an address
    /// and the server has an SMTP server.
    pub email: Option<String>,
}

/// The address for the daily digest; `null` stops the e-mails.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct EmailInput {
    #[cfg_attr(feature = "openapi", schema(min_length = 3, max_length = 254))]
    pub email: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ChangePasswordRequest {
    pub current_password: String,
    #[cfg_attr(feature = "openapi", schema(min_length = 10, max_length = 128))]
    pub new_password: String,
}
