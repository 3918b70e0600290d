//! A served HGCS and a headless Chromium pointed at it.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use fantoccini::wd::Capabilities;
use fantoccini::{Client, ClientBuilder, Locator};
use hgcs_domain::Role;
use serde_json::json;

use crate::server::{Served, create_user, default_auth, default_pool, serve};

pub const PASSWORD: &str = "mật khẩu thử nghiệm";

pub struct Site {
    pub served: Served,
}

fn spa_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../frontend/dist")
}

impl Site {
    pub async fn start() -> Self {
        let dir = spa_dir();
        assert!(
            dir.join("index.html").is_file(),
            "the web app is not built: run scripts/build-frontend (looked in {})",
            dir.display()
        );
        Self {
            served: serve(dir, default_auth(), default_pool()),
        }
    }

    pub fn url(&self, path: &str) -> String {
        self.served.server.url(path)
    }

    pub fn user(&self, username: &str, role: Role, unit_key: &str) {
        let mut conn = self.served.db.connect();
        create_user(
            &mut conn,
            &self.served.passwords,
            username,
            role,
            unit_key,
            PASSWORD,
        );
    }
}

/// ChromeDriver and the browser session it drives; both end on drop.
pub struct Browser {
    pub client: Client,
    driver: Child,
    _profile: PathBuf,
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

impl Browser {
    pub async fn open() -> Self {
        let port = free_port();
        let driver = Command::new("chromedriver")
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver must be installed (Debian: apt-get install chromium-driver)");
        let profile = std::env::temp_dir().join(format!("hgcs-e2e-{}-{port}", std::process::id()));
        let mut caps = Capabilities::new();
        caps.insert(
            "goog:chromeOptions".into(),
            json!({
                "binary": chromium_binary(),
                "args": [
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--window-size=1280,900",
                    format!("--user-data-dir={}", profile.display()),
                ],
            }),
        );
        let url = format!("http://127.0.0.1:{port}");
        let mut last_error = None;
        for _ in 0..50 {
            let connector = hyper_util::client::legacy::connect::HttpConnector::new();
            match ClientBuilder::new(connector)
                .capabilities(caps.clone())
                .connect(&url)
                .await
            {
                Ok(client) => {
                    return Self {
                        client,
                        driver,
                        _profile: profile,
                    };
                }
                Err(error) => last_error = Some(error),
            }
            tokio_sleep(Duration::from_millis(200)).await;
        }
        panic!("could not start a browser session: {last_error:?}");
    }

    pub async fn wait_for(&self, css: &str) -> fantoccini::elements::Element {
        self.client
            .wait()
            .at_most(Duration::from_secs(20))
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("waiting for {css}: {e}"))
    }

    pub async fn text_of(&self, css: &str) -> String {
        self.wait_for(css).await.text().await.unwrap()
    }

    pub async fn fill(&self, css: &str, value: &str) {
        let field = self.wait_for(css).await;
        field.clear().await.unwrap();
        field.send_keys(value).await.unwrap();
    }

    pub async fn click(&self, css: &str) {
        self.wait_for(css).await.click().await.unwrap();
    }

    pub async fn sign_in(&self, site: &Site, username: &str, password: &str) {
        self.client.goto(&site.url("/login")).await.unwrap();
        self.fill("#username", username).await;
        self.fill("#password", password).await;
        self.click("#login-submit").await;
    }

    /// Opens a page of the site by its address, as a link from elsewhere
    /// would.
    pub async fn visit(&self, site: &Site, path: &str) {
        self.client.goto(&site.url(path)).await.unwrap();
    }

    /// How many elements match `css` now.
    pub async fn count(&self, css: &str) -> usize {
        self.client
            .find_all(Locator::Css(css))
            .await
            .map_or(0, |found| found.len())
    }

    /// The browser's back button.
    pub async fn back(&self) {
        self.client.back().await.unwrap();
    }

    /// Saves what the browser shows, for a person to look at.
    pub async fn screenshot(&self, name: &str) {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/e2e-screenshots");
        let _ = std::fs::create_dir_all(&dir);
        if let Ok(png) = self.client.screenshot().await {
            let _ = std::fs::write(dir.join(format!("{name}.png")), png);
        }
    }

    pub async fn close(mut self) {
        let _ = self.client.clone().close().await;
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.driver.kill();
    }
}

fn chromium_binary() -> String {
    [
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome",
    ]
    .into_iter()
    .find(|path| Path::new(path).exists())
    .unwrap_or("/usr/bin/chromium")
    .to_owned()
}

pub async fn tokio_sleep(duration: Duration) {
    actix_web::rt::time::sleep(duration).await;
}

/// The text of `css` once it reads `wanted` (or what it read after 10 s).
pub async fn text_becomes(browser: &Browser, css: &str, wanted: &str) -> String {
    let mut found = String::new();
    for _ in 0..100 {
        found = browser.text_of(css).await;
        if found == wanted {
            break;
        }
        tokio_sleep(Duration::from_millis(100)).await;
    }
    found
}

/// How many elements match `css` once there are `wanted` (or how many
/// there were after 10 s).
pub async fn count_becomes(browser: &Browser, css: &str, wanted: usize) -> usize {
    let mut found = 0;
    for _ in 0..100 {
        found = browser.count(css).await;
        if found == wanted {
            break;
        }
        tokio_sleep(Duration::from_millis(100)).await;
    }
    found
}

/// Types into a field that may be drawn again while the page settles.
pub async fn type_into(browser: &Browser, css: &str, value: &str) {
    for _ in 0..20 {
        let field = browser.wait_for(css).await;
        if field.clear().await.is_ok() && field.send_keys(value).await.is_ok() {
            return;
        }
        tokio_sleep(Duration::from_millis(100)).await;
    }
    panic!("could not type into {css}");
}

/// Clicks what may be drawn again while the page settles.
pub async fn press(browser: &Browser, css: &str) {
    for _ in 0..50 {
        if browser.wait_for(css).await.click().await.is_ok() {
            return;
        }
        tokio_sleep(Duration::from_millis(100)).await;
    }
    panic!("could not click {css}");
}

/// Chooses a year and a period in the selects `#<prefix>-year` and
/// `#<prefix>-period` (components/reports/period_fields.rs).
pub async fn choose_period(browser: &Browser, prefix: &str, year: &str, period: &str) {
    let years = browser.wait_for(&format!("#{prefix}-year")).await;
    years.select_by_value(year).await.unwrap();
    browser
        .wait_for(&format!("#{prefix}-period option[value={period}]"))
        .await;
    let periods = browser.wait_for(&format!("#{prefix}-period")).await;
    periods.select_by_value(period).await.unwrap();
}
