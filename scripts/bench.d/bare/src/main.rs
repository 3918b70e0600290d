//! The least an HTTP server has to do to answer a request with the
//! statements HGCS sends for it: check a signed token, take a pooled
//! connection, run each statement of the replay script (prepared once per
//! connection, as pgbench and HGCS do) and send the rows back as JSON. No
//! routing, middleware, log, scope or problem documents.
//!
//! `scripts/bench` (BENCH_BARE=1) runs it beside HGCS and pgbench on the
//! same statements. Its rate is what any server on this machine and this
//! driver could reach, so it tells how much of the distance between HGCS
//! and pgbench is HGCS's own.
//!
//! Usage: DATABASE_URL=... hgcs-bench-bare SCRIPT ADDR [POOL]
//! Prints a token for `Authorization: Bearer`, then serves every GET path.

use std::error::Error;
use std::fs::File;
use std::io::Read;

use actix_web::http::header::AUTHORIZATION;
use actix_web::{App, HttpRequest, HttpResponse, HttpServer, web};
use chrono::{DateTime, NaiveDate, Utc};
use deadpool_postgres::{Manager, ManagerConfig, Pool, RecyclingMethod};
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation, decode, encode};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use tokio_postgres::Row;
use tokio_postgres::types::{FromSql, Type};

#[derive(Serialize, Deserialize)]
struct Claims {
    sub: String,
    exp: i64,
}

struct Bare {
    pool: Pool,
    statements: Vec<String>,
    key: DecodingKey,
    validation: Validation,
}

async fn answer(request: HttpRequest, bare: web::Data<Bare>) -> HttpResponse {
    let token = request
        .headers()
        .get(AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.strip_prefix("Bearer "));
    let signed = token.map(|token| decode::<Claims>(token, &bare.key, &bare.validation));
    if !matches!(signed, Some(Ok(_))) {
        return HttpResponse::Unauthorized().finish();
    }
    match run(&bare).await {
        Ok(results) => HttpResponse::Ok().json(results),
        Err(error) => HttpResponse::InternalServerError().body(error.to_string()),
    }
}

async fn run(bare: &Bare) -> Result<Vec<Vec<Value>>, Box<dyn Error>> {
    let conn = bare.pool.get().await?;
    let mut results = Vec::with_capacity(bare.statements.len());
    for sql in &bare.statements {
        let statement = conn.prepare_cached(sql).await?;
        let rows = conn.query(&statement, &[]).await?;
        results.push(rows.iter().map(row_json).collect());
    }
    Ok(results)
}

fn row_json(row: &Row) -> Value {
    let cells = row.columns().iter().enumerate();
    Value::Array(
        cells
            .map(|(i, column)| cell_json(row, i, column.type_()))
            .collect(),
    )
}

/// The types HGCS's statements return; any other is sent as its size.
fn cell_json(row: &Row, i: usize, kind: &Type) -> Value {
    fn get<'a, T: FromSql<'a> + Into<Value>>(row: &'a Row, i: usize) -> Value {
        row.get::<_, Option<T>>(i).map_or(Value::Null, Into::into)
    }
    match *kind {
        Type::BOOL => get::<bool>(row, i),
        Type::INT2 => get::<i16>(row, i),
        Type::INT4 => get::<i32>(row, i),
        Type::INT8 => get::<i64>(row, i),
        Type::FLOAT8 => get::<f64>(row, i),
        Type::TEXT | Type::VARCHAR | Type::NAME => get::<String>(row, i),
        Type::JSON | Type::JSONB => get::<Value>(row, i),
        Type::DATE => row
            .get::<_, Option<NaiveDate>>(i)
            .map_or(Value::Null, |day| day.to_string().into()),
        Type::TIMESTAMPTZ => row
            .get::<_, Option<DateTime<Utc>>>(i)
            .map_or(Value::Null, |at| at.to_rfc3339().into()),
        _ => row
            .get::<_, Option<Raw>>(i)
            .map_or(Value::Null, |raw| raw.0.into()),
    }
}

/// Any other value, by its size in bytes.
struct Raw(usize);

impl<'a> FromSql<'a> for Raw {
    fn from_sql(_: &Type, raw: &'a [u8]) -> Result<Self, Box<dyn Error + Sync + Send>> {
        Ok(Raw(raw.len()))
    }

    fn accepts(_: &Type) -> bool {
        true
    }
}

fn main() -> Result<(), Box<dyn Error>> {
    let args: Vec<String> = std::env::args().collect();
    let [_, script, addr, rest @ ..] = args.as_slice() else {
        return Err("usage: DATABASE_URL=... hgcs-bench-bare SCRIPT ADDR [POOL]".into());
    };
    let pool_size = rest.first().map_or(Ok(10), |size| size.parse())?;
    let statements = std::fs::read_to_string(script)?
        .lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| line.trim_end_matches(';').to_owned())
        .collect();
    let mut secret = [0u8; 32];
    File::open("/dev/urandom")?.read_exact(&mut secret)?;
    let claims = Claims {
        sub: "bench".into(),
        exp: Utc::now().timestamp() + 3600,
    };
    let token = encode(
        &Header::new(Algorithm::HS256),
        &claims,
        &EncodingKey::from_secret(&secret),
    )?;
    println!("{token}");
    let config: tokio_postgres::Config = std::env::var("DATABASE_URL")?.parse()?;
    let fast = ManagerConfig {
        recycling_method: RecyclingMethod::Fast,
    };
    let manager = Manager::from_config(config, tokio_postgres::NoTls, fast);
    let bare = web::Data::new(Bare {
        pool: Pool::builder(manager).max_size(pool_size).build()?,
        statements,
        key: DecodingKey::from_secret(&secret),
        validation: Validation::new(Algorithm::HS256),
    });
    let addr = addr.clone();
    actix_web::rt::System::new().block_on(async move {
        let app = move || {
            App::new()
                .app_data(bare.clone())
                .default_service(web::get().to(answer))
        };
        HttpServer::new(app).bind(addr)?.run().await
    })?;
    Ok(())
}
