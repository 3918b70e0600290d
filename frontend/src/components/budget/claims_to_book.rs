use hgcs_domain::BudgetLineId;
use hgcs_domain::api::budget::{BookClaimsInput, BudgetLineDetail, PaidClaim};
use hgcs_domain::text::thousands;
use leptos::prelude::*;

use super::spending_table::ClaimNote;
use crate::api::use_api;
use crate::components::common::{FormFrame, Submit, SubmitButton};
use crate::i18n::{BudgetText, tr};

/// The paid pay claims of the plan's units and period booked nowhere yet,
/// booked as spending of this line in one action.
#[component]
pub fn ClaimsToBook(
    line: BudgetLineId,
    claims: Vec<PaidClaim>,
    done: Callback<BudgetLineDetail>,
) -> impl IntoView {
    let api = use_api();
    let form = Submit::new();
    let ids: Vec<i64> = claims.iter().map(|c| c.id).collect();
    let submit = Callback::new(move |()| {
        let input = BookClaimsInput {
            claim_ids: ids.clone(),
        };
        form.send(
            async move { api.book_claims(line, &input).await },
            move |detail| done.run(detail),
        );
    });
    let rows = claims
        .into_iter()
        .map(|claim| {
            let amount = thousands(claim.amount_vnd);
            view! {
                <li data-test="claim-to-book">
                    <ClaimNote claim=claim />
                    ": " {amount} " đ"
                </li>
            }
        })
        .collect_view();
    view! {
        <FormFrame form=form id="claims-title" title=BudgetText::ClaimsToBook on_submit=submit>
            <p class="field-wide muted">{tr(BudgetText::ClaimsIntro)}</p>
            <ul class="field-wide links">{rows}</ul>
            {move || form.field("claim_ids").get().map(|m| view! { <p class="field-error field-wide">{m}</p> })}
            <SubmitButton id="book-claims" label=BudgetText::BookClaims form=form />
        </FormFrame>
    }
}
