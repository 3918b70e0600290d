use chrono::{DateTime, NaiveDate, Utc};
use diesel::dsl::{exists, not};
use diesel::prelude::*;
use hgcs_domain::api::mediation::{MediatorInput, MediatorSummary};
use hgcs_domain::api::mediators::{EthnicityGroup, MediatorQuery};
use hgcs_domain::mediation::{Education, MediatorEventKind, Sex};
use hgcs_domain::text::search_key;
use hgcs_domain::{MediatorId, TeamId, UnitId};
use serde_json::json;

use super::written_limit::WrittenLimit;
use super::{like_pattern, parse_word};
use crate::schema::{attendance, course_sessions, mediation_teams, mediator_events, mediators};

diesel::define_sql_function!(fn lower(text: diesel::sql_types::Text) -> diesel::sql_types::Text);
diesel::define_sql_function!(fn btrim(text: diesel::sql_types::Text) -> diesel::sql_types::Text);

#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = mediators, check_for_backend(diesel::pg::Pg))]
pub struct MediatorRow {
    pub id: i64,
    pub team_id: Option<i64>,
    pub full_name: String,
    pub search_key: String,
    pub sex: String,
    pub birth_year: i32,
    pub ethnicity: String,
    pub education: String,
    pub occupation: String,
    pub phone: String,
    pub is_leader: bool,
    pub left_on: Option<NaiveDate>,
    pub version: i32,
}

#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = mediators)]
pub struct NewMediatorRow {
    pub team_id: Option<i64>,
    pub full_name: String,
    pub search_key: String,
    pub sex: String,
    pub birth_year: i32,
    pub ethnicity: String,
    pub education: String,
    pub occupation: String,
    pub phone: String,
    pub is_leader: bool,
}

impl From<&MediatorInput> for NewMediatorRow {
    /// A mediator checked by `MediatorInput::check`, not yet in a team.
    fn from(input: &MediatorInput) -> Self {
        NewMediatorRow {
            team_id: None,
            search_key: search_key(&input.full_name),
            full_name: input.full_name.clone(),
            sex: input.sex.as_str().to_owned(),
            birth_year: input.birth_year,
            ethnicity: input.ethnicity.clone().unwrap_or_default(),
            education: input.education.as_str().to_owned(),
            occupation: input.occupation.clone(),
            phone: input.phone.clone(),
            is_leader: false,
        }
    }
}

impl MediatorRow {
    pub fn sex(&self) -> QueryResult<Sex> {
        parse_word(&self.sex, Sex::parse)
    }

    pub fn education(&self) -> QueryResult<Education> {
        parse_word(&self.education, Education::parse)
    }

    pub fn active(&self) -> bool {
        self.left_on.is_none()
    }

    pub fn summary(&self) -> QueryResult<MediatorSummary> {
        Ok(MediatorSummary {
            id: MediatorId(self.id),
            full_name: self.full_name.clone(),
            sex: self.sex()?,
            birth_year: self.birth_year,
            ethnicity: self.ethnicity.clone(),
            active: self.active(),
            is_leader: self.is_leader && self.active(),
        })
    }
}

pub fn insert(conn: &mut PgConnection, new: &NewMediatorRow) -> QueryResult<MediatorRow> {
    diesel::insert_into(mediators::table)
        .values(new)
        .returning(MediatorRow::as_returning())
        .get_result(conn)
}

pub fn find(conn: &mut PgConnection, id: MediatorId) -> QueryResult<MediatorRow> {
    mediators::table
        .find(id.0)
        .select(MediatorRow::as_select())
        .first(conn)
}

pub fn for_teams(conn: &mut PgConnection, teams: &[i64]) -> QueryResult<Vec<MediatorRow>> {
    mediators::table
        .filter(mediators::team_id.eq_any(teams))
        .select(MediatorRow::as_select())
        .order((
            mediators::is_leader.desc(),
            mediators::full_name.asc(),
            mediators::id.asc(),
        ))
        .load(conn)
}

pub fn many(conn: &mut PgConnection, ids: &[i64]) -> QueryResult<Vec<MediatorRow>> {
    mediators::table
        .filter(mediators::id.eq_any(ids))
        .select(MediatorRow::as_select())
        .order(mediators::id.asc())
        .load(conn)
}

pub fn set_left(
    conn: &mut PgConnection,
    id: MediatorId,
    on: NaiveDate,
) -> QueryResult<MediatorRow> {
    diesel::update(mediators::table.find(id.0))
        .set((
            mediators::left_on.eq(Some(on)),
            mediators::is_leader.eq(false),
            mediators::updated_at.eq(Utc::now()),
        ))
        .returning(MediatorRow::as_returning())
        .get_result(conn)
}

/// A mediator in a list, with the team's name and unit.
pub type Listed = (MediatorRow, String, i64);

/// Mediators of the teams of `units` matching `filter`, in the order of
/// their search keys and ids, from the position after `after`; `key` is
/// the name filter as a search key, `year` the year "trained" means.
pub fn list(
    conn: &mut PgConnection,
    filter: &MediatorQuery,
    units: &[UnitId],
    key: Option<&str>,
    year: i32,
    after: Option<(String, i64)>,
    fetch: i64,
) -> QueryResult<Vec<Listed>> {
    let units: Vec<i64> = units.iter().map(|u| u.0).collect();
    let mut query = mediators::table
        .inner_join(mediation_teams::table)
        .filter(mediation_teams::unit_id.eq_any(units))
        .into_boxed();
    if let Some(team) = filter.team_id {
        query = query.filter(mediators::team_id.eq(team.0));
    }
    if let Some(sex) = filter.sex {
        query = query.filter(mediators::sex.eq(sex.as_str()));
    }
    if let Some(education) = filter.education {
        query = query.filter(mediators::education.eq(education.as_str()));
    }
    // The register's default is Kinh; an empty ethnicity counts as Kinh
    // (`mediation::is_minority`).
    let kinh = lower(btrim(mediators::ethnicity)).eq_any(["kinh", ""]);
    query = match filter.ethnicity {
        Some(EthnicityGroup::Kinh) => query.filter(kinh),
        Some(EthnicityGroup::Minority) => query.filter(not(kinh)),
        None => query,
    };
    query = if filter.serving.unwrap_or(true) {
        query.filter(mediators::left_on.is_null())
    } else {
        query.filter(mediators::left_on.is_not_null())
    };
    if let Some(key) = key {
        query = query.filter(mediators::search_key.like(like_pattern(key)));
    }
    if let Some(trained) = filter.trained {
        let (first, last) = (
            NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or_default(),
            NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or_default(),
        );
        let present = exists(
            attendance::table
                .inner_join(
                    course_sessions::table.on(course_sessions::id.eq(attendance::session_id)),
                )
                .filter(attendance::mediator_id.eq(mediators::id))
                .filter(attendance::status.eq("present"))
                .filter(course_sessions::held_on.between(first, last)),
        );
        query = if trained {
            query.filter(present)
        } else {
            query.filter(not(present))
        };
    }
    if let Some((name, id)) = after {
        query = query.filter(
            mediators::search_key
                .gt(name.clone())
                .or(mediators::search_key.eq(name).and(mediators::id.gt(id))),
        );
    }
    query
        .select((
            MediatorRow::as_select(),
            mediation_teams::name,
            mediation_teams::unit_id,
        ))
        .order((mediators::search_key.asc(), mediators::id.asc()))
        .written_limit(fetch)
        .load(conn)
}

/// Makes this mediator the team's leader, and no one else.
pub fn set_leader(conn: &mut PgConnection, team: TeamId, id: MediatorId) -> QueryResult<usize> {
    diesel::update(mediators::table.filter(mediators::team_id.eq(team.0)))
        .set(mediators::is_leader.eq(false))
        .execute(conn)?;
    diesel::update(mediators::table.find(id.0))
        .set(mediators::is_leader.eq(true))
        .execute(conn)
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = mediator_events, check_for_backend(diesel::pg::Pg))]
pub struct EventRow {
    pub mediator_id: i64,
    pub kind: String,
    pub occurred_on: NaiveDate,
    pub details: serde_json::Value,
    pub created_at: DateTime<Utc>,
}

impl EventRow {
    pub fn kind(&self) -> QueryResult<MediatorEventKind> {
        parse_word(&self.kind, MediatorEventKind::parse)
    }
}

pub fn record_event(
    conn: &mut PgConnection,
    mediator: MediatorId,
    kind: MediatorEventKind,
    on: NaiveDate,
    details: &serde_json::Value,
    by: Option<i64>,
) -> QueryResult<usize> {
    diesel::insert_into(mediator_events::table)
        .values((
            mediator_events::mediator_id.eq(mediator.0),
            mediator_events::kind.eq(kind.as_str()),
            mediator_events::occurred_on.eq(on),
            mediator_events::details.eq(details),
            mediator_events::recorded_by.eq(by),
        ))
        .execute(conn)
}

/// Writes the election and recognition a new mediator comes with; a
/// recognition without a date is dated `today`. Whether it came late is
/// read from the days recorded (`hgcs_domain::recorded`), not stored.
pub fn record_entry_events(
    conn: &mut PgConnection,
    id: MediatorId,
    input: &MediatorInput,
    by: Option<i64>,
    today: NaiveDate,
) -> QueryResult<()> {
    if let Some(election) = &input.elected {
        record_event(
            conn,
            id,
            MediatorEventKind::Elected,
            election.on,
            &json!({ "method": election.method, "percent": election.percent }),
            by,
        )?;
    }
    if let Some(decision) = &input.recognised_by {
        let on = decision.issued_on.unwrap_or(today);
        record_event(
            conn,
            id,
            MediatorEventKind::Recognised,
            on,
            &json!({ "decision": decision }),
            by,
        )?;
    }
    Ok(())
}

pub fn events(conn: &mut PgConnection, mediator: MediatorId) -> QueryResult<Vec<EventRow>> {
    mediator_events::table
        .filter(mediator_events::mediator_id.eq(mediator.0))
        .select(EventRow::as_select())
        .order((
            mediator_events::occurred_on.asc(),
            mediator_events::id.asc(),
        ))
        .load(conn)
}
