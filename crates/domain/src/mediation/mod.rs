//! Grassroots mediation under Luật Hòa giải ở cơ sở 35/2013/QH13 and
//! NĐ 15/2014/NĐ-CP (docs/domain.md §4): the rules a ward must keep, checked by
//! the system rather than by memory. One file per part: teams and their
//! mediators, cases and their workflow, pay per case, questions, register
//! imports, and the working-day count the deadlines share.

mod cases;
mod days;
mod imports;
mod pay;
mod questions;
mod teams;

pub use cases::*;
pub use days::*;
pub use imports::*;
pub use pay::*;
pub use questions::*;
pub use teams::*;
