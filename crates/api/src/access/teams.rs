use hgcs_db::PgConnection;
use hgcs_db::models::mediator::{self, MediatorRow};
use hgcs_db::models::team::{self, TeamRow};
use hgcs_domain::policy::{self, Actor, Reach};
use hgcs_domain::{MediatorId, TeamId, UnitId};

use super::{reach, unless};
use crate::error::ApiError;

/// The team and where its unit stands for the caller.
pub fn readable_team(
    conn: &mut PgConnection,
    actor: &Actor,
    id: TeamId,
) -> Result<(TeamRow, Reach), ApiError> {
    let row = team::find(conn, id)?;
    let reach = reach(conn, actor, UnitId(row.unit_id))?;
    unless(policy::can_read_team(actor, reach))?;
    Ok((row, reach))
}

/// The mediator, their team and where it stands for the caller, if the
/// caller may read the team.
pub fn readable_mediator(
    conn: &mut PgConnection,
    actor: &Actor,
    id: MediatorId,
) -> Result<(MediatorRow, TeamRow, Reach), ApiError> {
    let row = mediator::find(conn, id)?;
    let team = row.team_id.ok_or(ApiError::NotFound)?;
    let (team, reach) = readable_team(conn, actor, TeamId(team))?;
    Ok((row, team, reach))
}
