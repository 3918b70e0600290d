use crate::access::readable_plan;
use actix_web::{HttpResponse, post, web};
use hgcs_db::PgConnection;
use hgcs_db::models::plan::{self, PlanRow, PlanValues};
use hgcs_db::models::plan_task::{self, NewTaskRow};
use hgcs_db::models::task_party::{self, NewPartyRow};
use hgcs_db::models::{audit, organisation, unit};
use hgcs_db::views;
use hgcs_domain::api::units::OrganisationQuery;
use hgcs_domain::plan::{DocumentRef, PartyGroup, PartyRole, PlanStatus};
use hgcs_domain::policy;
use hgcs_domain::time::today;
use hgcs_domain::{OrganisationKind, PlanId, UnitId};
use serde_json::json;

use crate::audit::{Change, action};
use crate::auth::Authenticated;
use crate::db;
use crate::error::{ApiError, Text};
use crate::responses::{IdempotencyKey, WriteErrors};
use crate::state::AppState;

/// Makes the caller's ward plan from a city plan in one action: the tasks
/// that concern wards are copied, linked to their origin, with the ward's
/// People's Committee as lead. The new plan is a draft for the ward to edit.
/// A city plan still in draft is refused (409): wards build on issued plans.
#[utoipa::path(
    tag = "plans",
    params(("id" = i64, Path, description = "The city plan"), IdempotencyKey),
    responses((status = 201, description = "The ward's new plan", body = hgcs_domain::api::plans::Plan), WriteErrors),
    security(("bearer" = []), ("cookie" = []))
)]
#[post("/plans/{id}/ward-plan")]
pub async fn derive_ward_plan(
    caller: Authenticated,
    state: web::Data<AppState>,
    id: web::Path<i64>,
) -> Result<HttpResponse, ApiError> {
    let parent_id = PlanId(id.into_inner());
    let created = db::transaction(&state.pool, move |conn| {
        let (parent, reach) = readable_plan(conn, &caller.actor, parent_id)?;
        if !policy::can_derive_plan(&caller.actor, reach) {
            return Err(ApiError::Forbidden);
        }
        if parent.status()? == PlanStatus::Draft {
            return Err(ApiError::Conflict(Text::new(
                "Kế hoạch này còn là dự thảo: hãy lập kế hoạch của phường khi kế hoạch đã ban hành",
                "This plan is still a draft: make the ward's plan once it is issued",
            )));
        }
        let ward = caller.actor.unit_id;
        if let Some(existing) = plan::derived(conn, parent_id, ward)? {
            return Err(ApiError::Conflict(Text::new(
                format!("Đơn vị đã có kế hoạch từ kế hoạch này (mã {})", existing.id),
                format!(
                    "Your unit already has a plan made from this one (id {})",
                    existing.id
                ),
            )));
        }
        let row = copy_plan(conn, &parent, ward)?;
        let copied = copy_tasks(conn, &parent, &row, ward)?;
        audit::record(
            conn,
            &caller.audit(Change {
                action: action::CREATE,
                entity: "plan",
                entity_id: row.id.to_string(),
                unit_id: Some(ward),
                details: json!({ "derived_from": parent_id, "tasks_copied": copied }),
            }),
        )?;
        Ok(views::plans::detail(
            conn,
            &caller.actor,
            row,
            hgcs_domain::policy::Reach::Within,
            today(),
        )?)
    })
    .await?;
    Ok(HttpResponse::Created().json(created))
}

fn copy_plan(conn: &mut PgConnection, parent: &PlanRow, ward: UnitId) -> Result<PlanRow, ApiError> {
    let ward_name = unit::find(conn, ward)?.name;
    let parent_doc = DocumentRef {
        number: parent.doc_number.clone(),
        doc_type: parent.doc_type.clone(),
        issuer: parent.doc_issuer.clone(),
        issued_on: parent.issued_on,
        title: Some(parent.title.clone()),
    };
    let mut title = format!(
        "Kế hoạch của {ward_name} thực hiện Kế hoạch số {}",
        parent_doc.label()
    );
    if let Some(day) = parent.issued_on {
        title.push_str(&format!(" ngày {}", day.format("%d/%m/%Y")));
    }
    let values = PlanValues {
        doc_number: String::new(),
        doc_type: parent.doc_type.clone(),
        doc_issuer: parent.doc_issuer.clone(),
        issued_on: None,
        issued_place: String::new(),
        signer_name: String::new(),
        signer_title: String::new(),
        title,
        period_start: parent.period_start,
        period_end: parent.period_end,
        purpose: parent.purpose.clone(),
        requirements: parent.requirements.clone(),
        funding: parent.funding.clone(),
        legal_basis: serde_json::to_value([parent_doc]).unwrap_or_default(),
        duties: serde_json::json!([]),
        status: PlanStatus::Draft.as_str().to_owned(),
    };
    Ok(plan::insert(
        conn,
        ward,
        Some(parent.plan_id()),
        &values,
        None,
    )?)
}

/// Copies the tasks that concern wards; returns how many.
fn copy_tasks(
    conn: &mut PgConnection,
    parent: &PlanRow,
    new_plan: &PlanRow,
    ward: UnitId,
) -> Result<usize, ApiError> {
    let committee = organisation::list(
        conn,
        &OrganisationQuery {
            unit_id: Some(ward),
            kind: Some(OrganisationKind::PeoplesCommittee),
        },
        None,
    )?
    .into_iter()
    .next();
    let originals: Vec<_> = plan_task::for_plan(conn, parent.plan_id())?
        .into_iter()
        .filter(|task| task.concerns_wards)
        .collect();
    let ids: Vec<i64> = originals.iter().map(|t| t.id).collect();
    let parties = task_party::for_tasks(conn, &ids)?;
    for (position, original) in originals.iter().enumerate() {
        let schedule = original.schedule()?;
        let mut new = NewTaskRow::new(
            new_plan.plan_id(),
            original.code.clone(),
            i32::try_from(position).unwrap_or(i32::MAX) + 1,
            original.title.clone(),
            &schedule,
        );
        new.description = original.description.clone();
        new.origin_task_id = Some(original.id);
        let task = plan_task::insert(conn, &new)?;
        let mut rows = vec![NewPartyRow {
            task_id: task.id,
            role: PartyRole::Lead.as_str().to_owned(),
            organisation_id: committee.as_ref().map(|c| c.id),
            party_group: committee
                .is_none()
                .then(|| PartyGroup::WardCommittees.as_str().to_owned()),
            label: committee.as_ref().map_or_else(
                || "Ủy ban nhân dân phường, xã".to_owned(),
                |c| c.name.clone(),
            ),
            position: 0,
        }];
        let partners = parties.iter().filter(|(party, _)| {
            party.task_id == original.id
                && party.role == PartyRole::Partner.as_str()
                && party.party_group.as_deref() != Some(PartyGroup::WardCommittees.as_str())
        });
        rows.extend(
            partners
                .enumerate()
                .map(|(index, (party, _))| party.copied_to(task.id, index + 1)),
        );
        task_party::insert_all(conn, &rows)?;
    }
    Ok(originals.len())
}
