#!/usr/bin/env bash
# SPIKE: post-build step: copies wasm-split's chunks and loader (left next to
# wasm-bindgen's output by scripts/split-bin/wasm-bindgen) into the staging dir,
# and runs wasm-opt's size passes on each chunk (Trunk only optimizes the main module).
set -euo pipefail
profile=${TRUNK_PROFILE:-debug}
from="${CARGO_TARGET_DIR:-target}/wasm-bindgen/$profile"
to="${TRUNK_STAGING_DIR:-dist}"
[ -f "$from/__wasm_split.js" ] || exit 0
cp "$from/__wasm_split.js" "$to/"
for chunk in "$from"/split_*.wasm "$from"/chunk_*.wasm; do
  [ -f "$chunk" ] || continue
  out="$to/$(basename "$chunk")"
  if [ "$profile" = release ]; then
    wasm-opt --flatten --rereloop -Oz -Oz --converge \
      --strip-producers --strip-target-features --strip-debug --low-memory-unused \
      --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
      --enable-reference-types --enable-multivalue --enable-mutable-globals \
      "$chunk" -o "$out"
  else
    cp "$chunk" "$out"
  fi
done
