//! The daily digest (`hgcs digest`, and once a day in the server after
//! 07:00 in Vietnam): for every account, the tasks, periodic reports,
//! cases past the 3-day rule, pay claims, questions and supervisions that
//! are due or overdue in its scope, stored as codes and parameters. One
//! run per day whatever the number of servers: the run's row is claimed
//! under an advisory lock in the same transaction as the digests, so a
//! run that dies leaves nothing and the next one starts over.

use chrono::{Days, NaiveDate};
use diesel::{Connection, PgConnection};
use hgcs_db::models::{case, digest, plan_task, task_party, unit};
use hgcs_domain::digest::{DUE_SOON_DAYS, DigestItem};
use hgcs_domain::policy::{Actor, Principal};
use hgcs_domain::{OrganisationId, Role, TaskId, UnitId, UserId};

use crate::access;
use crate::error::ApiError;

/// What a run did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Digests written: to this many users, with this many items.
    Made { users: i32, items: i32 },
    /// The day's digests were already made.
    AlreadyMade,
    /// Another server is making them now.
    Busy,
}

/// The outcome in a line, for the command and the log.
pub fn describe(day: NaiveDate, outcome: Outcome) -> String {
    match outcome {
        Outcome::Made { users, items } => {
            format!("digest of {day}: {items} item(s) for {users} user(s)")
        }
        Outcome::AlreadyMade => format!("digest of {day}: already made, nothing sent again"),
        Outcome::Busy => format!("digest of {day}: another server is making it"),
    }
}

/// What a pass of e-mail did, in a line.
pub fn describe_mail(day: NaiveDate, sent: crate::mail::Sent) -> String {
    format!(
        "e-mail of {day}: {} sent, {} failed (tried again later)",
        sent.sent, sent.failed
    )
}

/// Every ten minutes, once it is 07:00 in Vietnam, makes the day's
/// digests if no server has yet: a restart, or a second server, finds the
/// day's run and does nothing. With a mailer, then e-mails the digests
/// not sent yet.
pub fn schedule(state: actix_web::web::Data<crate::AppState>, mailer: Option<crate::mail::Mailer>) {
    let mailer = mailer.map(std::sync::Arc::new);
    actix_web::rt::spawn(async move {
        let mut every = actix_web::rt::time::interval(std::time::Duration::from_secs(600));
        loop {
            every.tick().await;
            if hgcs_domain::time::hour_in_vietnam(chrono::Utc::now()) < 7 {
                continue;
            }
            let day = hgcs_domain::time::today();
            let made = crate::db::run(&state.pool, move |conn| run(conn, day)).await;
            match made {
                Ok(Outcome::AlreadyMade) => {}
                Ok(outcome) => tracing::info!("{}", describe(day, outcome)),
                Err(error) => tracing::warn!(%error, "could not make the digest of {day}"),
            }
            if let Some(mailer) = mailer.clone() {
                let sent = crate::db::run(&state.pool, move |conn| {
                    crate::mail::send_digests(conn, &mailer, day)
                })
                .await;
                match sent {
                    Ok(sent) if sent == crate::mail::Sent::default() => {}
                    Ok(sent) => tracing::info!("{}", describe_mail(day, sent)),
                    Err(error) => tracing::warn!(%error, "could not e-mail the digest of {day}"),
                }
            }
        }
    });
}

/// Makes the digests of `day`, once.
pub fn run(conn: &mut PgConnection, day: NaiveDate) -> Result<Outcome, ApiError> {
    conn.transaction(|conn| {
        if !digest::try_lock(conn)? {
            return Ok(Outcome::Busy);
        }
        if !digest::claim_run(conn, day)? {
            return Ok(Outcome::AlreadyMade);
        }
        let (mut users, mut items) = (0, 0);
        for recipient in digest::recipients(conn)? {
            let Some(role) = Role::parse(&recipient.role) else {
                continue;
            };
            let id = recipient.id;
            let actor = Actor {
                principal: Principal::User(UserId(id)),
                role,
                unit_id: UnitId(recipient.unit_id),
                organisation_id: recipient.organisation_id.map(OrganisationId),
            };
            let found = items_for(conn, &actor, day)?;
            if found.is_empty() {
                continue;
            }
            let stored =
                serde_json::to_value(&found).map_err(|e| ApiError::Internal(e.to_string()))?;
            digest::insert(conn, UserId(id), day, &stored)?;
            users += 1;
            items += i32::try_from(found.len()).unwrap_or(i32::MAX);
        }
        digest::finish_run(conn, day, (users, items))?;
        Ok(Outcome::Made { users, items })
    })
}

/// The digest of one account on `day`.
pub fn items_for(
    conn: &mut PgConnection,
    actor: &Actor,
    day: NaiveDate,
) -> Result<Vec<DigestItem>, ApiError> {
    let until = day
        .checked_add_days(Days::new(DUE_SOON_DAYS))
        .unwrap_or(day);
    let mut items = tasks(conn, actor, day, until)?;
    let (late, soon) = access::owed_reports(conn, actor, None, day, until)?;
    for (due, overdue) in late
        .into_iter()
        .map(|d| (d, true))
        .chain(soon.into_iter().map(|d| (d, false)))
    {
        let (unit_name, period_vi, period_en, due_on) = (
            due.unit.name,
            due.period.name_vi,
            due.period.name_en,
            due.due_on,
        );
        items.push(if overdue {
            DigestItem::ReportOverdue {
                unit_name,
                period_vi,
                period_en,
                due_on,
            }
        } else {
            DigestItem::ReportDueSoon {
                unit_name,
                period_vi,
                period_en,
                due_on,
            }
        });
    }
    let scope = unit::scope(conn, actor.unit_id)?;
    let role = actor.role;
    if matches!(
        role,
        Role::WardOfficial | Role::TeamLeader | Role::CityJustice
    ) {
        let count = case::count_start_overdue(conn, scope.clone(), day)?;
        if count > 0 {
            items.push(DigestItem::CasesNotStarted { count });
        }
    }
    if role == Role::WardOfficial {
        let count = digest::claims_waiting(conn, scope.clone())?;
        if count > 0 {
            items.push(DigestItem::ClaimsWaiting { count });
        }
    }
    if matches!(role, Role::WardOfficial | Role::CityJustice) {
        let count = digest::supervisions_open(conn, scope)?;
        if count > 0 {
            items.push(DigestItem::SupervisionsOpen { count });
        }
    }
    if matches!(role, Role::CityJustice | Role::LegalPartner) {
        let root = access::questions_root(conn, actor)?;
        let asked = unit::scope(conn, root)?;
        let count = digest::questions_open(conn, asked)?;
        if count > 0 {
            items.push(DigestItem::QuestionsOpen { count });
        }
    }
    Ok(items)
}

/// Open tasks due by `until` of the plans the actor manages (its own
/// unit's), or that its organisation leads (a city office).
fn tasks(
    conn: &mut PgConnection,
    actor: &Actor,
    day: NaiveDate,
    until: NaiveDate,
) -> Result<Vec<DigestItem>, ApiError> {
    let mut rows = match actor.role {
        Role::CityJustice | Role::WardOfficial | Role::CityDepartment => {
            plan_task::due(conn, until, Some(&[actor.unit_id]))?
        }
        _ => return Ok(Vec::new()),
    };
    if actor.role == Role::CityDepartment {
        let Some(own) = actor.organisation_id else {
            return Ok(Vec::new());
        };
        let ids: Vec<i64> = rows.iter().map(|(task, _)| task.id).collect();
        let led = task_party::led_by(conn, &ids, own)?;
        rows.retain(|(task, _)| led.contains(&task.id));
    }
    Ok(rows
        .into_iter()
        .filter_map(|(task, _)| {
            let due_on = task.due_on?;
            let (task_id, task_code, title) = (TaskId(task.id), task.code, task.title);
            Some(if due_on < day {
                DigestItem::TaskOverdue {
                    task_id,
                    task_code,
                    title,
                    due_on,
                }
            } else {
                DigestItem::TaskDueSoon {
                    task_id,
                    task_code,
                    title,
                    due_on,
                }
            })
        })
        .collect())
}
