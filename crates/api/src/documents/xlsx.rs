//! What the workbooks share: the content type, Times New Roman cells
//! with borders, numbers with thousands separators, the header style.

use rust_xlsxwriter::{Format, FormatAlign, FormatBorder, XlsxError};

use crate::error::ApiError;

pub const XLSX_CONTENT_TYPE: &str =
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

pub fn base() -> Format {
    Format::new()
        .set_font_name("Times New Roman")
        .set_font_size(12)
}

pub fn cells() -> Format {
    base().set_border(FormatBorder::Thin).set_text_wrap()
}

pub fn numbers() -> Format {
    cells().set_num_format("#,##0")
}

pub fn header() -> Format {
    cells()
        .set_bold()
        .set_align(FormatAlign::Center)
        .set_background_color("#D9E1F2")
}

pub fn failed(error: XlsxError) -> ApiError {
    ApiError::Internal(format!("writing a workbook: {error}"))
}
