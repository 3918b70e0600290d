use hgcs_domain::api::auth::Me;
use hgcs_domain::api::trainings::Course;
use hgcs_domain::{CourseId, SessionId};
use leptos::prelude::*;

use crate::api::use_api;
use crate::components::common::{Announced, Announcement, Loaded, use_detail};
use crate::components::trainings::{
    AttendanceForm, CertificatesPanel, InviteAll, InviteSome, InviteeTable, SessionsTable,
};
use crate::format;
use crate::i18n::{TrainingText, duration, tr};
use crate::state::{use_app, use_lang};

#[component]
pub fn CourseDetailPage() -> impl IntoView {
    let api = use_api();
    let app = use_app();
    let course = use_detail(move |id: CourseId| async move { api.course(id).await });
    view! {
        <Loaded resource=course let:found>
            {app.session.with(|s| s.user().cloned()).map(|me| view! {
                <CourseView course=found.clone() me=me reload=Callback::new(move |()| course.refetch()) />
            })}
        </Loaded>
    }
}

/// The course: what, when, where; its sessions; who is invited and for how
/// long they were present; attendance for the organisers and the
/// session's trainers; the certificates.
#[component]
fn CourseView(course: Course, me: Me, reload: Callback<()>) -> impl IntoView {
    let api = use_api();
    let lang = use_lang();
    let notice = Announcement::new();
    let id = course.id;
    let manage = course.manage;
    let for_invite = course.clone();
    let chosen: RwSignal<Option<SessionId>> = RwSignal::new(None);
    let invitees = LocalResource::new(move || async move { api.invitees(id).await });
    let me_id = me.id;
    let trains = course
        .sessions
        .iter()
        .any(|s| s.trainers.iter().any(|t| t.user_id == Some(me_id)));
    let takes_attendance = course.manage || trains;
    let ended = course.ends_on <= format::today();
    let min_minutes = i64::from(course.min_minutes);
    let audience: Vec<String> = course.audience.iter().map(|u| u.name.clone()).collect();
    let on_invited = Callback::new(move |_| {
        notice.say(TrainingText::InvitedDone);
        invitees.refetch();
        reload.run(());
    });
    let on_saved = Callback::new(move |_| {
        notice.say(TrainingText::AttendanceSaved);
        chosen.set(None);
        invitees.refetch();
        reload.run(());
    });
    let sessions = course.sessions.clone();
    let version = course.version;
    let attendance = move || {
        let session = chosen
            .get()
            .and_then(|wanted| sessions.iter().find(|s| s.id == wanted).cloned())?;
        let list = invitees.get().and_then(Result::ok)?;
        Some(view! {
            <AttendanceForm course=id version=version session=session invitees=list on_saved=on_saved />
        })
    };
    view! {
        <h1>{course.title.clone()}</h1>
        <Announced notice=notice />
        <section class="card" aria-labelledby="course-facts">
            <h2 id="course-facts" class="visually-hidden">{tr(TrainingText::CourseTitle)}</h2>
            <dl class="facts">
                <dt>{tr(TrainingText::Organiser)}</dt>
                <dd>{course.organiser.map(|o| o.name).unwrap_or(course.unit.name)}</dd>
                <dt>{tr(TrainingText::Days)}</dt>
                <dd>{format::period(course.starts_on, course.ends_on)}</dd>
                <dt>{tr(TrainingText::Venue)}</dt>
                <dd>{course.venue}</dd>
                <dt>{tr(TrainingText::Audience)}</dt>
                <dd>{audience.join(", ")}</dd>
                <dt>{tr(TrainingText::MinHours)}</dt>
                <dd>{move || duration(lang.get(), min_minutes)}</dd>
                {course.capacity.map(|places| view! {
                    <dt>{tr(TrainingText::Places)}</dt>
                    <dd data-test="course-capacity">{format!("{}/{places}", course.invited)}</dd>
                })}
            </dl>
        </section>
        <section class="card" aria-labelledby="course-sessions">
            <h2 id="course-sessions">{tr(TrainingText::Sessions)}</h2>
            <SessionsTable sessions=course.sessions chosen=chosen takes_attendance=takes_attendance />
        </section>
        {attendance}
        <section class="card" aria-labelledby="course-invitees">
            <h2 id="course-invitees">{tr(TrainingText::Invitees)}</h2>
            {manage.then(|| view! {
                <InviteAll course=for_invite.clone() on_done=on_invited />
                <InviteSome course=for_invite.clone() on_done=on_invited />
            })}
            <Loaded resource=invitees let:list>
                <InviteeTable invitees=list />
            </Loaded>
        </section>
        <CertificatesPanel course=id issues=manage && ended />
    }
}
