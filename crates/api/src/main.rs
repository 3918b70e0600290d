use std::process::ExitCode;

fn main() -> ExitCode {
    match hgcs_api::cli::run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("hgcs: {error}");
            ExitCode::FAILURE
        }
    }
}
