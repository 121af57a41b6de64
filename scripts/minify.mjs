// Release builds only (called by scripts/shrink-wasm.sh, before integrity.mjs
// hashes the files): minifies four files an embedded widget loads, with esbuild.
//   - http-status-table-core.js, the glue wasm-bindgen generates: 2.3 kB brotli less.
//   - widget.css.txt, the embed's copy of style/widget.css (integrity.mjs then
//     keeps it instead of copying the stylesheet): 1.0 kB brotli less.
//   - http-status-table.js, the loader (and the standalone page's,
//     http-status-table-page.js): 2.3 kB brotli less (its comments go).
//   - __wasm_split.js, the split files' loader: 0.2 kB brotli less.
//     Names are kept (integrity.mjs finds `INTEGRITY = {}`, and an embedder's
//     stack trace stays readable), and the one comment that matters to bundlers,
//     on its dynamic import(), is put back.
// dist/widget.css stays as written: Trunk has already hashed it for index.html.
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


// What tells Vite and webpack to leave the loader's import() of its own modules
// alone (the file is imported by address, after its integrity check).
const BUNDLER_IGNORE = "/* @vite-ignore */ /* webpackIgnore: true */ ";

function minifyLoader(name) {
  const source = readFileSync(join(dir, name), "utf8");
  const { code } = transformSync(source, {
    loader: "js",
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: "none",
  });
  const imports = code.split("import(").length - 1;
  const commented = /import\(\s*\/\* @vite-ignore \*\/\s*\/\* webpackIgnore: true \*\//.test(source);
  if (!commented || imports !== 1) {
    console.error(`minify: expected one import() in ${name} carrying the bundler comments, found ${imports}`);
    process.exit(1);
  }
  const minified = code.replace("import(", `import(${BUNDLER_IGNORE}`);
  writeFileSync(join(dir, name), minified);
  console.log(`minify: ${name} ${source.length} -> ${minified.length} bytes`);
}

/** The split files' loader that wasm-split-cli writes: whitespace and syntax
 *  only, so that its names stay (integrity.mjs and the tests read each
 *  module's loader, `__wasm_split_load_later`, and the chunks it waits for,
 *  `__chunk_4`): 0.2 kB brotli less on the critical path. */
function minifySplitLoader(name) {
  const source = readFileSync(join(dir, name), "utf8");
  const { code } = transformSync(source, { loader: "js", minifyWhitespace: true, minifySyntax: true, legalComments: "none" });
  writeFileSync(join(dir, name), code);
  console.log(`minify: ${name} ${source.length} -> ${code.length} bytes`);
}

minify("http-status-table-core.js", "http-status-table-core.js", "js");
minifyLoader("http-status-table.js");
minifyLoader("http-status-table-page.js");
minifySplitLoader("__wasm_split.js");
minify("widget.css", "widget.css.txt", "css");
