use leptos::prelude::*;

use super::{ErrorBanner, Loading};
use crate::api::ApiError;
use crate::i18n::{CommonText, tr};

/// What a loader ended with: the value, the server's refusal, or nothing
/// to ask for (a route id that is not a number).
pub enum Outcome<T> {
    Ready(T),
    Failed(ApiError),
    Missing,
}

/// A loader's answer that [`Loaded`] knows how to show.
pub trait Loadable: Clone + 'static {
    type Value;
    fn outcome(self) -> Outcome<Self::Value>;
}

impl<T: Clone + 'static> Loadable for Result<T, ApiError> {
    type Value = T;
    fn outcome(self) -> Outcome<T> {
        match self {
            Ok(value) => Outcome::Ready(value),
            Err(error) => Outcome::Failed(error),
        }
    }
}

impl<T: Clone + 'static> Loadable for Option<Result<T, ApiError>> {
    type Value = T;
    fn outcome(self) -> Outcome<T> {
        self.map_or(Outcome::Missing, Loadable::outcome)
    }
}

/// The one way a page shows loaded data: "Loading…" the first time, the
/// previous content while it reloads, the error banner when the call
/// failed, "page not found" when there was nothing to ask for, and
/// `children` with the value otherwise.
#[component]
pub fn Loaded<R, F, V>(resource: LocalResource<R>, children: F) -> impl IntoView
where
    R: Loadable,
    F: Fn(R::Value) -> V + Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    view! {
        <Transition fallback=Loading>
            {
                let children = children.clone();
                move || {
                    let children = children.clone();
                    Suspend::new(async move {
                        match resource.await.outcome() {
                            Outcome::Ready(value) => children(value).into_any(),
                            Outcome::Failed(error) => view! { <ErrorBanner error=error /> }.into_any(),
                            Outcome::Missing => view! { <h1>{tr(CommonText::NotFoundTitle)}</h1> }.into_any(),
                        }
                    })
                }
            }
        </Transition>
    }
}
