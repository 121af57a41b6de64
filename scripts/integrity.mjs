// Trunk post-build hook (Trunk.toml): Subresource Integrity for what Trunk does
// not hash itself (it hashes the stylesheets it links).
//   0. Copies widget.css to widget.css.txt, the stylesheet embedded widgets load
//      (fetched as text; a name without .css, see FILES in the loader), unless
//      a release build's minify.mjs has already written it minified.
//   1. Writes the sha384 of each file the loader fetches or imports into
//      http-status-table.js (its `const INTEGRITY = {};`).
//   2. Adds integrity to index.html's two scripts (http-status-table.js starts
//      the page; start.js keeps the served page until then).
//   3. Writes integrity.json (every hash) and embed-snippet.html (the <script>
//      tag for hosts, with integrity and crossorigin).
// Usage: node scripts/integrity.mjs [dir]   (default: $TRUNK_STAGING_DIR, else dist)
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? "dist";
const LOADED_BY_LOADER = ["http-status-table-core.js", "http-status-table-core_bg.wasm", "widget.css.txt"];

const read = (name) => readFileSync(join(dir, name));
const sri = (bytes) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;

function replaceOnce(text, pattern, replacement, what) {
  const found = text.match(new RegExp(pattern, "g"));
  if (!found || found.length !== 1) {
    console.error(`integrity: expected exactly one ${what}, found ${found ? found.length : 0}`);
    process.exit(1);
  }
  return text.replace(pattern, replacement);
}

if (!existsSync(join(dir, "widget.css.txt"))) {
  writeFileSync(join(dir, "widget.css.txt"), read("widget.css"));
}

const hashes = Object.fromEntries(LOADED_BY_LOADER.map((name) => [name, sri(read(name))]));
const loader = replaceOnce(
  read("http-status-table.js").toString("utf8"),
  // As written, or as minify.mjs leaves it (`const INTEGRITY={},FILES=…`).
  /\bINTEGRITY\s*=\s*\{\}/,
  `INTEGRITY = ${JSON.stringify(hashes)}`,
  "`INTEGRITY = {}` in http-status-table.js",
);
writeFileSync(join(dir, "http-status-table.js"), loader);
hashes["http-status-table.js"] = sri(Buffer.from(loader, "utf8"));
hashes["start.js"] = sri(read("start.js"));

let page = read("index.html").toString("utf8");
for (const name of ["http-status-table.js", "start.js"]) {
  page = replaceOnce(
    page,
    new RegExp(`<script type="module" src="\\./${name.replace(".", "\\.")}"></script>`),
    `<script type="module" src="./${name}" integrity="${hashes[name]}"></script>`,
    `${name} script tag in index.html`,
  );
}
// No preloads of the glue, the policy module or the wasm: the page is served with
// its table, which must paint before the 160 kB wasm competes with the stylesheets
// for the connection (the loader starts the downloads after the first frame).
writeFileSync(join(dir, "index.html"), page);

writeFileSync(join(dir, "integrity.json"), JSON.stringify(hashes, null, 2) + "\n");
writeFileSync(
  join(dir, "embed-snippet.html"),
  `<!-- The widget from this build; replace the address with where you serve dist/. -->\n` +
    `<script type="module" src="https://YOUR-HOST/http-status-table/http-status-table.js"\n` +
    `        integrity="${hashes["http-status-table.js"]}" crossorigin="anonymous"></script>\n` +
    `<http-status-table></http-status-table>\n`,
);
console.log(`integrity: ${Object.keys(hashes).length} files hashed in ${dir}`);
