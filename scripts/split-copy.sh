#!/usr/bin/env bash
# Trunk post-build hook (Trunk.toml), before shrink-wasm.sh: copies the second
# file of the split wasm (split_later.wasm, and any chunk wasm-split-cli shares
# between split modules) and its loader __wasm_split.js, which
# scripts/split-bin/wasm-bindgen left beside wasm-bindgen's output, into the
# build. Trunk copies only the main module and its glue.
set -euo pipefail
profile=${TRUNK_PROFILE:-debug}
from="${CARGO_TARGET_DIR:-target}/wasm-bindgen/$profile"
to="${TRUNK_STAGING_DIR:-dist}"
if [ ! -f "$from/__wasm_split.js" ]; then
  echo "split-copy: no __wasm_split.js in $from (was the wasm split? see scripts/split-bin)" >&2
  exit 1
fi
cp "$from/__wasm_split.js" "$to/"
for file in "$from"/split_*.wasm "$from"/chunk_*.wasm; do
  if [ -f "$file" ]; then cp "$file" "$to/"; fi
done
