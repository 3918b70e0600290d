use hgcs_domain::ReportId;
use hgcs_domain::api::reports::{Report, ReviewInput};
use leptos::prelude::*;

use crate::api::use_api;
use crate::components::common::{FormFrame, Submit, TextArea, local_error};
use crate::i18n::{ReportText, text, tr};
use crate::state::use_lang;

/// The unit above accepts the submitted report or returns it with a
/// comment (required to return), as the reviewer saw it: a submission
/// that came after the page was loaded answers 412.
#[component]
pub fn ReviewForm(id: ReportId, version: i32, on_done: Callback<(Report, bool)>) -> impl IntoView {
    let api = use_api();
    let lang = use_lang();
    let comment = RwSignal::new(String::new());
    let form = Submit::new();
    let send = move |accepted: bool| {
        let input = ReviewInput {
            accepted,
            comment: comment.get_untracked().trim().to_owned(),
        };
        if !accepted && input.comment.is_empty() {
            let message = text(lang.get_untracked(), ReportText::ReviewComment);
            form.reject(vec![local_error("comment", message)]);
            return;
        }
        form.send(
            async move { api.review_report(id, version, &input).await },
            move |report| on_done.run((report, accepted)),
        );
    };
    view! {
        <FormFrame form=form id="review-title" title=ReportText::Review on_submit=Callback::new(move |()| send(true))>
            <TextArea id="review-comment" label=ReportText::ReviewComment value=comment rows=3 error=form.field("comment") />
            <div class="actions">
                <button id="accept-report" type="submit" class="button button-primary" disabled=form.pending()>
                    {tr(ReportText::Accept)}
                </button>
                <button id="return-report" type="button" class="button" disabled=form.pending() on:click=move |_| send(false)>
                    {tr(ReportText::Return)}
                </button>
            </div>
        </FormFrame>
    }
}
