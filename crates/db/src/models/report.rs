//! Reports (`reports`) and their submissions (`report_versions`, kept as
//! submitted: the database refuses any change of a submission's content).

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use hgcs_domain::api::reports::ReportPeriod;
use hgcs_domain::reports::{Period, ReportStatus, ReviewOutcome};
use hgcs_domain::{ReportId, UnitId, UserId};

use super::written_limit::WrittenLimit;
use crate::schema::{report_versions, reports, users};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = reports, check_for_backend(diesel::pg::Pg))]
pub struct ReportRow {
    pub id: i64,
    pub unit_id: i64,
    pub period_code: String,
    pub year: i32,
    pub period: serde_json::Value,
    pub status: String,
    pub number: String,
    pub commentary: String,
    pub estimates: serde_json::Value,
    pub updated_at: DateTime<Utc>,
    pub version: i32,
}

impl ReportRow {
    pub fn status(&self) -> QueryResult<ReportStatus> {
        super::parse_word(&self.status, ReportStatus::parse)
    }

    pub fn unit(&self) -> UnitId {
        UnitId(self.unit_id)
    }

    /// The period's days as kept when the report was started.
    pub fn period(&self) -> QueryResult<Period> {
        let kept: Period = serde_json::from_value(self.period.clone())
            .map_err(|e| diesel::result::Error::DeserializationError(Box::new(e)))?;
        Ok(kept)
    }
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = report_versions, check_for_backend(diesel::pg::Pg))]
pub struct SubmissionRow {
    pub report_id: i64,
    pub number: i32,
    pub content: serde_json::Value,
    pub submitted_at: DateTime<Utc>,
    pub outcome: String,
    pub comment: String,
    pub reviewed_at: Option<DateTime<Utc>>,
}

/// A submission with the names of who submitted and who reviewed it.
pub type Submission = (SubmissionRow, String, Option<String>);

/// A new report of `unit` for `period`, whose days it keeps.
pub fn insert(
    conn: &mut PgConnection,
    unit: UnitId,
    period: &ReportPeriod,
    by: UserId,
) -> QueryResult<ReportRow> {
    let days = serde_json::to_value(period)
        .map_err(|e| diesel::result::Error::SerializationError(Box::new(e)))?;
    diesel::insert_into(reports::table)
        .values((
            reports::unit_id.eq(unit.0),
            reports::year.eq(period.year),
            reports::period_code.eq(&period.code),
            reports::period.eq(days),
            reports::created_by.eq(by.0),
        ))
        .returning(ReportRow::as_returning())
        .get_result(conn)
}

pub fn find(conn: &mut PgConnection, id: ReportId) -> QueryResult<ReportRow> {
    reports::table
        .find(id.0)
        .select(ReportRow::as_select())
        .first(conn)
}

/// The reports of `units` for a period.
pub fn of_units(
    conn: &mut PgConnection,
    units: &[UnitId],
    year: i32,
    period: &str,
) -> QueryResult<Vec<ReportRow>> {
    reports::table
        .filter(reports::year.eq(year))
        .filter(reports::period_code.eq(period))
        .filter(reports::unit_id.eq_any(units.iter().map(|u| u.0).collect::<Vec<_>>()))
        .select(ReportRow::as_select())
        .load(conn)
}

/// The preparer's texts and estimates.
pub fn write(
    conn: &mut PgConnection,
    id: ReportId,
    number: &str,
    commentary: &str,
    estimates: &serde_json::Value,
) -> QueryResult<ReportRow> {
    diesel::update(reports::table.find(id.0))
        .set((
            reports::number.eq(number),
            reports::commentary.eq(commentary),
            reports::estimates.eq(estimates),
            reports::updated_at.eq(Utc::now()),
        ))
        .returning(ReportRow::as_returning())
        .get_result(conn)
}

/// Moves the report from one of `from` to `to`; `None` when it was in
/// none of them (someone else moved it first).
pub fn move_status(
    conn: &mut PgConnection,
    id: ReportId,
    from: &[ReportStatus],
    to: ReportStatus,
) -> QueryResult<Option<ReportRow>> {
    diesel::update(
        reports::table
            .find(id.0)
            .filter(reports::status.eq_any(from.iter().map(|s| s.as_str()))),
    )
    .set((
        reports::status.eq(to.as_str()),
        reports::updated_at.eq(Utc::now()),
    ))
    .returning(ReportRow::as_returning())
    .get_result(conn)
    .optional()
}

/// Every submission of a report, oldest first, with the names of the
/// submitter and the reviewer.
pub fn submissions(conn: &mut PgConnection, id: ReportId) -> QueryResult<Vec<Submission>> {
    let (submitter, reviewer) = diesel::alias!(users as submitter, users as reviewer);
    report_versions::table
        .inner_join(submitter.on(submitter.field(users::id).eq(report_versions::submitted_by)))
        .left_join(
            reviewer.on(reviewer
                .field(users::id)
                .nullable()
                .eq(report_versions::reviewed_by)),
        )
        .filter(report_versions::report_id.eq(id.0))
        .select((
            SubmissionRow::as_select(),
            submitter.field(users::display_name),
            reviewer.field(users::display_name).nullable(),
        ))
        .order(report_versions::number.asc())
        .load(conn)
}

/// Freezes `content` as the report's next submission; its number.
pub fn submit(
    conn: &mut PgConnection,
    id: ReportId,
    content: &serde_json::Value,
    by: UserId,
) -> QueryResult<i32> {
    let last: Option<i32> = report_versions::table
        .filter(report_versions::report_id.eq(id.0))
        .select(diesel::dsl::max(report_versions::number))
        .first(conn)?;
    let number = last.unwrap_or(0) + 1;
    diesel::insert_into(report_versions::table)
        .values((
            report_versions::report_id.eq(id.0),
            report_versions::number.eq(number),
            report_versions::content.eq(content),
            report_versions::submitted_by.eq(by.0),
        ))
        .execute(conn)?;
    Ok(number)
}

/// Records the review of the pending (last) submission.
pub fn review(
    conn: &mut PgConnection,
    id: ReportId,
    outcome: ReviewOutcome,
    comment: &str,
    by: UserId,
) -> QueryResult<usize> {
    diesel::update(
        report_versions::table
            .filter(report_versions::report_id.eq(id.0))
            .filter(report_versions::outcome.eq(ReviewOutcome::Pending.as_str())),
    )
    .set((
        report_versions::outcome.eq(outcome.as_str()),
        report_versions::comment.eq(comment),
        report_versions::reviewed_by.eq(by.0),
        report_versions::reviewed_at.eq(Utc::now()),
    ))
    .execute(conn)
}

/// The last accepted submission of each accepted report of `units` for
/// a period: (report id, unit, submission number, content).
pub fn accepted(
    conn: &mut PgConnection,
    units: &[UnitId],
    year: i32,
    period: &str,
) -> QueryResult<Vec<(i64, i64, i32, serde_json::Value)>> {
    reports::table
        .inner_join(report_versions::table)
        .filter(reports::year.eq(year))
        .filter(reports::period_code.eq(period))
        .filter(reports::status.eq(ReportStatus::Accepted.as_str()))
        .filter(reports::unit_id.eq_any(units.iter().map(|u| u.0).collect::<Vec<_>>()))
        .filter(report_versions::outcome.eq(ReviewOutcome::Accepted.as_str()))
        .select((
            reports::id,
            reports::unit_id,
            report_versions::number,
            report_versions::content,
        ))
        .distinct_on(reports::id)
        .order((reports::id, report_versions::number.desc()))
        .load(conn)
}

/// When each of `ids` was first submitted (reports never submitted are
/// absent).
pub fn first_submitted(
    conn: &mut PgConnection,
    ids: &[ReportId],
) -> QueryResult<Vec<(i64, DateTime<Utc>)>> {
    let found: Vec<(i64, Option<DateTime<Utc>>)> = report_versions::table
        .filter(report_versions::report_id.eq_any(ids.iter().map(|id| id.0).collect::<Vec<_>>()))
        .group_by(report_versions::report_id)
        .select((
            report_versions::report_id,
            diesel::dsl::min(report_versions::submitted_at),
        ))
        .load(conn)?;
    Ok(found
        .into_iter()
        .filter_map(|(id, at)| at.map(|at| (id, at)))
        .collect())
}

/// Reports of `units` (all when `None`) changed after `after` (a moment
/// and an id, ascending), with the number of their last submission.
pub fn changed_after(
    conn: &mut PgConnection,
    units: Option<&[UnitId]>,
    after: (DateTime<Utc>, i64),
    limit: i64,
) -> QueryResult<Vec<(ReportRow, Option<i32>)>> {
    let last = report_versions::table
        .filter(report_versions::report_id.eq(reports::id))
        .select(diesel::dsl::max(report_versions::number))
        .single_value();
    let (at, id) = after;
    let mut query = reports::table
        .filter(
            reports::updated_at
                .gt(at)
                .or(reports::updated_at.eq(at).and(reports::id.gt(id))),
        )
        .select((ReportRow::as_select(), last))
        .order((reports::updated_at.asc(), reports::id.asc()))
        .into_boxed();
    if let Some(units) = units {
        query =
            query.filter(reports::unit_id.eq_any(units.iter().map(|u| u.0).collect::<Vec<_>>()));
    }
    query.written_limit(limit).load(conn)
}
