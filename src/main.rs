//! Standalone page entry: installs the panic hook and mounts the app.

#[cfg(target_arch = "wasm32")]
fn main() {
    http_status_table::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is a web app: build it with `trunk build` (see README.md).");
}
