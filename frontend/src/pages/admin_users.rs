use std::collections::HashMap;

use hgcs_domain::api::users::User;
use leptos::prelude::*;

use crate::api::{ApiError, UnitFilter, UserFilter, use_api};
use crate::components::common::{ErrorBanner, Loading, Notice};
use crate::components::layout::RequireAdmin;
use crate::components::users::{CreateUserForm, ResetPasswordForm, UserFilters, UserTable};
use crate::i18n::{self, CommonText, tr};
use crate::state::use_lang;

#[component]
pub fn AdminUsersPage() -> impl IntoView {
    view! {
        <h1>{tr(CommonText::NavUsers)}</h1>
        <RequireAdmin>
            <UsersAdmin />
        </RequireAdmin>
    }
}

#[component]
fn UsersAdmin() -> impl IntoView {
    let api = use_api();
    let lang = use_lang();
    let filter = RwSignal::new(UserFilter::default());
    let users = LocalResource::new(move || {
        let filter = filter.get();
        async move { api.users(&filter).await }
    });
    let units = LocalResource::new(move || async move { api.units(&UnitFilter::default()).await });
    let notice = RwSignal::new(None::<String>);
    let failure = RwSignal::new(None::<ApiError>);
    let resetting = RwSignal::new(None::<User>);

    let toggle = Action::new_local(move |(user, disable): &(User, bool)| {
        let (user, disable) = (user.clone(), *disable);
        async move {
            failure.set(None);
            match api.set_user_disabled(user.id, disable).await {
                Ok(changed) => {
                    let msg = if disable {
                        CommonText::UserDisabled
                    } else {
                        CommonText::UserEnabled
                    };
                    notice.set(Some(i18n::about_user(
                        lang.get_untracked(),
                        msg,
                        &changed.username,
                    )));
                    users.refetch();
                }
                Err(error) => failure.set(Some(error)),
            }
        }
    });
    let busy = toggle.pending();
    let on_toggle = Callback::new(move |pair: (User, bool)| {
        toggle.dispatch(pair);
    });
    let on_reset = Callback::new(move |user: User| {
        notice.set(None);
        resetting.set(Some(user));
    });
    let on_reset_done = Callback::new(move |user: User| {
        resetting.set(None);
        notice.set(Some(i18n::about_user(
            lang.get_untracked(),
            CommonText::PasswordReset,
            &user.username,
        )));
    });
    let on_cancel = Callback::new(move |()| resetting.set(None));
    let on_created = Callback::new(move |user: User| {
        notice.set(Some(i18n::about_user(
            lang.get_untracked(),
            CommonText::UserCreated,
            &user.username,
        )));
        users.refetch();
    });

    view! {
        {move || notice.get().map(|message| view! { <Notice message=message /> })}
        {move || failure.get().map(|error| view! { <ErrorBanner error=error /> })}
        {move || resetting.get().map(|user| {
            view! { <ResetPasswordForm user=user on_done=on_reset_done on_cancel=on_cancel /> }
        })}
        <section class="card" aria-labelledby="user-list">
            <h2 id="user-list">{tr(CommonText::UserList)}</h2>
            <UserFilters filter=filter />
            <Transition fallback=Loading>
                {move || Suspend::new(async move {
                    let names: HashMap<_, _> = units
                        .await
                        .unwrap_or_default()
                        .into_iter()
                        .map(|unit| (unit.id, unit.name))
                        .collect();
                    match users.await {
                        Ok(users) => view! {
                            <UserTable users=users unit_names=names on_toggle=on_toggle on_reset=on_reset busy=busy />
                        }.into_any(),
                        Err(error) => view! { <ErrorBanner error=error /> }.into_any(),
                    }
                })}
            </Transition>
        </section>
        <section class="card">
            <Transition fallback=Loading>
                {move || Suspend::new(async move {
                    match units.await {
                        Ok(units) => view! { <CreateUserForm units=units on_created=on_created /> }.into_any(),
                        Err(error) => view! { <ErrorBanner error=error /> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}
