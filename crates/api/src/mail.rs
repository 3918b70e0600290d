//! The daily digest by e-mail, over SMTP with `lettre` (the maintained
//! Rust mail client: message building with proper encoding of Vietnamese
//! text, SMTP with STARTTLS or TLS through rustls). Without
//! `HGCS_SMTP_URL` nothing is sent and nothing fails: the digest stays on
//! the dashboard. Each digest row is sent once: a sender takes it with
//! `FOR UPDATE SKIP LOCKED` (another server takes the next one), sends
//! it, and marks it sent in the same transaction; a failure counts a try
//! (at most `digest::MAIL_ATTEMPTS`) and the next tick tries again. A
//! server killed between the SMTP answer and the commit sends that one
//! message again: a reminder twice rather than never.

use std::time::Duration;

use chrono::NaiveDate;
use diesel::{Connection, PgConnection};
use hgcs_db::models::digest;
use hgcs_domain::digest::DigestItem;
use hgcs_domain::{Lang, UserId};
use lettre::message::header::{ContentTransferEncoding, ContentType};
use lettre::message::{Mailbox, Message, SinglePart};
use lettre::{SmtpTransport, Transport};

use crate::error::ApiError;
use crate::startup::StartupError;

/// Where e-mail goes out, from the environment.
#[derive(clap::Args, Debug, Clone, Default)]
pub struct MailArgs {
    /// The SMTP server, e.g. `smtps://user:password@mail.example.vn` (TLS,
    /// port 465) or `smtp://user:password@mail.example.vn:587?tls=required`
    /// (STARTTLS). Without it no e-mail is sent.
    #[arg(long, env = "HGCS_SMTP_URL", hide_env_values = true)]
    pub smtp_url: Option<String>,
    /// The sender, e.g. `HGCS Thái Bình <hgcs@thaibinh.gov.vn>`; needed
    /// with HGCS_SMTP_URL.
    #[arg(long, env = "HGCS_MAIL_FROM")]
    pub mail_from: Option<String>,
}

pub struct Mailer {
    transport: SmtpTransport,
    from: Mailbox,
}

/// What one pass sent.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Sent {
    pub sent: u32,
    pub failed: u32,
}

impl Mailer {
    /// The mailer the settings describe; `None` without an SMTP server.
    pub fn from_args(args: &MailArgs) -> Result<Option<Mailer>, StartupError> {
        let Some(url) = args.smtp_url.as_deref().filter(|u| !u.trim().is_empty()) else {
            return Ok(None);
        };
        let from = args
            .mail_from
            .as_deref()
            .ok_or_else(|| StartupError::Invalid("HGCS_SMTP_URL needs HGCS_MAIL_FROM".into()))?
            .parse::<Mailbox>()
            .map_err(|e| StartupError::Invalid(format!("HGCS_MAIL_FROM: {e}")))?;
        let transport = SmtpTransport::from_url(url)
            .map_err(|e| StartupError::Invalid(format!("HGCS_SMTP_URL: {e}")))?
            .timeout(Some(Duration::from_secs(20)))
            .build();
        Ok(Some(Mailer { transport, from }))
    }

    fn send(&self, to: &str, name: &str, subject: &str, body: String) -> Result<(), String> {
        let address = to.parse().map_err(|e| format!("address {to:?}: {e}"))?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(Mailbox::new(Some(name.to_owned()), address))
            .subject(subject)
            .singlepart(
                SinglePart::builder()
                    .header(ContentType::TEXT_PLAIN)
                    .header(ContentTransferEncoding::Base64)
                    .body(body),
            )
            .map_err(|e| e.to_string())?;
        self.transport
            .send(&message)
            .map(|_| ())
            .map_err(|e| e.to_string())
    }
}

/// The subject of the digest of `day`.
pub fn subject(day: NaiveDate) -> String {
    format!("[HGCS] Nhắc việc ngày {}", day.format("%d/%m/%Y"))
}

/// The text of a digest: in Vietnamese, then in English.
pub fn body(name: &str, day: NaiveDate, items: &[DigestItem]) -> String {
    let on = day.format("%d/%m/%Y");
    let mut text = format!("Kính gửi {name},\n\nViệc đến hạn và quá hạn ngày {on}:\n");
    for item in items {
        text.push_str(&format!("- {}\n", item.text(Lang::Vi)));
    }
    text.push_str(&format!("\nDue and overdue on {on}:\n"));
    for item in items {
        text.push_str(&format!("- {}\n", item.text(Lang::En)));
    }
    text.push_str(
        "\nThư gửi tự động từ HGCS; bỏ nhận thư trong trang cá nhân. \
         Sent by HGCS; stop these e-mails on your profile page.\n",
    );
    text
}

/// E-mails the digests of `day` not sent yet, one transaction each.
pub fn send_digests(
    conn: &mut PgConnection,
    mailer: &Mailer,
    day: NaiveDate,
) -> Result<Sent, ApiError> {
    let mut sent = Sent::default();
    let mut failed: Vec<i64> = Vec::new();
    loop {
        let outcome = conn.transaction(|conn| {
            let Some(next) = digest::next_to_mail(conn, day, &failed)? else {
                return Ok::<_, ApiError>(None);
            };
            let items: Vec<DigestItem> = serde_json::from_value(next.items)
                .map_err(|e| ApiError::Internal(format!("a stored digest: {e}")))?;
            let text = body(&next.display_name, day, &items);
            let result = mailer.send(&next.email, &next.display_name, &subject(day), text);
            if let Err(error) = &result {
                tracing::warn!(user = next.user_id, %error, "could not e-mail the digest of {day}");
            }
            digest::mailed(conn, UserId(next.user_id), day, result.is_ok())?;
            Ok(Some((next.user_id, result.is_ok())))
        })?;
        match outcome {
            None => return Ok(sent),
            Some((_, true)) => sent.sent += 1,
            Some((user, false)) => {
                sent.failed += 1;
                failed.push(user);
            }
        }
    }
}
