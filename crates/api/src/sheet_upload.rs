//! A spreadsheet uploaded as the one part `file` of a multipart form (a
//! register, an attendance sheet): read whole, within the size limit,
//! into its cells.

use actix_multipart::Multipart;
use futures_util::TryStreamExt;

use crate::error::{ApiError, Text};
use crate::register_sheet;
use crate::upload_form::multipart_error;

/// The file's name and its first sheet's cells, the header first.
pub async fn read_sheet(
    mut form: Multipart,
    limit: u64,
    fallback_name: &str,
) -> Result<(String, Vec<Vec<String>>), ApiError> {
    let mut upload: Option<(String, Vec<u8>)> = None;
    while let Some(mut field) = form.try_next().await.map_err(multipart_error)? {
        if field.name() != Some("file") || upload.is_some() {
            return Err(ApiError::InvalidJson(
                "expected one part named `file`".into(),
            ));
        }
        let name = field
            .content_disposition()
            .and_then(|d| d.get_filename())
            .unwrap_or(fallback_name)
            .replace(char::is_control, "");
        let mut bytes = Vec::new();
        while let Some(chunk) = field
            .try_next()
            .await
            .map_err(|e| ApiError::InvalidJson(format!("upload interrupted: {e}")))?
        {
            bytes.extend_from_slice(&chunk);
            if bytes.len() as u64 > limit {
                return Err(ApiError::FileTooLarge(Text::new(
                    format!("Tệp «{name}» quá lớn"),
                    format!("The file \"{name}\" is too large"),
                )));
            }
        }
        upload = Some((name, bytes));
    }
    let (file_name, bytes) =
        upload.ok_or_else(|| ApiError::InvalidJson("no part named `file`".into()))?;
    let table = register_sheet::read_table(&file_name, &bytes).map_err(|reason| {
        ApiError::RejectedFile(Text::new(
            format!("Không đọc được tệp «{file_name}»: {reason}"),
            format!("Cannot read \"{file_name}\": {reason}"),
        ))
    })?;
    Ok((file_name, table))
}
