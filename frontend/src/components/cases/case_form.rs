use hgcs_domain::TeamId;
use hgcs_domain::api::mediation::{Case, CaseInput, Team};
use hgcs_domain::mediation::{CaseKind, CaseStart};
use leptos::prelude::*;

use super::kind_select::KindSelect;
use super::party_rows::{PartyRow, PartyRows, read_parties};
use crate::api::use_api;
use crate::components::common::{
    DateField, ErrorBanner, FormFrame, SelectField, Submit, SubmitButton, TextArea, TextField,
    local_error,
};
use crate::format::{self, parse_date};
use crate::i18n;
use crate::i18n::{CommonText, MediationText, PlanText, text, tr};
use crate::state::use_lang;

/// The code of the refusal of a matter outside grassroots mediation.
const OUT_OF_SCOPE: &str = "out_of_scope";

/// Intake of a case: the team, how it came, what it is about and who the
/// parties are. A kind outside grassroots mediation is refused by the
/// server with the reason and where to refer the parties, shown on top.
#[component]
pub fn CaseForm(teams: Vec<Team>, on_created: Callback<Case>) -> impl IntoView {
    let api = use_api();
    let lang = use_lang();
    let only_team = (teams.len() == 1).then(|| teams[0].id.to_string());
    let team = RwSignal::new(only_team.unwrap_or_default());
    let received = RwSignal::new(format::date(format::today()));
    let start = RwSignal::new(CaseStart::PartyRequest.as_str().to_owned());
    let proposed_by = RwSignal::new(String::new());
    let kind = RwSignal::new(String::new());
    let summary = RwSignal::new(String::new());
    let parties = RwSignal::new(vec![PartyRow::new(0), PartyRow::new(1)]);
    let invited = RwSignal::new(String::new());
    let public_session = RwSignal::new(false);
    let violence = RwSignal::new(false);
    let offence = RwSignal::new(false);
    let form = Submit::new();

    let team_options: Vec<(String, String)> = teams
        .iter()
        .map(|t| (t.id.to_string(), format!("{} – {}", t.name, t.unit.name)))
        .collect();
    let team_options = Signal::derive(move || team_options.clone());
    let starts = Signal::derive(move || {
        i18n::choices(
            lang.get(),
            CaseStart::ALL,
            CaseStart::as_str,
            i18n::case_start,
        )
    });
    let out_of_scope = Signal::derive(move || {
        form.errors().with(|errors| {
            errors
                .iter()
                .find(|e| e.field == "kind" && e.code == OUT_OF_SCOPE)
                .map(|e| e.message.clone())
        })
    });
    let kind_error = Signal::derive(move || {
        form.errors().with(|errors| {
            errors
                .iter()
                .find(|e| e.field == "kind" && e.code != OUT_OF_SCOPE)
                .map(|e| e.message.clone())
        })
    });

    let submit = Callback::new(move |()| {
        let lang = lang.get_untracked();
        let required = text(lang, PlanText::Required);
        let mut found = Vec::new();
        let team_id = team.get_untracked().parse::<i64>().ok().map(TeamId);
        if team_id.is_none() {
            found.push(local_error("team_id", required));
        }
        let received_on = parse_date(&received.get_untracked());
        if received_on.is_none() {
            found.push(local_error(
                "received_on",
                text(lang, CommonText::DateInvalid),
            ));
        }
        let case_kind = CaseKind::parse(&kind.get_untracked());
        if case_kind.is_none() {
            found.push(local_error("kind", required));
        }
        let case_start =
            CaseStart::parse(&start.get_untracked()).unwrap_or(CaseStart::PartyRequest);
        let proposer = proposed_by.get_untracked().trim().to_owned();
        if case_start == CaseStart::ProposedByAgency && proposer.is_empty() {
            found.push(local_error("proposed_by", required));
        }
        let text_summary = summary.get_untracked().trim().to_owned();
        if text_summary.is_empty() {
            found.push(local_error("summary", required));
        }
        let party_list = read_parties(lang, &parties.get_untracked());
        if let Err(problems) = &party_list {
            found.extend(problems.iter().cloned());
        }
        let (Some(team_id), Some(received_on), Some(case_kind), Ok(party_list), true) = (
            team_id,
            received_on,
            case_kind,
            party_list,
            found.is_empty(),
        ) else {
            form.reject(found);
            return;
        };
        let input = CaseInput {
            team_id,
            received_on,
            start: case_start,
            proposed_by: proposer,
            kind: case_kind,
            summary: text_summary,
            parties: party_list,
            invited: invited
                .get_untracked()
                .lines()
                .map(str::trim)
                .filter(|line| !line.is_empty())
                .map(str::to_owned)
                .collect(),
            public_session: public_session.get_untracked(),
            risk_of_violence: violence.get_untracked(),
            signs_of_offence: offence.get_untracked(),
        };
        let Some(input) = form.valid(input.validate(format::today()), lang) else {
            return;
        };
        form.send(async move { api.create_case(&input).await }, move |case| {
            on_created.run(case)
        });
    });

    let check = |id: &'static str, signal: RwSignal<bool>, label: MediationText| {
        view! {
            <div class="field field-check">
                <input id=id type="checkbox" bind:checked=signal />
                <label for=id>{tr(label)}</label>
            </div>
        }
    };

    view! {
        <FormFrame form=form id="case-form-title" title=MediationText::NewCase own_failure=true on_submit=submit>
            {move || match out_of_scope.get() {
                Some(message) => view! {
                    <div class="banner banner-error banner-strong" role="alert" data-test="out-of-scope">
                        <p class="banner-title">{tr(MediationText::OutOfScope)}</p>
                        <p class="banner-detail">{message}</p>
                    </div>
                }.into_any(),
                None => form.failure().map(|error| view! { <ErrorBanner error=error /> }).into_any(),
            }}
            <SelectField id="case-team" label=MediationText::Team value=team options=team_options empty=PlanText::Choose required=true error=form.field("team_id") />
            <div class="field">
                <DateField id="case-received-on" label=MediationText::ReceivedOn value=received />
                {move || form.field("received_on").get().map(|m| view! { <p class="field-error">{m}</p> })}
            </div>
            <SelectField id="case-start" label=MediationText::Start value=start options=starts error=form.field("start") />
            <Show when=move || start.get() == CaseStart::ProposedByAgency.as_str()>
                <TextField id="case-proposed-by" label=MediationText::ProposedBy value=proposed_by required=true error=form.field("proposed_by") />
            </Show>
            <KindSelect value=kind error=kind_error />
            <TextArea id="case-summary" label=MediationText::Summary value=summary required=true error=form.field("summary") />
            <PartyRows rows=parties form=form />
            <div class="field-wide">
                <TextArea id="case-invited" label=MediationText::Invited value=invited rows=2 error=form.field("invited") />
                <p class="field-hint">{tr(MediationText::InvitedHint)}</p>
            </div>
            <fieldset class="field-wide">
                <legend>{tr(MediationText::Flags)}</legend>
                {check("case-public", public_session, MediationText::PublicSession)}
                {check("case-violence", violence, MediationText::RiskOfViolence)}
                {check("case-offence", offence, MediationText::SignsOfOffence)}
                <p class="field-hint">{tr(MediationText::Escalate)}</p>
            </fieldset>
            <SubmitButton id="create-case" label=MediationText::Receive form=form />
        </FormFrame>
    }
}
