//! One file per action, grouped by resource. `routes` is the single place
//! they are registered, for both the server and the OpenAPI document.

pub mod admin;
pub mod audit;
pub mod auth;
pub mod budget;
pub mod cases;
pub mod commendations;
pub mod courses;
pub mod dashboard;
pub mod health;
pub mod imports;
pub mod library;
pub mod materials;
pub mod me;
pub mod notifications;
pub mod organisations;
pub mod pay;
pub mod pilots;
pub mod plans;
pub mod programmes;
pub mod questions;
pub mod reports;
pub mod search;
pub mod supervisions;
pub mod support;
pub mod tasks;
pub mod teams;
pub mod units;

use utoipa_actix_web::service_config::ServiceConfig;

pub fn routes(cfg: &mut ServiceConfig) {
    cfg.service(health::health)
        .service(health::live)
        .service(health::ready)
        .service(auth::login::login)
        .service(auth::refresh::refresh)
        .service(auth::logout::logout)
        .service(auth::logout_everywhere::logout_everywhere)
        .service(auth::token::token)
        .service(me::get_me::get_me)
        .service(me::change_password::change_password)
        .service(me::list_digests::list_digests)
        .service(me::set_email::set_email)
        .service(units::list_units::list_units)
        .service(units::get_unit::get_unit)
        .service(units::create_unit::create_unit)
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
        .service(audit::list_audit::list_audit)
        .service(programmes::list_programmes::list_programmes)
        .service(plans::list_plans::list_plans)
        .service(plans::create_plan::create_plan)
        .service(plans::get_plan::get_plan)
        .service(plans::update_plan::update_plan)
        .service(plans::create_task::create_task)
        .service(plans::derive_ward_plan::derive_ward_plan)
        .service(plans::copy_to_next_year::copy_to_next_year)
        .service(plans::reorder_tasks::reorder_tasks)
        .service(plans::get_final_review::get_final_review)
        .service(plans::save_final_review::save_final_review)
        .service(plans::download_final_review::download_final_review)
        // `/tasks/due` before `/tasks/{id}`, which would otherwise take it.
        .service(tasks::list_due_tasks::list_due_tasks)
        .service(tasks::get_task::get_task)
        .service(tasks::create_task_update::create_task_update)
        .service(tasks::record_event::record_event)
        .service(tasks::update_task::update_task)
        .service(tasks::delete_task::delete_task)
        .service(tasks::download_evidence::download_evidence)
        .service(pilots::list_pilots::list_pilots)
        .service(pilots::create_pilot::create_pilot)
        .service(pilots::evaluate_pilot::evaluate_pilot)
        .service(pilots::replicate_pilot::replicate_pilot)
        .service(commendations::list_commendations::list_commendations)
        .service(commendations::create_commendation::create_commendation)
        .service(commendations::decide_commendation::decide_commendation)
        .service(teams::list_teams::list_teams)
        .service(teams::create_team::create_team)
        .service(teams::get_team::get_team)
        .service(teams::add_member::add_member)
        .service(teams::logbook::logbook)
        .service(courses::list_courses::list_courses)
        .service(courses::create_course::create_course)
        .service(courses::get_course::get_course)
        .service(courses::invite_mediators::invite_mediators)
        .service(courses::list_invitees::list_invitees)
        .service(courses::record_attendance::record_attendance)
        .service(courses::read_attendance_sheet::read_attendance_sheet)
        .service(courses::issue_certificates::issue_certificates)
        .service(courses::list_certificates::list_certificates)
        .service(courses::download_certificate::download_certificate)
        .service(materials::list_runs::list_runs)
        .service(materials::create_run::create_run)
        .service(materials::get_run::get_run)
        .service(materials::deliver::deliver)
        .service(materials::confirm_receipt::confirm_receipt)
        .service(library::list_items::list_items)
        .service(library::create_item::create_item)
        .service(library::get_item::get_item)
        .service(library::update_item::update_item)
        .service(library::change_state::change_state)
        .service(library::attach_files::attach_files)
        .service(library::download_file::download_file)
        .service(library::public_items::public_items)
        .service(library::public_feed::public_feed)
        .service(library::public_file::public_file)
        .service(search::search_all::search_all)
        .service(teams::list_mediators::list_mediators)
        .service(teams::get_mediator::get_mediator)
        .service(teams::record_mediator_event::record_mediator_event)
        // `/cases/counts` before `/cases/{id}`.
        .service(cases::count_cases::count_cases)
        .service(dashboard::get_dashboard::get_dashboard)
        .service(dashboard::download_dashboard::download_dashboard)
        .service(reports::list_periods::list_periods)
        .service(reports::get_indicators::get_indicators)
        .service(reports::list_reports::list_reports)
        .service(reports::create_report::create_report)
        .service(reports::list_changes::list_changes)
        .service(reports::get_report::get_report)
        .service(reports::update_report::update_report)
        .service(reports::submit_report::submit_report)
        .service(reports::review_report::review_report)
        .service(reports::get_submission::get_submission)
        .service(reports::download_xlsx::download_xlsx)
        .service(reports::download_docx::download_docx)
        .service(cases::list_cases::list_cases)
        .service(cases::create_case::create_case)
        .service(cases::get_case::get_case)
        .service(cases::step_case::step_case)
        .service(cases::record::put_record)
        .service(cases::record::get_record)
        .service(cases::record::record_docx)
        .service(cases::record::record_execution)
        .service(notifications::list_notifications::list_notifications)
        .service(questions::list_questions::list_questions)
        .service(questions::ask_question::ask_question)
        .service(questions::get_question::get_question)
        .service(questions::answer_question::answer_question)
        .service(questions::close_question::close_question)
        .service(questions::attach_files::attach_files)
        .service(questions::download_question_file::download_question_file)
        .service(budget::get_budget::get_budget)
        .service(budget::download_budget::download_budget)
        .service(budget::create_line::create_line)
        .service(budget::get_line::get_line)
        .service(budget::update_line::update_line)
        .service(budget::record_spending::record_spending)
        .service(budget::book_claims::book_claims)
        .service(budget::delete_spending::delete_spending)
        .service(budget::attach_vouchers::attach_vouchers)
        .service(budget::download_voucher::download_voucher)
        .service(supervisions::list_supervisions::list_supervisions)
        .service(supervisions::create_supervision::create_supervision)
        .service(supervisions::get_supervision::get_supervision)
        .service(supervisions::answer_supervision::answer_supervision)
        .service(support::list_support::list_support)
        .service(support::record_support::record_support)
        .service(pay::list_rates::list_rates)
        .service(pay::create_rate::create_rate)
        .service(pay::list_claims::list_claims)
        .service(pay::create_claim::create_claim)
        .service(pay::decide_claim::decide_claim)
        .service(pay::record_payment::record_payment)
        .service(imports::create_import::create_import)
        .service(imports::get_import::get_import)
        .service(imports::commit_import::commit_import);
}
