mod item_form;
mod item_list;
mod search_results;
mod spans;
mod task_library;

pub use item_form::ItemForm;
pub use item_list::ItemList;
pub use search_results::SearchResults;
pub use task_library::TaskLibraryCard;
