use std::collections::BTreeMap;

use super::*;
use crate::api::reports::{ReportInput, ReportLine};
use crate::mediation::{CaseKind, CaseState, Education, Sex};

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
        trained: 4,
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
    assert_eq!(value(Measure::MediatorsTrained), Some(4));
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
