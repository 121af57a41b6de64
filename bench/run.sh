#!/usr/bin/env bash
# The benchmark (see bench/README.md): builds the widget's release dist/ (and a
# `--features bench` build for the 1,000/10,000-entry and memory runs), builds the
# plain-JavaScript baseline from the same data, then prints the size table and the
# widget/baseline figures measured in headless Chromium, then Lighthouse's scores for
# both pages (bench/lighthouse.mjs: mobile preset, served with brotli, median of 5 runs;
# 1 with --quick).
#
#   bash bench/run.sh            full run (about 22 minutes on two cores)
#   bash bench/run.sh --quick    CI: fewer rounds and keystrokes (a few minutes)
#
# Other options: --rev <commit> benchmarks a committed revision (exported with
# `git archive` into bench/out/rev-src) instead of the working tree; --rounds N and
# --sizes registry,1000,10000 are passed to bench/driver.mjs; --no-lighthouse skips
# the Lighthouse part.
# Exits non-zero only if something breaks (build, page error, widget and baseline
# disagreeing, a Lighthouse run failing), never because of a timing or a score.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
OUT="$ROOT/bench/out"
START=$(date +%s)

REV=""
DRIVER_ARGS=()
LIGHTHOUSE_ARGS=()
LIGHTHOUSE=1
while [ $# -gt 0 ]; do
  case "$1" in
    --rev) REV="$2"; shift 2 ;;
    --rounds|--sizes) DRIVER_ARGS+=("$1" "$2"); shift 2 ;;
    --quick) DRIVER_ARGS+=("$1"); LIGHTHOUSE_ARGS+=("$1"); shift ;;
    --no-lighthouse) LIGHTHOUSE=0; shift ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    *) echo "bench/run.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

say() { printf '\033[1m[bench]\033[0m %s\n' "$*"; }

source scripts/env.sh
if [ "${BENCH_SKIP_SETUP:-0}" != 1 ]; then
  bash scripts/setup.sh >/dev/null || { echo "bench: scripts/setup.sh failed" >&2; exit 1; }
fi
mkdir -p "$OUT"

# What is measured: the working tree, or a committed revision.
if [ -n "$REV" ]; then
  SRC="$OUT/rev-src"
  rm -rf "$SRC" && mkdir -p "$SRC"
  git archive "$REV" | tar -x -C "$SRC"
  # Its own target dir, so builds of the working tree (tests, other benches) cannot
  # overwrite the wasm between cargo and wasm-bindgen.
  export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$OUT/target}"
  export BENCH_REVISION="revision $(git rev-parse --short "$REV^{commit}")"
else
  SRC="$ROOT"
  BENCH_REVISION="working tree at $(git rev-parse --short HEAD)"
  if ! git diff --quiet HEAD -- src data style assets index.html build.rs Cargo.toml Cargo.lock Trunk.toml 2>/dev/null; then
    BENCH_REVISION="$BENCH_REVISION (with uncommitted changes)"
  fi
  export BENCH_REVISION
fi
say "measuring the $BENCH_REVISION"

build() {
  local label=$1; shift
  say "$label"
  if ! (cd "$SRC" && "$@") >>"$OUT/build.log" 2>&1; then
    tail -n 30 "$OUT/build.log"
    echo "bench: $label failed (log: bench/out/build.log)" >&2
    exit 1
  fi
}
: >"$OUT/build.log"
build "trunk build --release (the widget as shipped)" \
  trunk build --release --offline --dist "$OUT/widget"
build "trunk build --release --features bench (?bench-rows=N, wasm memory exposed)" \
  trunk build --release --offline --dist "$OUT/widget-bench" --features bench
build "baseline page" node "$ROOT/bench/baseline/build.mjs" --src "$SRC" --assets "$OUT/widget" --out "$OUT/baseline"
build "baseline page with the bench-rows hook" node "$ROOT/bench/baseline/build.mjs" --src "$SRC" --assets "$OUT/widget" --out "$OUT/baseline-bench" --bench
BUILT=$(date +%s)
say "builds done in $((BUILT - START)) s; measuring in headless Chromium"

status=0
node bench/driver.mjs --out "$OUT" ${DRIVER_ARGS[@]+"${DRIVER_ARGS[@]}"} || status=$?
if [ "$LIGHTHOUSE" = 1 ]; then
  say "Lighthouse on both pages and the control (mobile preset, served with brotli)"
  node bench/lighthouse.mjs --out "$OUT" ${LIGHTHOUSE_ARGS[@]+"${LIGHTHOUSE_ARGS[@]}"} || status=$?
fi
say "total $(( $(date +%s) - START )) s (builds $((BUILT - START)) s); tables in bench/out/results.md and bench/out/lighthouse.md, raw figures in bench/out/results.json and bench/out/lighthouse.json"
exit $status
