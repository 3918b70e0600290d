use hgcs_domain::Role;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::{
    ClientText, CommonText, LibraryText, MaterialText, MediationText, PlanText, RecordText,
    RegisterText, ReportText, SupervisionText, TrainingText, tr,
};

/// The sections this role may open. The server enforces the same rules;
/// hiding links only spares people pages they cannot use.
#[component]
pub fn NavMenu(role: Role) -> impl IntoView {
    let admin = role == Role::Admin;
    let pay = matches!(
        role,
        Role::WardOfficial | Role::TeamLeader | Role::CityJustice
    );
    let audit = matches!(role, Role::Admin | Role::CityJustice | Role::WardOfficial);
    let support = matches!(
        role,
        Role::Admin | Role::LegalPartner | Role::CityJustice | Role::WardOfficial
    );
    let supervision = matches!(
        role,
        Role::Admin | Role::FrontPartner | Role::CityJustice | Role::WardOfficial
    );
    view! {
        <nav class="side-nav" aria-label=tr(CommonText::MainMenu)>
            <ul>
                <li>
                    <A href="/" exact=true attr:data-test="nav-dashboard">
                        {tr(CommonText::NavDashboard)}
                    </A>
                </li>
                <li>
                    <A href="/units" attr:data-test="nav-units">
                        {tr(CommonText::NavUnits)}
                    </A>
                </li>
                <li>
                    <A href="/plans" attr:data-test="nav-plans">
                        {tr(PlanText::NavPlans)}
                    </A>
                </li>
                <li>
                    <A href="/pilots" attr:data-test="nav-pilots">
                        {tr(PlanText::NavPilots)}
                    </A>
                </li>
                <li>
                    <A href="/commendations" attr:data-test="nav-commendations">
                        {tr(PlanText::NavCommendations)}
                    </A>
                </li>
                <Show when=move || !admin>
                    <li>
                        <A href="/teams" attr:data-test="nav-teams">
                            {tr(MediationText::NavTeams)}
                        </A>
                    </li>
                    <li>
                        <A href="/mediators" attr:data-test="nav-mediators">
                            {tr(RegisterText::NavMediators)}
                        </A>
                    </li>
                    <li>
                        <A href="/courses" attr:data-test="nav-courses">
                            {tr(TrainingText::NavCourses)}
                        </A>
                    </li>
                    <li>
                        <A href="/materials" attr:data-test="nav-materials">
                            {tr(MaterialText::NavMaterials)}
                        </A>
                    </li>
                    <li>
                        <A href="/library" attr:data-test="nav-library">
                            {tr(LibraryText::NavLibrary)}
                        </A>
                    </li>
                    <li>
                        <A href="/cases" attr:data-test="nav-cases">
                            {tr(MediationText::NavCases)}
                        </A>
                    </li>
                    <li>
                        <A href="/questions" attr:data-test="nav-questions">
                            {tr(RecordText::NavQuestions)}
                        </A>
                    </li>
                    <li>
                        <A href="/reports" attr:data-test="nav-reports">
                            {tr(ReportText::NavReports)}
                        </A>
                    </li>
                </Show>
                <Show when=move || supervision>
                    <li>
                        <A href="/supervisions" attr:data-test="nav-supervisions">
                            {tr(SupervisionText::NavSupervision)}
                        </A>
                    </li>
                </Show>
                <Show when=move || support>
                    <li>
                        <A href="/support" attr:data-test="nav-support">
                            {tr(SupervisionText::NavSupport)}
                        </A>
                    </li>
                </Show>
                <Show when=move || pay>
                    <li>
                        <A href="/pay" attr:data-test="nav-pay">
                            {tr(RecordText::NavPay)}
                        </A>
                    </li>
                </Show>
                <Show when=move || admin>
                    <li>
                        <A href="/admin/users" attr:data-test="nav-users">
                            {tr(CommonText::NavUsers)}
                        </A>
                    </li>
                    <li>
                        <A href="/admin/clients" attr:data-test="nav-clients">
                            {tr(ClientText::NavClients)}
                        </A>
                    </li>
                </Show>
                <Show when=move || audit>
                    <li>
                        <A href="/audit" attr:data-test="nav-audit">
                            {tr(CommonText::NavAudit)}
                        </A>
                    </li>
                </Show>
            </ul>
        </nav>
    }
}
