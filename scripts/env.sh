# Sourced by the scripts: puts the project's npm tools (wasm-opt) and cargo's bin on PATH,
# and first the wasm-bindgen that splits the release wasm before the real one runs
# (scripts/split-bin/wasm-bindgen).
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$ROOT/scripts/split-bin:$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
