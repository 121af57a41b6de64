// Trunk post-build hook (Trunk.toml), after integrity.mjs: lays out dist/ as an
// npm package too. It writes dist/package.json (its `files` are the embed entry,
// its types and the four files the entry loads) and a copy of README.md, so
// `npm pack dist` (scripts/pack.sh) makes the package that hosts install and
// import from their own bundled code. The entry in the package is the same file
// as dist/http-status-table.js, with the integrity hashes already written in.
// Usage: node scripts/package.mjs [dir]   (default: $TRUNK_STAGING_DIR, else dist)
import { copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

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

const ENTRY = "http-status-table.js";
const TYPES = "http-status-table.d.ts";
// What the entry loads (see FILES in assets/http-status-table.js), and the
// declarations its own .d.ts imports.
const LOADED = ["http-status-table-core.js", "http-status-table-core_bg.wasm", "widget.css.txt"];
const FILES = [ENTRY, TYPES, "http-status-table-core.d.ts", ...LOADED];

for (const name of FILES) {
  if (!existsSync(join(dir, name))) {
    console.error(`package: ${join(dir, name)} is missing`);
    process.exit(1);
  }
}
const entry = readFileSync(join(dir, ENTRY), "utf8");
if (/\bINTEGRITY\s*=\s*\{\}/.test(entry)) {
  console.error("package: the entry has no integrity hashes yet (run scripts/integrity.mjs first)");
  process.exit(1);
}
for (const name of LOADED) {
  // Minified, the space after the comma is gone.
  if (!entry.replaceAll(", import.meta.url", ",import.meta.url").includes(`new URL("./${name}",import.meta.url)`)) {
    console.error(`package: the entry does not name ${name} as new URL("./${name}", import.meta.url), so bundlers would not copy it`);
    process.exit(1);
  }
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
    "./package.json": "./package.json",
  },
  types: `./${TYPES}`,
  files: FILES,
  // Importing the entry defines <http-status-table>: it may not be tree-shaken away.
  sideEffects: [`./${ENTRY}`],
};
writeFileSync(join(dir, "package.json"), JSON.stringify(manifest, null, 2) + "\n");
copyFileSync(join(ROOT, "README.md"), join(dir, "README.md"));
console.log(`package: ${manifest.name}@${manifest.version} laid out in ${dir} (${FILES.length} files)`);
