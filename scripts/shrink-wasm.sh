#!/usr/bin/env bash
# Trunk post-build hook (Trunk.toml), release builds only: runs wasm-opt's size
# passes again until they stop shrinking the wasm (--converge). Trunk's own
# single -Oz pass leaves about 0.6 kB brotli on the table. Control flow is first
# flattened and rebuilt (--flatten --rereloop), which lets -Oz fold more: 1.2 kB
# brotli less (two rounds of it gave 0.15 kB more; -Os, --gufa and
# --merge-similar-functions gave less or nothing). The producers and
# target-features sections are only for tools. --low-memory-unused (0.5 kB
# brotli) lets wasm-opt fold a constant added to an address into the access's
# offset: the two differ only for an address that wraps below 1 KiB, and Rust
# puts the 1 MiB stack first, so the lowest KiB is only reached by a stack that
# has all but overflowed (and an access there then traps instead of wrapping).
# The second file (split_*.wasm, chunk_*.wasm: scripts/split-copy.sh) gets the
# same passes. Runs before integrity.mjs, which hashes the final files.
set -euo pipefail
[ "${TRUNK_PROFILE:-}" = release ] || exit 0
dir="${TRUNK_STAGING_DIR:-dist}"
for wasm in "$dir"/http-status-table-core_bg.wasm "$dir"/split_*.wasm "$dir"/chunk_*.wasm; do
  [ -f "$wasm" ] || continue
  # The features rustc's wasm32 target emits (reference types, multi-value, …).
  wasm-opt --flatten --rereloop -Oz -Oz --converge \
    --strip-producers --strip-target-features --low-memory-unused \
    --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-reference-types --enable-multivalue --enable-mutable-globals \
    "$wasm" -o "$wasm"
done
# Split files under 4 kB padded, so that Vite copies them instead of inlining
# them as data: URLs (see the script).
node "$(dirname "${BASH_SOURCE[0]}")/pad-wasm.mjs"
# The wasm-bindgen glue and the embed's stylesheet, minified (see the script).
node "$(dirname "${BASH_SOURCE[0]}")/minify.mjs"
