use std::future::Future;

use chrono::NaiveDate;
use hgcs_domain::Lang;
use hgcs_domain::validation::{Checker, FieldError, Violation};
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::ErrorBanner;
use crate::api::ApiError;

/// What every form keeps while it sends: whether a call is under way, the
/// failure shown on top, and the errors shown next to each field — found
/// before sending, or the `errors[]` of the server's problem+json answer.
#[derive(Debug, Clone, Copy)]
pub struct Submit {
    pending: RwSignal<bool>,
    failure: RwSignal<Option<ApiError>>,
    errors: RwSignal<Vec<FieldError>>,
}

impl Default for Submit {
    fn default() -> Self {
        Self::new()
    }
}

impl Submit {
    pub fn new() -> Self {
        Submit {
            pending: RwSignal::new(false),
            failure: RwSignal::new(None),
            errors: RwSignal::new(Vec::new()),
        }
    }

    /// A call is under way; the form's button is disabled meanwhile.
    pub fn pending(&self) -> Signal<bool> {
        self.pending.into()
    }

    pub fn is_pending(&self) -> bool {
        self.pending.get_untracked()
    }

    /// The last failure, tracked.
    pub fn failure(&self) -> Option<ApiError> {
        self.failure.get()
    }

    /// The form's field errors, for inputs that show several of them.
    pub fn errors(&self) -> RwSignal<Vec<FieldError>> {
        self.errors
    }

    /// The message of the first error on `field`, as a signal.
    pub fn field(&self, field: impl Into<String>) -> Signal<Option<String>> {
        let (errors, field) = (self.errors, field.into());
        Signal::derive(move || {
            errors.with(|errors| {
                errors
                    .iter()
                    .find(|error| error.field == field)
                    .map(|error| error.message.clone())
            })
        })
    }

    /// A new attempt: the banner of the previous one goes.
    pub fn start(&self) {
        self.failure.set(None);
    }

    /// A failure met after the answer, e.g. while following a long job.
    pub fn fail(&self, error: ApiError) {
        self.failure.try_set(Some(error));
    }

    /// Input refused before sending; nothing is sent.
    pub fn reject(&self, errors: Vec<FieldError>) {
        self.errors.set(errors);
    }

    /// The day typed as dd/mm/yyyy in the field `field`, or `None` with
    /// "not a date" shown next to it.
    pub fn day(&self, field: &str, typed: &str, lang: Lang) -> Option<NaiveDate> {
        let day = crate::format::parse_date(typed);
        if day.is_none() {
            self.reject(vec![super::local_error(
                field,
                crate::i18n::text(lang, crate::i18n::CommonText::DateInvalid),
            )]);
        }
        day
    }

    /// Ends a check with the domain's rules: `true` when the input may be
    /// sent, otherwise the violations are shown in `lang` and it is not.
    pub fn passes(&self, check: Checker, lang: Lang) -> bool {
        match check.finish() {
            Ok(()) => true,
            Err(found) => {
                self.reject(found.iter().map(|v| v.to_field_error(lang)).collect());
                false
            }
        }
    }

    /// The input as the domain's `validate()` cleaned it, or `None` with the
    /// violations shown in `lang` next to their fields (nothing is sent).
    pub fn valid<T>(&self, checked: Result<T, Vec<Violation>>, lang: Lang) -> Option<T> {
        match checked {
            Ok(input) => Some(input),
            Err(found) => {
                self.reject(found.iter().map(|v| v.to_field_error(lang)).collect());
                None
            }
        }
    }

    /// Sends `call` (at most one at a time) and runs `done` with its answer;
    /// a failure goes to the banner and its field errors next to the fields.
    pub fn send<T: 'static>(
        &self,
        call: impl Future<Output = Result<T, ApiError>> + 'static,
        done: impl FnOnce(T) + 'static,
    ) {
        self.send_or(call, done, |_| {});
    }

    /// [`Submit::send`], with `failed` told of a failure after it is shown.
    pub fn send_or<T: 'static>(
        &self,
        call: impl Future<Output = Result<T, ApiError>> + 'static,
        done: impl FnOnce(T) + 'static,
        failed: impl FnOnce(&ApiError) + 'static,
    ) {
        if self.pending.get_untracked() {
            return;
        }
        let this = *self;
        this.errors.set(Vec::new());
        this.pending.set(true);
        spawn_local(async move {
            let result = call.await;
            this.pending.try_set(false);
            match result {
                Ok(value) => done(value),
                Err(error) => {
                    this.errors.try_set(error.field_errors().to_vec());
                    failed(&error);
                    this.failure.try_set(Some(error));
                }
            }
        });
    }
}

/// The failure banner of a form, over its fields.
#[component]
pub fn FormFailure(form: Submit) -> impl IntoView {
    move || {
        form.failure()
            .map(|error| view! { <ErrorBanner error=error /> })
    }
}
