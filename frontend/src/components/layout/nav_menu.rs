use hgcs_domain::Role;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::{Med, Msg, Pl, Rec, tr};

/// The sections this role may open. The server enforces the same rules;
/// hiding links only spares people pages they cannot use.
#[component]
pub fn NavMenu(role: Role) -> impl IntoView {
    let admin = role == Role::Admin;
    let pay = matches!(
        role,
        Role::WardOfficial | Role::TeamLeader | Role::CityJustice
    );
    view! {
        <nav class="side-nav" aria-label=tr(Msg::MainMenu)>
            <ul>
                <li>
                    <A href="/" exact=true attr:data-test="nav-dashboard">
                        {tr(Msg::NavDashboard)}
                    </A>
                </li>
                <li>
                    <A href="/units" attr:data-test="nav-units">
                        {tr(Msg::NavUnits)}
                    </A>
                </li>
                <li>
                    <A href="/plans" attr:data-test="nav-plans">
                        {tr(Pl::NavPlans)}
                    </A>
                </li>
                <li>
                    <A href="/pilots" attr:data-test="nav-pilots">
                        {tr(Pl::NavPilots)}
                    </A>
                </li>
                <li>
                    <A href="/commendations" attr:data-test="nav-commendations">
                        {tr(Pl::NavCommendations)}
                    </A>
                </li>
                <Show when=move || !admin>
                    <li>
                        <A href="/teams" attr:data-test="nav-teams">
                            {tr(Med::NavTeams)}
                        </A>
                    </li>
                    <li>
                        <A href="/cases" attr:data-test="nav-cases">
                            {tr(Med::NavCases)}
                        </A>
                    </li>
                    <li>
                        <A href="/questions" attr:data-test="nav-questions">
                            {tr(Rec::NavQuestions)}
                        </A>
                    </li>
                </Show>
                <Show when=move || pay>
                    <li>
                        <A href="/pay" attr:data-test="nav-pay">
                            {tr(Rec::NavPay)}
                        </A>
                    </li>
                </Show>
                <Show when=move || admin>
                    <li>
                        <A href="/admin/users" attr:data-test="nav-users">
                            {tr(Msg::NavUsers)}
                        </A>
                    </li>
                    <li>
                        <A href="/admin/audit" attr:data-test="nav-audit">
                            {tr(Msg::NavAudit)}
                        </A>
                    </li>
                </Show>
            </ul>
        </nav>
    }
}
