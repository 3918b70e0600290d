//! Multipart forms that carry files: how they are described in the OpenAPI
//! document (so a generated client sends real parts) and how their parts
//! are received, all or nothing.

use actix_multipart::{Multipart, MultipartError};
use futures_util::TryStreamExt;
use hgcs_domain::validation::Rule;

use crate::error::ApiError;
use crate::files::{FileStore, Incoming};

/// At most this many files per upload.
pub const MAX_FILES: usize = 10;

/// A form of one to ten parts named `files` (PDF, DOCX, XLSX, PNG or
/// JPEG; the kind is recognised from the content).
#[derive(utoipa::ToSchema)]
#[expect(
    dead_code,
    reason = "describes the multipart form in the OpenAPI document"
)]
#[serde(deny_unknown_fields)]
pub struct FilesForm {
    #[schema(value_type = Vec<String>, format = Binary, min_items = 1, max_items = 10)]
    files: Vec<Vec<u8>>,
}

/// A form of one part named `file`: a spreadsheet (XLSX or CSV).
#[derive(utoipa::ToSchema)]
#[expect(
    dead_code,
    reason = "describes the multipart form in the OpenAPI document"
)]
#[serde(deny_unknown_fields)]
pub struct FileForm {
    #[schema(value_type = String, format = Binary)]
    file: Vec<u8>,
}

/// A broken multipart stream: 415 when the body is not multipart at all,
/// 400 otherwise.
pub fn multipart_error(error: MultipartError) -> ApiError {
    match error {
        MultipartError::ContentTypeMissing | MultipartError::ContentTypeIncompatible => {
            ApiError::UnsupportedMediaType
        }
        other => ApiError::InvalidJson(format!("multipart: {other}")),
    }
}

/// Receives every part `files` of the form into temporary files. On any
/// problem nothing is kept and the problem is returned.
pub async fn receive_files(
    store: &FileStore,
    mut form: Multipart,
) -> Result<Vec<Incoming>, ApiError> {
    let mut files: Vec<Incoming> = Vec::new();
    let received: Result<(), ApiError> = async {
        while let Some(field) = form.try_next().await.map_err(multipart_error)? {
            if field.name() != Some("files") || files.len() >= MAX_FILES {
                return Err(ApiError::InvalidJson(format!(
                    "expected up to {MAX_FILES} parts named `files`"
                )));
            }
            files.push(store.receive(field).await?);
        }
        if files.is_empty() {
            return Err(ApiError::invalid("files", Rule::Required));
        }
        Ok(())
    }
    .await;
    match received {
        Ok(()) => Ok(files),
        Err(error) => {
            files.iter().for_each(Incoming::discard);
            Err(error)
        }
    }
}
