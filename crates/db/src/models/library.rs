//! Documents of the legal library and their files; accent-blind search
//! over them through the GIN index on their search key.

use chrono::{DateTime, NaiveDate, Utc};
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Float4, Nullable, Text};
use hgcs_domain::api::library::{LibraryItemInput, LibraryKind, LibraryState};
use hgcs_domain::text::search_key;
use hgcs_domain::{LibraryItemId, UnitId, UserId};

use super::parse_word;
use crate::schema::{library_files, library_items};

#[derive(Debug, Clone, Queryable, QueryableByName, Selectable, Identifiable)]
#[diesel(table_name = library_items, check_for_backend(diesel::pg::Pg))]
pub struct ItemRow {
    pub id: i64,
    pub unit_id: i64,
    pub task_id: Option<i64>,
    pub question_id: Option<i64>,
    pub kind: String,
    pub title: String,
    pub issuer: String,
    pub number: String,
    pub issued_on: Option<NaiveDate>,
    pub effective_on: Option<NaiveDate>,
    pub summary: String,
    pub tags: Vec<Option<String>>,
    pub link: String,
    pub state: String,
    pub published_at: Option<DateTime<Utc>>,
    pub updated_at: DateTime<Utc>,
    pub version: i32,
}

impl ItemRow {
    pub fn kind(&self) -> QueryResult<LibraryKind> {
        parse_word(&self.kind, LibraryKind::parse)
    }

    pub fn state(&self) -> QueryResult<LibraryState> {
        parse_word(&self.state, LibraryState::parse)
    }

    pub fn tags(&self) -> Vec<String> {
        self.tags.iter().flatten().cloned().collect()
    }
}

/// An item found by a search, with its rank.
#[derive(Debug, Clone, QueryableByName)]
pub struct RankedItem {
    #[diesel(embed)]
    pub item: ItemRow,
    #[diesel(sql_type = Float4)]
    pub rank: f32,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = library_files, check_for_backend(diesel::pg::Pg))]
pub struct FileRow {
    pub id: i64,
    pub item_id: i64,
    pub file_name: String,
    pub content_type: String,
    pub size_bytes: i64,
    pub sha256: String,
}

/// The columns an input writes, on insert and update alike.
#[derive(Insertable, AsChangeset)]
#[diesel(table_name = library_items, treat_none_as_null = true)]
struct Written<'a> {
    kind: &'a str,
    title: &'a str,
    issuer: &'a str,
    number: &'a str,
    issued_on: Option<NaiveDate>,
    effective_on: Option<NaiveDate>,
    summary: &'a str,
    tags: &'a [String],
    link: &'a str,
    task_id: Option<i64>,
    question_id: Option<i64>,
    search_key: String,
}

fn values(input: &LibraryItemInput) -> Written<'_> {
    Written {
        kind: input.kind.as_str(),
        title: &input.title,
        issuer: &input.issuer,
        number: &input.number,
        issued_on: input.issued_on,
        effective_on: input.effective_on,
        summary: &input.summary,
        tags: &input.tags,
        link: &input.link,
        task_id: input.task_id.map(|t| t.0),
        question_id: input.question_id,
        search_key: search_key(&input.searchable()),
    }
}

pub fn insert(
    conn: &mut PgConnection,
    input: &LibraryItemInput,
    by: UserId,
) -> QueryResult<ItemRow> {
    diesel::insert_into(library_items::table)
        .values((
            values(input),
            library_items::unit_id.eq(input.unit_id.0),
            library_items::created_by.eq(by.0),
        ))
        .returning(ItemRow::as_returning())
        .get_result(conn)
}

/// Rewrites the item's text (its unit stays).
pub fn update(
    conn: &mut PgConnection,
    id: LibraryItemId,
    input: &LibraryItemInput,
) -> QueryResult<ItemRow> {
    diesel::update(library_items::table.find(id.0))
        .set((values(input), library_items::updated_at.eq(Utc::now())))
        .returning(ItemRow::as_returning())
        .get_result(conn)
}

/// Publishes or withdraws the item; `published_at` is the first
/// publication's time, kept when withdrawn and published again.
pub fn set_state(
    conn: &mut PgConnection,
    id: LibraryItemId,
    state: LibraryState,
    published_at: Option<DateTime<Utc>>,
) -> QueryResult<ItemRow> {
    diesel::update(library_items::table.find(id.0))
        .set((
            library_items::state.eq(state.as_str()),
            library_items::published_at.eq(published_at),
            library_items::updated_at.eq(Utc::now()),
        ))
        .returning(ItemRow::as_returning())
        .get_result(conn)
}

pub fn find(conn: &mut PgConnection, id: LibraryItemId) -> QueryResult<ItemRow> {
    library_items::table
        .find(id.0)
        .select(ItemRow::as_select())
        .first(conn)
}

/// What a list asks for.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// The tsquery of the words sought (`hgcs_domain::search::ts_query`).
    pub query: Option<String>,
    pub kind: Option<LibraryKind>,
    pub state: Option<LibraryState>,
    pub task_id: Option<i64>,
}

const COLUMNS: &str = "i.id, i.unit_id, i.task_id, i.question_id, i.kind, i.title, i.issuer, \
     i.number, i.issued_on, i.effective_on, i.summary, i.tags, i.link, i.state, i.published_at, \
     i.updated_at, i.version";

/// Above this many matches a query is broad: instead of ranking every
/// match (a cost that grows with the library), the newest `RANKED` matches
/// are ranked, read newest first through the recency index.
pub const RANKED: i64 = 500;

/// Items published anywhere, or of one of `units` in any state, that
/// match `filter`: best match first when words are sought, else the
/// latest changed first. At most `limit`.
pub fn list(
    conn: &mut PgConnection,
    units: Option<&[UnitId]>,
    filter: &Filter,
    limit: i64,
) -> QueryResult<Vec<RankedItem>> {
    let all_units = units.is_none();
    let units: Vec<i64> = units.unwrap_or(&[]).iter().map(|u| u.0).collect();
    let scope = "(i.state = 'published' OR $2 OR i.unit_id = ANY($3)) \
         AND ($4 IS NULL OR i.kind = $4) AND ($5 IS NULL OR i.state = $5) \
         AND ($6 IS NULL OR i.task_id = $6)";
    diesel::sql_query(statement(scope, "updated_at", "$7", filter.query.is_some()))
        .bind::<Nullable<Text>, _>(filter.query.as_deref())
        .bind::<diesel::sql_types::Bool, _>(all_units)
        .bind::<diesel::sql_types::Array<BigInt>, _>(units)
        .bind::<Nullable<Text>, _>(filter.kind.map(LibraryKind::as_str))
        .bind::<Nullable<Text>, _>(filter.state.map(LibraryState::as_str))
        .bind::<Nullable<BigInt>, _>(filter.task_id)
        .bind::<BigInt, _>(limit)
        .load(conn)
}

/// Published items only, for the public page and feed: best match first
/// when words are sought, else the latest published first.
pub fn published(
    conn: &mut PgConnection,
    query: Option<&str>,
    kind: Option<LibraryKind>,
    limit: i64,
) -> QueryResult<Vec<RankedItem>> {
    let scope = "i.state = 'published' AND ($2 IS NULL OR i.kind = $2)";
    diesel::sql_query(statement(scope, "published_at", "$3", query.is_some()))
        .bind::<Nullable<Text>, _>(query)
        .bind::<Nullable<Text>, _>(kind.map(LibraryKind::as_str))
        .bind::<BigInt, _>(limit)
        .load(conn)
}

/// The statement of a list of the items of `library_items i` within
/// `scope` (its parameters from `$2`), `$1` the tsquery sought or NULL,
/// `limit` the parameter of the page size. Without words: newest first
/// by `recent`. With words, one statement in two branches of which the
/// database runs one, chosen by a first look at no more than `RANKED + 1`
/// matches through the GIN index: a narrow query ranks all its matches
/// (bitmap scan), a broad one its newest `RANKED` (a scan of the recency
/// index that tests each row, `ts_match_vq` so that the planner cannot
/// turn it back into a bitmap scan of every match).
fn statement(scope: &str, recent: &str, limit: &str, sought: bool) -> String {
    if !sought {
        return format!(
            "SELECT {COLUMNS}, 0::real AS rank FROM library_items i WHERE {scope} \
             ORDER BY i.{recent} DESC, i.id DESC LIMIT {limit}"
        );
    }
    let rank = "ts_rank_cd(i.search_vector, $1::tsquery) AS rank";
    format!(
        "WITH broad AS MATERIALIZED (SELECT count(*) > {RANKED} AS yes FROM \
           (SELECT 1 FROM library_items i WHERE {scope} AND i.search_vector @@ $1::tsquery \
            LIMIT {RANKED} + 1) AS m) \
         SELECT found.* FROM ( \
           SELECT {COLUMNS}, {rank} FROM library_items i \
           WHERE {scope} AND i.search_vector @@ $1::tsquery AND NOT (SELECT yes FROM broad) \
           UNION ALL \
           (SELECT {COLUMNS}, {rank} FROM library_items i \
            WHERE {scope} AND ts_match_vq(i.search_vector, $1::tsquery) AND (SELECT yes FROM broad) \
            ORDER BY i.{recent} DESC, i.id DESC LIMIT {RANKED}) \
         ) AS found ORDER BY found.rank DESC, found.{recent} DESC, found.id DESC LIMIT {limit}"
    )
}

/// The files of the items `ids`, oldest first.
pub fn files(conn: &mut PgConnection, ids: &[i64]) -> QueryResult<Vec<FileRow>> {
    library_files::table
        .filter(library_files::item_id.eq_any(ids))
        .select(FileRow::as_select())
        .order((library_files::item_id, library_files::id))
        .load(conn)
}

pub fn find_file(conn: &mut PgConnection, id: i64) -> QueryResult<FileRow> {
    library_files::table
        .find(id)
        .select(FileRow::as_select())
        .first(conn)
}

/// Records a stored file: (name, type, size, SHA-256).
pub fn add_file(
    conn: &mut PgConnection,
    item: LibraryItemId,
    (name, content_type, size, sha256): (&str, &str, i64, &str),
    by: UserId,
) -> QueryResult<()> {
    diesel::insert_into(library_files::table)
        .values((
            library_files::item_id.eq(item.0),
            library_files::file_name.eq(name),
            library_files::content_type.eq(content_type),
            library_files::size_bytes.eq(size),
            library_files::sha256.eq(sha256),
            library_files::uploaded_by.eq(by.0),
        ))
        .execute(conn)
        .map(|_| ())
}

#[derive(QueryableByName)]
struct TaskCount {
    #[diesel(sql_type = BigInt)]
    task_id: i64,
    #[diesel(sql_type = BigInt)]
    published: i64,
    #[diesel(sql_type = BigInt)]
    drafts: i64,
}

/// Items of each plan task of `tasks`: (task, published, not published).
pub fn task_counts(conn: &mut PgConnection, tasks: &[i64]) -> QueryResult<Vec<(i64, i64, i64)>> {
    let rows: Vec<TaskCount> = diesel::sql_query(
        "SELECT task_id, count(*) FILTER (WHERE state = 'published') AS published, \
         count(*) FILTER (WHERE state <> 'published') AS drafts \
         FROM library_items WHERE task_id = ANY($1) GROUP BY task_id",
    )
    .bind::<diesel::sql_types::Array<BigInt>, _>(tasks)
    .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|r| (r.task_id, r.published, r.drafts))
        .collect())
}
