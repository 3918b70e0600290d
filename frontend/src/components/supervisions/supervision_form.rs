use hgcs_domain::api::supervisions::SupervisionInput;
use hgcs_domain::supervision::SupervisionSubject;
use hgcs_domain::validation::Checker;
use hgcs_domain::{Role, TaskId, TeamId, UnitId};
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::use_navigate;

use crate::api::use_api;
use crate::components::common::{
    DateField, FormFailure, FormFrame, Submit, SubmitButton, TextArea,
};
use crate::format::{self, today};
use crate::i18n::{SupervisionText, tr};
use crate::state::{has_role, use_lang};

/// What a supervision looks at, as the page it is recorded from knows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Supervised {
    Team(TeamId),
    Unit(UnitId),
    Task(TaskId),
}

impl Supervised {
    fn input(self) -> SupervisionInput {
        let mut input = SupervisionInput {
            subject: SupervisionSubject::Unit,
            team_id: None,
            unit_id: None,
            task_id: None,
            supervised_on: today(),
            findings: String::new(),
            recommendations: String::new(),
        };
        match self {
            Supervised::Team(id) => {
                input.subject = SupervisionSubject::Team;
                input.team_id = Some(id);
            }
            Supervised::Unit(id) => input.unit_id = Some(id),
            Supervised::Task(id) => {
                input.subject = SupervisionSubject::Task;
                input.task_id = Some(id);
            }
        }
        input
    }
}

/// A member of the Front records what it found and recommends about a
/// team, a ward's work or a task; shown to Front users only, and the
/// server checks the scope. Opens the new record when saved.
#[component]
pub fn SupervisionForm(supervised: Supervised) -> impl IntoView {
    let api = use_api();
    let lang = use_lang();
    let navigate = use_navigate();
    let front = has_role(&[Role::FrontPartner]);
    let day = RwSignal::new(format::date(today()));
    let findings = RwSignal::new(String::new());
    let recommendations = RwSignal::new(String::new());
    let form = Submit::new();
    let submit = Callback::new(move |()| {
        let lang = lang.get_untracked();
        let Some(day) = form.day("supervised_on", &day.get_untracked(), lang) else {
            return;
        };
        let typed = SupervisionInput {
            supervised_on: day,
            findings: findings.get_untracked(),
            recommendations: recommendations.get_untracked(),
            ..supervised.input()
        };
        let mut check = Checker::new();
        let input = typed.check(&mut check, today());
        if !form.passes(check, lang) {
            return;
        }
        let navigate = navigate.clone();
        form.send(
            async move { api.record_supervision(&input).await },
            move |made| {
                navigate(
                    &format!("/supervisions/{}", made.id),
                    NavigateOptions::default(),
                )
            },
        );
    });
    view! {
        <Show when=move || front.get()>
            <FormFrame form=form id="supervision-form-title" title=SupervisionText::Record own_failure=true on_submit=submit>
                <p class="field-wide muted">{tr(SupervisionText::NoPersonalData)}</p>
                <FormFailure form=form />
                <DateField id="supervised-on" label=SupervisionText::SupervisedOn value=day />
                <TextArea id="supervision-findings" label=SupervisionText::Findings value=findings required=true rows=6 error=form.field("findings") />
                <TextArea id="supervision-recommendations" label=SupervisionText::Recommendations value=recommendations rows=4 error=form.field("recommendations") />
                <SubmitButton id="record-supervision" label=SupervisionText::Record form=form />
            </FormFrame>
        </Show>
    }
}
