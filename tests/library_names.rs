//! What each code is called in the libraries (`data/libraries/`): the files
//! follow their rules, agree with the libraries installed by
//! `scripts/setup.sh` at the versions installed, and the search finds a code
//! by any of its names without making plain searches noisier.
#![cfg(not(target_arch = "wasm32"))]

use http_status_table::names::format::{self, LibraryFile, NameStatus};
use http_status_table::names::{self, strip_prefixes};
use http_status_table::query::{registry_index, Query, Scope, SortOrder};
use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

/// The libraries checked against an installed copy (a script in
/// `tests/library-names/` prints what the installed library defines). The
/// others (.NET, ASP.NET Core, Ktor, SwiftNIO, Dart) install from no registry
/// this project reaches; their files were read from their sources.
const CHECKED: [&str; 11] = [
    "go", "python", "rust", "java", "servlet", "spring", "rack", "symfony", "node", "js", "plug",
];

fn library_files() -> Vec<LibraryFile> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir("data/libraries").expect("data/libraries") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "tsv") {
            let text = std::fs::read_to_string(&path).expect("readable");
            let file = format::parse(&text).unwrap_or_else(|e| panic!("{path:?}: {e}"));
            files.push(file);
        }
    }
    files
}

/// Runs the check script of `id`: the installed version, and every name.
fn installed(id: &str) -> (String, BTreeSet<(u16, String)>) {
    let dir = Path::new("tests/library-names");
    let script = [format!("{id}.sh"), format!("{id}-rule.py")]
        .into_iter()
        .map(|name| dir.join(name))
        .find(|path| path.exists())
        .unwrap_or_else(|| panic!("no check script for {id} in {dir:?}"));
    let program = if script.extension().is_some_and(|e| e == "py") {
        "python3"
    } else {
        "bash"
    };
    let output = Command::new(program)
        .arg(&script)
        .output()
        .unwrap_or_else(|e| panic!("{script:?}: {e}"));
    assert!(
        output.status.success(),
        "{script:?} failed (scripts/setup.sh installs what it reads): {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let stdout = String::from_utf8(output.stdout).expect("UTF-8");
    let mut lines = stdout.lines();
    let version = lines
        .next()
        .and_then(|l| l.strip_prefix("version\t"))
        .unwrap_or_else(|| panic!("{script:?}: first line is version<TAB>X"))
        .to_string();
    let names = lines
        .map(|line| {
            let (code, name) = line
                .split_once('\t')
                .unwrap_or_else(|| panic!("{script:?}: `{line}` is not code<TAB>name"));
            (code.parse().expect("a code"), name.to_string())
        })
        .collect();
    (version, names)
}

#[test]
fn every_library_file_follows_the_format_and_the_build_has_them_all() {
    let files = library_files();
    assert_eq!(files.len(), 16, "sixteen libraries");
    assert_eq!(names::libraries().len(), files.len());
    for file in &files {
        let built = names::library(&file.id).expect("built");
        assert_eq!(built.version, file.version);
        assert_eq!(
            built.names().count(),
            file.names.len(),
            "{}: every name is in the build",
            file.id
        );
        assert!(
            file.source.contains(&file.version) || file.source.contains("/blob/"),
            "{}: the source names a tag or commit",
            file.id
        );
    }
}

#[test]
fn the_data_agrees_with_every_installed_library_at_its_version() {
    let files = library_files();
    let mut report = Vec::new();
    for id in CHECKED {
        let file = files
            .iter()
            .find(|f| f.id == id)
            .unwrap_or_else(|| panic!("no data/libraries/{id}.tsv"));
        let (version, installed) = installed(id);
        let expected: BTreeSet<(u16, String)> = file
            .names_at(&version)
            .into_iter()
            .map(|(code, name)| (code, name.to_string()))
            .collect();
        let missing: Vec<_> = expected.difference(&installed).collect();
        let unknown: Vec<_> = installed.difference(&expected).collect();
        assert!(
            missing.is_empty() && unknown.is_empty(),
            "{id} {version}: the data has names the library lacks: {missing:?}; \
             the library has names the data lacks: {unknown:?}"
        );
        report.push(format!("{id} {version} ({} names)", installed.len()));
    }
    eprintln!("checked against: {}", report.join(", "));
}

#[test]
fn names_at_a_version_follow_added_and_removed() {
    let text = "@id\tx\n@label\tX\n@language\tX\n@version\t3.0\n@source\thttps://e.org/x/blob/3.0/f\n@prefix\tX.\n\
        code\tidentifier\tstatus\tadded\tchanged\tnote\n"
        .to_string()
        + &format::REGISTERED_CODES
            .iter()
            .filter(|c| **c != 413)
            .map(|c| format!("{c}\t-\tnone\t-\t-\n"))
            .collect::<String>()
        + "413\tX.CONTENT_TOO_LARGE\tcurrent\t2.0\t-\n\
           413\tX.ENTITY_TOO_LARGE\tremoved\t-\t2.0\n";
    let file = format::parse(&text).expect("valid");
    assert_eq!(file.names_at("1.9"), vec![(413, "X.ENTITY_TOO_LARGE")]);
    assert_eq!(file.names_at("2.0"), vec![(413, "X.CONTENT_TOO_LARGE")]);
    // A broken rule names its line.
    let twice = text.replace("removed\t-\t2.0", "current\t-\t-");
    let error = format::parse(&twice).expect_err("two current names");
    assert!(
        error.to_string().contains("413 has 2 current names"),
        "{error}"
    );
    let unprefixed = text.replace("X.ENTITY", "Y.ENTITY");
    assert!(format::parse(&unprefixed).is_err());
    let missing = text.replace("404\t-\tnone\t-\t-\n", "");
    let error = format::parse(&missing).expect_err("404 missing");
    assert!(error.to_string().contains("404 is registered"), "{error}");
}

#[test]
fn each_registered_code_has_one_current_name_or_an_honest_none() {
    for library in names::libraries() {
        for code in format::REGISTERED_CODES {
            let names = library.names_of(code);
            let current = names
                .iter()
                .filter(|n| n.status == NameStatus::Current)
                .count();
            assert!(current <= 1, "{} {code}", library.id);
        }
    }
    // The ones the issue names.
    let name = |id: &str, code: u16| {
        names::library(id)
            .expect(id)
            .names_of(code)
            .first()
            .map(|n| (n.identifier, n.status))
    };
    assert_eq!(name("go", 306), None, "Go has no 306");
    assert_eq!(name("dotnet", 418), None, ".NET has no 418");
    assert_eq!(
        name("go", 418),
        Some(("http.StatusTeapot", NameStatus::Current))
    );
    assert_eq!(
        name("python", 422),
        Some(("HTTPStatus.UNPROCESSABLE_CONTENT", NameStatus::Current))
    );
    assert_eq!(
        name("rust", 404),
        Some(("StatusCode::NOT_FOUND", NameStatus::Current))
    );
}

fn codes_matching(text: &str) -> BTreeSet<u16> {
    let index = registry_index();
    let scope = Scope {
        show_unofficial: true,
        ..Scope::default()
    };
    let outcome =
        http_status_table::query::run(&index, &Query::parse(text), scope, SortOrder::default());
    outcome
        .rows
        .iter()
        .filter_map(|&row| index.get(row).map(|(e, _)| e.code))
        .collect()
}

#[test]
fn a_name_from_code_finds_its_code_whatever_its_case_and_prefix() {
    for (typed, code) in [
        ("StatusTeapot", 418),
        ("http.StatusTeapot", 418),
        ("HTTP_NOT_FOUND", 404),
        ("Response::HTTP_NOT_FOUND", 404),
        ("Status404NotFound", 404),
        ("StatusCodes.Status404NotFound", 404),
        ("unprocessable_entity", 422),
        (":unprocessable_content", 422),
        ("notFound", 404),
        ("HTTPStatus.REQUEST_ENTITY_TOO_LARGE", 413),
        ("StatusRequestEntityTooLarge", 413),
        ("SC_MOVED_TEMPORARILY", 302),
        ("HttpStatusCode.RedirectKeepVerb", 307),
        ("RedirectMethod", 303),
        ("StatusNonAuthoritativeInfo", 203),
        ("I_AM_A_TEAPOT", 418),
    ] {
        let found = codes_matching(typed);
        assert!(found.contains(&code), "{typed} finds {code}: {found:?}");
    }
    assert_eq!(
        codes_matching("StatusTeapot"),
        BTreeSet::from([418]),
        "and only it"
    );
    assert_eq!(codes_matching("RedirectKeepVerb"), BTreeSet::from([307]));
}

#[test]
fn a_library_prefix_alone_matches_no_row_through_the_names() {
    let index = registry_index();
    for typed in names::prefix_words()
        .iter()
        .chain(&["sc", "http", "status", "statuscode"])
    {
        let query = Query::parse(typed);
        let term = query
            .terms()
            .next()
            .and_then(|t| t.text())
            .expect("a text term");
        for row in 0..index.len() {
            let (entry, keys) = index.get(row).expect("row");
            if index.matches(row, &query) {
                // Matched through the entry's own texts or its class, never
                // through a library name alone.
                let own = keys.matches_besides_names(term)
                    || entry.class().name().to_ascii_lowercase().contains(term);
                assert!(
                    own,
                    "`{typed}` matches {} only through a library name",
                    entry.code
                );
            }
        }
    }
    assert_eq!(strip_prefixes("httpstatusnotfound"), "notfound");
    assert_eq!(strip_prefixes("status404notfound"), "notfound");
    assert_eq!(strip_prefixes("status"), "");
    assert_eq!(strip_prefixes("teapot"), "teapot");
}

#[test]
fn the_copies_of_the_library_ids_match_the_data() {
    let ids: Vec<&str> = names::libraries().iter().map(|l| l.id).collect();
    // The TypeScript union of ids (src/host/api.rs) lists every library, in order.
    let api = std::fs::read_to_string("src/host/api.rs").expect("api.rs");
    let union = api
        .lines()
        .find_map(|l| l.strip_prefix("export type LibraryId = "))
        .expect("the LibraryId type");
    let declared: Vec<&str> = union
        .trim_end_matches(';')
        .split(" | ")
        .map(|id| id.trim_matches('"'))
        .collect();
    assert_eq!(declared, ids);
    // The README's option table gives the default libraries.
    let readme = std::fs::read_to_string("README.md").expect("README");
    let defaults = names::DEFAULT_LIBRARIES.join(",");
    assert!(
        readme.contains(&format!("| `{defaults}` |")),
        "README's languages default is {defaults}"
    );
    for id in names::DEFAULT_LIBRARIES {
        assert!(ids.contains(&id), "default {id} is a library");
    }
}
