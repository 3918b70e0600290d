//! The whole app, loaded by the sign-in program once someone is signed in.

fn main() {
    hgcs_frontend::start_app();
}
