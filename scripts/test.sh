#!/usr/bin/env bash
# Sets everything up, then runs every check and test:
#   lint      cargo fmt --check; clippy -D warnings for the native and wasm32 targets
#   native    cargo test: registry, query engine, sorting, property tests
#   browser   cargo test --target wasm32-unknown-unknown --no-default-features (unsplit):
#             components in headless Chromium
#   e2e       node --test on the release dist/ in headless Chromium (playwright-core)
#   docs      the release dist/ in a plain page, MkDocs Material, mdBook and
#             Sphinx (Furo; Alabaster) with the files copied in, and the packed npm
#             package in VitePress, Docusaurus and Starlight: built (and the
#             development servers of VitePress, Docusaurus, Starlight and mdBook
#             started), checked in headless Chromium
#   fuzz      a short cargo-fuzz run of each target (scripts/fuzz.sh --short)
# Ends with one line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
bash scripts/setup.sh || { echo "setup failed"; exit 1; }
mkdir -p test-output
LOG=test-output/test.log
: >"$LOG"

passed=0
failed=0
broken=()

# Each step's heading says how long the run has taken so far (CI's limit is 90
# minutes: the log shows where the time goes).
step() { printf '\n\033[1m== %s ==\033[0m (at %d min %02d s)\n' "$*" $((SECONDS / 60)) $((SECONDS % 60)); }

# Adds the counts from cargo's "test result:" lines; a run that fails without
# reporting any (a compile error) counts as one failure.
cargo_tests() {
  local label=$1; shift
  step "$label: $*"
  local out
  out=$(mktemp)
  "$@" 2>&1 | tee -a "$LOG" | tee "$out" | grep -E '^(test |test result|running|error|failures|---- )' || true
  local status=${PIPESTATUS[0]}
  local p f
  p=$(grep -oE 'test result: .* ([0-9]+) passed' "$out" | grep -oE '[0-9]+ passed' | awk '{s+=$1} END {print s+0}')
  f=$(grep -oE '[0-9]+ failed' "$out" | awk '{s+=$1} END {print s+0}')
  passed=$((passed + p)); failed=$((failed + f))
  if [ "$status" != 0 ] && [ "$f" = 0 ]; then failed=$((failed + 1)); fi
  [ "$status" = 0 ] || broken+=("$label")
  rm -f "$out"
}

check() {
  local label=$1; shift
  step "$label: $*"
  if "$@" >>"$LOG" 2>&1; then
    echo "ok"
  else
    tail -n 40 "$LOG"
    broken+=("$label"); failed=$((failed + 1))
  fi
}

check "format" cargo fmt --check
check "clippy (native)" cargo clippy --all-targets --locked -- -D warnings
check "clippy (wasm32)" cargo clippy --all-targets --all-features --locked --target wasm32-unknown-unknown -- -D warnings
cargo_tests "native" cargo test --locked
cargo_tests "browser" cargo test --locked --target wasm32-unknown-unknown --no-default-features

step "e2e: trunk build --release --offline"
if trunk build --release --offline >>"$LOG" 2>&1; then
  step "e2e: node --test tests/e2e"
  node --test --test-concurrency=1 \
    --test-reporter=spec --test-reporter-destination=stdout \
    --test-reporter=tap --test-reporter-destination=test-output/e2e.tap \
    tests/e2e/ 2>&1 | tee -a "$LOG"
  status=${PIPESTATUS[0]}
  p=$(grep -oE '^# pass [0-9]+' test-output/e2e.tap | awk '{print $3}')
  f=$(grep -oE '^# fail [0-9]+' test-output/e2e.tap | awk '{print $3}')
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
  if [ "$status" != 0 ]; then
    broken+=("e2e")
    [ "${f:-0}" != 0 ] || failed=$((failed + 1))
  fi

  # The same dist/ in MkDocs Material, mdBook (build and serve) and Sphinx, and
  # the packed npm package in VitePress, Docusaurus and Starlight (builds and dev
  # servers): built or started on loopback and checked in Chromium.
  step "docs sites: bash scripts/docs-sites.sh"
  started=$SECONDS
  if bash scripts/docs-sites.sh 2>&1 | tee -a "$LOG"; then
    step "docs sites: node --test tests/docs-sites"
    rm -f test-output/docs-sites.tap
    node --test --test-concurrency=1 \
      --test-reporter=spec --test-reporter-destination=stdout \
      --test-reporter=tap --test-reporter-destination=test-output/docs-sites.tap \
      tests/docs-sites/docs-sites.test.mjs 2>&1 | tee -a "$LOG"
    status=${PIPESTATUS[0]}
    p=$(grep -oE '^# pass [0-9]+' test-output/docs-sites.tap | awk '{print $3}')
    f=$(grep -oE '^# fail [0-9]+' test-output/docs-sites.tap | awk '{print $3}')
    passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
    if [ "$status" != 0 ]; then
      broken+=("docs sites")
      [ "${f:-0}" != 0 ] || failed=$((failed + 1))
    fi
  else
    broken+=("docs sites build"); failed=$((failed + 1))
  fi
  echo "docs sites: $((SECONDS - started)) s"
else
  tail -n 40 "$LOG"
  broken+=("trunk build"); failed=$((failed + 1))
fi

check "update-registry (modified CSV)" bash tests/update-registry.sh
check "fuzz (short)" bash scripts/fuzz.sh --short

echo
echo "took $((SECONDS / 60)) min $((SECONDS % 60)) s"
[ ${#broken[@]} = 0 ] || echo "failing steps: ${broken[*]} (full log: $LOG)"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ] && [ ${#broken[@]} = 0 ]
