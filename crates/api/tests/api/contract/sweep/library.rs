//! The sweep: a library item written, published with a file, found by
//! the ward's search and on the public page and feed.

use super::*;

pub(super) async fn library(app: &TestApp, ward: &str, city: &str) {
    let bearer = Auth::Bearer(city);
    let item = json!({
        "unit_id": app.unit("336"), "kind": "handbook", "title": "Sổ tay hòa giải viên",
        "summary": "Kỹ năng hòa giải ở cơ sở.", "tags": ["kỹ năng"],
    });
    let created = ok(
        &app.post("/api/v1/library", bearer, item.clone()).await,
        201,
    );
    let item_id = id(&created);
    let path = format!("/api/v1/library/{item_id}");
    ok(&put(app, &path, city, item).await, 200);
    let attached = ok(
        &app.post_multipart(
            &format!("{path}/files"),
            bearer,
            &[("files", Some("so-tay.pdf"), "application/pdf", PDF)],
        )
        .await,
        201,
    );
    let file = id(&attached["files"][0]);
    ok(
        &app.post(
            &format!("{path}/state"),
            bearer,
            json!({"state": "published"}),
        )
        .await,
        200,
    );
    ok(&app.get(&path, Auth::Bearer(ward)).await, 200);
    ok(
        &app.get("/api/v1/library?q=so%20tay", Auth::Bearer(ward))
            .await,
        200,
    );
    ok(
        &app.get("/api/v1/search?q=hoa%20giai", Auth::Bearer(ward))
            .await,
        200,
    );
    ok(
        &app.get("/api/v1/public/library?q=ky%20nang", Auth::None)
            .await,
        200,
    );
    ok(
        &app.get("/api/v1/public/library/feed", Auth::None).await,
        200,
    );
    let (status, _, _) = app
        .get_bytes(&format!("/api/v1/library-files/{file}"), ward)
        .await;
    assert_eq!(status, 200);
    let (status, _, _) = app
        .get_bytes(&format!("/api/v1/public/library-files/{file}"), "")
        .await;
    assert_eq!(status, 200);
}
