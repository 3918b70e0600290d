//! The limits the OpenAPI document states on input fields (`minLength`,
//! `maxLength`, `minimum`, `maximum`, `minItems`) are the limits the
//! domain's checks enforce: at each limit a value passes, one step past it
//! is refused. Limits are written as literals in the `schema(...)`
//! attributes (utoipa takes nothing else), so this keeps the two together.
//! Year fields are also held to `validation::edge::YEARS` by the API's edge,
//! which the probes apply as the server does.

use chrono::NaiveDate;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};
use utoipa::PartialSchema;

use crate::api::mediation::{CaseInput, CaseParty, CaseStep, Election, MediatorInput, TeamInput};
use crate::api::pay::PayRateInput;
use crate::api::pilots::{
    CommendationDecision, CommendationInput, Criterion, PilotEvaluationInput, PilotInput,
    ReplicationInput,
};
use crate::api::plans::{Duty, Figure, PlanInput, TaskInput, TaskUpdateInput};
use crate::api::questions::{AnswerInput, QuestionInput};
use crate::api::units::NewVillage;
use crate::validation::{Checker, Violation, edge};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 1).unwrap_or_default()
}

/// The keywords the document states for property `field` of `T`.
fn keywords<T: PartialSchema>(field: &str) -> Value {
    let schema = serde_json::to_value(T::schema()).unwrap_or_default();
    let property = schema["properties"][field].clone();
    assert!(!property.is_null(), "no property {field}");
    property
}

/// Deserialises a body and runs a check over it, as the handler does.
fn run<T: DeserializeOwned>(
    body: &Value,
    check: impl Fn(T) -> Vec<Violation>,
) -> Option<Vec<Violation>> {
    serde_json::from_value::<T>(body.clone()).ok().map(check)
}

fn errors<T>(result: Result<T, Vec<Violation>>) -> Vec<Violation> {
    result.err().unwrap_or_default()
}

fn with_checker(f: impl FnOnce(&mut Checker)) -> Vec<Violation> {
    let mut check = Checker::new();
    f(&mut check);
    errors(check.finish())
}

/// One body type: a body the checks accept, and how to check it.
struct Probe {
    base: Value,
    check: fn(&Value) -> Option<Vec<Violation>>,
}

impl Probe {
    /// Whether the server refuses `body` on `field` (its checks, then the
    /// edge's calendar for year fields); `None` when it does not parse.
    fn refuses(&self, body: &Value, field: &str, value: &Value) -> Option<bool> {
        let found = (self.check)(body)?;
        let name = field.rsplit('.').next().unwrap_or(field);
        let edge = edge::is_year_field(name) && value.as_i64().and_then(edge::year).is_some();
        Some(edge || found.iter().any(|v| v.field == field))
    }

    fn set(&self, pointer: &str, value: Value) -> Value {
        let mut body = self.base.clone();
        let (parent, key) = pointer.rsplit_once('/').unwrap_or_default();
        match body.pointer_mut(parent) {
            Some(Value::Object(members)) => {
                members.insert(key.to_owned(), value);
            }
            Some(Value::Array(items)) => {
                let slot = key.parse::<usize>().ok().and_then(|i| items.get_mut(i));
                *slot.unwrap_or_else(|| panic!("no {pointer} in the probe's body")) = value;
            }
            _ => panic!("no {parent} in the probe's body"),
        }
        body
    }

    /// Checks every limit of `keywords` on the field at `pointer`, whose
    /// violations are named `field`. `dynamic` bounds move with today, so
    /// only values outside the document's bounds are probed.
    fn limits(&self, keywords: &Value, pointer: &str, field: &str, dynamic: bool) {
        assert_eq!(
            self.refuses(&self.base, field, &Value::Null),
            Some(false),
            "{field}: the base body is refused"
        );
        let mut stated = 0;
        let probe = |value: Value, refused: bool| {
            let body = self.set(pointer, value.clone());
            assert_eq!(
                self.refuses(&body, field, &value),
                Some(refused),
                "{field} = {value}: the document says {}",
                if refused { "invalid" } else { "valid" }
            );
        };
        let text = |n: u64| Value::String("ệ".repeat(usize::try_from(n).unwrap_or(0)));
        if let Some(max) = keywords["maxLength"].as_u64() {
            probe(text(max), false);
            probe(text(max + 1), true);
            stated += 1;
        }
        match keywords["minLength"].as_u64() {
            Some(min) => {
                probe(text(min - 1), true);
                probe(text(min), false);
                stated += 1;
            }
            None if keywords["type"] == "string" => probe(text(0), false),
            None => {}
        }
        if let Some(min) = keywords["minimum"].as_i64() {
            probe(json!(min - 1), true);
            if !dynamic {
                probe(json!(min), false);
            }
            stated += 1;
        }
        if let Some(max) = keywords["maximum"].as_i64() {
            probe(json!(max + 1), true);
            if !dynamic {
                probe(json!(max), false);
            }
            stated += 1;
        }
        if let Some(min) = keywords["exclusiveMinimum"].as_f64() {
            probe(json!(min), true);
            probe(json!(min + 0.5), false);
            stated += 1;
        }
        if let Some(min) = keywords["minItems"].as_u64() {
            let item = self.base.pointer(&format!("{pointer}/0")).cloned();
            let items = |n: u64| {
                Value::Array(vec![
                    item.clone().unwrap_or_default();
                    usize::try_from(n).unwrap_or(0)
                ])
            };
            probe(items(min - 1), true);
            probe(items(min), false);
            stated += 1;
        }
        assert!(stated > 0, "{field}: the document states no limit");
    }
}

fn mediator() -> Value {
    json!({
        "full_name": "Nguyễn Thị B", "sex": "female", "birth_year": 1970,
        "education": "none",
        "elected": {"on": "2026-11-01", "method": "open_vote", "percent": 75.0}
    })
}

#[test]
fn mediators_and_teams() {
    let member = Probe {
        base: mediator(),
        check: |b| {
            run(b, |m: MediatorInput| {
                with_checker(|c| {
                    m.check(c, "m", today());
                })
            })
        },
    };
    member.limits(
        &keywords::<MediatorInput>("full_name"),
        "/full_name",
        "m.full_name",
        false,
    );
    member.limits(
        &keywords::<MediatorInput>("birth_year"),
        "/birth_year",
        "m.birth_year",
        true,
    );
    member.limits(
        &keywords::<Election>("percent"),
        "/elected/percent",
        "m.elected.percent",
        false,
    );
    let team = Probe {
        base: json!({"unit_id": 1, "name": "Tổ 1", "members": [mediator(), mediator(), mediator()]}),
        check: |b| {
            run(b, |t: TeamInput| {
                with_checker(|c| {
                    t.check(c, today(), false);
                })
            })
        },
    };
    team.limits(&keywords::<TeamInput>("name"), "/name", "name", false);
    team.limits(
        &keywords::<TeamInput>("members"),
        "/members",
        "members",
        false,
    );
}

#[test]
fn cases_and_steps() {
    let case = Probe {
        base: json!({
            "team_id": 1, "received_on": "2026-11-10", "start": "party_request",
            "kind": "land_use", "summary": "Tranh chấp lối đi",
            "parties": [{"kind": "person", "name": "Trần Văn C", "birth_year": 1980}],
            "invited": ["Ông D"]
        }),
        check: |b| run(b, |c: CaseInput| errors(c.validate(today()))),
    };
    case.limits(
        &keywords::<CaseInput>("summary"),
        "/summary",
        "summary",
        false,
    );
    case.limits(
        &keywords::<CaseInput>("proposed_by"),
        "/proposed_by",
        "proposed_by",
        false,
    );
    case.limits(
        &keywords::<CaseInput>("parties"),
        "/parties",
        "parties",
        false,
    );
    case.limits(
        &keywords::<CaseInput>("invited")["items"],
        "/invited/0",
        "invited[0]",
        false,
    );
    case.limits(
        &keywords::<CaseParty>("name"),
        "/parties/0/name",
        "parties[0].name",
        false,
    );
    case.limits(
        &keywords::<CaseParty>("address"),
        "/parties/0/address",
        "parties[0].address",
        false,
    );
    case.limits(
        &keywords::<CaseParty>("birth_year"),
        "/parties/0/birth_year",
        "parties[0].birth_year",
        true,
    );
    let step = Probe {
        base: json!({"action": "start", "on": "2026-11-30", "note": ""}),
        check: |b| {
            run(b, |s: CaseStep| {
                with_checker(|c| {
                    s.check(c, today() - chrono::Days::new(5), today());
                })
            })
        },
    };
    step.limits(&keywords::<CaseStep>("note"), "/note", "note", false);
}

#[test]
fn plans_tasks_and_reports() {
    let plan = Probe {
        base: json!({
            "document": {"number": "42", "doc_type": "KH", "issuer": "UBND"},
            "title": "Kế hoạch", "period_start": "2026-01-01", "period_end": "2026-12-31",
            "duties": [{"heading": "Phòng Tư pháp", "body": ""}], "status": "draft"
        }),
        check: |b| run(b, |p: PlanInput| errors(p.validate())),
    };
    for field in [
        "title",
        "issued_place",
        "signer_name",
        "signer_title",
        "purpose",
        "requirements",
        "funding",
    ] {
        plan.limits(
            &keywords::<PlanInput>(field),
            &format!("/{field}"),
            field,
            false,
        );
    }
    for field in ["heading", "body"] {
        plan.limits(
            &keywords::<Duty>(field),
            &format!("/duties/0/{field}"),
            &format!("duties[0].{field}"),
            false,
        );
    }
    let task = Probe {
        base: json!({"code": "II.1", "title": "Tập huấn", "schedule": {"kind": "year", "year": 2026}}),
        check: |b| {
            run(b, |t: TaskInput| {
                with_checker(|c| {
                    t.check(c);
                })
            })
        },
    };
    for field in ["code", "title", "description"] {
        task.limits(
            &keywords::<TaskInput>(field),
            &format!("/{field}"),
            field,
            false,
        );
    }
    let report = Probe {
        base: json!({
            "reported_on": "2026-11-30", "body": "Đã in", "status": "in_progress", "progress": 50,
            "figures": [{"label": "Số bản", "value": "120"}]
        }),
        check: |b| run(b, |u: TaskUpdateInput| errors(u.validate(today()))),
    };
    report.limits(&keywords::<TaskUpdateInput>("body"), "/body", "body", false);
    report.limits(
        &keywords::<TaskUpdateInput>("progress"),
        "/progress",
        "progress",
        false,
    );
    for field in ["label", "value"] {
        report.limits(
            &keywords::<Figure>(field),
            &format!("/figures/0/{field}"),
            &format!("figures[0].{field}"),
            false,
        );
    }
}

#[test]
fn pilots_and_commendations() {
    let pilot = Probe {
        base: json!({"unit_id": 1, "year": 2020, "name": "Mô hình"}),
        check: |b| run(b, |p: PilotInput| errors(p.validate())),
    };
    for field in ["year", "name", "description"] {
        pilot.limits(
            &keywords::<PilotInput>(field),
            &format!("/{field}"),
            field,
            false,
        );
    }
    let evaluation = Probe {
        base: json!({
            "evaluated_on": "2026-11-30", "recommend_replication": true,
            "criteria": [{"name": "Hiệu quả", "max_score": 10, "score": 0}]
        }),
        check: |b| run(b, |e: PilotEvaluationInput| errors(e.validate())),
    };
    evaluation.limits(
        &keywords::<PilotEvaluationInput>("criteria"),
        "/criteria",
        "criteria",
        false,
    );
    evaluation.limits(
        &keywords::<PilotEvaluationInput>("conclusion"),
        "/conclusion",
        "conclusion",
        false,
    );
    evaluation.limits(
        &keywords::<Criterion>("name"),
        "/criteria/0/name",
        "criteria[0].name",
        false,
    );
    // A score is refused on its own field whatever part of the rule fails.
    evaluation.limits(
        &keywords::<Criterion>("max_score"),
        "/criteria/0/max_score",
        "criteria[0].score",
        false,
    );
    evaluation.limits(
        &keywords::<Criterion>("score"),
        "/criteria/0/score",
        "criteria[0].score",
        false,
    );
    let replication = Probe {
        base: json!({
            "decision": {"number": "7", "doc_type": "QĐ", "issuer": "UBND", "issued_on": "2021-06-01"},
            "unit_ids": [2]
        }),
        check: |b| run(b, |r: ReplicationInput| errors(r.validate())),
    };
    replication.limits(
        &keywords::<ReplicationInput>("unit_ids"),
        "/unit_ids",
        "unit_ids",
        false,
    );
    let nomination = Probe {
        base: json!({
            "year": 2026, "nominee_kind": "team", "nominee_name": "Tổ hòa giải số 3",
            "grounds": "Hòa giải thành 20 vụ", "proposed_level": "city"
        }),
        check: |b| run(b, |c: CommendationInput| errors(c.validate())),
    };
    for field in ["year", "nominee_name", "grounds"] {
        nomination.limits(
            &keywords::<CommendationInput>(field),
            &format!("/{field}"),
            field,
            false,
        );
    }
    let decision = Probe {
        base: json!({"approved": false}),
        check: |b| run(b, |d: CommendationDecision| errors(d.validate())),
    };
    decision.limits(
        &keywords::<CommendationDecision>("note"),
        "/note",
        "note",
        false,
    );
}

#[test]
fn questions_rates_and_villages() {
    let question = Probe {
        base: json!({"title": "Tranh chấp", "facts": "Hai hộ"}),
        check: |b| run(b, |q: QuestionInput| errors(q.validate())),
    };
    for field in ["title", "facts"] {
        question.limits(
            &keywords::<QuestionInput>(field),
            &format!("/{field}"),
            field,
            false,
        );
    }
    let answer = Probe {
        base: json!({"body": "Theo Điều 3"}),
        check: |b| run(b, |a: AnswerInput| errors(a.validate())),
    };
    answer.limits(&keywords::<AnswerInput>("body"), "/body", "body", false);
    let rate = Probe {
        base: json!({"unit_id": 1, "amount_vnd": 200000, "effective_from": "2026-01-01"}),
        check: |b| run(b, |r: PayRateInput| errors(r.validate())),
    };
    for field in ["amount_vnd", "basis"] {
        rate.limits(
            &keywords::<PayRateInput>(field),
            &format!("/{field}"),
            field,
            false,
        );
    }
    let village = Probe {
        base: json!({"parent_id": 1, "name": "Thôn Đông", "kind": "thon"}),
        check: |b| run(b, |v: NewVillage| errors(v.validate())),
    };
    village.limits(&keywords::<NewVillage>("name"), "/name", "name", false);
}

#[test]
fn page_sizes_are_the_page_limit() {
    use crate::api::audit::AuditQuery;
    use crate::api::mediation::CaseQuery;
    use crate::validation::PageLimit;
    use utoipa::IntoParams;

    for params in [
        AuditQuery::into_params(|| None),
        CaseQuery::into_params(|| None),
    ] {
        let params = serde_json::to_value(params).unwrap_or_default();
        let limit = params
            .as_array()
            .and_then(|all| all.iter().find(|p| p["name"] == "limit"))
            .map(|p| p["schema"].clone())
            .unwrap_or_default();
        assert_eq!(limit["minimum"], json!(1));
        assert_eq!(limit["maximum"], json!(PageLimit::MAX));
    }
    assert!(PageLimit::from_query(Some(1)).is_ok());
    assert!(PageLimit::from_query(Some(0)).is_err());
    assert!(PageLimit::from_query(Some(PageLimit::MAX)).is_ok());
    assert!(PageLimit::from_query(Some(PageLimit::MAX + 1)).is_err());
}

#[test]
fn budget_lines_spending_and_claims() {
    use crate::api::budget::{BookClaimsInput, BudgetLineInput, SpendingInput};

    let line = Probe {
        base: json!({"source": "ward_budget", "title": "Thù lao", "allocated_vnd": 1000}),
        check: |b| run(b, |l: BudgetLineInput| with_checker(|c| drop(l.check(c)))),
    };
    for field in ["title", "allocated_vnd", "note"] {
        line.limits(
            &keywords::<BudgetLineInput>(field),
            &format!("/{field}"),
            field,
            false,
        );
    }
    let spending = Probe {
        base: json!({"spent_on": "2026-03-01", "purpose": "Mua sổ", "amount_vnd": 1000}),
        check: |b| {
            run(b, |s: SpendingInput| {
                with_checker(|c| {
                    let year = (
                        NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default(),
                        NaiveDate::from_ymd_opt(2026, 12, 31).unwrap_or_default(),
                    );
                    drop(s.check(c, today(), year));
                })
            })
        },
    };
    for field in ["purpose", "amount_vnd"] {
        spending.limits(
            &keywords::<SpendingInput>(field),
            &format!("/{field}"),
            field,
            false,
        );
    }
    let claims = Probe {
        base: json!({"claim_ids": [1]}),
        check: |b| run(b, |i: BookClaimsInput| with_checker(|c| i.check(c))),
    };
    claims.limits(
        &keywords::<BookClaimsInput>("claim_ids"),
        "/claim_ids",
        "claim_ids",
        false,
    );
}

#[test]
fn final_reviews() {
    use crate::api::reviews::FinalReviewInput;

    let review = Probe {
        base: json!({"summary": "Hoàn thành", "tasks": [{"task_id": 1, "assessment": "Đạt"}]}),
        check: |b| run(b, |r: FinalReviewInput| errors(r.validate())),
    };
    for field in ["summary", "lessons", "proposals"] {
        review.limits(
            &keywords::<FinalReviewInput>(field),
            &format!("/{field}"),
            field,
            false,
        );
    }
}
