#!/usr/bin/env bash
# Builds the documentation sites of tests/docs-sites/ into test-output/docs-sites/
# from the built dist/, each the way a host would use the widget:
#   plain/      a hand-written page, the widget's files copied next to it, the
#               entry loaded with its integrity hash (from dist/integrity.json)
#   mkdocs/     MkDocs Material, the widget's files copied into docs/http-status-table/
#               and loaded with extra_javascript (type: module)
#   vitepress/  VitePress, with the packed npm package (scripts/pack.sh) installed
#               from its tarball and imported by the theme; Vite bundles it
# Run after `trunk build --release --offline` (and scripts/setup.sh);
# tests/docs-sites/docs-sites.test.mjs serves and checks the results.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

OUT=test-output/docs-sites
FIXTURES=tests/docs-sites
# What a host copies: the entry and the four files it loads.
WIDGET=(http-status-table.js http-status-table-core.js http-status-table-core_bg.wasm widget.css.txt)
say() { printf '\033[1m[docs-sites]\033[0m %s\n' "$*"; }

for name in "${WIDGET[@]}" integrity.json package.json; do
  [ -f "dist/$name" ] || { echo "docs-sites: dist/$name is missing; run trunk build --release --offline first" >&2; exit 1; }
done
rm -rf "$OUT"
mkdir -p "$OUT"

say "packing the npm package"
tarball=$(bash scripts/pack.sh dist "$OUT")
echo "$tarball"

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

say "VitePress ($(node -p 'require("./node_modules/vitepress/package.json").version')), from $(basename "$tarball")"
cp -r "$FIXTURES/vitepress" "$OUT/vitepress-src"
# vitepress itself resolves from the repository's node_modules (a parent folder).
(cd "$OUT/vitepress-src" && npm install --no-save --no-package-lock --offline --no-audit --no-fund --loglevel=error "$tarball" >/dev/null)
vitepress build "$OUT/vitepress-src" --outDir "$PWD/$OUT/vitepress" >"$OUT/vitepress-build.log" 2>&1 || {
  cat "$OUT/vitepress-build.log"
  exit 1
}
say "built: $(cd "$OUT" && echo plain mkdocs vitepress)"
