use hgcs_domain::mediation::{Education, ElectionMethod, Sex};
use leptos::prelude::*;

use super::member_inputs::MemberInputs;
use crate::components::common::{DateField, SelectField, Submit, TextField};
use crate::i18n;
use crate::i18n::{MediationText, PlanText};
use crate::state::use_lang;

/// One mediator's fields: who they are and how they were elected. Input
/// ids start with `prefix` (`member-0-name`); errors are looked up under
/// `field` as the server names them (`members[0].full_name`).
#[component]
pub fn MemberFields(
    #[prop(into)] prefix: String,
    #[prop(into)] field: String,
    inputs: MemberInputs,
    form: Submit,
) -> impl IntoView {
    let lang = use_lang();
    let sexes = Signal::derive(move || i18n::choices(lang.get(), Sex::ALL, Sex::as_str, i18n::sex));
    let educations = Signal::derive(move || {
        i18n::choices(
            lang.get(),
            Education::ALL,
            Education::as_str,
            i18n::education,
        )
    });
    let methods = Signal::derive(move || {
        i18n::choices(
            lang.get(),
            ElectionMethod::ALL,
            ElectionMethod::as_str,
            i18n::election_method,
        )
    });
    let id = |name: &str| format!("{prefix}-{name}");
    let error = |name: &str| form.field(format!("{field}.{name}"));
    let date_error = error("elected.on");
    view! {
        <TextField id=id("name") label=MediationText::FullName value=inputs.name required=true error=error("full_name") />
        <SelectField id=id("sex") label=MediationText::Sex value=inputs.sex options=sexes empty=PlanText::Choose required=true error=error("sex") />
        <TextField id=id("birth-year") label=MediationText::BirthYear value=inputs.birth_year input_type="number" required=true error=error("birth_year") />
        <TextField id=id("ethnicity") label=MediationText::Ethnicity value=inputs.ethnicity error=error("ethnicity") />
        <SelectField id=id("education") label=MediationText::Education value=inputs.education options=educations error=error("education") />
        <TextField id=id("occupation") label=MediationText::Occupation value=inputs.occupation error=error("occupation") />
        <TextField id=id("phone") label=MediationText::Phone value=inputs.phone input_type="tel" error=error("phone") />
        <div class="field">
            <DateField id=id("elected-on") label=MediationText::ElectedOn value=inputs.elected_on />
            {move || date_error.get().map(|message| view! { <p class="field-error">{message}</p> })}
        </div>
        <SelectField id=id("method") label=MediationText::Method value=inputs.method options=methods error=error("elected.method") />
        <TextField id=id("percent") label=MediationText::Percent value=inputs.percent input_type="text" error=error("elected.percent") />
    }
}
