//! Reference data (administrative units, their reorganisations and the
//! organisations in them) loaded from a JSON file an operator can replace.
//! Seeding is idempotent: units are matched by their seed key and
//! organisations by code, updated in place, never deleted. Reporting
//! periods and indicators follow the file (`reports`).

mod reports;

use std::collections::HashMap;
use std::path::Path;

use chrono::{NaiveDate, Utc};
use diesel::prelude::*;
use hgcs_domain::api::plans::PlanInput;
use hgcs_domain::plan::{PartyGroup, PartyRole};
use hgcs_domain::reports::PeriodRule;
use hgcs_domain::schedule::Schedule;
use hgcs_domain::text::{clean, search_key};
use hgcs_domain::{OrganisationKind, UnitId, UnitLevel};
use serde::Deserialize;

use crate::models::plan::{self, PlanValues};
use crate::models::plan_task::{self, NewTaskRow};
use crate::models::task_party::{self, NewPartyRow};
use crate::schema::{organisations, unit_successions, units};

/// The file shipped with HGCS, compiled in so the binary needs no data folder.
pub const DEFAULT_REFERENCE_DATA: &str = include_str!("../../../../seed/reference.json");

#[derive(Debug, thiserror::Error)]
pub enum SeedError {
    #[error("cannot read the reference data file {path}: {source}")]
    Read {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("the reference data file is not valid: {0}")]
    Parse(#[from] serde_json::Error),
    #[error("the reference data file is not consistent: {0}")]
    Invalid(String),
    #[error("could not store the reference data: {0}")]
    Database(#[from] diesel::result::Error),
}

#[derive(Debug, Deserialize)]
pub struct ReferenceData {
    pub units: Vec<SeedUnit>,
    #[serde(default)]
    pub successions: Vec<SeedSuccession>,
    #[serde(default)]
    pub organisations: Vec<SeedOrganisation>,
    /// Plans are written once: a plan the users have since worked on is
    /// never overwritten by a later seeding.
    #[serde(default)]
    pub plans: Vec<SeedPlan>,
    /// Kinds of reporting period (TT 03/2019/TT-BTP, Điều 6).
    #[serde(default)]
    pub report_periods: Vec<PeriodRule>,
    /// The indicator list of the reports, in order.
    #[serde(default)]
    pub indicators: Vec<reports::SeedIndicator>,
}

#[derive(Debug, Deserialize)]
pub struct SeedUnit {
    /// Stable key within the file; parents and successions refer to it.
    pub key: String,
    pub code: String,
    pub name: String,
    pub short_name: String,
    pub level: String,
    #[serde(default)]
    pub kind: Option<String>,
    #[serde(default)]
    pub parent: Option<String>,
    #[serde(default)]
    pub valid_from: Option<NaiveDate>,
    #[serde(default)]
    pub valid_to: Option<NaiveDate>,
    #[serde(default)]
    pub ethnic_minority_area: bool,
}

#[derive(Debug, Deserialize)]
pub struct SeedSuccession {
    pub predecessor: String,
    pub successor: String,
    pub effective_on: NaiveDate,
    #[serde(default)]
    pub basis: String,
}

#[derive(Debug, Deserialize)]
pub struct SeedOrganisation {
    pub code: String,
    pub name: String,
    pub short_name: String,
    pub kind: String,
    /// Seed key of the unit.
    pub unit: String,
}

#[derive(Debug, Deserialize)]
pub struct SeedPlan {
    pub key: String,
    /// Seed key of the issuing unit.
    pub unit: String,
    /// The plan's document, as the API takes it.
    pub plan: PlanInput,
    #[serde(default)]
    pub tasks: Vec<SeedTask>,
}

#[derive(Debug, Deserialize)]
pub struct SeedTask {
    pub code: String,
    pub title: String,
    #[serde(default)]
    pub description: String,
    pub schedule: Schedule,
    #[serde(default)]
    pub concerns_wards: bool,
    #[serde(default)]
    pub parties: Vec<SeedParty>,
}

#[derive(Debug, Deserialize)]
pub struct SeedParty {
    pub role: PartyRole,
    /// Organisation code.
    #[serde(default)]
    pub organisation: Option<String>,
    #[serde(default)]
    pub group: Option<PartyGroup>,
    pub label: String,
}

#[derive(Debug, Default, PartialEq, Eq)]
pub struct SeedReport {
    pub units: usize,
    pub successions: usize,
    pub organisations: usize,
    /// Plans written by this run (existing ones are left alone).
    pub plans: usize,
    pub report_periods: usize,
    pub indicators: usize,
}

impl ReferenceData {
    pub fn parse(json: &str) -> Result<Self, SeedError> {
        Ok(serde_json::from_str(json)?)
    }

    pub fn read(path: &Path) -> Result<Self, SeedError> {
        let text = std::fs::read_to_string(path).map_err(|source| SeedError::Read {
            path: path.display().to_string(),
            source,
        })?;
        Self::parse(&text)
    }

    /// Checks levels, kinds and references before anything is written.
    pub fn validate(&self) -> Result<(), SeedError> {
        let mut seen: HashMap<&str, &str> = HashMap::new();
        for unit in &self.units {
            if UnitLevel::parse(&unit.level).is_none() {
                return Err(SeedError::Invalid(format!(
                    "unit {}: unknown level {:?}",
                    unit.key, unit.level
                )));
            }
            if let Some(parent) = &unit.parent
                && !seen.contains_key(parent.as_str())
            {
                return Err(SeedError::Invalid(format!(
                    "unit {}: parent {parent} must be listed before it",
                    unit.key
                )));
            }
            if seen.insert(&unit.key, &unit.code).is_some() {
                return Err(SeedError::Invalid(format!(
                    "unit key {} appears twice",
                    unit.key
                )));
            }
        }
        for link in &self.successions {
            for key in [&link.predecessor, &link.successor] {
                if !seen.contains_key(key.as_str()) {
                    return Err(SeedError::Invalid(format!(
                        "succession names unknown unit {key}"
                    )));
                }
            }
        }
        let org_codes: Vec<&str> = self.organisations.iter().map(|o| o.code.as_str()).collect();
        for plan in &self.plans {
            if !seen.contains_key(plan.unit.as_str()) {
                return Err(SeedError::Invalid(format!(
                    "plan {}: unknown unit {}",
                    plan.key, plan.unit
                )));
            }
            for task in &plan.tasks {
                if let Err((_, en)) = task.schedule.check() {
                    return Err(SeedError::Invalid(format!(
                        "plan {} task {}: {en}",
                        plan.key, task.code
                    )));
                }
                for party in &task.parties {
                    let known = party
                        .organisation
                        .as_deref()
                        .is_none_or(|code| org_codes.contains(&code));
                    if !known || (party.organisation.is_none() && party.group.is_none()) {
                        return Err(SeedError::Invalid(format!(
                            "plan {} task {}: party {:?} names no known organisation or group",
                            plan.key, task.code, party.label
                        )));
                    }
                }
            }
        }
        for org in &self.organisations {
            if OrganisationKind::parse(&org.kind).is_none() {
                return Err(SeedError::Invalid(format!(
                    "organisation {}: unknown kind {:?}",
                    org.code, org.kind
                )));
            }
            if !seen.contains_key(org.unit.as_str()) {
                return Err(SeedError::Invalid(format!(
                    "organisation {}: unknown unit {}",
                    org.code, org.unit
                )));
            }
        }
        reports::validate(&self.report_periods, &self.indicators)
    }

    /// Writes everything in one transaction.
    pub fn apply(&self, conn: &mut PgConnection) -> Result<SeedReport, SeedError> {
        self.validate()?;
        conn.transaction(|conn| {
            let mut ids: HashMap<&str, i64> = HashMap::new();
            for unit in &self.units {
                let parent_id = unit.parent.as_deref().and_then(|key| ids.get(key).copied());
                let name = clean(&unit.name);
                let values = (
                    units::code.eq(clean(&unit.code)),
                    units::search_key.eq(search_key(&name)),
                    units::name.eq(&name),
                    units::short_name.eq(clean(&unit.short_name)),
                    units::level.eq(&unit.level),
                    units::kind.eq(&unit.kind),
                    units::parent_id.eq(parent_id),
                    units::valid_from.eq(unit.valid_from),
                    units::valid_to.eq(unit.valid_to),
                    units::ethnic_minority_area.eq(unit.ethnic_minority_area),
                );
                let id: i64 = diesel::insert_into(units::table)
                    .values((units::seed_key.eq(&unit.key), values.clone()))
                    .on_conflict(units::seed_key)
                    .do_update()
                    .set((values, units::updated_at.eq(Utc::now())))
                    .returning(units::id)
                    .get_result(conn)?;
                ids.insert(&unit.key, id);
            }
            let mut successions = 0;
            for link in &self.successions {
                let (Some(&from), Some(&to)) = (
                    ids.get(link.predecessor.as_str()),
                    ids.get(link.successor.as_str()),
                ) else {
                    continue;
                };
                successions += diesel::insert_into(unit_successions::table)
                    .values((
                        unit_successions::predecessor_id.eq(from),
                        unit_successions::successor_id.eq(to),
                        unit_successions::effective_on.eq(link.effective_on),
                        unit_successions::basis.eq(clean(&link.basis)),
                    ))
                    .on_conflict((
                        unit_successions::predecessor_id,
                        unit_successions::successor_id,
                    ))
                    .do_update()
                    .set((
                        unit_successions::effective_on.eq(link.effective_on),
                        unit_successions::basis.eq(clean(&link.basis)),
                    ))
                    .execute(conn)?;
            }
            let mut organisations_written = 0;
            for org in &self.organisations {
                let Some(&unit_id) = ids.get(org.unit.as_str()) else {
                    continue;
                };
                let values = (
                    organisations::name.eq(clean(&org.name)),
                    organisations::short_name.eq(clean(&org.short_name)),
                    organisations::kind.eq(&org.kind),
                    organisations::unit_id.eq(unit_id),
                );
                organisations_written += diesel::insert_into(organisations::table)
                    .values((organisations::code.eq(&org.code), values.clone()))
                    .on_conflict(organisations::code)
                    .do_update()
                    .set((values, organisations::updated_at.eq(Utc::now())))
                    .execute(conn)?;
            }
            let mut plans_written = 0;
            for plan in &self.plans {
                if let Some(&unit_id) = ids.get(plan.unit.as_str())
                    && seed_plan(conn, plan, UnitId(unit_id))?
                {
                    plans_written += 1;
                }
            }
            let (report_periods, indicators) =
                reports::apply(conn, &self.report_periods, &self.indicators)?;
            Ok(SeedReport {
                units: ids.len(),
                successions,
                organisations: organisations_written,
                plans: plans_written,
                report_periods,
                indicators,
            })
        })
    }
}

/// Writes a plan unless one with its key exists; `true` when written.
fn seed_plan(conn: &mut PgConnection, seed: &SeedPlan, unit: UnitId) -> Result<bool, SeedError> {
    if plan::find_by_seed_key(conn, &seed.key)?.is_some() {
        return Ok(false);
    }
    let plan = &seed.plan;
    let values = PlanValues {
        doc_number: clean(&plan.document.number),
        doc_type: clean(&plan.document.doc_type),
        doc_issuer: clean(&plan.document.issuer),
        issued_on: plan.document.issued_on,
        issued_place: clean(&plan.issued_place),
        signer_name: clean(&plan.signer_name),
        signer_title: clean(&plan.signer_title),
        title: clean(&plan.title),
        period_start: plan.period_start,
        period_end: plan.period_end,
        purpose: clean(&plan.purpose),
        requirements: clean(&plan.requirements),
        funding: clean(&plan.funding),
        legal_basis: serde_json::to_value(&plan.legal_basis)?,
        duties: serde_json::to_value(&plan.duties)?,
        status: plan.status.as_str().to_owned(),
    };
    let row = plan::insert(conn, unit, None, &values, Some(&seed.key))?;
    for (position, task) in seed.tasks.iter().enumerate() {
        let position = i32::try_from(position).unwrap_or(i32::MAX) + 1;
        let mut new = NewTaskRow::new(
            row.plan_id(),
            clean(&task.code),
            position,
            clean(&task.title),
            &task.schedule,
        );
        new.description = clean(&task.description);
        new.concerns_wards = task.concerns_wards;
        let inserted = plan_task::insert(conn, &new)?;
        let mut parties = Vec::with_capacity(task.parties.len());
        for (index, party) in task.parties.iter().enumerate() {
            let organisation_id = match &party.organisation {
                Some(code) => Some(
                    organisations::table
                        .filter(organisations::code.eq(code))
                        .select(organisations::id)
                        .first::<i64>(conn)?,
                ),
                None => None,
            };
            parties.push(NewPartyRow {
                task_id: inserted.id,
                role: party.role.as_str().to_owned(),
                organisation_id,
                party_group: party.group.map(|g| g.as_str().to_owned()),
                label: clean(&party.label),
                position: i32::try_from(index).unwrap_or(i32::MAX),
            });
        }
        task_party::insert_all(conn, &parties)?;
    }
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_reference_data_is_consistent() {
        let data = ReferenceData::parse(DEFAULT_REFERENCE_DATA);
        let data = data.unwrap_or_else(|e| panic!("{e}"));
        assert!(data.validate().is_ok());
        let communes = data.units.iter().filter(|u| u.level == "commune").count();
        assert_eq!(
            communes,
            19 + 5,
            "19 former communes of TP. Thái Bình and 5 new wards"
        );
        assert_eq!(data.successions.len(), 20);
        let codes: Vec<&str> = data.plans[0]
            .tasks
            .iter()
            .map(|t| t.code.as_str())
            .collect();
        assert_eq!(codes, ["II.1", "II.2", "II.3.a", "II.3.b", "II.4", "II.5"]);
    }

    #[test]
    fn a_unit_whose_parent_comes_later_is_refused() {
        let json = r#"{"units":[
            {"key":"w","code":"1","name":"W","short_name":"W","level":"commune","parent":"c"},
            {"key":"c","code":"2","name":"C","short_name":"C","level":"district"}]}"#;
        let data = ReferenceData::parse(json).unwrap_or_else(|e| panic!("{e}"));
        let error = data
            .validate()
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(
            error.contains("parent c must be listed before it"),
            "{error}"
        );
    }
}
