//! The legal library (plan task II.3.a): laws, decrees, plan texts,
//! handbooks, Q&A drawn from answered questions and media, published by the
//! Justice Office and city departments to the mediators and the public.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::api::search::Span;
use crate::api::units::UnitSummary;
use crate::{LibraryItemId, TaskId, UnitId};

string_enum! {
    /// What kind of document a library item is.
    pub enum LibraryKind {
        /// Luật.
        Law => "law",
        /// Nghị định, thông tư, quyết định.
        Decree => "decree",
        /// Kế hoạch.
        Plan => "plan",
        /// Sổ tay, tài liệu bồi dưỡng.
        Handbook => "handbook",
        /// Hỏi đáp, drawn from an answered question.
        Qa => "qa",
        /// Video or audio.
        Media => "media",
    }
}

string_enum! {
    /// Where an item stands: only published items are shown to wards and
    /// the public.
    pub enum LibraryState {
        Draft => "draft",
        Published => "published",
        Withdrawn => "withdrawn",
    }
}

impl LibraryState {
    /// Published from a draft or after a withdrawal; withdrawn when
    /// published; never a draft again.
    pub fn may_become(self, next: LibraryState) -> bool {
        matches!(
            (self, next),
            (
                LibraryState::Draft | LibraryState::Withdrawn,
                LibraryState::Published
            ) | (LibraryState::Published, LibraryState::Withdrawn)
        )
    }
}

/// The state an item is asked to take.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct StateChange {
    pub state: LibraryState,
}

impl LibraryKind {
    pub fn label(self, lang: crate::Lang) -> &'static str {
        let vi = lang == crate::Lang::Vi;
        match self {
            LibraryKind::Law => {
                if vi {
                    "Luật"
                } else {
                    "Law"
                }
            }
            LibraryKind::Decree => {
                if vi {
                    "Nghị định, thông tư"
                } else {
                    "Decree or circular"
                }
            }
            LibraryKind::Plan => {
                if vi {
                    "Kế hoạch"
                } else {
                    "Plan"
                }
            }
            LibraryKind::Handbook => {
                if vi {
                    "Sổ tay, tài liệu"
                } else {
                    "Handbook"
                }
            }
            LibraryKind::Qa => {
                if vi {
                    "Hỏi đáp"
                } else {
                    "Questions and answers"
                }
            }
            LibraryKind::Media => {
                if vi {
                    "Video, âm thanh"
                } else {
                    "Video or audio"
                }
            }
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct LibraryItemInput {
    /// The city that publishes it.
    pub unit_id: UnitId,
    pub kind: LibraryKind,
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 300))]
    pub title: String,
    /// Who issued the document ("Quốc hội", "UBND tỉnh Hưng Yên").
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 200))]
    pub issuer: String,
    /// Its number and symbol ("35/2013/QH13").
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 100))]
    pub number: String,
    #[serde(default)]
    pub issued_on: Option<NaiveDate>,
    #[serde(default)]
    pub effective_on: Option<NaiveDate>,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 5000))]
    pub summary: String,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_items = 10))]
    pub tags: Vec<String>,
    /// A link to the text, video or audio (http or https).
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 500))]
    pub link: String,
    /// The plan task it serves (II.3.a).
    #[serde(default)]
    pub task_id: Option<TaskId>,
    /// The answered question a Q&A item is drawn from.
    #[serde(default)]
    pub question_id: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LibraryFile {
    pub id: i64,
    pub file_name: String,
    pub content_type: String,
    pub size_bytes: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LibraryItem {
    pub id: LibraryItemId,
    pub unit: UnitSummary,
    pub kind: LibraryKind,
    pub title: String,
    pub issuer: String,
    pub number: String,
    pub issued_on: Option<NaiveDate>,
    pub effective_on: Option<NaiveDate>,
    pub summary: String,
    pub tags: Vec<String>,
    pub link: String,
    pub task_id: Option<TaskId>,
    pub question_id: Option<i64>,
    pub state: LibraryState,
    pub published_at: Option<DateTime<Utc>>,
    pub updated_at: DateTime<Utc>,
    pub files: Vec<LibraryFile>,
    /// Whether the caller may edit, publish and withdraw it.
    pub manage: bool,
    pub version: i32,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[serde(deny_unknown_fields)]
pub struct LibraryQuery {
    /// Words to find, accents optional.
    #[cfg_attr(feature = "openapi", param(max_length = 200))]
    pub q: Option<String>,
    pub kind: Option<LibraryKind>,
    pub state: Option<LibraryState>,
    pub task_id: Option<TaskId>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[serde(deny_unknown_fields)]
pub struct PublicLibraryQuery {
    /// Words to find, accents optional.
    #[cfg_attr(feature = "openapi", param(max_length = 200))]
    pub q: Option<String>,
    pub kind: Option<LibraryKind>,
}

/// A published item as the public sees it, marked where it matched.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PublicItem {
    pub id: LibraryItemId,
    /// The publishing city's name.
    pub publisher: String,
    pub kind: LibraryKind,
    pub title: Vec<Span>,
    pub issuer: String,
    pub number: String,
    pub issued_on: Option<NaiveDate>,
    pub summary: Vec<Span>,
    pub tags: Vec<String>,
    pub link: String,
    pub published_at: DateTime<Utc>,
    pub files: Vec<LibraryFile>,
}

/// A plan task's library items (task II.3.a).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TaskLibrary {
    pub published: i64,
    pub drafts: i64,
}
