use leptos::prelude::*;

use crate::i18n::Label;
use crate::state::use_lang;

/// A short success message, announced politely.
#[component]
pub fn Notice(#[prop(into)] message: Signal<String>) -> impl IntoView {
    view! {
        <div class="banner banner-ok" role="status" aria-live="polite">
            <p class="banner-title">{move || message.get()}</p>
        </div>
    }
}

/// What a page says once one of its forms has saved. It lives outside
/// the view that reloads, so it survives the reload it announces, and it
/// keeps the key, so it follows a language switch.
#[derive(Debug, Clone, Copy)]
pub struct Announcement(RwSignal<Option<(Label, Option<String>)>>);

impl Default for Announcement {
    fn default() -> Self {
        Self::new()
    }
}

impl Announcement {
    pub fn new() -> Self {
        Announcement(RwSignal::new(None))
    }

    pub fn say(&self, what: impl Into<Label>) {
        self.0.set(Some((what.into(), None)));
    }

    /// "Đã tạo tài khoản nguyenvana": the words, then whom they are about.
    pub fn say_about(&self, what: impl Into<Label>, name: impl Into<String>) {
        self.0.set(Some((what.into(), Some(name.into()))));
    }

    pub fn clear(&self) {
        self.0.set(None);
    }

    /// What a detail page runs when one of its forms has saved: say
    /// `what` and load the record again.
    pub fn and_reload<T: 'static, R: 'static>(
        &self,
        what: impl Into<Label>,
        resource: LocalResource<R>,
    ) -> Callback<T> {
        let (this, what) = (*self, what.into());
        Callback::new(move |_: T| {
            this.say(what);
            resource.refetch();
        })
    }
}

/// The page's announcement, when there is one.
#[component]
pub fn Announced(notice: Announcement) -> impl IntoView {
    let lang = use_lang();
    move || {
        notice.0.get().map(|(what, name)| {
            let message = Signal::derive(move || match &name {
                Some(name) => format!("{} {name}", what.get(lang.get())),
                None => what.get(lang.get()).to_owned(),
            });
            view! { <Notice message=message /> }
        })
    }
}
