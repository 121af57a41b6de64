#!/usr/bin/env bash
# Fuzzes the query engine and the embedding validation with cargo-fuzz
# (fuzz/fuzz_targets/: query, site_entries, options).
#
#   bash scripts/fuzz.sh [runs-per-target]   # default 1000000
#   bash scripts/fuzz.sh --short             # 20000 runs per target, for CI
#
# Each target starts from the committed inputs (fuzz/seeds/<target>/, the
# hand-written ones, and fuzz/corpus-min/<target>/, a minimized corpus) and
# writes what it finds to fuzz/corpus/<target>/, which git ignores. A crash is
# saved under fuzz/artifacts/<target>/ and makes the script exit non-zero;
# replay one with `RUSTC_BOOTSTRAP=1 cargo fuzz run -s none <target> <file>`.
# Full logs: fuzz/logs/<target>.log.
#
# Built without a sanitizer (-s none): the crate has no unsafe code, so
# AddressSanitizer only slowed the runs (about 5x); panics, failed assertions
# and overflow checks still count as crashes.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -f scripts/env.sh ]; then
    # shellcheck source=/dev/null
    source scripts/env.sh
fi

usage() {
    echo "usage: bash scripts/fuzz.sh [runs-per-target | --short]" >&2
    exit 2
}
RUNS=1000000
case "${1:-}" in
    "") ;;
    --short) RUNS=20000 ;;
    -h | --help) usage ;;
    *[!0-9]* | 0) usage ;;
    *) RUNS="$1" ;;
esac
[ "$#" -le 1 ] || usage

# cargo-fuzz passes -Z flags to rustc; this lets the stable toolchain take them.
export RUSTC_BOOTSTRAP=1
# libfuzzer-sys compiles libFuzzer (C++) from source: a bare machine needs g++.
if ! command -v c++ >/dev/null; then
    echo "Installing Debian's g++ (libFuzzer is built from source)"
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get install -y -qq g++ >/dev/null || { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq g++ >/dev/null; }
fi
CARGO_FUZZ_VERSION=0.13.1
if ! cargo fuzz --version 2>/dev/null | grep -qF "$CARGO_FUZZ_VERSION"; then
    cargo install --locked --version "$CARGO_FUZZ_VERSION" cargo-fuzz
fi

# target:max_len. The query text is cut at 256 characters and string options
# at 2000 bytes, so 4096 reaches past both; entries JSON needs room for a
# 2000-character link or a 1000-character description.
TARGETS=(query:4096 site_entries:8192 options:4096)
FUZZ=(cargo fuzz run --fuzz-dir fuzz -s none)

echo "Building the fuzz targets"
cargo fuzz build --fuzz-dir fuzz -s none

mkdir -p fuzz/logs
failed=()
for spec in "${TARGETS[@]}"; do
    target="${spec%%:*}"
    max_len="${spec##*:}"
    corpus="fuzz/corpus/$target"
    log="fuzz/logs/$target.log"
    mkdir -p "$corpus"
    inputs=("fuzz/seeds/$target")
    if [ -d "fuzz/corpus-min/$target" ]; then
        inputs+=("fuzz/corpus-min/$target")
    fi
    echo "Fuzzing $target: $RUNS runs (log: $log)"
    status=0
    # The first corpus directory is the one libFuzzer writes to: the ignored one.
    "${FUZZ[@]}" "$target" "$corpus" "${inputs[@]}" -- \
        -runs="$RUNS" -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 \
        >"$log" 2>&1 || status=$?
    done_line="$(grep -E '^Done [0-9]+ runs in [0-9]+ second' "$log" | tail -n 1 || true)"
    if [ "$status" -ne 0 ] || [ -z "$done_line" ]; then
        echo "FAILED: $target (exit $status); the end of $log:" >&2
        tail -n 40 "$log" >&2
        failed+=("$target")
        continue
    fi
    runs_done="$(echo "$done_line" | awk '{print $2}')"
    seconds="$(echo "$done_line" | awk '{print $5}')"
    rate="$(awk -v n="$runs_done" -v s="$seconds" 'BEGIN { if (s > 0) printf "%.0f", n / s; else print "n/a (under 1 s)" }')"
    echo "$target: $runs_done executions in $seconds s, $rate exec/s, corpus $(find "$corpus" -type f | wc -l) files"
done

if [ "${#failed[@]}" -gt 0 ]; then
    echo "Fuzzing found crashes in: ${failed[*]} (inputs under fuzz/artifacts/)" >&2
    exit 1
fi
echo "Fuzzing passed: ${#TARGETS[@]} targets, $RUNS runs each, no crash"
