//! API tests: the real actix server on a local port, a real PostgreSQL
//! database per test, requests over HTTP.
#![expect(clippy::unwrap_used, clippy::expect_used, reason = "tests fail loudly")]

mod admin;
mod audit;
mod auth;
mod budget;
mod budget_race;
mod case_lists;
mod cases;
mod contract;
mod courses;
mod dashboard;
mod digest_mail;
mod digests;
mod due_reports;
mod edge;
mod final_review;
mod fixtures;
mod imports;
mod library;
mod materials;
mod mediation;
mod mediator_list;
mod openapi;
mod pilots;
mod plan_copies;
mod plans;
mod problems;
mod progress;
mod question_pages;
mod records;
mod report_chain;
mod report_feed;
mod report_files;
mod report_tasks;
mod reports;
mod round_trips;
mod scope;
mod security;
#[path = "../common/server.rs"]
mod server;
mod sessions;
mod successions;
mod supervisions;
mod support;
mod task_edits;
mod task_removal;
mod throttle;
mod tokens;
mod versions;
mod ward_scope;
