//! `LIMIT n` written into a page's statement instead of bound as a
//! parameter. With `LIMIT $n` PostgreSQL costs the generic plan of a list
//! for a tenth of the rows that match, dearer than any plan made for the
//! actual values, so it never keeps the generic plan and plans the list
//! anew on every request (0.5–1.5 ms, most of a page's time in the
//! database). With the number in the text the plan is the same and is
//! kept after the fifth request. Each number is a statement of its own,
//! prepared on each connection: lists fetch one of five numbers
//! (`PageLimit::fetch`), so a client asking for every limit from 1 to
//! 200 cannot fill PostgreSQL's memory with plans. The number is an
//! integer, so nothing can be injected.

use diesel::pg::Pg;
use diesel::query_builder::{AstPass, Query, QueryFragment, QueryId};
use diesel::query_dsl::RunQueryDsl;
use diesel::result::QueryResult;

/// A query and the number of rows it may return.
#[derive(Debug, Clone)]
pub struct Limited<Q> {
    query: Q,
    limit: i64,
}

pub trait WrittenLimit: Sized {
    /// The query with `LIMIT limit` written into its text.
    fn written_limit(self, limit: i64) -> Limited<Self> {
        Limited { query: self, limit }
    }
}

impl<Q: Query> WrittenLimit for Q {}

impl<Q: Query> Query for Limited<Q> {
    type SqlType = Q::SqlType;
}

impl<Q: QueryFragment<Pg>> QueryFragment<Pg> for Limited<Q> {
    fn walk_ast<'b>(&'b self, mut out: AstPass<'_, 'b, Pg>) -> QueryResult<()> {
        self.query.walk_ast(out.reborrow())?;
        out.push_sql(" LIMIT ");
        out.push_sql(&self.limit.to_string());
        Ok(())
    }
}

/// Cached by its text, which holds the number.
impl<Q> QueryId for Limited<Q> {
    type QueryId = ();
    const HAS_STATIC_QUERY_ID: bool = false;
}

impl<Q, Conn> RunQueryDsl<Conn> for Limited<Q> {}
