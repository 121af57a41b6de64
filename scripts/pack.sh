#!/usr/bin/env bash
# Packs the npm package that the build laid out in dist/ (scripts/package.mjs)
# into test-output/, and prints the tarball's path. Run after a trunk build.
# Usage: bash scripts/pack.sh [dist dir] [destination]
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-dist}
out=${2:-test-output}
if [ ! -f "$dir/package.json" ]; then
  echo "pack: $dir/package.json is missing; build first (trunk build --release --offline)" >&2
  exit 1
fi
mkdir -p "$out"
dest=$(cd "$out" && pwd)
name=$(cd "$dir" && npm pack --pack-destination "$dest" --silent --no-audit --no-fund | tail -n 1)
echo "$dest/$name"
