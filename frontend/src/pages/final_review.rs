use hgcs_domain::api::reviews::{FinalReview, FinalReviewInput, TaskAssessment};
use hgcs_domain::text::thousands;
use hgcs_domain::{Lang, PlanId, TaskId};
use leptos::prelude::*;
use leptos_router::components::A;

use crate::api::{review_docx_url, use_api};
use crate::components::common::{
    Announced, Announcement, FormFrame, Loaded, Submit, SubmitButton, TextArea, use_detail,
};
use crate::format;
use crate::i18n::{CommonText, ReviewText, tr};
use crate::state::use_lang;

/// A plan's final review: the registers' figures, each task with its
/// result, the commendations, and the texts its keeper writes.
#[component]
pub fn FinalReviewPage() -> impl IntoView {
    let api = use_api();
    let review = use_detail(move |id: PlanId| async move { api.final_review(id).await });
    let notice = Announcement::new();
    let saved = notice.and_reload(ReviewText::Saved, review);
    view! {
        <Announced notice=notice />
        <Loaded resource=review let:review>
            <ReviewView review=review saved=saved />
        </Loaded>
    }
}

fn by_lang(lang: Lang, vi: &str, en: &str) -> String {
    match lang {
        Lang::Vi => vi.to_owned(),
        Lang::En => en.to_owned(),
    }
}

#[component]
fn ReviewView(review: FinalReview, saved: Callback<FinalReview>) -> impl IntoView {
    let api = use_api();
    let lang = use_lang();
    let plan = review.plan_id;
    let edit = review.can_edit;
    let version = review.version;
    let summary = RwSignal::new(review.summary.clone());
    let lessons = RwSignal::new(review.lessons.clone());
    let proposals = RwSignal::new(review.proposals.clone());
    let assessed: Vec<(TaskId, RwSignal<String>)> = review
        .tasks
        .iter()
        .map(|t| (t.task.task_id, RwSignal::new(t.assessment.clone())))
        .collect();
    let tasks = review
        .tasks
        .into_iter()
        .zip(assessed.clone())
        .map(|(t, (_, text))| {
            let status = t.task.status;
            let files = t.task.evidence.len();
            let result = if edit {
                view! { <textarea class="cell-input" rows="3" aria-label=tr(ReviewText::Result) data-test="task-result" bind:value=text></textarea> }.into_any()
            } else {
                view! { <span>{move || text.get()}</span> }.into_any()
            };
            view! {
                <tr data-test="review-task">
                    <td>{t.task.code}</td>
                    <td>{t.task.title}</td>
                    <td>{move || format!("{} ({} %)", status.label(lang.get()), t.task.progress)}</td>
                    <td class="num">{files}</td>
                    <td>{result}</td>
                </tr>
            }
        })
        .collect_view();
    let lines = review
        .lines
        .into_iter()
        .map(|line| {
            let label = move || by_lang(lang.get(), &line.label_vi, &line.label_en);
            view! { <tr><td>{line.code.clone()}</td><td>{label}</td><td class="num">{line.actual.map(thousands)}</td></tr> }
        })
        .collect_view();
    let commendations = if review.commendations.is_empty() {
        view! { <p>{tr(ReviewText::NoCommendations)}</p> }.into_any()
    } else {
        let items = review
            .commendations
            .into_iter()
            .map(|c| view! { <li>{format!("{} – {} ({})", c.year, c.nominee_name, c.unit.name)}</li> })
            .collect_view();
        view! { <ul>{items}</ul> }.into_any()
    };
    let form = Submit::new();
    let submit = Callback::new(move |()| {
        let input = FinalReviewInput {
            summary: summary.get_untracked(),
            lessons: lessons.get_untracked(),
            proposals: proposals.get_untracked(),
            tasks: assessed
                .iter()
                .map(|(id, text)| TaskAssessment {
                    task_id: *id,
                    assessment: text.get_untracked(),
                })
                .collect(),
        };
        let Some(input) = form.valid(input.validate(), lang.get_untracked()) else {
            return;
        };
        form.send(
            async move { api.save_final_review(plan, version, &input).await },
            move |r| saved.run(r),
        );
    });
    let texts = if edit {
        view! {
            <FormFrame form=form id="review-form-title" title=ReviewText::Save on_submit=submit>
                <TextArea id="review-summary" label=ReviewText::Summary value=summary rows=6 error=form.field("summary") />
                <TextArea id="review-lessons" label=ReviewText::Lessons value=lessons rows=4 error=form.field("lessons") />
                <TextArea id="review-proposals" label=ReviewText::Proposals value=proposals rows=4 error=form.field("proposals") />
                <SubmitButton id="save-review" label=ReviewText::Save form=form />
            </FormFrame>
        }
        .into_any()
    } else {
        let block = |title: ReviewText, text: String| {
            view! {
                <section class="card">
                    <h2>{tr(title)}</h2>
                    {if text.is_empty() { tr(ReviewText::NotWritten).into_any() } else { view! { <p class="pre-line">{text}</p> }.into_any() }}
                </section>
            }
        };
        view! {
            {block(ReviewText::Summary, review.summary)}
            {block(ReviewText::Lessons, review.lessons)}
            {block(ReviewText::Proposals, review.proposals)}
        }
        .into_any()
    };
    let number = review.plan_number.clone();
    view! {
        <nav class="breadcrumb" aria-label=tr(CommonText::Breadcrumb)>
            <ol><li><A href=format!("/plans/{plan}")>{number}</A></li></ol>
        </nav>
        <h1 data-test="review-title">{tr(ReviewText::Title)}{format!(" {}", review.plan_number)}</h1>
        <section class="card">
            <p>{review.plan_title}</p>
            <p class="muted">{tr(ReviewText::Intro)}</p>
            <dl class="facts">
                <dt>{tr(ReviewText::FiguresUntil)}</dt>
                <dd>{format::date(review.figures_until)}</dd>
            </dl>
            <p><a class="button" href=review_docx_url(plan) download data-test="review-docx">{tr(ReviewText::Download)}</a></p>
        </section>
        <section class="card" aria-labelledby="review-tasks">
            <h2 id="review-tasks">{tr(ReviewText::Tasks)}</h2>
            <div class="table-wrap">
                <table class="table">
                    <thead><tr>
                        <th scope="col">{tr(ReviewText::Code)}</th>
                        <th scope="col">{tr(ReviewText::Task)}</th>
                        <th scope="col">{tr(CommonText::Status)}</th>
                        <th scope="col">{tr(ReviewText::Evidence)}</th>
                        <th scope="col">{tr(ReviewText::Result)}</th>
                    </tr></thead>
                    <tbody>{tasks}</tbody>
                </table>
            </div>
        </section>
        <section class="card" aria-labelledby="review-figures">
            <h2 id="review-figures">{tr(ReviewText::Figures)}</h2>
            <div class="table-wrap"><table class="table" data-test="review-figures"><tbody>{lines}</tbody></table></div>
        </section>
        <section class="card">
            <h2>{tr(ReviewText::Commendations)}</h2>
            {commendations}
        </section>
        {texts}
    }
}
