//! Where a report stands, and its lines: estimates added, the reports
//! below summed, the preparer's input checked.

use std::collections::BTreeMap;

use crate::api::reports::{ReportInput, ReportLine};
use crate::validation::{Checker, Rule, Violation};

string_enum! {
    /// Where a report stands: prepared, sent up (frozen), sent back with
    /// comments, or accepted by the unit above.
    pub enum ReportStatus {
        Draft => "draft",
        Submitted => "submitted",
        Returned => "returned",
        Accepted => "accepted",
    }
}

string_enum! {
    /// What the unit above made of one submission.
    pub enum ReviewOutcome {
        Pending => "pending",
        Accepted => "accepted",
        Returned => "returned",
    }
}

impl ReportStatus {
    /// The preparer may change and submit it.
    pub fn is_open(self) -> bool {
        matches!(self, ReportStatus::Draft | ReportStatus::Returned)
    }

    /// Its content is the last submission, not the live figures.
    pub fn is_frozen(self) -> bool {
        !self.is_open()
    }
}

/// The largest estimate taken: beyond any count or sum of money a ward has.
pub const MAX_ESTIMATE: i64 = 1_000_000_000_000;

/// Lines with the estimates added: `total` is the actual figure plus the
/// estimate (either alone when the other is missing).
pub fn with_estimates(lines: &mut [ReportLine], estimates: &BTreeMap<String, i64>) {
    for line in lines {
        line.estimate = estimates.get(&line.code).copied();
        line.total = match (line.actual, line.estimate) {
            (Some(a), Some(e)) => Some(a + e),
            (a, e) => a.or(e),
        };
    }
}

/// `template`'s lines (the indicators in force) with each figure summed
/// over the reports below, matched by indicator code; a figure none of
/// them has stays empty.
pub fn sum_lines(template: &mut [ReportLine], sources: &[&[ReportLine]]) {
    for line in template {
        let matching: Vec<&ReportLine> = sources
            .iter()
            .filter_map(|lines| lines.iter().find(|l| l.code == line.code))
            .collect();
        let sum = |pick: fn(&ReportLine) -> Option<i64>| {
            matching.iter().filter_map(|l| pick(l)).reduce(|a, b| a + b)
        };
        line.actual = sum(|l| l.actual);
        line.estimate = sum(|l| l.estimate);
        line.total = sum(|l| l.total);
    }
}

impl ReportInput {
    /// Trims the texts and checks the estimates: on indicators that exist
    /// (`known`) and may take one in this report (`estimable`: none when
    /// the period has no days after its cut-off or the report sums
    /// others), within 0..=MAX_ESTIMATE.
    pub fn check(&self, known: &[&str], estimable: &[&str]) -> Result<ReportInput, Vec<Violation>> {
        let mut check = Checker::new();
        let number = check.text("number", &self.number, 0, 40);
        let commentary = check.text("commentary", &self.commentary, 0, 20_000);
        for (code, value) in &self.estimates {
            let field = format!("estimates.{code}");
            if !known.contains(&code.as_str()) {
                check.add(&field, Rule::UnknownReference);
            } else if !estimable.contains(&code.as_str()) {
                check.add(&field, Rule::NoEstimates);
            } else if !(0..=MAX_ESTIMATE).contains(value) {
                check.add(&field, Rule::Estimate);
            }
        }
        check.finish()?;
        Ok(ReportInput {
            number,
            commentary,
            estimates: self.estimates.clone(),
        })
    }
}
