//! Library items with their publisher and files, for signed-in readers
//! and for the public.

use std::collections::{HashMap, HashSet};

use diesel::PgConnection;
use diesel::result::{Error, QueryResult};
use hgcs_domain::api::library::{LibraryFile, LibraryItem, PublicItem, TaskLibrary};
use hgcs_domain::search::{excerpt, highlight};
use hgcs_domain::{LibraryItemId, TaskId};

use super::Units;
use crate::models::library::{self, FileRow, ItemRow};

/// Words of a summary the public list shows around its first match.
const EXCERPT_WORDS: usize = 60;

fn files_by_item(
    conn: &mut PgConnection,
    ids: &[i64],
) -> QueryResult<HashMap<i64, Vec<LibraryFile>>> {
    let mut found: HashMap<i64, Vec<LibraryFile>> = HashMap::new();
    for file in library::files(conn, ids)? {
        let FileRow {
            id,
            item_id,
            file_name,
            content_type,
            size_bytes,
            sha256: _,
        } = file;
        found.entry(item_id).or_default().push(LibraryFile {
            id,
            file_name,
            content_type,
            size_bytes,
        });
    }
    Ok(found)
}

/// Items in the order given, `managed` naming those the reader may edit;
/// two queries whatever their number.
pub fn items(
    conn: &mut PgConnection,
    rows: Vec<ItemRow>,
    managed: &HashSet<i64>,
) -> QueryResult<Vec<LibraryItem>> {
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let mut files = files_by_item(conn, &ids)?;
    let units = Units::load(conn, rows.iter().map(|r| r.unit_id))?;
    rows.into_iter()
        .map(|row| {
            Ok(LibraryItem {
                id: LibraryItemId(row.id),
                unit: units.get(row.unit_id)?,
                kind: row.kind()?,
                state: row.state()?,
                tags: row.tags(),
                files: files.remove(&row.id).unwrap_or_default(),
                manage: managed.contains(&row.id),
                task_id: row.task_id.map(TaskId),
                question_id: row.question_id,
                title: row.title,
                issuer: row.issuer,
                number: row.number,
                issued_on: row.issued_on,
                effective_on: row.effective_on,
                summary: row.summary,
                link: row.link,
                published_at: row.published_at,
                updated_at: row.updated_at,
                version: row.version,
            })
        })
        .collect()
}

pub fn item(conn: &mut PgConnection, row: ItemRow, manage: bool) -> QueryResult<LibraryItem> {
    let managed: HashSet<i64> = if manage {
        HashSet::from([row.id])
    } else {
        HashSet::new()
    };
    items(conn, vec![row], &managed)?
        .pop()
        .ok_or(Error::NotFound)
}

/// Published items as the public sees them, title and summary marked
/// where they match `terms`.
pub fn public_items(
    conn: &mut PgConnection,
    rows: Vec<ItemRow>,
    terms: &[String],
) -> QueryResult<Vec<PublicItem>> {
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let mut files = files_by_item(conn, &ids)?;
    let units = Units::load(conn, rows.iter().map(|r| r.unit_id))?;
    rows.into_iter()
        .map(|row| {
            Ok(PublicItem {
                id: LibraryItemId(row.id),
                publisher: units.get(row.unit_id)?.name,
                kind: row.kind()?,
                title: highlight(&row.title, terms),
                summary: excerpt(&row.summary, terms, EXCERPT_WORDS),
                tags: row.tags(),
                files: files.remove(&row.id).unwrap_or_default(),
                published_at: row.published_at.ok_or(Error::NotFound)?,
                issuer: row.issuer,
                number: row.number,
                issued_on: row.issued_on,
                link: row.link,
            })
        })
        .collect()
}

/// The items of plan tasks `tasks` (a ward's copy of a task with the
/// city's), published and not.
pub fn task_library(conn: &mut PgConnection, tasks: &[i64]) -> QueryResult<TaskLibrary> {
    Ok(library::task_counts(conn, tasks)?.into_iter().fold(
        TaskLibrary::default(),
        |sum, (_, published, drafts)| TaskLibrary {
            published: sum.published + published,
            drafts: sum.drafts + drafts,
        },
    ))
}
