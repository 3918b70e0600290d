mod import_columns;
mod import_commit;
mod import_preview;
mod import_upload;

pub use import_columns::ImportColumns;
pub use import_commit::ImportCommit;
pub use import_preview::ImportPreviewTable;
pub use import_upload::ImportUpload;
