//! The check that a token still holds, made on the request's own
//! connection. The extractors verify the token's signature and act on the
//! profile it carries at once; the check (is the account enabled, the
//! password unchanged since the token, the session live, the profile the
//! same?) is sent by the request's first `db::run`, before its work and on
//! the same blocking hop, so a request that reads one record costs one hop
//! instead of two. A refused check refuses the whole request: the work
//! never runs, later `db::run` calls fail alike, and the `observe`
//! middleware answers with the refusal whatever the handler made of it. A
//! request whose handler never reached the database is checked there, on
//! the way out, before anything it made is sent.

use std::cell::RefCell;
use std::future::Future;

use actix_web::body::BoxBody;
use actix_web::dev::ServiceResponse;
use actix_web::web;
use hgcs_db::PgConnection;
use hgcs_db::models::{api_client, session};
use hgcs_domain::{ApiClientId, UserId};

use crate::auth::tokens::{Profile, Subject};
use crate::error::ApiError;
use crate::state::AppState;

/// What must still hold for a token to open the API.
#[derive(Debug, Clone)]
pub struct Check(Subject);

enum State {
    Unchecked,
    Due(Check),
    Passed,
    Refused(ApiError),
}

tokio::task_local! {
    static STATE: RefCell<State>;
}

/// Runs one request with its own check state (the outermost middleware
/// calls it).
pub async fn scope<F: Future>(request: F) -> F::Output {
    STATE.scope(RefCell::new(State::Unchecked), request).await
}

/// Called by the extractors: the request's next statement must be
/// preceded by this check.
pub fn defer(subject: Subject) {
    let _outside_a_request = STATE.try_with(|state| {
        let mut state = state.borrow_mut();
        if matches!(*state, State::Unchecked) {
            *state = State::Due(Check(subject));
        }
    });
}

/// For `db::run`: the check its work must follow, or the refusal already
/// met (then nothing more may run for the request).
pub fn due() -> Result<Option<Check>, ApiError> {
    STATE
        .try_with(|state| match &*state.borrow() {
            State::Due(check) => Ok(Some(check.clone())),
            State::Refused(error) => Err(error.clone()),
            State::Unchecked | State::Passed => Ok(None),
        })
        .unwrap_or(Ok(None))
}

/// Records how the check went.
pub fn settle(outcome: &Result<(), ApiError>) {
    let _outside_a_request = STATE.try_with(|state| {
        let mut state = state.borrow_mut();
        if matches!(*state, State::Due(_)) {
            *state = match outcome {
                Ok(()) => State::Passed,
                Err(error) => State::Refused(error.clone()),
            };
        }
    });
}

impl Check {
    /// One indexed statement: the account (and, for a person, the session).
    pub fn run(&self, conn: &mut PgConnection) -> Result<(), ApiError> {
        match &self.0 {
            Subject::User {
                id,
                issued_at,
                session,
                profile,
            } => user_holds(conn, *id, *issued_at, *session, profile),
            Subject::Client { id, profile } => client_holds(conn, *id, profile),
        }
    }
}

fn user_holds(
    conn: &mut PgConnection,
    id: UserId,
    issued_at: i64,
    sid: i64,
    profile: &Profile,
) -> Result<(), ApiError> {
    let (row, live) = session::user_with_session(conn, id, sid)?.ok_or(ApiError::InvalidToken)?;
    if row.is_disabled() {
        return Err(ApiError::AccountDisabled);
    }
    // A password change ends every token issued before it; signing out
    // ends the tokens of that session; a new role, unit or name ends the
    // tokens that carry the old one.
    if row.password_changed_at.timestamp() > issued_at
        || !live
        || Profile::of_user(&row)? != *profile
    {
        return Err(ApiError::TokenExpired);
    }
    Ok(())
}

fn client_holds(
    conn: &mut PgConnection,
    id: ApiClientId,
    profile: &Profile,
) -> Result<(), ApiError> {
    let row = api_client::find_noting_call(conn, id).map_err(|error| match error {
        // A token naming a client that does not exist is invalid; any
        // other failure (the database restarting) keeps its meaning.
        hgcs_db::DbError::NotFound => ApiError::InvalidToken,
        other => ApiError::from(other),
    })?;
    if row.disabled_at.is_some() {
        return Err(ApiError::AccountDisabled);
    }
    if Profile::of_client(&row)? != *profile {
        return Err(ApiError::TokenExpired);
    }
    Ok(())
}

/// On the way out: a request still unchecked is checked now, and a
/// refused one is answered with its refusal.
pub async fn confirm(res: ServiceResponse<BoxBody>) -> ServiceResponse<BoxBody> {
    let refusal = match due() {
        Err(error) => Some(error),
        Ok(None) => None,
        Ok(Some(_)) => match res.request().app_data::<web::Data<AppState>>() {
            Some(state) => crate::db::run(&state.pool, |_| Ok(())).await.err(),
            None => Some(ApiError::Internal("application state missing".into())),
        },
    };
    match refusal {
        None => res,
        Some(error) => {
            let lang = crate::lang::from_headers(res.request().headers());
            let response = error.response(lang);
            res.into_response(response)
        }
    }
}
