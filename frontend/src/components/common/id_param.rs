use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use serde::de::DeserializeOwned;

use crate::api::ApiError;

/// The route's `:id`, typed (`use_id_param::<TeamId>()`); `None` when it
/// is not a number, which the page shows as "not found".
pub fn use_id_param<Id>() -> Memo<Option<Id>>
where
    Id: DeserializeOwned + Clone + PartialEq + Send + Sync + 'static,
{
    let params = use_params_map();
    Memo::new(move |_| {
        params
            .read()
            .get("id")
            .and_then(|id| id.parse::<i64>().ok())
            .and_then(|id| serde_json::from_value::<Id>(id.into()).ok())
    })
}

/// The detail page's loader: the record named by the route's `:id`,
/// fetched again when the id changes. Show it with `<Loaded>`.
pub fn use_detail<Id, T, Fut>(
    fetch: impl Fn(Id) -> Fut + Copy + 'static,
) -> LocalResource<Option<Result<T, ApiError>>>
where
    Id: DeserializeOwned + Clone + PartialEq + Send + Sync + 'static,
    T: 'static,
    Fut: Future<Output = Result<T, ApiError>> + 'static,
{
    let id = use_id_param::<Id>();
    LocalResource::new(move || {
        let id = id.get();
        async move {
            match id {
                Some(id) => Some(fetch(id).await),
                None => None,
            }
        }
    })
}
