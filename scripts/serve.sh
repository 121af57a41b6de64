#!/usr/bin/env bash
# Sets everything up, then builds and serves the app at http://127.0.0.1:8080/
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
bash scripts/setup.sh
exec trunk serve --release --offline --address 127.0.0.1 --port "${PORT:-8080}" "$@"
