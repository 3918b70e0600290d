//! Search across the legal library, questions and training courses.

use serde::{Deserialize, Serialize};

/// A piece of a title or excerpt; `hit` when it matched the query.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Span {
    pub text: String,
    pub hit: bool,
}

string_enum! {
    /// What a search hit is.
    pub enum HitKind {
        LibraryItem => "library_item",
        Question => "question",
        Course => "course",
    }
}

/// One record found, its title and an excerpt marked where they matched.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SearchHit {
    pub kind: HitKind,
    pub id: i64,
    pub title: Vec<Span>,
    pub excerpt: Vec<Span>,
    /// Higher is better; hits come best first.
    pub rank: f32,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[serde(deny_unknown_fields)]
pub struct SearchQuery {
    /// Words to find, with or without accents ("hoa giai" finds "hòa
    /// giải").
    #[cfg_attr(feature = "openapi", param(min_length = 1, max_length = 200))]
    pub q: String,
    /// At most this many hits (default 20, at most 50).
    #[cfg_attr(feature = "openapi", param(minimum = 1, maximum = 50))]
    pub limit: Option<i64>,
}
