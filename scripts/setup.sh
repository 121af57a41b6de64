#!/usr/bin/env bash
# Installs every tool the build and the tests need, at pinned versions, skipping
# what is already there. Safe to run again. Used by scripts/serve.sh, scripts/test.sh
# and .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# Cuts the release wasm in two at its #[wasm_split] functions (src/ui/later.rs),
# run by scripts/split-bin/wasm-bindgen before the real wasm-bindgen.
WASM_SPLIT_VERSION=0.2.4
# wasm-bindgen-cli must equal the wasm-bindgen crate in Cargo.lock exactly.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

# mdBook, for the docs-site test, compiles for minutes on a fresh machine: it is
# installed in the background (in a process group of its own, ended if this script
# fails first) while the rest is set up, and waited for at the end. Its output
# goes to a log that is shown then.
mdbook_log=$(mktemp)
setsid -w bash scripts/setup-docs-sites.sh mdbook >"$mdbook_log" 2>&1 &
mdbook_job=$!
trap 'kill -- -"$mdbook_job" 2>/dev/null || kill "$mdbook_job" 2>/dev/null || true; rm -f "$mdbook_log"' EXIT

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (compiles for 10-25 minutes, once per machine)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  # Not --locked: its lockfile names a crate version this registry lacks.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# The tool has no --version: cargo's list of what it installed says.
if ! command -v wasm-split-cli >/dev/null ||
  ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  say "installing wasm-split-cli $WASM_SPLIT_VERSION (wasm_split_cli_support)"
  cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --locked --force
fi

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  say "installing Debian's chromium and chromium-driver"
  export DEBIAN_FRONTEND=noninteractive
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq chromium chromium-driver brotli >/dev/null
fi
if ! command -v brotli >/dev/null; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get install -y -qq brotli >/dev/null || { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq brotli >/dev/null; }
fi

# Java runs the Nu HTML Checker (vnu-jar, an npm package) in the e2e tests.
if ! command -v java >/dev/null; then
  say "installing Debian's default-jre-headless (for the Nu HTML Checker)"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq default-jre-headless >/dev/null ||
    { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq default-jre-headless >/dev/null; }
fi

# The libraries whose names tests/library_names.rs checks the data against
# (Debian's Go source, JDK, Jakarta Servlet, Spring, Rack, Symfony).
missing_library_packages=$(grep -v '^#' tests/library-names/packages.txt | while read -r package; do
  [ -z "$package" ] && continue
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || echo "$package"
done)
if [ -n "$missing_library_packages" ]; then
  say "installing the libraries the names are checked against: $(echo $missing_library_packages)"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing_library_packages >/dev/null ||
    { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing_library_packages >/dev/null; }
fi

# npm packages: playwright-core (drives Debian's chromium), axe-core, binaryen,
# whose wasm-opt Trunk runs (Debian's binaryen is too old), vitepress for the
# docs-site test, lighthouse with chrome-launcher for the benchmark, and vnu-jar (the
# Nu Html Checker, which scripts/validate-html.mjs runs with java).
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] || [ ! -x node_modules/.bin/vitepress ] \
  || [ ! -d node_modules/http-status-codes ] \
  || [ ! -d node_modules/lighthouse ] || [ ! -d node_modules/chrome-launcher ] || [ ! -f node_modules/vnu-jar/build/dist/vnu.jar ] \
  || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages (package-lock.json)"
  npm ci --no-audit --no-fund --loglevel=error
fi

# The rest of the docs-site test's tools: MkDocs Material in .venv-docs/, Sphinx
# in .venv-sphinx/ (pinned in tests/docs-sites/), the npm fixtures' packages.
bash scripts/setup-docs-sites.sh without-mdbook

# Trunk runs --offline, which also makes cargo offline: fetch the crates first.
cargo fetch --locked >/dev/null 2>&1 || cargo fetch --locked
# The background mdBook install: its exit status is checked, its output shown.
if ! wait "$mdbook_job"; then
  cat "$mdbook_log" >&2
  echo "setup: installing mdBook failed" >&2
  exit 1
fi
cat "$mdbook_log"
say "tools ready: $(trunk --version), $(wasm-bindgen --version), wasm-opt $(node_modules/.bin/wasm-opt --version | awk '{print $3}'), $(mdbook --version), $(chromium --version 2>/dev/null | head -1)"
