// Release builds only (called by scripts/shrink-wasm.sh, before integrity.mjs
// hashes the files): minifies two files an embedded widget loads, with esbuild.
//   - http-status-table-core.js, the glue wasm-bindgen generates: 2.3 kB brotli less.
//   - widget.css.txt, the embed's copy of style/widget.css (integrity.mjs then
//     keeps it instead of copying the stylesheet): 1.0 kB brotli less.
// dist/widget.css stays as written: Trunk has already hashed it for index.html.
// Not the loader (its comments tell bundlers what to leave alone) and not
// trusted-types.js (it must stay above Vite's 4 kB inline limit).
// Usage: node scripts/minify.mjs [dir]   (default: $TRUNK_STAGING_DIR, else dist)
import { transformSync } from "esbuild";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? "dist";

function minify(from, to, loader) {
  const source = readFileSync(join(dir, from), "utf8");
  // No target: the syntax is left as written (ES modules, light-dark(), nesting).
  const { code } = transformSync(source, { loader, minify: true, legalComments: "none" });
  writeFileSync(join(dir, to), code);
  console.log(`minify: ${to} ${source.length} -> ${code.length} bytes`);
}

minify("http-status-table-core.js", "http-status-table-core.js", "js");
minify("widget.css", "widget.css.txt", "css");
