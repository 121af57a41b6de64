//! Trunk's post-build hook (first step): renders the standalone page's default
//! view into `index.html` with Leptos SSR (the same components the wasm
//! hydrates), so the table is there before any script runs. Also takes out
//! what Trunk leaves behind that is not HTML: the `<link data-trunk
//! rel="rust">` element, which has no `href`.
//!
//! Usage: `prerender [DIR]` (default `$TRUNK_STAGING_DIR`, else `dist`).

// It runs natively, at build time; a wasm32 build of the package (clippy,
// the browser tests) only needs it to compile.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    native::main()
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use http_status_table::registry::Date;
    use http_status_table::ui::{standalone_page_html, RENDERED_ON};
    use std::path::PathBuf;
    use std::process::ExitCode;

    /// Where the page goes: the only content of `#app` in `index.html`.
    const MARKER: &str = "<!-- pre-rendered at build time -->";
    /// The attribute that marks `#app` as the standalone page; the render date goes after it.
    const PAGE_ROOT: &str = "data-http-status-table-page";

    pub fn main() -> ExitCode {
        match run() {
            Ok(()) => ExitCode::SUCCESS,
            Err(message) => {
                eprintln!("prerender: {message}");
                ExitCode::FAILURE
            }
        }
    }

    fn run() -> Result<(), String> {
        let dir = std::env::args()
            .nth(1)
            .or_else(|| std::env::var("TRUNK_STAGING_DIR").ok())
            .unwrap_or_else(|| "dist".to_string());
        let path = PathBuf::from(dir).join("index.html");
        let page =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        for needle in [MARKER, PAGE_ROOT] {
            if page.matches(needle).count() != 1 {
                return Err(format!("{} must hold `{needle}` once", path.display()));
            }
        }
        let today = today();
        let page = page
            .replace(MARKER, &standalone_page_html(today))
            .replace(PAGE_ROOT, &format!("{PAGE_ROOT} {RENDERED_ON}=\"{today}\""));
        let page = without_rust_link(&page);
        std::fs::write(&path, page).map_err(|e| format!("{}: {e}", path.display()))
    }

    /// `page` without the line of Trunk's `<link data-trunk rel="rust" …>`.
    fn without_rust_link(page: &str) -> String {
        page.lines()
            .filter(|line| {
                !line
                    .trim_start()
                    .starts_with("<link data-trunk rel=\"rust\"")
            })
            .map(|line| [line, "\n"].concat())
            .collect()
    }

    /// The build's date (UTC), for the rows that depend on it; the app checks
    /// them again against the reader's clock once it runs.
    fn today() -> Date {
        let today = time::OffsetDateTime::now_utc().date();
        Date {
            year: u16::try_from(today.year()).unwrap_or(u16::MAX),
            month: u8::from(today.month()),
            day: today.day(),
        }
    }
}
