#!/usr/bin/env bash
# Updates the repo's copy of the IANA HTTP Status Code Registry from a CSV file
# downloaded by hand from IANA (http-status-codes-1.csv), and prints what changed.
#
#   bash scripts/update-registry.sh ~/Downloads/http-status-codes-1.csv --last-updated 2026-12-01
#
# --last-updated takes the "Last Updated" date on IANA's registry page (the CSV
# does not carry it). HST_DATA_DIR points it at another data folder (tests).
# No network access: it reads the file you give it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/env.sh"
[ $# -ge 1 ] || { echo "usage: $0 NEW.csv [--last-updated YYYY-MM-DD]" >&2; exit 2; }
exec cargo run --quiet --locked --manifest-path "$ROOT/Cargo.toml" --features maintainer \
  --bin update-registry -- "$@" --data "${HST_DATA_DIR:-$ROOT/data}"
