use std::collections::BTreeMap;

use actix_web::{HttpResponse, put, web};
use hgcs_db::models::final_review::{self, ReviewValues};
use hgcs_db::models::version::Versioned;
use hgcs_db::models::{audit, plan_task};
use hgcs_db::views;
use hgcs_domain::PlanId;
use hgcs_domain::api::reviews::{FinalReview, FinalReviewInput};
use hgcs_domain::policy;
use hgcs_domain::validation::{Checker, Rule};
use serde_json::json;

use crate::access::readable_plan;
use crate::audit::{Change, action};
use crate::auth::CurrentUser;
use crate::db;
use crate::error::ApiError;
use crate::json_body::JsonBody;
use crate::preconditions::{IfMatch, etag};
use crate::responses::{IfMatchOptional, VersionErrors, WriteErrors};
use crate::state::AppState;

/// Writes the final review of a plan the caller manages: the assessment,
/// lessons, proposals and what each task achieved. The first save needs
/// no `If-Match`; a later one sends the `ETag` it read (412 if another
/// save came between).
#[utoipa::path(
    tag = "plans",
    params(("id" = i64, Path, description = "Plan id"), IfMatchOptional),
    request_body = FinalReviewInput,
    responses(
        (status = 200, description = "Saved", body = FinalReview,
            headers(("ETag" = String, description = "The review's new version"))),
        WriteErrors,
        VersionErrors
    ),
    security(("bearer" = []), ("cookie" = []))
)]
#[put("/plans/{id}/final-review")]
pub async fn save_final_review(
    caller: CurrentUser,
    state: web::Data<AppState>,
    id: web::Path<PlanId>,
    if_match: IfMatch,
    body: JsonBody<FinalReviewInput>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let input = body.into_inner().validate()?;
    let review = db::transaction(&state.pool, move |conn| {
        let (plan, _) = readable_plan(conn, &caller.actor, id)?;
        if !policy::can_manage_plan(&caller.actor, plan.unit()) {
            return Err(ApiError::Forbidden);
        }
        let tasks = plan_task::for_plans(conn, &[plan.id])?;
        let mut check = Checker::new();
        let mut assessments = BTreeMap::new();
        for (index, assessed) in input.tasks.iter().enumerate() {
            let known = tasks.iter().any(|t| t.id == assessed.task_id.0);
            check.unless(
                known,
                &format!("tasks[{index}].task_id"),
                Rule::UnknownReference,
            );
            if !assessed.assessment.is_empty() {
                assessments.insert(assessed.task_id.0.to_string(), assessed.assessment.clone());
            }
        }
        check.finish()?;
        let values = ReviewValues {
            summary: input.summary.clone(),
            lessons: input.lessons.clone(),
            proposals: input.proposals.clone(),
            assessments: json!(assessments),
            written_by: caller.id.0,
        };
        match final_review::of_plan(conn, id)? {
            Some((row, _)) => {
                if_match
                    .required()?
                    .claim(conn, Versioned::FinalReview, row.id)?;
                final_review::update(conn, row.id, &values)?;
            }
            None => {
                final_review::insert(conn, id, &values)?;
            }
        }
        audit::record(
            conn,
            &caller.audit(Change {
                action: action::UPDATE,
                entity: "final_review",
                entity_id: plan.id.to_string(),
                unit_id: Some(plan.unit()),
                details: json!({ "tasks_assessed": assessments.len() }),
            }),
        )?;
        Ok(views::reviews::final_review(conn, &plan, true)?)
    })
    .await?;
    Ok(HttpResponse::Ok()
        .insert_header(etag(review.version))
        .json(review))
}
