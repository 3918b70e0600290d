//! Search hits of every kind, best first, marked where they match.

use hgcs_domain::api::search::{HitKind, SearchHit};
use hgcs_domain::search::{excerpt, highlight};

use crate::models::Found;
use crate::models::library::RankedItem;

/// Words of an excerpt.
const EXCERPT_WORDS: usize = 30;

fn hit(kind: HitKind, id: i64, title: &str, body: &str, rank: f32, terms: &[String]) -> SearchHit {
    SearchHit {
        kind,
        id,
        title: highlight(title, terms),
        excerpt: excerpt(body, terms, EXCERPT_WORDS),
        rank,
    }
}

/// The best `limit` of the three lists, each already best first.
pub fn hits(
    library: &[RankedItem],
    questions: &[Found],
    courses: &[Found],
    terms: &[String],
    limit: usize,
) -> Vec<SearchHit> {
    let found = |kind: HitKind, list: &[Found]| -> Vec<SearchHit> {
        list.iter()
            .map(|f| hit(kind, f.id, &f.title, &f.body, f.rank, terms))
            .collect()
    };
    let mut all: Vec<SearchHit> = library
        .iter()
        .map(|r| {
            let item = &r.item;
            hit(
                HitKind::LibraryItem,
                item.id,
                &item.title,
                &item.summary,
                r.rank,
                terms,
            )
        })
        .chain(found(HitKind::Question, questions))
        .chain(found(HitKind::Course, courses))
        .collect();
    all.sort_by(|a, b| b.rank.total_cmp(&a.rank));
    all.truncate(limit);
    all
}
