//! The legal library (plan task II.3.a, docs/library.md): documents the
//! Justice Office and city departments publish to the mediators and, on
//! the public page and feed, to everyone.

pub mod attach_files;
pub mod change_state;
pub mod create_item;
pub mod download_file;
pub mod get_item;
pub mod list_items;
pub mod public_feed;
pub mod public_file;
pub mod public_items;
pub mod update_item;
