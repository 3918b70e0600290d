use hgcs_domain::api::auth::{ChangePasswordRequest, EmailInput, LoginRequest, LoginResponse, Me};
use hgcs_domain::api::digests::Digest;

use super::{Api, ApiError};

impl Api {
    pub async fn login(&self, request: &LoginRequest) -> Result<LoginResponse, ApiError> {
        self.post("/auth/login", Some(request)).await
    }

    pub async fn logout(&self) -> Result<(), ApiError> {
        self.post_no_content::<()>("/auth/logout", None).await
    }

    pub async fn me(&self) -> Result<Me, ApiError> {
        self.get("/me", Vec::new()).await
    }

    /// Where the daily digest is e-mailed; `None` stops the e-mails.
    pub async fn set_email(&self, input: &EmailInput) -> Result<Me, ApiError> {
        let (me, _) = self.put("/me/email", 0, input).await?;
        Ok(me)
    }

    /// The user's daily digests, newest first.
    pub async fn digests(&self) -> Result<Vec<Digest>, ApiError> {
        self.get("/me/digests", Vec::new()).await
    }

    #[expect(
        dead_code,
        reason = "no page offers it yet; kept so the client covers the API"
    )]
    pub async fn change_password(&self, request: &ChangePasswordRequest) -> Result<(), ApiError> {
        self.post_no_content("/me/password", Some(request)).await
    }
}
