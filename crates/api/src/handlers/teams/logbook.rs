use crate::access::readable_team;
use crate::query::Query;
use actix_web::{HttpResponse, get, web};
use hgcs_db::models::case;
use hgcs_db::views;
use hgcs_domain::TeamId;
use hgcs_domain::policy;
use hgcs_domain::validation::Rule;
use serde::Deserialize;

use crate::access::audit_personal_read;
use crate::auth::Authenticated;
use crate::db;
use crate::documents;
use crate::documents::DOCX_CONTENT_TYPE;
use crate::documents::logbook::{Logbook, logbook_docx};
use crate::error::ApiError;
use crate::responses::ReadErrors;
use crate::state::AppState;

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
pub struct LogbookQuery {
    /// The year whose cases the logbook holds.
    pub year: i32,
}

/// The team's logbook for a year as a Word document, entries in order.
/// It holds the parties' data, so only those allowed to see them get it,
/// and each case read is audited.
#[utoipa::path(
    tag = "mediation",
    params(("id" = i64, Path, description = "Team id"), LogbookQuery),
    responses(
        (status = 200, description = "The logbook (DOCX)", content_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        ReadErrors
    ),
    security(("bearer" = []), ("cookie" = []))
)]
#[get("/teams/{id}/logbook")]
pub async fn logbook(
    caller: Authenticated,
    state: web::Data<AppState>,
    id: web::Path<TeamId>,
    query: Query<LogbookQuery>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let year = query.year;
    if !(2000..=2100).contains(&year) {
        return Err(ApiError::invalid("year", Rule::Required));
    }
    let bytes = db::transaction(&state.pool, move |conn| {
        let (team, reach) = readable_team(conn, &caller.actor, id)?;
        if !policy::can_see_personal_data(&caller.actor, reach) {
            return Err(ApiError::Forbidden);
        }
        let rows = case::logbook(conn, id, year)?;
        let read: Vec<(i64, i64)> = rows.iter().map(|r| (r.id, r.unit_id)).collect();
        audit_personal_read(conn, &caller, &read, "logbook")?;
        let cases = views::cases::cases(
            conn,
            rows,
            views::cases::CaseView {
                personal: true,
                history: false,
                manage: false,
            },
        )?;
        logbook_docx(
            conn,
            &Logbook {
                team: &team,
                year,
                cases: &cases,
            },
        )
    })
    .await?;
    Ok(documents::attachment(
        DOCX_CONTENT_TYPE,
        &format!("so-theo-doi-hoa-giai-{year}.docx"),
        bytes,
    ))
}
