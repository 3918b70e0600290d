use hgcs_domain::api::units::UnitQuery;
use hgcs_domain::api::users::UserQuery;
use std::collections::HashMap;

use hgcs_domain::api::users::User;
use leptos::prelude::*;

use crate::api::use_api;
use crate::components::common::{Announced, Announcement, FormFailure, Loaded, Submit};
use crate::components::layout::RequireAdmin;
use crate::components::users::{CreateUserForm, ResetPasswordForm, UserFilters, UserTable};
use crate::i18n::{CommonText, tr};

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
    let filter = RwSignal::new(UserQuery::default());
    let units = LocalResource::new(move || async move { api.units(&UnitQuery::default()).await });
    // The accounts with the names of their units (ids alone if those fail).
    let users = LocalResource::new(move || {
        let filter = filter.get();
        async move {
            let names: HashMap<_, _> = units
                .await
                .unwrap_or_default()
                .into_iter()
                .map(|unit| (unit.id, unit.name))
                .collect();
            api.users(&filter).await.map(|users| (users, names))
        }
    });
    let notice = Announcement::new();
    let toggling = Submit::new();
    let resetting = RwSignal::new(None::<User>);

    let busy = toggling.pending();
    let on_toggle = Callback::new(move |(user, disable): (User, bool)| {
        toggling.start();
        toggling.send(
            async move { api.set_user_disabled(user.id, disable).await },
            move |changed| {
                let msg = if disable {
                    CommonText::UserDisabled
                } else {
                    CommonText::UserEnabled
                };
                notice.say_about(msg, changed.username.clone());
                users.refetch();
            },
        );
    });
    let on_reset = Callback::new(move |user: User| {
        notice.clear();
        resetting.set(Some(user));
    });
    let on_reset_done = Callback::new(move |user: User| {
        resetting.set(None);
        notice.say_about(CommonText::PasswordReset, user.username.clone());
    });
    let on_cancel = Callback::new(move |()| resetting.set(None));
    let on_created = Callback::new(move |user: User| {
        notice.say_about(CommonText::UserCreated, user.username.clone());
        users.refetch();
    });

    view! {
        <Announced notice=notice />
        <FormFailure form=toggling />
        {move || resetting.get().map(|user| {
            view! { <ResetPasswordForm user=user on_done=on_reset_done on_cancel=on_cancel /> }
        })}
        <section class="card" aria-labelledby="user-list">
            <h2 id="user-list">{tr(CommonText::UserList)}</h2>
            <UserFilters filter=filter />
            <Loaded resource=users let:listing>
                {
                    let (users, names) = listing;
                    view! { <UserTable users=users unit_names=names on_toggle=on_toggle on_reset=on_reset busy=busy /> }
                }
            </Loaded>
        </section>
        <section class="card">
            <Loaded resource=units let:units>
                <CreateUserForm units=units on_created=on_created />
            </Loaded>
        </section>
    }
}
