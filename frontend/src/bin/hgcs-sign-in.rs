//! The program that opens the site: small, so the sign-in form is quick
//! to show; it loads the whole app when someone is signed in.

fn main() {
    hgcs_frontend::start_sign_in();
}
