#!/usr/bin/env bash
# Trunk post-build hook (Trunk.toml), release builds only: runs wasm-opt's size
# passes again until they stop shrinking the wasm (--converge). Trunk's own
# single -Oz pass leaves about 0.6 kB brotli on the table. Runs before
# integrity.mjs, which hashes the final file.
set -euo pipefail
[ "${TRUNK_PROFILE:-}" = release ] || exit 0
wasm="${TRUNK_STAGING_DIR:-dist}/http-status-table-core_bg.wasm"
# The features rustc's wasm32 target emits (reference types, multi-value, …).
wasm-opt -Oz --converge \
  --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-reference-types --enable-multivalue --enable-mutable-globals \
  "$wasm" -o "$wasm"
