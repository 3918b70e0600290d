use hgcs_domain::UserId;
use hgcs_domain::api::users::{NewUser, PasswordReset, User, UserQuery};

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
}
