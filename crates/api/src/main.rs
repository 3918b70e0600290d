use std::process::ExitCode;

/// jemalloc: less time in allocation than glibc's malloc under many
/// threads, and memory freed after a burst goes back to the system (its
/// settings are fixed at build time, `.cargo/config.toml`).
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

fn main() -> ExitCode {
    match hgcs_api::cli::run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("hgcs: {error}");
            ExitCode::FAILURE
        }
    }
}
