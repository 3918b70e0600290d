//! One file per action, grouped by resource. `routes` is the single place
//! they are registered, for both the server and the OpenAPI document.

pub mod admin;
pub mod auth;
pub mod health;
pub mod me;
pub mod organisations;
pub mod units;

use utoipa_actix_web::service_config::ServiceConfig;

pub fn routes(cfg: &mut ServiceConfig) {
    cfg.service(health::health)
        .service(auth::login::login)
        .service(auth::refresh::refresh)
        .service(auth::logout::logout)
        .service(auth::token::token)
        .service(me::get_me::get_me)
        .service(me::change_password::change_password)
        .service(units::list_units::list_units)
        .service(units::get_unit::get_unit)
        .service(organisations::list_organisations::list_organisations)
        .service(organisations::get_organisation::get_organisation)
        .service(admin::users::list_users::list_users)
        .service(admin::users::create_user::create_user)
        .service(admin::users::get_user::get_user)
        .service(admin::users::set_user_disabled::disable_user)
        .service(admin::users::set_user_disabled::enable_user)
        .service(admin::users::reset_password::reset_password)
        .service(admin::clients::list_clients::list_clients)
        .service(admin::clients::create_client::create_client)
        .service(admin::clients::disable_client::disable_client)
        .service(admin::audit::list_audit::list_audit);
}
