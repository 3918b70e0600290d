use hgcs_domain::api::mediators::{EthnicityGroup, MediatorQuery};
use hgcs_domain::mediation::{Education, Sex};
use leptos::prelude::*;

use crate::components::common::SelectField;
use crate::i18n::{
    CommonText, MediationText, RecordText, RegisterText, choices, education, sex, text, tr,
};
use crate::state::use_lang;

/// The register's filters: words of the name (accents optional), sex,
/// ethnicity, education, serving or left, trained this year or not. Starts from `initial` (a
/// report's figure opens the list with its filters).
#[component]
pub fn RegisterFilters(
    initial: MediatorQuery,
    on_search: Callback<MediatorQuery>,
) -> impl IntoView {
    let lang = use_lang();
    let unit_id = initial.unit_id;
    let words = RwSignal::new(initial.q.clone().unwrap_or_default());
    let chosen_sex = RwSignal::new(
        initial
            .sex
            .map(|s| s.as_str().to_owned())
            .unwrap_or_default(),
    );
    let ethnicity = RwSignal::new(
        initial
            .ethnicity
            .map(|e| e.as_str().to_owned())
            .unwrap_or_default(),
    );
    let schooling = RwSignal::new(
        initial
            .education
            .map(|e| e.as_str().to_owned())
            .unwrap_or_default(),
    );
    let serving = RwSignal::new(String::new());
    let trained = RwSignal::new(String::new());
    let trainings = Signal::derive(move || {
        let lang = lang.get();
        vec![
            (
                "true".to_owned(),
                text(lang, RegisterText::Trained).to_owned(),
            ),
            (
                "false".to_owned(),
                text(lang, RegisterText::NotTrained).to_owned(),
            ),
        ]
    });
    let sexes = Signal::derive(move || choices(lang.get(), Sex::ALL, Sex::as_str, sex));
    let educations =
        Signal::derive(move || choices(lang.get(), Education::ALL, Education::as_str, education));
    let ethnicities = Signal::derive(move || {
        let lang = lang.get();
        vec![
            ("kinh".to_owned(), text(lang, RegisterText::Kinh).to_owned()),
            (
                "minority".to_owned(),
                text(lang, RegisterText::Minority).to_owned(),
            ),
        ]
    });
    let standings = Signal::derive(move || {
        vec![(
            "false".to_owned(),
            text(lang.get(), RegisterText::HaveLeft).to_owned(),
        )]
    });
    let search = move || {
        let q = words.get_untracked().trim().to_owned();
        on_search.run(MediatorQuery {
            unit_id,
            q: (!q.is_empty()).then_some(q),
            sex: Sex::parse(&chosen_sex.get_untracked()),
            ethnicity: EthnicityGroup::parse(&ethnicity.get_untracked()),
            education: Education::parse(&schooling.get_untracked()),
            serving: (serving.get_untracked() == "false").then_some(false),
            trained: trained.get_untracked().parse().ok(),
            ..MediatorQuery::default()
        });
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        search();
    };
    let clear = move |_| {
        for field in [words, chosen_sex, ethnicity, schooling, serving, trained] {
            field.set(String::new());
        }
        search();
    };
    view! {
        <form class="filters" role="search" on:submit=submit>
            <div class="field">
                <label for="mediator-search">{tr(RegisterText::SearchNames)}</label>
                <input
                    id="mediator-search"
                    name="q"
                    type="search"
                    autocomplete="off"
                    aria-describedby="mediator-search-hint"
                    bind:value=words
                />
                <p class="field-hint" id="mediator-search-hint">{tr(RecordText::AccentsIgnored)}</p>
            </div>
            <SelectField id="mediator-sex" label=MediationText::Sex value=chosen_sex options=sexes empty=RegisterText::AllSexes />
            <SelectField id="mediator-ethnicity" label=MediationText::Ethnicity value=ethnicity options=ethnicities empty=RegisterText::AllEthnicities />
            <SelectField id="mediator-education" label=MediationText::Education value=schooling options=educations empty=RegisterText::AllEducation />
            <SelectField id="mediator-serving" label=RegisterText::Serving value=serving options=standings empty=RegisterText::ServingNow />
            <SelectField id="mediator-trained" label=RegisterText::TrainedThisYear value=trained options=trainings empty=RegisterText::AnyTraining />
            <div class="filter-actions">
                <button id="search-mediators" type="submit" class="button button-primary">{tr(CommonText::Search)}</button>
                <button type="button" class="button" on:click=clear>{tr(CommonText::Clear)}</button>
            </div>
        </form>
    }
}
