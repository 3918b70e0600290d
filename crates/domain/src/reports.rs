//! Reporting periods and indicators (TT 03/2019/TT-BTP, Điều 6; from
//! 01/11/2025 TT 16/2025/TT-BTP). Periods and the indicator list are data
//! (reference data, see `docs/reports.md`); what the code fixes is the set
//! of measures an indicator may name, and how a measure is read off the
//! registers' figures.

use chrono::{Datelike, Days, NaiveDate};
use serde::{Deserialize, Serialize};

use std::collections::BTreeMap;

use crate::Lang;
use crate::api::reports::{ReportInput, ReportLine};
use crate::mediation::{CaseGroup, CaseKind, CaseState, Education, Sex, is_minority};
use crate::validation::{Checker, Rule, Violation};

/// When a kind of period runs, as written in the circular. Days are
/// `MM-DD` of the period's year; the due days count from the cut-off.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PeriodRule {
    /// `half_year`, `year_preliminary`, `year_official` …
    pub code: String,
    /// The first year the rule applies to.
    pub from_year: i32,
    /// The last year, when a later circular replaced it.
    pub to_year: Option<i32>,
    /// Order in lists.
    pub position: i32,
    /// `{year}` stands for the year: "6 tháng đầu năm {year}".
    pub name_vi: String,
    pub name_en: String,
    pub starts: String,
    pub ends: String,
    /// Figures are actual up to this day; the rest of the period is estimated.
    pub actual_until: String,
    /// Days after the cut-off by which a ward sends its report to the city.
    pub ward_due_days: i32,
    /// Days after the cut-off by which the city sends its report on.
    pub city_due_days: i32,
}

/// One period of one year, with its days: the API's shape.
pub use crate::api::reports::ReportPeriod as Period;

impl PeriodRule {
    pub fn applies_to(&self, year: i32) -> bool {
        year >= self.from_year && self.to_year.is_none_or(|last| year <= last)
    }

    /// The rule's days in `year`; `None` when a day is not a valid `MM-DD`
    /// of that year or the days are out of order.
    pub fn period(&self, year: i32) -> Option<Period> {
        let starts_on = month_day(&self.starts, year)?;
        let ends_on = month_day(&self.ends, year)?;
        let actual_until = month_day(&self.actual_until, year)?;
        if !(starts_on <= actual_until && actual_until <= ends_on) {
            return None;
        }
        // Every day inside the calendar the API keeps (1900–2199).
        let kept = |day: NaiveDate| {
            crate::validation::edge::YEARS
                .contains(&day.year())
                .then_some(day)
        };
        let due =
            |days: i32| kept(actual_until.checked_add_days(Days::new(u64::try_from(days).ok()?))?);
        Some(Period {
            code: self.code.clone(),
            year,
            name_vi: self.name_vi.replace("{year}", &year.to_string()),
            name_en: self.name_en.replace("{year}", &year.to_string()),
            starts_on,
            ends_on,
            actual_until,
            ward_due_on: due(self.ward_due_days)?,
            city_due_on: due(self.city_due_days)?,
        })
    }
}

/// `MM-DD` in `year`.
pub fn month_day(text: &str, year: i32) -> Option<NaiveDate> {
    let (month, day) = text.split_once('-')?;
    if month.len() != 2 || day.len() != 2 {
        return None;
    }
    NaiveDate::from_ymd_opt(year, month.parse().ok()?, day.parse().ok()?)
}

/// The periods of `year` under `rules`, in their order.
pub fn periods_of(rules: &[PeriodRule], year: i32) -> Vec<Period> {
    let mut applying: Vec<&PeriodRule> = rules.iter().filter(|r| r.applies_to(year)).collect();
    applying.sort_by_key(|rule| (rule.position, rule.code.clone()));
    applying
        .iter()
        .filter_map(|rule| rule.period(year))
        .collect()
}

/// The period shown first: of the year's periods (in their order), the
/// last one whose cut-off has passed by `today`, or the first.
pub fn current_period(periods: Vec<Period>, today: NaiveDate) -> Option<Period> {
    let ended = periods.iter().rposition(|p| p.actual_until < today);
    let index = ended.unwrap_or(0);
    periods.into_iter().nth(index)
}

/// The first days of the whole months inside `from..=until`, as a
/// half-open range `[first, end)`; empty (`first == end`) when no month
/// fits. Monthly summaries answer these; the days before and after them
/// are counted from the records.
pub fn whole_months(from: NaiveDate, until: NaiveDate) -> (NaiveDate, NaiveDate) {
    let first = if from.day() == 1 {
        from
    } else {
        next_month(from)
    };
    let after = until.succ_opt().unwrap_or(until);
    let end = if after.day() == 1 {
        after
    } else {
        month_start(until)
    };
    if end <= first {
        (first, first)
    } else {
        (first, end)
    }
}

pub fn month_start(day: NaiveDate) -> NaiveDate {
    day.with_day(1).unwrap_or(day)
}

fn next_month(day: NaiveDate) -> NaiveDate {
    month_start(day)
        .checked_add_months(chrono::Months::new(1))
        .unwrap_or(day)
}

string_enum! {
    /// What an indicator counts. An indicator of the list (data) names one;
    /// a new circular may reorder, rename or drop indicators without code,
    /// a new kind of figure needs a new measure.
    pub enum Measure {
        Villages => "villages",
        Teams => "teams",
        Mediators => "mediators",
        MediatorsFemale => "mediators_female",
        MediatorsMale => "mediators_male",
        MediatorsKinh => "mediators_kinh",
        MediatorsMinority => "mediators_minority",
        MediatorsLawDegree => "mediators_law_degree",
        MediatorsOtherDegree => "mediators_other_degree",
        MediatorsNoDegree => "mediators_no_degree",
        /// Needs the training records (not kept yet): no figure.
        MediatorsTrained => "mediators_trained",
        CasesReceived => "cases_received",
        CasesCivil => "cases_civil",
        CasesMarriageFamily => "cases_marriage_family",
        CasesOther => "cases_other",
        CasesSuccessful => "cases_successful",
        CasesUnsuccessful => "cases_unsuccessful",
        CasesInProgress => "cases_in_progress",
        CasesNotHandled => "cases_not_handled",
        CasesWithdrawn => "cases_withdrawn",
        PaySpentVnd => "pay_spent_vnd",
    }
}

/// The cases behind a case figure: the filters of the case list that
/// find them (with the period's days and the unit).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CaseDrill {
    pub group: Option<CaseGroup>,
    pub result: Option<CaseResult>,
}

impl Measure {
    /// Whether the figure grows over the period (cases, pay, training),
    /// so the days after the cut-off may be estimated and added; a count
    /// of what exists at the cut-off (villages, teams, mediators) is not.
    pub fn takes_estimate(self) -> bool {
        !matches!(
            self,
            Measure::Villages
                | Measure::Teams
                | Measure::Mediators
                | Measure::MediatorsFemale
                | Measure::MediatorsMale
                | Measure::MediatorsKinh
                | Measure::MediatorsMinority
                | Measure::MediatorsLawDegree
                | Measure::MediatorsOtherDegree
                | Measure::MediatorsNoDegree
        )
    }

    /// For a figure that counts cases, the list filters that show them.
    pub fn case_drill(self) -> Option<CaseDrill> {
        let group = |g| {
            Some(CaseDrill {
                group: Some(g),
                result: None,
            })
        };
        let result = |r| {
            Some(CaseDrill {
                group: None,
                result: Some(r),
            })
        };
        match self {
            Measure::CasesReceived => Some(CaseDrill::default()),
            Measure::CasesCivil => group(CaseGroup::Civil),
            Measure::CasesMarriageFamily => group(CaseGroup::MarriageFamily),
            Measure::CasesOther => group(CaseGroup::Other),
            Measure::CasesSuccessful => result(CaseResult::Successful),
            Measure::CasesUnsuccessful => result(CaseResult::Unsuccessful),
            Measure::CasesInProgress => result(CaseResult::InProgress),
            Measure::CasesNotHandled => result(CaseResult::NotHandled),
            Measure::CasesWithdrawn => result(CaseResult::Withdrawn),
            _ => None,
        }
    }
}

string_enum! {
    /// Where a case stands in the report: its result, or why it has none.
    pub enum CaseResult {
        Successful => "successful",
        Unsuccessful => "unsuccessful",
        InProgress => "in_progress",
        NotHandled => "not_handled",
        Withdrawn => "withdrawn",
    }
}

impl CaseResult {
    /// The states that stand for this result.
    pub fn states(self) -> Vec<CaseState> {
        CaseState::ALL
            .iter()
            .copied()
            .filter(|state| CaseResult::of(*state) == self)
            .collect()
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (CaseResult::Successful, Lang::Vi) => "Thành công",
            (CaseResult::Successful, Lang::En) => "Successful",
            (CaseResult::Unsuccessful, Lang::Vi) => "Không thành",
            (CaseResult::Unsuccessful, Lang::En) => "Unsuccessful",
            (CaseResult::InProgress, Lang::Vi) => "Đang giải quyết",
            (CaseResult::InProgress, Lang::En) => "In progress",
            (CaseResult::NotHandled, Lang::Vi) => "Chưa giải quyết",
            (CaseResult::NotHandled, Lang::En) => "Not yet handled",
            (CaseResult::Withdrawn, Lang::Vi) => "Rút yêu cầu",
            (CaseResult::Withdrawn, Lang::En) => "Withdrawn",
        }
    }

    pub fn of(state: CaseState) -> CaseResult {
        match state {
            CaseState::Received | CaseState::Assigned => CaseResult::NotHandled,
            CaseState::InMediation => CaseResult::InProgress,
            CaseState::Successful => CaseResult::Successful,
            CaseState::Unsuccessful => CaseResult::Unsuccessful,
            CaseState::Withdrawn => CaseResult::Withdrawn,
        }
    }
}

/// Mediators on the register, grouped as the database counted them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MediatorTally {
    pub sex: Sex,
    pub ethnicity: String,
    pub education: Education,
    pub n: i64,
}

/// Cases received in the period, by kind and state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseTally {
    pub kind: CaseKind,
    pub state: CaseState,
    pub n: i64,
}

/// What the registers hold for one unit and period, as aggregated by the
/// database; every indicator is read off it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Figures {
    pub villages: i64,
    pub teams: i64,
    pub mediators: Vec<MediatorTally>,
    pub cases: Vec<CaseTally>,
    pub pay_spent_vnd: i64,
}

impl Figures {
    /// The measure's figure; `None` when the registers do not hold it.
    pub fn value(&self, measure: Measure) -> Option<i64> {
        let mediators = |keep: &dyn Fn(&MediatorTally) -> bool| {
            self.mediators.iter().filter(|m| keep(m)).map(|m| m.n).sum()
        };
        let cases = |keep: &dyn Fn(&CaseTally) -> bool| {
            self.cases.iter().filter(|c| keep(c)).map(|c| c.n).sum()
        };
        let group = |g: CaseGroup| cases(&|c| c.kind.group() == g);
        let result = |r: CaseResult| cases(&|c| CaseResult::of(c.state) == r);
        Some(match measure {
            Measure::Villages => self.villages,
            Measure::Teams => self.teams,
            Measure::Mediators => mediators(&|_| true),
            Measure::MediatorsFemale => mediators(&|m| m.sex == Sex::Female),
            Measure::MediatorsMale => mediators(&|m| m.sex == Sex::Male),
            Measure::MediatorsKinh => mediators(&|m| !is_minority(&m.ethnicity)),
            Measure::MediatorsMinority => mediators(&|m| is_minority(&m.ethnicity)),
            Measure::MediatorsLawDegree => mediators(&|m| m.education == Education::LawDegree),
            Measure::MediatorsOtherDegree => mediators(&|m| m.education == Education::OtherDegree),
            Measure::MediatorsNoDegree => mediators(&|m| m.education == Education::NoDegree),
            Measure::MediatorsTrained => return None,
            Measure::CasesReceived => cases(&|_| true),
            Measure::CasesCivil => group(CaseGroup::Civil),
            Measure::CasesMarriageFamily => group(CaseGroup::MarriageFamily),
            Measure::CasesOther => group(CaseGroup::Other),
            Measure::CasesSuccessful => result(CaseResult::Successful),
            Measure::CasesUnsuccessful => result(CaseResult::Unsuccessful),
            Measure::CasesInProgress => result(CaseResult::InProgress),
            Measure::CasesNotHandled => result(CaseResult::NotHandled),
            Measure::CasesWithdrawn => result(CaseResult::Withdrawn),
            Measure::PaySpentVnd => self.pay_spent_vnd,
        })
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    fn half_year() -> PeriodRule {
        PeriodRule {
            code: "half_year".into(),
            from_year: 2019,
            to_year: None,
            position: 1,
            name_vi: "6 tháng đầu năm {year}".into(),
            name_en: "First half of {year}".into(),
            starts: "01-01".into(),
            ends: "06-30".into(),
            actual_until: "05-31".into(),
            ward_due_days: 5,
            city_due_days: 10,
        }
    }

    #[test]
    fn the_period_shown_first_is_the_last_past_its_cut_off() {
        let year = PeriodRule {
            code: "year".into(),
            position: 2,
            starts: "01-01".into(),
            ends: "12-31".into(),
            actual_until: "11-30".into(),
            ..half_year()
        };
        let periods = periods_of(&[half_year(), year], 2025);
        let shown = |today| current_period(periods.clone(), today).map(|p| p.code);
        assert_eq!(shown(day(2025, 3, 1)), Some("half_year".into()));
        assert_eq!(shown(day(2025, 6, 1)), Some("half_year".into()));
        assert_eq!(shown(day(2025, 11, 30)), Some("half_year".into()));
        assert_eq!(shown(day(2025, 12, 1)), Some("year".into()));
        assert_eq!(current_period(Vec::new(), day(2025, 12, 1)), None);
    }

    #[test]
    fn a_rule_gives_the_days_and_the_vietnamese_name_of_a_year() {
        let Some(period) = half_year().period(2025) else {
            panic!("a valid rule gives a period");
        };
        assert_eq!(period.name_vi, "6 tháng đầu năm 2025");
        assert_eq!(period.starts_on, day(2025, 1, 1));
        assert_eq!(period.ends_on, day(2025, 6, 30));
        assert_eq!(period.actual_until, day(2025, 5, 31));
        assert_eq!(period.ward_due_on, day(2025, 6, 5));
        assert_eq!(period.city_due_on, day(2025, 6, 10));
    }

    #[test]
    fn a_rule_applies_only_to_its_years_and_bad_days_give_no_period() {
        let mut rule = half_year();
        rule.to_year = Some(2024);
        assert!(rule.applies_to(2019) && rule.applies_to(2024));
        assert!(!rule.applies_to(2018) && !rule.applies_to(2025));
        assert!(periods_of(&[rule.clone()], 2025).is_empty());
        rule.actual_until = "07-31".into();
        assert_eq!(rule.period(2020), None);
        rule.actual_until = "02-30".into();
        assert_eq!(rule.period(2020), None);
        assert_eq!(
            half_year().period(2199).map(|p| p.ward_due_on.year()),
            Some(2199)
        );
        let mut late = half_year();
        late.actual_until = "12-31".into();
        late.ends = "12-31".into();
        assert_eq!(late.period(2199), None, "due in 2200, past the calendar");
        assert_eq!(month_day("2-1", 2020), None);
    }

    #[test]
    fn whole_months_leave_the_days_around_them_to_the_records() {
        assert_eq!(
            whole_months(day(2025, 1, 1), day(2025, 5, 31)),
            (day(2025, 1, 1), day(2025, 6, 1))
        );
        assert_eq!(
            whole_months(day(2025, 1, 15), day(2025, 5, 20)),
            (day(2025, 2, 1), day(2025, 5, 1))
        );
        let (first, end) = whole_months(day(2025, 3, 5), day(2025, 3, 20));
        assert_eq!(first, end);
    }

    #[test]
    fn figures_give_each_measure() {
        let figures = Figures {
            villages: 4,
            teams: 3,
            mediators: vec![
                MediatorTally {
                    sex: Sex::Female,
                    ethnicity: "Kinh".into(),
                    education: Education::LawDegree,
                    n: 2,
                },
                MediatorTally {
                    sex: Sex::Male,
                    ethnicity: "Tày".into(),
                    education: Education::NoDegree,
                    n: 5,
                },
            ],
            cases: vec![
                CaseTally {
                    kind: CaseKind::Contract,
                    state: CaseState::Successful,
                    n: 3,
                },
                CaseTally {
                    kind: CaseKind::MarriageFamily,
                    state: CaseState::Assigned,
                    n: 2,
                },
                CaseTally {
                    kind: CaseKind::Water,
                    state: CaseState::Received,
                    n: 1,
                },
            ],
            pay_spent_vnd: 600_000,
        };
        let value = |m| figures.value(m);
        assert_eq!(value(Measure::Mediators), Some(7));
        assert_eq!(value(Measure::MediatorsFemale), Some(2));
        assert_eq!(value(Measure::MediatorsMinority), Some(5));
        assert_eq!(value(Measure::MediatorsKinh), Some(2));
        assert_eq!(value(Measure::MediatorsOtherDegree), Some(0));
        assert_eq!(value(Measure::CasesReceived), Some(6));
        assert_eq!(value(Measure::CasesCivil), Some(3));
        assert_eq!(value(Measure::CasesMarriageFamily), Some(2));
        assert_eq!(value(Measure::CasesOther), Some(1));
        assert_eq!(value(Measure::CasesNotHandled), Some(3));
        assert_eq!(value(Measure::CasesSuccessful), Some(3));
        assert_eq!(value(Measure::PaySpentVnd), Some(600_000));
        assert_eq!(value(Measure::MediatorsTrained), None);
    }

    fn line(code: &str, actual: Option<i64>) -> ReportLine {
        ReportLine {
            code: code.into(),
            section_vi: String::new(),
            section_en: String::new(),
            label_vi: String::new(),
            label_en: String::new(),
            unit_vi: String::new(),
            unit_en: String::new(),
            measure: Measure::CasesReceived,
            actual,
            estimate: None,
            total: actual,
        }
    }

    #[test]
    fn estimates_add_to_the_actual_figures_and_sums_follow_the_codes() {
        let mut ward = vec![line("II.1", Some(4)), line("I.4", None)];
        let estimates = BTreeMap::from([("II.1".to_owned(), 2), ("I.4".to_owned(), 5)]);
        with_estimates(&mut ward, &estimates);
        assert_eq!((ward[0].estimate, ward[0].total), (Some(2), Some(6)));
        assert_eq!(ward[1].total, Some(5));
        let other = vec![line("II.1", Some(10))];
        let mut city = vec![line("II.1", None), line("I.4", None), line("III.1", None)];
        sum_lines(&mut city, &[&ward, &other]);
        assert_eq!(
            (city[0].actual, city[0].estimate, city[0].total),
            (Some(14), Some(2), Some(16))
        );
        assert_eq!((city[1].actual, city[1].total), (None, Some(5)));
        assert_eq!(city[2].total, None, "no ward has the figure");
    }

    #[test]
    fn estimates_are_checked_against_the_indicators_and_the_period() {
        let input = ReportInput {
            number: " 05/BC-UBND ".into(),
            commentary: String::new(),
            estimates: BTreeMap::from([("II.1".to_owned(), 3)]),
        };
        let checked = input.check(&["II.1"], &["II.1"]).unwrap_or_default();
        assert_eq!(checked.number, "05/BC-UBND");
        let codes = |input: &ReportInput, known: &[&str], estimable: &[&str]| -> Vec<String> {
            input
                .check(known, estimable)
                .err()
                .unwrap_or_default()
                .iter()
                .map(|v| format!("{}:{}", v.field, v.rule.code()))
                .collect()
        };
        assert_eq!(
            codes(&input, &["II.1"], &[]),
            ["estimates.II.1:no_estimates"]
        );
        assert_eq!(
            codes(&input, &["II.2"], &["II.2"]),
            ["estimates.II.1:unknown_reference"]
        );
        let negative = ReportInput {
            estimates: BTreeMap::from([("II.1".to_owned(), -1)]),
            ..input
        };
        assert_eq!(
            codes(&negative, &["II.1"], &["II.1"]),
            ["estimates.II.1:out_of_range"]
        );
        assert!(Measure::CasesReceived.takes_estimate() && !Measure::Mediators.takes_estimate());
    }
}
