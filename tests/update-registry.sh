#!/usr/bin/env bash
# Runs scripts/update-registry.sh on a modified registry, in a copy of data/,
# and checks the report, the rewritten copy and the refusal of a broken file.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cp -r "$ROOT/data" "$WORK/data"
export HST_DATA_DIR="$WORK/data"
fail() { echo "FAIL: $*"; echo "--- output:"; cat "$WORK/out"; exit 1; }

# IANA adds 105 and renames 422: the report says so, the copy is replaced.
sed -e 's/^105-199,Unassigned,/105,Test Early Code,[RFC9999]\r\n106-199,Unassigned,/' \
    -e 's/^422,Unprocessable Content,/422,Unprocessable Request,/' \
    "$ROOT/data/iana/http-status-codes-1.csv" >"$WORK/new.csv"
bash "$ROOT/scripts/update-registry.sh" "$WORK/new.csv" --last-updated 2026-12-01 >"$WORK/out" 2>&1 \
  || fail "the update exited non-zero"
grep -q '^2 changes to the registry:' "$WORK/out" || fail "no change count"
grep -q 'added      105 Test Early Code' "$WORK/out" || fail "105 not reported as added"
grep -q 'renamed    422 "Unprocessable Content" -> "Unprocessable Request"' "$WORK/out" || fail "422 rename"
grep -q 'describe 105 Test Early Code in data/descriptions.tsv' "$WORK/out" || fail "missing description not named"
grep -q 'give RFC9999 (cited by 105) its standing' "$WORK/out" || fail "missing standing not named"
cmp -s "$WORK/new.csv" "$WORK/data/iana/http-status-codes-1.csv" || fail "the copy was not replaced byte for byte"
[ "$(cat "$WORK/data/iana/last-updated")" = 2026-12-01 ] || fail "last-updated not written"

# The build refuses a code without our description, and names it.
# A build script runs once every dependency is built, so the copy is checked
# in the repo's target dir with clippy's targets and features: the
# dependencies clippy has checked are fresh, and the build script runs at once
# (a target dir of its own checked all 273 of them first: 6 minutes in CI).
# The copy is another package (another path), so nothing of the repo's own
# build is replaced; a fixed path keeps it one package across runs.
TARGET="${CARGO_TARGET_DIR:-$ROOT/target}"
COPY="$TARGET/update-registry-copy"
rm -rf "$COPY" && mkdir -p "$COPY"
cp -r "$ROOT/Cargo.toml" "$ROOT/Cargo.lock" "$ROOT/build.rs" "$ROOT/src" "$COPY/"
cp -r "$WORK/data" "$COPY/data"
if CARGO_TARGET_DIR="$TARGET" cargo check --quiet --offline --all-targets \
    --manifest-path "$COPY/Cargo.toml" >"$WORK/out" 2>&1; then
  fail "the build accepted a code with no description"
fi
grep -q 'codes with no description in data/descriptions.tsv: 105 Test Early Code' "$WORK/out" \
  || fail "the build did not name the undescribed code"

# A broken download changes nothing.
cp "$WORK/data/iana/http-status-codes-1.csv" "$WORK/before.csv"
head -n 20 "$ROOT/data/iana/http-status-codes-1.csv" >"$WORK/broken.csv"
if bash "$ROOT/scripts/update-registry.sh" "$WORK/broken.csv" >"$WORK/out" 2>&1; then fail "a truncated file was accepted"; fi
grep -q 'nothing was changed' "$WORK/out" || fail "no refusal message"
cmp -s "$WORK/before.csv" "$WORK/data/iana/http-status-codes-1.csv" || fail "a refused file changed the copy"
echo "update-registry: ok (report, byte-for-byte copy, last-updated, build refuses undescribed code, refusal)"
