// Trunk post-build hook (Trunk.toml), after integrity.mjs: lays out dist/ as an
// npm package too, so `npm pack dist` (scripts/pack.sh) makes the package that
// hosts install and import from their own bundled code. It writes
//   - widget.css.js, the stylesheet as a JS module (the package's entry imports it);
//   - package.json: the entry for bundlers is index.js (scripts/entries.mjs),
//     which imports the glue and the stylesheet module and names the wasm with
//     new URL(…, import.meta.url); http-status-table.js, the script-tag entry
//     with its integrity chain, ships too, for sites that copy the files;
//   - README.md, the package's own (scripts/package-readme.mjs).
// Usage: node scripts/package.mjs [dir]   (default: $TRUNK_STAGING_DIR, else dist)
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { packageReadme } from "./package-readme.mjs";

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? "dist";
const ROOT = join(import.meta.dirname, "..");

/** The version in Cargo.toml's [package] table: the crate and the package share it. */
function cargoVersion() {
  const manifest = readFileSync(join(ROOT, "Cargo.toml"), "utf8");
  const table = manifest.split(/^\[/m).find((part) => part.startsWith("package]"));
  const version = table?.match(/^version\s*=\s*"([^"]+)"/m)?.[1];
  if (!version) {
    console.error("package: no version in Cargo.toml's [package] table");
    process.exit(1);
  }
  return version;
}

const ENTRY = "index.js";
const SCRIPT_TAG_ENTRY = "http-status-table.js";
const TYPES = "http-status-table.d.ts";
const STYLE_MODULE = "widget.css.js";
// What the package's entry imports or loads, what the script-tag entry loads,
// and the declarations the types import.
const FILES = [
  ENTRY,
  STYLE_MODULE,
  "http-status-table-core.js",
  "http-status-table-core_bg.wasm",
  // The glue imports it; it fetches the second file (src/ui/later.rs), the
  // standalone page's start-up (split_page.wasm), the options' code
  // (split_options.wasm), the data API's (split_data.wasm) and the chunks
  // they share.
  "__wasm_split.js",
  "split_later.wasm",
  "split_page.wasm",
  // The code that reads options given as JS values, and the data API's
  // records (src/host/api.rs).
  "split_options.wasm",
  "split_data.wasm",
  // chunk_*.wasm: whichever this build has (below).
  TYPES,
  "http-status-table-core.d.ts",
  SCRIPT_TAG_ENTRY,
  "widget.css.txt",
];

// Bundlers copy every file __wasm_split.js names, the chunks included.
FILES.push(...readdirSync(dir).filter((name) => /^chunk_\w+\.wasm$/.test(name)).sort());

const fail = (message) => {
  console.error(`package: ${message}`);
  process.exit(1);
};

// The stylesheet as a module: the same text the script-tag entry fetches
// (minified in a release build).
const css = readFileSync(join(dir, "widget.css.txt"), "utf8");
writeFileSync(join(dir, STYLE_MODULE), `// The widget's stylesheet (style/widget.css), applied as a constructable stylesheet.\nexport default ${JSON.stringify(css)};\n`);

for (const name of FILES) {
  if (!existsSync(join(dir, name))) fail(`${join(dir, name)} is missing`);
}
const entry = readFileSync(join(dir, ENTRY), "utf8");
for (const imported of ["./http-status-table-core.js", `./${STYLE_MODULE}`]) {
  if (!entry.includes(`from "${imported}"`)) fail(`${ENTRY} does not import ${imported}`);
}
// Written so that bundlers copy the wasm as an asset and give the entry its address.
if (!entry.includes('new URL("./http-status-table-core_bg.wasm", import.meta.url)')) {
  fail(`${ENTRY} does not name the wasm as new URL("./http-status-table-core_bg.wasm", import.meta.url)`);
}
if (/\bINTEGRITY\s*=\s*\{\}/.test(readFileSync(join(dir, SCRIPT_TAG_ENTRY), "utf8"))) {
  fail(`${SCRIPT_TAG_ENTRY} has no integrity hashes yet (run scripts/integrity.mjs first)`);
}

const manifest = {
  name: "http-status-table",
  version: cargoVersion(),
  description:
    "An embeddable, filterable reference table of HTTP status codes: a custom element and a mount API (Rust, Leptos, WebAssembly)",
  license: "MIT",
  keywords: ["http", "status codes", "reference", "custom element", "web component", "webassembly"],
  type: "module",
  exports: {
    ".": { types: `./${TYPES}`, default: `./${ENTRY}` },
    [`./${SCRIPT_TAG_ENTRY}`]: { types: `./${TYPES}`, default: `./${SCRIPT_TAG_ENTRY}` },
    "./package.json": "./package.json",
  },
  module: `./${ENTRY}`,
  types: `./${TYPES}`,
  files: FILES,
  // Importing an entry defines <http-status-table>: it may not be tree-shaken away.
  sideEffects: [`./${ENTRY}`, `./${SCRIPT_TAG_ENTRY}`],
};
writeFileSync(join(dir, "package.json"), JSON.stringify(manifest, null, 2) + "\n");
writeFileSync(join(dir, "README.md"), packageReadme(readFileSync(join(ROOT, "README.md"), "utf8"), manifest.version));
console.log(`package: ${manifest.name}@${manifest.version} laid out in ${dir} (${FILES.length} files)`);
