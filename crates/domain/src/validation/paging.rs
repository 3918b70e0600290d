//! The size of a page of a keyset-paged list.

use super::{Rule, Violation};

/// How many rows a page holds: 50 unless asked, at most 200.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageLimit(i64);

impl PageLimit {
    pub const DEFAULT: i64 = 50;
    pub const MAX: i64 = 200;
    /// What [`Self::fetch`] asks the database for.
    pub const FETCH_SIZES: [i64; 5] = [11, 26, 51, 101, 201];

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

    /// Rows to fetch: more than the page, to know whether more follow,
    /// rounded up to one of [`Self::FETCH_SIZES`]. The number is written
    /// into the list's statement, which each connection keeps prepared
    /// per number: five numbers keep that bounded whatever limits
    /// clients ask for. [`Self::page`] cuts the rows to the page.
    pub fn fetch(self) -> i64 {
        let wanted = self.0 + 1;
        Self::FETCH_SIZES
            .into_iter()
            .find(|size| *size >= wanted)
            .unwrap_or(wanted)
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
        assert_eq!(limit.page(vec![1, 2, 3]), (vec![1, 2], true));
        assert_eq!(limit.page(vec![1, 2, 3, 4]), (vec![1, 2], true));
        assert_eq!(limit.page(vec![1, 2]), (vec![1, 2], false));
    }

    #[test]
    fn a_page_fetches_more_rows_than_it_holds_in_one_of_five_sizes() {
        let fetched: Vec<i64> = (1..=PageLimit::MAX).map(|n| PageLimit(n).fetch()).collect();
        assert!(fetched.iter().zip(1..).all(|(fetch, n)| *fetch > n));
        let mut sizes = fetched.clone();
        sizes.dedup();
        assert_eq!(sizes, PageLimit::FETCH_SIZES);
        assert_eq!(PageLimit(50).fetch(), 51);
        assert_eq!(PageLimit(10).fetch(), 11);
        assert_eq!(PageLimit(11).fetch(), 26);
    }
}
