//! The root: global context, the start-up session check, and the routes.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::{ParentRoute, Route, Router, Routes};
use leptos_router::path;

use crate::api::Api;
use crate::components::layout::Shell;
use crate::pages::{
    AdminClientsPage, AdminUsersPage, AuditLogPage, BudgetLinePage, CaseDetailPage, CasesPage,
    CommendationsPage, CourseDetailPage, CoursesPage, DashboardPage, FinalReviewPage, LibraryPage,
    LoginPage, MaterialDetailPage, MaterialsPage, MediatorDetailPage, MediatorsPage, NewCasePage,
    NotFoundPage, PayPage, PilotsPage, PlanDetailPage, PlansPage, QuestionDetailPage,
    QuestionsPage, ReportDetailPage, ReportsPage, SupervisionDetailPage, SupervisionsPage,
    SupportPage, TaskDetailPage, TeamDetailPage, TeamImportPage, TeamsPage, UnitDetailPage,
    UnitsPage,
};
use crate::state::{AppState, Session, set_document_lang};

/// Whether `path` is one of the app's pages behind sign-in (the routes
/// below), for the sign-in program, which leaves any other address to
/// the app's "not found". Keep in step with the routes.
pub fn is_app_path(path: &str) -> bool {
    const AREAS: &[&str] = &[
        "units",
        "plans",
        "tasks",
        "pilots",
        "commendations",
        "teams",
        "mediators",
        "courses",
        "materials",
        "library",
        "cases",
        "questions",
        "supervisions",
        "budget-lines",
        "support",
        "pay",
        "reports",
        "admin",
        "audit",
    ];
    let first = path.trim_start_matches('/').split('/').next().unwrap_or("");
    first.is_empty() || AREAS.contains(&first)
}

#[component]
pub fn App() -> impl IntoView {
    let state = AppState::new();
    provide_context(state);

    Effect::new(move |_| set_document_lang(state.lang.get()));

    // Ask the server who is signed in; the cookies decide.
    let api = Api::new(state);
    spawn_local(async move {
        let session = match api.me().await {
            Ok(me) => Session::SignedIn(me),
            Err(_) => Session::SignedOut,
        };
        state.session.set(session);
    });

    view! {
        <Router>
            <Routes fallback=NotFoundPage>
                <Route path=path!("/login") view=LoginPage />
                <ParentRoute path=path!("") view=Shell>
                    <Route path=path!("") view=DashboardPage />
                    <Route path=path!("/units") view=UnitsPage />
                    <Route path=path!("/units/:id") view=UnitDetailPage />
                    <Route path=path!("/plans") view=PlansPage />
                    <Route path=path!("/plans/:id") view=PlanDetailPage />
                    <Route path=path!("/tasks/:id") view=TaskDetailPage />
                    <Route path=path!("/pilots") view=PilotsPage />
                    <Route path=path!("/commendations") view=CommendationsPage />
                    <Route path=path!("/teams") view=TeamsPage />
                    <Route path=path!("/teams/import") view=TeamImportPage />
                    <Route path=path!("/teams/:id") view=TeamDetailPage />
                    <Route path=path!("/mediators") view=MediatorsPage />
                    <Route path=path!("/mediators/:id") view=MediatorDetailPage />
                    <Route path=path!("/courses") view=CoursesPage />
                    <Route path=path!("/courses/:id") view=CourseDetailPage />
                    <Route path=path!("/materials") view=MaterialsPage />
                    <Route path=path!("/materials/:id") view=MaterialDetailPage />
                    <Route path=path!("/library") view=LibraryPage />
                    <Route path=path!("/cases") view=CasesPage />
                    <Route path=path!("/cases/new") view=NewCasePage />
                    <Route path=path!("/cases/:id") view=CaseDetailPage />
                    <Route path=path!("/questions") view=QuestionsPage />
                    <Route path=path!("/questions/:id") view=QuestionDetailPage />
                    <Route path=path!("/supervisions") view=SupervisionsPage />
                    <Route path=path!("/supervisions/:id") view=SupervisionDetailPage />
                    <Route path=path!("/support") view=SupportPage />
                    <Route path=path!("/plans/:id/review") view=FinalReviewPage />
                    <Route path=path!("/budget-lines/:id") view=BudgetLinePage />
                    <Route path=path!("/pay") view=PayPage />
                    <Route path=path!("/reports") view=ReportsPage />
                    <Route path=path!("/reports/:id") view=ReportDetailPage />
                    <Route path=path!("/admin/users") view=AdminUsersPage />
                    <Route path=path!("/admin/clients") view=AdminClientsPage />
                    <Route path=path!("/audit") view=AuditLogPage />
                </ParentRoute>
            </Routes>
        </Router>
    }
}
