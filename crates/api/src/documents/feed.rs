//! The public library as an Atom 1.0 feed (RFC 4287), written by
//! `atom_syndication` so every text is escaped as XML wants.

use atom_syndication::{Category, Entry, Feed, Link, Person, Text};
use chrono::{DateTime, FixedOffset, Utc};
use hgcs_domain::Lang;
use hgcs_domain::api::library::PublicItem;
use hgcs_domain::api::search::Span;

/// At most this many entries in the feed.
pub const ENTRIES: i64 = 50;

/// Where the public page lives in the web app.
pub const PUBLIC_PAGE: &str = "/thu-vien";

fn plain(spans: &[Span]) -> String {
    spans.iter().map(|s| s.text.as_str()).collect()
}

fn fixed(at: DateTime<Utc>) -> DateTime<FixedOffset> {
    at.fixed_offset()
}

fn link(href: String, rel: &str, mime: Option<&str>) -> Link {
    Link {
        href,
        rel: rel.to_owned(),
        mime_type: mime.map(str::to_owned),
        ..Link::default()
    }
}

fn entry(site: &str, item: &PublicItem) -> Entry {
    let mut links = vec![link(
        format!("{site}{PUBLIC_PAGE}#item-{}", item.id.0),
        "alternate",
        Some("text/html"),
    )];
    if !item.link.is_empty() {
        links.push(link(item.link.clone(), "related", None));
    }
    for file in &item.files {
        links.push(Link {
            title: Some(file.file_name.clone()),
            length: Some(file.size_bytes.to_string()),
            ..link(
                format!("{site}/api/v1/public/library-files/{}", file.id),
                "enclosure",
                Some(&file.content_type),
            )
        });
    }
    let mut summary = plain(&item.summary);
    if !item.number.is_empty() || !item.issuer.is_empty() {
        let issued = [item.number.as_str(), item.issuer.as_str()]
            .iter()
            .filter(|s| !s.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(", ");
        summary = format!("{issued}. {summary}");
    }
    Entry {
        title: Text::plain(plain(&item.title)),
        id: format!("{site}{PUBLIC_PAGE}#item-{}", item.id.0),
        updated: fixed(item.published_at),
        published: Some(fixed(item.published_at)),
        authors: vec![Person {
            name: item.publisher.clone(),
            ..Person::default()
        }],
        categories: std::iter::once(item.kind.label(Lang::Vi).to_owned())
            .chain(item.tags.iter().cloned())
            .map(|term| Category {
                term,
                ..Category::default()
            })
            .collect(),
        summary: Some(Text::plain(summary.trim().to_owned())),
        links,
        ..Entry::default()
    }
}

/// The feed of `items` (latest first) served from `site`
/// ("https://hgcs.example.vn").
pub fn library(site: &str, items: &[PublicItem]) -> String {
    let updated = items
        .iter()
        .map(|i| i.published_at)
        .max()
        .unwrap_or(DateTime::UNIX_EPOCH);
    let feed = Feed {
        title: Text::plain("Thư viện pháp luật về hòa giải ở cơ sở"),
        subtitle: Some(Text::plain(
            "Văn bản, tài liệu và hỏi đáp về hòa giải ở cơ sở",
        )),
        id: format!("{site}{PUBLIC_PAGE}"),
        updated: fixed(updated),
        lang: Some("vi".to_owned()),
        links: vec![
            link(
                format!("{site}{PUBLIC_PAGE}"),
                "alternate",
                Some("text/html"),
            ),
            link(
                format!("{site}/api/v1/public/library/feed"),
                "self",
                Some("application/atom+xml"),
            ),
        ],
        entries: items.iter().map(|item| entry(site, item)).collect(),
        ..Feed::default()
    };
    feed.to_string()
}
