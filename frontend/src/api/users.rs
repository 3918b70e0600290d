use hgcs_domain::api::users::{
    ApiClient, CreatedApiClient, NewApiClient, NewUser, PasswordReset, User, UserQuery,
};
use hgcs_domain::{ApiClientId, UserId};

use super::http::query_pairs;
use super::{Api, ApiError};

impl Api {
    pub async fn users(&self, query: &UserQuery) -> Result<Vec<User>, ApiError> {
        self.get("/admin/users", query_pairs(query)).await
    }

    pub async fn create_user(&self, user: &NewUser) -> Result<User, ApiError> {
        self.post("/admin/users", Some(user)).await
    }

    pub async fn set_user_disabled(&self, id: UserId, disabled: bool) -> Result<User, ApiError> {
        let action = if disabled { "disable" } else { "enable" };
        self.post::<(), User>(&format!("/admin/users/{id}/{action}"), None)
            .await
    }

    pub async fn reset_password(&self, id: UserId, reset: &PasswordReset) -> Result<(), ApiError> {
        self.post_no_content(&format!("/admin/users/{id}/password"), Some(reset))
            .await
    }
    /// The machine clients (the province's systems), with their last call.
    pub async fn api_clients(&self) -> Result<Vec<ApiClient>, ApiError> {
        self.get("/admin/clients", Vec::new()).await
    }

    /// A new client; its secret is in the answer, once.
    pub async fn create_api_client(
        &self,
        input: &NewApiClient,
    ) -> Result<CreatedApiClient, ApiError> {
        self.post("/admin/clients", Some(input)).await
    }

    pub async fn disable_api_client(&self, id: ApiClientId) -> Result<ApiClient, ApiError> {
        self.post::<(), _>(&format!("/admin/clients/{id}/disable"), None)
            .await
    }
}
