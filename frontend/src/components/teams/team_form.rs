use hgcs_domain::UnitId;
use hgcs_domain::api::mediation::{Team, TeamInput};
use hgcs_domain::validation::Checker;
use leptos::prelude::*;

use super::member_fields::MemberFields;
use super::member_inputs::MemberInputs;
use crate::api::use_api;
use crate::components::common::{
    DocumentFields, DocumentInputs, FormFrame, SelectField, Submit, SubmitButton, TextField,
    local_error,
};
use crate::format;
use crate::i18n;
use crate::i18n::{CommonText, MediationText, PlanText, text, tr};
use crate::state::use_lang;

/// Rows a new team starts with: the law asks for at least three mediators.
const FIRST_ROWS: usize = 3;

/// Sets up a team with its elected members and leader. The server checks
/// the law's composition rules; their messages show above the members.
#[component]
pub fn TeamForm(
    /// (unit id, name) of the ward's villages and the ward itself.
    #[prop(into)]
    units: Signal<Vec<(String, String)>>,
    on_created: Callback<Team>,
) -> impl IntoView {
    let api = use_api();
    let lang = use_lang();
    let unit = RwSignal::new(String::new());
    let name = RwSignal::new(String::new());
    let decision = DocumentInputs::new("QĐ", "UBND");
    let next_key = StoredValue::new(FIRST_ROWS);
    let rows = RwSignal::new((0..FIRST_ROWS).map(MemberInputs::new).collect::<Vec<_>>());
    let leader = RwSignal::new(None::<usize>);
    let form = Submit::new();
    let rule_errors = Signal::derive(move || {
        form.errors().with(|errors| {
            errors
                .iter()
                .filter(|error| error.field == "members")
                .map(|error| error.message.clone())
                .collect::<Vec<_>>()
        })
    });

    let add_row = move |_| {
        let key = next_key.get_value();
        next_key.set_value(key + 1);
        // Positions shift, so errors named by position no longer fit.
        rows.update(|rows| rows.push(MemberInputs::new(key)));
    };
    let remove_row = move |key: usize| {
        rows.update(|rows| rows.retain(|row| row.key != key));
        if leader.get_untracked() == Some(key) {
            leader.set(None);
        }
    };

    let submit = Callback::new(move |()| {
        let lang = lang.get_untracked();
        let mut found = Vec::new();
        let unit_id = unit.get_untracked().parse::<i64>().ok().map(UnitId);
        if unit_id.is_none() {
            found.push(local_error("unit_id", text(lang, PlanText::Required)));
        }
        let team_name = name.get_untracked().trim().to_owned();
        if team_name.is_empty() {
            found.push(local_error("name", text(lang, PlanText::Required)));
        }
        let founded_by = match decision.read() {
            Ok(doc) if doc.number.is_empty() => None,
            Ok(doc) => Some(doc),
            Err(()) => {
                found.push(local_error(
                    "founded_by",
                    text(lang, CommonText::DateInvalid),
                ));
                None
            }
        };
        let typed = rows.get_untracked();
        let mut members = Vec::new();
        for (index, row) in typed.iter().enumerate() {
            match row.read(lang, &format!("members[{index}]")) {
                Ok(member) => members.push(member),
                Err(problems) => found.extend(problems),
            }
        }
        let leader_index = leader
            .get_untracked()
            .and_then(|key| typed.iter().position(|row| row.key == key));
        let (Some(unit_id), true) = (unit_id, found.is_empty()) else {
            form.reject(found);
            return;
        };
        let input = TeamInput {
            unit_id,
            name: team_name,
            founded_by,
            members,
            leader: leader_index,
        };
        // The ethnic-minority rule needs the unit's place in the tree: the
        // server checks it; the other rules are checked here as there.
        let mut check = Checker::new();
        let input = input.check(&mut check, format::today(), false);
        if !form.passes(check, lang) {
            return;
        }
        form.send(async move { api.create_team(&input).await }, move |team| {
            name.set(String::new());
            decision.number.set(String::new());
            decision.issued_on.set(String::new());
            next_key.set_value(FIRST_ROWS);
            rows.set((0..FIRST_ROWS).map(MemberInputs::new).collect());
            leader.set(None);
            on_created.run(team);
        });
    });

    let member_rows = move || {
        let many = rows.with(Vec::len) > 1;
        rows.get()
            .into_iter()
            .enumerate()
            .map(|(index, row)| {
                let key = row.key;
                let radio_id = format!("member-{index}-leader");
                view! {
                    <fieldset class="field-wide member-row" data-test="member-row">
                        <legend>{move || i18n::member_no(lang.get(), index)}</legend>
                        <div class="form form-grid">
                            <MemberFields prefix=format!("member-{index}") field=format!("members[{index}]") inputs=row form=form />
                        </div>
                        <div class="member-row-actions">
                            <div class="field-check">
                                <input
                                    id=radio_id.clone()
                                    type="radio"
                                    name="team-leader"
                                    checked=move || leader.get() == Some(key)
                                    on:change=move |_| leader.set(Some(key))
                                />
                                <label for=radio_id>{tr(MediationText::ChooseLeader)}</label>
                            </div>
                            {many.then(|| view! {
                                <button
                                    id=format!("member-{index}-remove")
                                    type="button"
                                    class="button button-small"
                                    on:click=move |_| remove_row(key)
                                >
                                    {tr(PlanText::Remove)}
                                </button>
                            })}
                        </div>
                    </fieldset>
                }
            })
            .collect_view()
    };

    view! {
        <FormFrame form=form id="team-form-title" title=MediationText::CreateTeam class="form form-grid" on_submit=submit>
            <SelectField id="new-team-unit" label=MediationText::TeamUnit value=unit options=units empty=CommonText::ChooseUnit required=true error=form.field("unit_id") />
            <TextField id="new-team-name" label=MediationText::TeamName value=name required=true error=form.field("name") />
            <fieldset class="field-wide">
                <legend>{tr(MediationText::FoundingDecision)}</legend>
                <div class="form form-grid">
                    <DocumentFields
                        ids=["team-decision-number", "team-decision-type", "team-decision-issuer", "team-decision-date"]
                        inputs=decision
                        date_error=form.field("founded_by")
                    />
                </div>
            </fieldset>
            <h3 class="form-note">{tr(MediationText::Members)}</h3>
            <p class="field-hint form-note">{tr(MediationText::MembersHint)}</p>
            {move || {
                let messages = rule_errors.get();
                (!messages.is_empty()).then(|| view! {
                    <div class="banner banner-error" role="alert" data-test="team-rules">
                        {messages.into_iter().map(|message| view! { <p class="banner-title">{message}</p> }).collect_view()}
                    </div>
                })
            }}
            {member_rows}
            <div class="form-actions">
                <button id="add-member-row" type="button" class="button" on:click=add_row>
                    {tr(MediationText::AddMemberRow)}
                </button>
            </div>
            {move || form.field("leader").get().map(|m| view! { <p class="field-error form-note">{m}</p> })}
            <SubmitButton id="create-team" label=MediationText::CreateTeam form=form />
        </FormFrame>
    }
}
