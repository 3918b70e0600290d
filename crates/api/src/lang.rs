//! The reader's language, from `Accept-Language`.

use actix_web::http::header::{ACCEPT_LANGUAGE, HeaderMap};
use hgcs_domain::Lang;

/// Picks Vietnamese or English by the header's quality values; Vietnamese
/// when neither is asked for.
pub fn from_headers(headers: &HeaderMap) -> Lang {
    let Some(value) = headers.get(ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()) else {
        return Lang::default();
    };
    let mut best: Option<(f32, Lang)> = None;
    for part in value.split(',') {
        let mut pieces = part.split(';');
        let tag = pieces.next().unwrap_or("").trim();
        let quality = pieces
            .find_map(|p| p.trim().strip_prefix("q="))
            .and_then(|q| q.trim().parse::<f32>().ok())
            .unwrap_or(1.0);
        if let Some(lang) = Lang::from_tag(tag)
            && best.is_none_or(|(q, _)| quality > q)
        {
            best = Some((quality, lang));
        }
    }
    best.map_or_else(Lang::default, |(_, lang)| lang)
}

#[cfg(test)]
mod tests {
    use actix_web::http::header::HeaderValue;

    use super::*;

    fn lang(value: &str) -> Lang {
        let mut headers = HeaderMap::new();
        headers.insert(
            ACCEPT_LANGUAGE,
            HeaderValue::from_str(value).unwrap_or(HeaderValue::from_static("")),
        );
        from_headers(&headers)
    }

    #[test]
    fn quality_values_decide() {
        assert_eq!(lang("en-US,en;q=0.9"), Lang::En);
        assert_eq!(lang("fr, en;q=0.5, vi;q=0.8"), Lang::Vi);
        assert_eq!(lang("de"), Lang::Vi);
        assert_eq!(from_headers(&HeaderMap::new()), Lang::Vi);
    }
}
