// The migrations are compiled in (`embed_migrations!`): rebuild when they change.
fn main() {
    println!("cargo:rerun-if-changed=../../migrations");
}
