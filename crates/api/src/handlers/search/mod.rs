//! One search over the legal library, questions and training courses
//! (docs/library.md, "Search").

pub mod search_all;
