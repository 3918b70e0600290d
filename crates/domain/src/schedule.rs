//! When a plan's task is due. Plans write schedules as quarters ("Quý II,
//! III, IV/2022"), a day, a span of days, a whole year, or an event ("after
//! the Sở Tư pháp publishes the material set"); every form yields a start,
//! a due day and the words an official would write.

use chrono::{Datelike, Days, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::Lang;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Schedule {
    /// One or more quarters of a year, e.g. II, III and IV of 2022.
    Quarters { year: i32, quarters: Vec<u8> },
    /// A single day.
    Date { on: NaiveDate },
    /// From one day to another, both included.
    Range { from: NaiveDate, to: NaiveDate },
    /// All year.
    Year { year: i32 },
    /// After an event. Until someone records that it happened there is no
    /// due day; then it is due `within_days` later.
    Event {
        description: String,
        happened_on: Option<NaiveDate>,
        within_days: u32,
    },
}

/// The same day a year later; 29 February becomes 28 February.
pub fn a_year_later(day: NaiveDate) -> NaiveDate {
    day.with_year(day.year() + 1)
        .or_else(|| day.pred_opt().and_then(|d| d.with_year(d.year() + 1)))
        .unwrap_or(day)
}

const ROMAN: [&str; 4] = ["I", "II", "III", "IV"];

fn quarter_start(year: i32, quarter: u8) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, u32::from(quarter) * 3 - 2, 1)
}

fn quarter_end(year: i32, quarter: u8) -> Option<NaiveDate> {
    let next = if quarter == 4 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(year, u32::from(quarter) * 3 + 1, 1)
    };
    next.and_then(|day| day.pred_opt())
}

/// "Quý III/2022" or "Quý II, III, IV/2022".
pub fn quarters_label(year: i32, quarters: &[u8], lang: Lang) -> String {
    match lang {
        Lang::Vi => {
            let names: Vec<&str> = quarters
                .iter()
                .filter_map(|q| ROMAN.get(usize::from(*q).wrapping_sub(1)).copied())
                .collect();
            format!("Quý {}/{year}", names.join(", "))
        }
        Lang::En => {
            let names: Vec<String> = quarters.iter().map(|q| format!("Q{q}")).collect();
            format!("{}/{year}", names.join(", "))
        }
    }
}

impl Schedule {
    /// Checks the parts fit together; the message says what is wrong.
    pub fn check(&self) -> Result<(), (&'static str, &'static str)> {
        match self {
            Schedule::Quarters { year, quarters } => {
                if quarters.is_empty() || quarters.iter().any(|q| !(1..=4).contains(q)) {
                    return Err(("Quý phải từ I đến IV", "Quarters run from 1 to 4"));
                }
                if quarters.windows(2).any(|w| w[0] >= w[1]) {
                    return Err((
                        "Các quý phải tăng dần, không lặp",
                        "Quarters must be increasing, without repeats",
                    ));
                }
                if !(2000..=2100).contains(year) {
                    return Err(("Năm không hợp lệ", "The year is out of range"));
                }
            }
            Schedule::Range { from, to } if to < from => {
                return Err((
                    "Ngày kết thúc trước ngày bắt đầu",
                    "The end is before the start",
                ));
            }
            Schedule::Year { year } if !(2000..=2100).contains(year) => {
                return Err(("Năm không hợp lệ", "The year is out of range"));
            }
            Schedule::Event {
                description,
                within_days,
                ..
            } => {
                if description.trim().is_empty() {
                    return Err(("Cần mô tả sự kiện", "Describe the event"));
                }
                if *within_days > 3650 {
                    return Err(("Thời hạn quá dài", "The time limit is too long"));
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// The same schedule a year later, for next year's plan: quarters and
    /// years move on by one, days by a year (29 February to the 28th); an
    /// awaited event is awaited again.
    pub fn next_year(&self) -> Schedule {
        match self {
            Schedule::Quarters { year, quarters } => Schedule::Quarters {
                year: year + 1,
                quarters: quarters.clone(),
            },
            Schedule::Date { on } => Schedule::Date {
                on: a_year_later(*on),
            },
            Schedule::Range { from, to } => Schedule::Range {
                from: a_year_later(*from),
                to: a_year_later(*to),
            },
            Schedule::Year { year } => Schedule::Year { year: year + 1 },
            Schedule::Event {
                description,
                within_days,
                ..
            } => Schedule::Event {
                description: description.clone(),
                happened_on: None,
                within_days: *within_days,
            },
        }
    }

    /// The first day work is expected, when known.
    pub fn starts_on(&self) -> Option<NaiveDate> {
        match self {
            Schedule::Quarters { year, quarters } => {
                quarters.first().and_then(|q| quarter_start(*year, *q))
            }
            Schedule::Date { on } => Some(*on),
            Schedule::Range { from, .. } => Some(*from),
            Schedule::Year { year } => NaiveDate::from_ymd_opt(*year, 1, 1),
            Schedule::Event { happened_on, .. } => *happened_on,
        }
    }

    /// The last day the work may take; `None` while an event is awaited.
    pub fn due_on(&self) -> Option<NaiveDate> {
        match self {
            Schedule::Quarters { year, quarters } => {
                quarters.last().and_then(|q| quarter_end(*year, *q))
            }
            Schedule::Date { on } => Some(*on),
            Schedule::Range { to, .. } => Some(*to),
            Schedule::Year { year } => NaiveDate::from_ymd_opt(*year, 12, 31),
            Schedule::Event {
                happened_on,
                within_days,
                ..
            } => {
                happened_on.and_then(|day| day.checked_add_days(Days::new(u64::from(*within_days))))
            }
        }
    }

    /// The schedule as the plan writes it.
    pub fn label(&self, lang: Lang) -> String {
        let date = |d: &NaiveDate| d.format("%d/%m/%Y").to_string();
        match (self, lang) {
            (Schedule::Quarters { year, quarters }, _) => quarters_label(*year, quarters, lang),
            (Schedule::Date { on }, Lang::Vi) => format!("Ngày {}", date(on)),
            (Schedule::Date { on }, Lang::En) => format!("On {}", date(on)),
            (Schedule::Range { from, to }, Lang::Vi) => {
                format!("Từ {} đến {}", date(from), date(to))
            }
            (Schedule::Range { from, to }, Lang::En) => {
                format!("From {} to {}", date(from), date(to))
            }
            (Schedule::Year { year }, Lang::Vi) => format!("Năm {year}"),
            (Schedule::Year { year }, Lang::En) => format!("Year {year}"),
            (Schedule::Event { description, .. }, _) => description.clone(),
        }
    }

    /// The quarters of `year` the schedule touches (1–4), for a timeline.
    pub fn quarters_in(&self, year: i32) -> Vec<u8> {
        let (Some(start), Some(end)) = (self.starts_on(), self.due_on()) else {
            return Vec::new();
        };
        (1u8..=4)
            .filter(|q| {
                let (Some(qs), Some(qe)) = (quarter_start(year, *q), quarter_end(year, *q)) else {
                    return false;
                };
                start <= qe && end >= qs
            })
            .filter(|_| start.year() <= year && end.year() >= year)
            .collect()
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn next_year_moves_every_form_on_by_a_year() {
        assert_eq!(
            Schedule::Quarters {
                year: 2022,
                quarters: vec![2, 3]
            }
            .next_year(),
            Schedule::Quarters {
                year: 2023,
                quarters: vec![2, 3]
            }
        );
        assert_eq!(
            Schedule::Range {
                from: day("2024-02-29"),
                to: day("2024-12-31")
            }
            .next_year(),
            Schedule::Range {
                from: day("2025-02-28"),
                to: day("2025-12-31")
            }
        );
        assert_eq!(
            Schedule::Year { year: 2026 }.next_year(),
            Schedule::Year { year: 2027 }
        );
        let event = Schedule::Event {
            description: "Sau khi có bộ tài liệu".into(),
            happened_on: Some(day("2022-05-01")),
            within_days: 30,
        };
        let again = event.next_year();
        assert_eq!(again.starts_on(), None, "the event is awaited again");
        assert_eq!(a_year_later(day("2023-07-01")), day("2024-07-01"));
    }
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap_or_default()
    }

    #[test]
    fn quarters_read_as_the_plan_writes_them() {
        let schedule = Schedule::Quarters {
            year: 2022,
            quarters: vec![2, 3, 4],
        };
        assert_eq!(schedule.label(Lang::Vi), "Quý II, III, IV/2022");
        assert_eq!(schedule.label(Lang::En), "Q2, Q3, Q4/2022");
        assert_eq!(schedule.starts_on(), Some(day("2022-04-01")));
        assert_eq!(schedule.due_on(), Some(day("2022-12-31")));
        let q3 = Schedule::Quarters {
            year: 2022,
            quarters: vec![3],
        };
        assert_eq!(q3.label(Lang::Vi), "Quý III/2022");
        assert_eq!(q3.due_on(), Some(day("2022-09-30")));
        assert_eq!(q3.quarters_in(2022), [3]);
    }

    #[test]
    fn an_event_is_due_only_once_it_happened() {
        let waiting = Schedule::Event {
            description: "Sau khi Sở Tư pháp phát hành Bộ tài liệu".into(),
            happened_on: None,
            within_days: 30,
        };
        assert_eq!(waiting.due_on(), None);
        assert!(waiting.quarters_in(2022).is_empty());
        let happened = Schedule::Event {
            description: "Sau khi Sở Tư pháp phát hành Bộ tài liệu".into(),
            happened_on: Some(day("2022-06-15")),
            within_days: 30,
        };
        assert_eq!(happened.due_on(), Some(day("2022-07-15")));
        assert_eq!(happened.quarters_in(2022), [2, 3]);
    }

    #[test]
    fn a_whole_year_and_ranges() {
        let year = Schedule::Year { year: 2022 };
        assert_eq!(year.label(Lang::Vi), "Năm 2022");
        assert_eq!(year.due_on(), Some(day("2022-12-31")));
        assert_eq!(year.quarters_in(2022), [1, 2, 3, 4]);
        assert_eq!(year.quarters_in(2023), Vec::<u8>::new());
        let range = Schedule::Range {
            from: day("2022-05-10"),
            to: day("2022-05-01"),
        };
        assert!(range.check().is_err());
    }

    #[test]
    fn bad_quarters_are_refused() {
        for quarters in [vec![], vec![5], vec![3, 2], vec![2, 2]] {
            assert!(
                Schedule::Quarters {
                    year: 2022,
                    quarters
                }
                .check()
                .is_err()
            );
        }
    }
}
