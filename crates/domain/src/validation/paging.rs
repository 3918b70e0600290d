//! The size of a page of a keyset-paged list.

use super::{Rule, Violation};

/// How many rows a page holds: 50 unless asked, at most 200.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageLimit(i64);

impl PageLimit {
    pub const DEFAULT: i64 = 50;
    pub const MAX: i64 = 200;

    /// The `limit` of a list query, checked.
    pub fn from_query(limit: Option<i64>) -> Result<PageLimit, Vec<Violation>> {
        let limit = limit.unwrap_or(Self::DEFAULT);
        if (1..=Self::MAX).contains(&limit) {
            Ok(PageLimit(limit))
        } else {
            Err(vec![Violation {
                field: "limit".into(),
                rule: Rule::PageSize { max: Self::MAX },
            }])
        }
    }

    /// Rows to fetch: one more than the page, to know whether more follow.
    pub fn fetch(self) -> i64 {
        self.0 + 1
    }

    /// Cuts fetched rows to the page; `true` when more rows follow.
    pub fn page<T>(self, mut rows: Vec<T>) -> (Vec<T>, bool) {
        let size = usize::try_from(self.0).unwrap_or(usize::MAX);
        let more = rows.len() > size;
        rows.truncate(size);
        (rows, more)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_holds_one_to_two_hundred_rows_and_knows_if_more_follow() {
        assert_eq!(PageLimit::from_query(None), Ok(PageLimit(50)));
        assert!(PageLimit::from_query(Some(0)).is_err());
        assert!(PageLimit::from_query(Some(201)).is_err());
        let limit = PageLimit::from_query(Some(2)).unwrap_or(PageLimit(50));
        assert_eq!(limit.fetch(), 3);
        assert_eq!(limit.page(vec![1, 2, 3]), (vec![1, 2], true));
        assert_eq!(limit.page(vec![1, 2]), (vec![1, 2], false));
    }
}
