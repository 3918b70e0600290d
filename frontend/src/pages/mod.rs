mod admin_users;
mod audit_log;
mod dashboard;
mod login;
mod not_found;
mod unit_detail;
mod units;

pub use admin_users::AdminUsersPage;
pub use audit_log::AuditLogPage;
pub use dashboard::DashboardPage;
pub use login::LoginPage;
pub use not_found::NotFoundPage;
pub use unit_detail::UnitDetailPage;
pub use units::UnitsPage;
