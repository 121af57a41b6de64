//! `scripts/update-registry.sh PATH [--last-updated YYYY-MM-DD]`: replaces the
//! repo's copy of the IANA registry with a newly downloaded
//! `http-status-codes-1.csv`, and prints what changed. No network of its own.
//!
//! The new file is checked first (a file that does not parse changes nothing),
//! then copied byte for byte, so the repo holds IANA's own download.

use http_status_table::registry::iana::changes::{changes, report};
use http_status_table::registry::iana::csv::{parse, Date, Registration};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "usage: update-registry NEW.csv [--last-updated YYYY-MM-DD] [--data DIR]";

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("update-registry: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: Vec<String>) -> Result<(), String> {
    let mut new_path = None;
    let mut last_updated = None;
    let mut data = PathBuf::from("data");
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--last-updated" => {
                let text = args.next().ok_or(USAGE)?;
                let date = Date::parse(&text)
                    .ok_or_else(|| format!("--last-updated {text:?}: expected YYYY-MM-DD"))?;
                last_updated = Some(date);
            }
            "--data" => data = PathBuf::from(args.next().ok_or(USAGE)?),
            _ if new_path.is_none() && !arg.starts_with("--") => new_path = Some(arg),
            _ => return Err(USAGE.to_string()),
        }
    }
    let new_path = new_path.ok_or(USAGE)?;
    let copy_path = data.join("iana/http-status-codes-1.csv");
    let new_text = read(Path::new(&new_path))?;
    let new = parse(&new_text).map_err(|e| format!("{new_path}: {e} (nothing was changed)"))?;
    let old = parse(&read(&copy_path)?).map_err(|e| format!("{}: {e}", copy_path.display()))?;

    print!("{}", report(&changes(&old, &new)));
    std::fs::write(&copy_path, &new_text).map_err(|e| format!("{}: {e}", copy_path.display()))?;
    println!("Wrote {}.", copy_path.display());
    let date_path = data.join("iana/last-updated");
    match last_updated {
        Some(date) => {
            std::fs::write(&date_path, format!("{date}\n"))
                .map_err(|e| format!("{}: {e}", date_path.display()))?;
            println!("The registry's last-updated date is now {date}.");
        }
        None => println!(
            "The last-updated date in {} is unchanged: pass --last-updated with the date on IANA's page.",
            date_path.display()
        ),
    }
    let to_do = still_to_do(&new, &data)?;
    if to_do.is_empty() {
        println!("Every code has a description and every document a standing.");
    } else {
        println!("Before the next build (it fails until then):");
        for line in to_do {
            println!("  {line}");
        }
    }
    Ok(())
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

/// The first column of a tab-separated table with a header line.
fn keys(path: &Path) -> Result<Vec<String>, String> {
    Ok(read(path)?
        .lines()
        .skip(1)
        .filter_map(|l| l.split('\t').next())
        .map(|k| k.trim().to_string())
        .filter(|k| !k.is_empty())
        .collect())
}

/// Codes without our description and documents without a standing.
fn still_to_do(registrations: &[Registration], data: &Path) -> Result<Vec<String>, String> {
    let described = keys(&data.join("descriptions.tsv"))?;
    let documents = keys(&data.join("documents.tsv"))?;
    let mut to_do = Vec::new();
    for r in registrations {
        if !described.contains(&r.code.to_string()) {
            to_do.push(format!(
                "describe {} {} in data/descriptions.tsv (our own words, from its RFC)",
                r.code, r.name
            ));
        }
        let document = r.references[0].split(',').next().unwrap_or_default().trim();
        if !documents.iter().any(|d| d == document) {
            to_do.push(format!(
                "give {document} (cited by {}) its standing in data/documents.tsv",
                r.code
            ));
        }
    }
    to_do.dedup();
    Ok(to_do)
}
