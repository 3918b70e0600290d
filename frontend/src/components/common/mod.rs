mod date_field;
mod error_banner;
mod loading;
mod notice;
mod text_field;

pub use date_field::DateField;
pub use error_banner::ErrorBanner;
pub use loading::Loading;
pub use notice::Notice;
pub use text_field::TextField;
