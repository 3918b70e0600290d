//! Evidence files on disk, stored by content: `<root>/ab/abcdef…` named by
//! their SHA-256. An upload streams into a temporary file while it is
//! hashed and measured; it is moved into place only when its database rows
//! are written, and removed otherwise, so a failed upload leaves nothing.

use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};

use actix_files::NamedFile;
use actix_multipart::Field;
use actix_web::http::header::{
    Charset, ContentDisposition, DispositionParam, DispositionType, ExtendedValue,
};
use actix_web::{HttpRequest, HttpResponse, Responder};
use futures_util::TryStreamExt;
use sha2::{Digest, Sha256};

use crate::auth::tokens::random_token;
use crate::error::{ApiError, Text};

/// What may be uploaded as evidence: (MIME type, accepted file endings).
const ACCEPTED: [(&str, &[&str]); 5] = [
    ("application/pdf", &["pdf"]),
    (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        &["docx"],
    ),
    (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        &["xlsx"],
    ),
    ("image/png", &["png"]),
    ("image/jpeg", &["jpg", "jpeg"]),
];
/// The MIME types a stored file can have.
pub const ACCEPTED_TYPES: [&str; 5] = [
    ACCEPTED[0].0,
    ACCEPTED[1].0,
    ACCEPTED[2].0,
    ACCEPTED[3].0,
    ACCEPTED[4].0,
];
/// Bytes kept from the start of a file to recognise its kind.
const SNIFF: usize = 16 * 1024;

#[derive(Debug, Clone)]
pub struct FileStore {
    root: PathBuf,
    max_bytes: u64,
}

/// An upload received into a temporary file, not yet kept.
#[derive(Debug, Clone)]
pub struct Incoming {
    temp: PathBuf,
    pub file_name: String,
    pub content_type: String,
    pub sha256: String,
    pub size: u64,
}

fn io_error(error: std::io::Error) -> ApiError {
    ApiError::Internal(format!("file storage: {error}"))
}

impl FileStore {
    /// Opens the store, removing the partial uploads (`tmp/*.part`) a
    /// crashed or killed run left behind: nothing refers to them.
    pub fn open(root: &Path, max_bytes: u64) -> std::io::Result<Self> {
        let tmp = root.join("tmp");
        fs::create_dir_all(&tmp)?;
        let mut removed = 0;
        for entry in fs::read_dir(&tmp)? {
            let path = entry?.path();
            if path.extension().is_some_and(|e| e == "part") && fs::remove_file(&path).is_ok() {
                removed += 1;
            }
        }
        if removed > 0 {
            tracing::info!(removed, "removed partial uploads left by a previous run");
        }
        Ok(Self {
            root: root.to_owned(),
            max_bytes,
        })
    }

    pub fn max_bytes(&self) -> u64 {
        self.max_bytes
    }

    pub fn path_of(&self, sha256: &str) -> PathBuf {
        self.root.join(&sha256[..2.min(sha256.len())]).join(sha256)
    }

    /// Streams one multipart file part to a temporary file, refusing it
    /// when too large or of a kind not accepted.
    pub async fn receive(&self, mut field: Field) -> Result<Incoming, ApiError> {
        let file_name = field
            .content_disposition()
            .and_then(|d| d.get_filename())
            .map(|name| hgcs_domain::text::clean(&name.replace(char::is_control, "")))
            .filter(|name| !name.is_empty())
            .unwrap_or_else(|| "tep-dinh-kem".to_owned());
        let temp = self
            .root
            .join("tmp")
            .join(format!("{}.part", random_token()));
        let mut incoming = Incoming {
            temp,
            file_name,
            content_type: String::new(),
            sha256: String::new(),
            size: 0,
        };
        let outcome = self.fill(&mut field, &mut incoming).await;
        if outcome.is_err() {
            incoming.discard();
        }
        outcome.map(|()| incoming)
    }

    async fn fill(&self, field: &mut Field, incoming: &mut Incoming) -> Result<(), ApiError> {
        let mut file = File::create(&incoming.temp).map_err(io_error)?;
        let mut hasher = Sha256::new();
        let mut head = Vec::with_capacity(SNIFF);
        while let Some(chunk) = field
            .try_next()
            .await
            .map_err(|e| ApiError::InvalidJson(format!("upload interrupted: {e}")))?
        {
            incoming.size += chunk.len() as u64;
            if incoming.size > self.max_bytes {
                let mb = self.max_bytes / (1024 * 1024);
                return Err(ApiError::FileTooLarge(Text::new(
                    format!("Tệp «{}» vượt quá {mb} MB", incoming.file_name),
                    format!("The file \"{}\" is larger than {mb} MB", incoming.file_name),
                )));
            }
            if head.len() < SNIFF {
                head.extend_from_slice(&chunk[..chunk.len().min(SNIFF - head.len())]);
            }
            hasher.update(&chunk);
            file.write_all(&chunk).map_err(io_error)?;
        }
        file.sync_all().map_err(io_error)?;
        incoming.content_type = accepted_type(&incoming.file_name, &head).ok_or_else(|| {
            ApiError::RejectedFile(Text::new(
                format!(
                    "Tệp «{}» không phải PDF, DOCX, XLSX, PNG hay JPEG",
                    incoming.file_name
                ),
                format!(
                    "The file \"{}\" is not a PDF, DOCX, XLSX, PNG or JPEG file",
                    incoming.file_name
                ),
            ))
        })?;
        if incoming.size == 0 {
            return Err(ApiError::RejectedFile(Text::new(
                format!("Tệp «{}» rỗng", incoming.file_name),
                format!("The file \"{}\" is empty", incoming.file_name),
            )));
        }
        incoming.sha256 = format!("{:x}", hasher.finalize());
        Ok(())
    }

    /// Moves a received file into place. Identical content is stored once.
    pub fn keep(&self, incoming: &Incoming) -> Result<(), ApiError> {
        let target = self.path_of(&incoming.sha256);
        if target.exists() {
            let _ = fs::remove_file(&incoming.temp);
            return Ok(());
        }
        if let Some(dir) = target.parent() {
            fs::create_dir_all(dir).map_err(io_error)?;
        }
        fs::rename(&incoming.temp, &target).map_err(io_error)
    }
}

impl FileStore {
    /// A stored file as a download named `file_name` (UTF-8 safe).
    pub async fn download(
        &self,
        req: &HttpRequest,
        sha256: &str,
        file_name: &str,
        content_type: &str,
    ) -> Result<HttpResponse, ApiError> {
        let path = self.path_of(sha256);
        let file = NamedFile::open_async(&path).await.map_err(|error| {
            ApiError::Internal(format!("stored file {} missing: {error}", path.display()))
        })?;
        let ascii: String = file_name
            .chars()
            .map(|c| {
                if c.is_ascii_graphic() && c != '"' {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        let disposition = ContentDisposition {
            disposition: DispositionType::Attachment,
            parameters: vec![
                DispositionParam::Filename(ascii),
                DispositionParam::FilenameExt(ExtendedValue {
                    charset: Charset::Ext("UTF-8".into()),
                    language_tag: None,
                    value: file_name.as_bytes().to_vec(),
                }),
            ],
        };
        let mime = content_type
            .parse()
            .unwrap_or(actix_web::mime::APPLICATION_OCTET_STREAM);
        Ok(file
            .set_content_type(mime)
            .set_content_disposition(disposition)
            .respond_to(req)
            .map_into_boxed_body())
    }
}

impl Incoming {
    /// Deletes the temporary file.
    pub fn discard(&self) {
        let _ = fs::remove_file(&self.temp);
    }
}

/// The MIME type, when the content is of an accepted kind and the file
/// name's ending agrees with it.
fn accepted_type(file_name: &str, head: &[u8]) -> Option<String> {
    let detected = infer::get(head)?.mime_type();
    let ending = file_name
        .rsplit('.')
        .next()
        .map(str::to_lowercase)
        .unwrap_or_default();
    ACCEPTED
        .iter()
        .find(|(mime, endings)| *mime == detected && endings.contains(&ending.as_str()))
        .map(|(mime, _)| (*mime).to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_and_name_must_agree() {
        let pdf = b"%PDF-1.7\n1 0 obj\n";
        assert_eq!(
            accepted_type("bao-cao.pdf", pdf).as_deref(),
            Some("application/pdf")
        );
        assert_eq!(
            accepted_type("bao-cao.PDF", pdf).as_deref(),
            Some("application/pdf")
        );
        assert_eq!(accepted_type("bao-cao.docx", pdf), None);
        assert_eq!(accepted_type("script.pdf", b"#!/bin/sh\necho hi\n"), None);
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
        assert_eq!(accepted_type("anh.png", png).as_deref(), Some("image/png"));
    }
}
