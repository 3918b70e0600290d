//! End-to-end tests: the built web app (frontend/dist) served by the real
//! server on its own database, driven in headless Chromium through
//! ChromeDriver. Build the app first: `scripts/build-frontend`.
#![expect(clippy::unwrap_used, clippy::expect_used, reason = "tests fail loudly")]

mod audit;
mod browser;
mod budget;
mod cases;
mod clients;
mod courses;
mod dashboard;
mod digest_email;
mod due_reports;
mod final_review;
mod library;
mod materials;
mod mediators;
mod plan_editing;
mod plans;
mod questions;
mod reports;
#[path = "../common/server.rs"]
mod server;
mod shell;
mod supervision;
