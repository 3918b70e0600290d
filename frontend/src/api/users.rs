use hgcs_domain::api::users::{NewUser, PasswordReset, User};
use hgcs_domain::{Role, UserId};

use super::http::{Query, push};
use super::{Api, ApiError};

/// GET /admin/users filters.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UserFilter {
    pub role: Option<Role>,
    pub q: Option<String>,
}

impl Api {
    pub async fn users(&self, filter: &UserFilter) -> Result<Vec<User>, ApiError> {
        let mut query = Query::new();
        push(&mut query, "role", filter.role);
        push(&mut query, "q", filter.q.as_ref());
        self.get("/admin/users", query).await
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
