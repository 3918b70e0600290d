//! The `hgcs` command: `serve`, `migrate`, `seed`, `create-user`,
//! `digest`, `backup`, `restore`, `openapi`.

use std::time::{Duration, Instant};

use actix_web::HttpServer;
use clap::{Parser, Subcommand};
use hgcs_db::models::{organisation, secret, unit};
use hgcs_domain::api::units::{OrganisationQuery, UnitQuery};
use hgcs_domain::api::users::NewUser;
use hgcs_domain::{Role, UnitId};

use crate::accounts::{check_new_user, insert_user};
use crate::app::{self, Parts};
use crate::auth::password::Passwords;
use crate::auth::tokens::{TokenKeys, random_bytes, random_token};
use crate::config::{AuthSettings, DatabaseArgs, ServeArgs};
use crate::files::FileStore;
use crate::startup::{self, StartupError};
use crate::state::AppState;

#[derive(Parser, Debug)]
#[command(
    name = "hgcs",
    version,
    about = "HGCS — Hòa giải cơ sở: grassroots mediation programmes"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Start the web server (API under /api/v1, the web app at /).
    Serve(Box<ServeArgs>),
    /// Apply pending database migrations.
    Migrate(DatabaseArgs),
    /// Load the reference data (units, organisations) again.
    Seed(DatabaseArgs),
    /// Create an account; the password comes from HGCS_NEW_USER_PASSWORD
    /// or is generated and printed once.
    CreateUser(CreateUserArgs),
    /// Make the day's digests (the server makes them itself after 07:00);
    /// a second run on the same day makes nothing.
    Digest(DigestArgs),
    /// Write the database and the evidence files to one archive.
    Backup(crate::backup::BackupArgs),
    /// Restore an archive of `backup` into an empty database.
    Restore(crate::backup::RestoreArgs),
    /// Print the OpenAPI document.
    Openapi,
}

#[derive(clap::Args, Debug)]
pub struct CreateUserArgs {
    #[arg(long)]
    pub username: String,
    #[arg(long)]
    pub display_name: String,
    /// admin, city_justice, city_department, ward_official, team_leader,
    /// front_partner, legal_partner or province.
    #[arg(long, value_parser = parse_role)]
    pub role: Role,
    /// Unit id, or an official code that names one unit existing today.
    #[arg(long)]
    pub unit: String,
    /// Organisation code (e.g. PTP-TPTB), optional.
    #[arg(long)]
    pub organisation: Option<String>,
    #[arg(long, env = "HGCS_NEW_USER_PASSWORD", hide_env_values = true)]
    pub password: Option<String>,
    #[command(flatten)]
    pub database: DatabaseArgs,
}

#[derive(clap::Args, Debug)]
pub struct DigestArgs {
    /// The day (YYYY-MM-DD) the digests are for; today in Vietnam when left out.
    #[arg(long)]
    pub day: Option<chrono::NaiveDate>,
    #[command(flatten)]
    pub mail: crate::mail::MailArgs,
    #[command(flatten)]
    pub database: DatabaseArgs,
}

fn parse_role(value: &str) -> Result<Role, String> {
    Role::parse(value).ok_or_else(|| {
        let names: Vec<_> = Role::ALL.iter().map(|r| r.as_str()).collect();
        format!("unknown role; use one of {}", names.join(", "))
    })
}

pub fn run() -> Result<(), StartupError> {
    let cli = Cli::parse();
    init_tracing();
    match cli.command {
        Command::Serve(args) => actix_web::rt::System::new().block_on(serve(*args)),
        Command::Migrate(args) => {
            let db = startup::open(&args)?;
            let applied = startup::migrate(&mut startup::connect(&db.url)?)?;
            println!("{} migration(s) applied", applied.len());
            Ok(())
        }
        Command::Seed(args) => {
            let db = startup::open(&args)?;
            let mut conn = startup::connect(&db.url)?;
            startup::migrate(&mut conn)?;
            let report = startup::seed(&mut conn, args.seed_file.as_deref())?;
            println!(
                "reference data: {} units, {} successions, {} organisations",
                report.units, report.successions, report.organisations
            );
            Ok(())
        }
        Command::CreateUser(args) => create_user(args),
        Command::Digest(args) => {
            let db = startup::open(&args.database)?;
            let mut conn = startup::connect(&db.url)?;
            startup::migrate(&mut conn)?;
            let day = args.day.unwrap_or_else(hgcs_domain::time::today);
            let mailer = crate::mail::Mailer::from_args(&args.mail)?;
            let outcome = crate::digest::run(&mut conn, day)
                .map_err(|e| StartupError::Invalid(format!("digest of {day}: {e}")))?;
            println!("{}", crate::digest::describe(day, outcome));
            if let Some(mailer) = mailer {
                let sent = crate::mail::send_digests(&mut conn, &mailer, day)
                    .map_err(|e| StartupError::Invalid(format!("e-mail of {day}: {e}")))?;
                println!("{}", crate::digest::describe_mail(day, sent));
            }
            Ok(())
        }
        Command::Backup(args) => crate::backup::backup(args),
        Command::Restore(args) => crate::backup::restore(args),
        Command::Openapi => {
            let json = crate::openapi::spec()
                .to_pretty_json()
                .map_err(|e| StartupError::Invalid(e.to_string()))?;
            println!("{json}");
            Ok(())
        }
    }
}

fn init_tracing() {
    use std::io::IsTerminal;
    let filter = tracing_subscriber::EnvFilter::try_from_env("HGCS_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let json = std::env::var("HGCS_LOG_FORMAT").is_ok_and(|f| f.eq_ignore_ascii_case("json"));
    let builder = tracing_subscriber::fmt().with_env_filter(filter);
    let _ = if json {
        // One JSON object a line, its fields at the top level.
        builder
            .json()
            .flatten_event(true)
            .with_current_span(false)
            .try_init()
    } else {
        // Colours only for a terminal, never into a file or a journal.
        builder
            .with_target(false)
            .with_ansi(std::io::stdout().is_terminal())
            .try_init()
    };
}

async fn serve(args: ServeArgs) -> Result<(), StartupError> {
    let started = Instant::now();
    let db = startup::open(&args.database)?;
    let mut conn = startup::connect(&db.url)?;
    startup::migrate(&mut conn)?;
    startup::seed(&mut conn, args.database.seed_file.as_deref())?;
    let passwords = Passwords::new()?;
    if let Some(password) =
        startup::ensure_admin(&mut conn, &passwords, args.admin_password.as_deref())?
    {
        println!(
            "Created the administrator account.\n  username: admin\n  password: {password}\nIt is shown only now: sign in and keep it safe."
        );
    }
    let signing_key = match &args.auth.jwt_secret {
        Some(secret) if secret.len() >= 32 => secret.as_bytes().to_vec(),
        Some(_) => {
            return Err(StartupError::Invalid(
                "HGCS_JWT_SECRET must be at least 32 characters".into(),
            ));
        }
        None => secret::get_or_insert(&mut conn, "jwt_signing_key", &random_bytes::<64>())
            .map_err(crate::error::ApiError::from)?,
    };
    drop(conn);
    let settings = AuthSettings::new(&args.auth, args.addr);
    let files_dir = args
        .files_dir
        .clone()
        .unwrap_or_else(|| args.database.data_dir.join("files"));
    let files = FileStore::open(&files_dir, args.max_upload_mb * 1024 * 1024).map_err(|e| {
        StartupError::Invalid(format!(
            "cannot use {} for files: {e}; set HGCS_FILES_DIR",
            files_dir.display()
        ))
    })?;
    let state = AppState {
        pool: crate::db::Database::open(startup::pool(&db.url, &args.database)?, &db.url)?,
        tokens: TokenKeys::new(&signing_key, settings.access_ttl),
        passwords,
        auth: settings,
        files,
    };
    let parts = Parts {
        ops: actix_web::web::Data::new(args.ops_settings()),
        ..Parts::new(state, args.spa_dir.clone())
    };
    forget_old_sign_in_attempts(parts.state.clone());
    crate::digest::schedule(
        parts.state.clone(),
        crate::mail::Mailer::from_args(&args.mail)?,
    );
    let server = HttpServer::new(move || app::build(parts.clone()))
        // Headers must arrive within 10 s; an idle kept-alive connection
        // is closed after 15 s; a connection being closed is dropped
        // after 1 s. Bodies are bounded by HGCS_REQUEST_TIMEOUT_SECS
        // (`observe::deadline`).
        .client_request_timeout(Duration::from_secs(10))
        .keep_alive(Duration::from_secs(15))
        .client_disconnect_timeout(Duration::from_secs(1))
        .bind(args.addr)
        .map_err(|e| {
            StartupError::Invalid(format!(
                "cannot listen on {}: {e}; set HGCS_ADDR",
                args.addr
            ))
        })?
        .run();
    println!(
        "HGCS is ready on http://{addr}/ (API docs: http://{addr}/api/docs/) after {ms} ms{embedded}",
        addr = args.addr,
        ms = started.elapsed().as_millis(),
        embedded = if db.cluster.is_some() {
            ", with the embedded PostgreSQL"
        } else {
            ""
        },
    );
    let outcome = server.await;
    if let Some(mut cluster) = db.cluster {
        cluster.stop()?;
    }
    outcome.map_err(|e| StartupError::Invalid(format!("server stopped: {e}")))
}

/// Sign-in attempts matter only inside the throttling window; once an
/// hour, those older than a day are deleted so the table stays small.
fn forget_old_sign_in_attempts(state: actix_web::web::Data<AppState>) {
    actix_web::rt::spawn(async move {
        let mut hourly = actix_web::rt::time::interval(std::time::Duration::from_secs(3600));
        loop {
            hourly.tick().await;
            let before = chrono::Utc::now() - chrono::Duration::days(1);
            let pruned = crate::db::run(&state.pool, move |conn| {
                Ok(hgcs_db::models::login_attempt::prune(conn, before)?)
            })
            .await;
            if let Err(error) = pruned {
                tracing::warn!(%error, "could not prune old sign-in attempts");
            }
        }
    });
}

fn create_user(args: CreateUserArgs) -> Result<(), StartupError> {
    let db = startup::open(&args.database)?;
    let mut conn = startup::connect(&db.url)?;
    startup::migrate(&mut conn)?;
    let unit_id = resolve_unit(&mut conn, &args.unit)?;
    let organisation_id = match &args.organisation {
        Some(code) => Some(
            organisation::list(&mut conn, &OrganisationQuery::default(), None)
                .map_err(crate::error::ApiError::from)?
                .into_iter()
                .find(|org| &org.code == code)
                .map(|org| hgcs_domain::OrganisationId(org.id))
                .ok_or_else(|| {
                    StartupError::Invalid(format!("no organisation has the code {code}"))
                })?,
        ),
        None => None,
    };
    let generated = args.password.is_none().then(random_token);
    let password = args
        .password
        .clone()
        .or_else(|| generated.clone())
        .unwrap_or_default();
    let new = NewUser {
        username: args.username,
        display_name: args.display_name,
        password: password.clone(),
        role: args.role,
        unit_id,
        organisation_id,
    };
    let checked = check_new_user(&mut conn, &new)?;
    let hash = Passwords::new()?.hash(&password)?;
    let row = insert_user(&mut conn, &checked, &hash)?;
    println!("created user {} (id {})", row.username, row.id);
    if let Some(password) = generated {
        println!("password: {password}");
    }
    Ok(())
}

/// A unit by official code — preferring units that exist today, since
/// codes are reused after reorganisations — or else by id.
fn resolve_unit(conn: &mut hgcs_db::PgConnection, text: &str) -> Result<UnitId, StartupError> {
    let with_code =
        |query: &UnitQuery, conn: &mut hgcs_db::PgConnection| -> Result<Vec<i64>, StartupError> {
            Ok(unit::list(conn, query, None)
                .map_err(crate::error::ApiError::from)?
                .into_iter()
                .filter(|row| row.code == text)
                .map(|row| row.id)
                .collect())
        };
    let today = UnitQuery {
        on: Some(chrono::Utc::now().date_naive()),
        ..UnitQuery::default()
    };
    let mut found = with_code(&today, conn)?;
    if found.is_empty() {
        found = with_code(&UnitQuery::default(), conn)?;
    }
    match (found.as_slice(), text.parse::<i64>()) {
        ([one], _) => Ok(UnitId(*one)),
        ([], Ok(id)) if unit::find(conn, UnitId(id)).is_ok() => Ok(UnitId(id)),
        ([], _) => Err(StartupError::Invalid(format!(
            "no unit has the code or id {text}"
        ))),
        _ => Err(StartupError::Invalid(format!(
            "the code {text} names several units; give the unit id"
        ))),
    }
}
