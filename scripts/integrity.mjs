// Trunk post-build hook (Trunk.toml): Subresource Integrity for what Trunk does
// not hash itself (it hashes the stylesheets it links).
//   0. Copies widget.css to widget.css.txt, the stylesheet embedded widgets load
//      (fetched as text; a name without .css, see FILES in the loader), unless
//      a release build's minify.mjs has already written it minified.
//   0b. Writes the sha384 of each split wasm (src/ui/later.rs: split_later.wasm;
//      src/host/api.rs: the page's start-up, split_page.wasm, the options'
//      code, split_options.wasm, and the data API's, split_data.wasm) into the
//      fetch that
//      __wasm_split.js makes for it, so they are checked like the first;
//      __wasm_split.js, the glue's import, is then hashed with the others.
//   1. Writes the sha384 of each file the loader fetches or imports into the two
//      script-tag entries, http-status-table.js (the widget's) and
//      http-status-table-page.js (the standalone page's): their
//      `const INTEGRITY = {};`, and the names of each split file's files
//      (`SPLIT_FILES`); into the page's entry, the digest of the page the build
//      wrote into index.html's #app (`SERVED_PAGE_DIGEST`): it hydrates a
//      served page only if it has that digest.
//   2. Adds integrity to index.html's two scripts (http-status-table-page.js
//      starts the page; start.js keeps the served page until then).
//   3. Writes integrity.json (every hash) and embed-snippet.html (the <script>
//      tag for hosts, with integrity and crossorigin).
// Usage: node scripts/integrity.mjs [dir]   (default: $TRUNK_STAGING_DIR, else dist)
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "parse5";
import { splitModules } from "./split-files.mjs";
import { digest } from "../assets/entry/digest.js";

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? "dist";
/** The standalone page's entry (scripts/entries.mjs). */
const PAGE_ENTRY = "http-status-table-page.js";
const LOADED_BY_LOADER = [
  "http-status-table-core.js",
  "http-status-table-core_bg.wasm",
  "__wasm_split.js",
  "widget.css.txt",
];

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

// As wasm-split-cli writes it, or as minify.mjs leaves it (no spaces).
const SPLIT_FETCH = /fetch\(new URL\("\.\/((?:split|chunk)_[\w-]+\.wasm)",\s*import\.meta\.url\)\)/g;
const splitHashes = {};
const splitLoader = read("__wasm_split.js")
  .toString("utf8")
  .replace(SPLIT_FETCH, (_, name) => {
    splitHashes[name] = sri(read(name));
    return `fetch(new URL("./${name}", import.meta.url), { integrity: "${splitHashes[name]}" })`;
  });
writeFileSync(join(dir, "__wasm_split.js"), splitLoader);
// Each split file with the chunks its loader waits for (`[__chunk_3]`), by
// module, names only (their hashes are in __wasm_split.js, checked itself):
// the loader preloads the page's start-up (`page`) and names the file that
// failed when the page's start-up or the options' code (`options`) cannot be
// had.
const splitFiles = splitModules(splitLoader);
for (const [module, files] of Object.entries(splitFiles)) {
  for (const name of files) {
    if (!splitHashes[name]) {
      console.error(`integrity: __wasm_split.js's loader of ${module} waits for ${name}, which it does not fetch`);
      process.exit(1);
    }
  }
}
for (const module of ["later", "page", "options", "data"]) {
  if (!splitHashes[`split_${module}.wasm`] || !splitFiles[module]) {
    console.error(`integrity: __wasm_split.js has no loader for split_${module}.wasm`);
    process.exit(1);
  }
}

const hashes = Object.fromEntries(LOADED_BY_LOADER.map((name) => [name, sri(read(name))]));
const loaderHashes = { ...hashes };
// The two script-tag entries: the widget's, and the standalone page's (the
// widget's with the page's start-up, which alone checks the served page).
for (const [entry, servesPage] of [["http-status-table.js", false], [PAGE_ENTRY, true]]) {
  let loader = replaceOnce(
    read(entry).toString("utf8"),
    // As written, or as minify.mjs leaves it (`const INTEGRITY={},FILES=…`).
    /\bINTEGRITY\s*=\s*\{\}/,
    `INTEGRITY = ${JSON.stringify(loaderHashes)}`,
    `\`INTEGRITY = {}\` in ${entry}`,
  );
  loader = replaceOnce(
    loader,
    /\bSPLIT_FILES\s*=\s*\{\}/,
    `SPLIT_FILES = ${JSON.stringify(splitFiles)}`,
    `\`SPLIT_FILES = {}\` in ${entry}`,
  );
  if (servesPage) {
    loader = replaceOnce(
      loader,
      /\bSERVED_PAGE_DIGEST\s*=\s*null/,
      `SERVED_PAGE_DIGEST = ${JSON.stringify(servedPageDigest(read("index.html").toString("utf8")))}`,
      `\`SERVED_PAGE_DIGEST = null\` in ${entry}`,
    );
  }
  writeFileSync(join(dir, entry), loader);
  hashes[entry] = sri(Buffer.from(loader, "utf8"));
}
hashes["start.js"] = sri(read("start.js"));
Object.assign(hashes, splitHashes);

let page = read("index.html").toString("utf8");
for (const name of [PAGE_ENTRY, "start.js"]) {
  page = replaceOnce(
    page,
    new RegExp(`<script type="module" src="\\./${name.replaceAll(".", "\\.")}"></script>`),
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

/** The digest of index.html's #app as a browser parses it: the same canonical
 *  text as servedPageText() in the page's loader, and the same digest() (an unchanged
 *  page is hydrated: tests/e2e/content-first.test.mjs). */
function servedPageDigest(html) {
  const find = (node) => {
    if (node.attrs?.some((a) => a.name === "id" && a.value === "app")) return node;
    for (const child of node.childNodes ?? []) {
      const found = find(child);
      if (found) return found;
    }
    return null;
  };
  const app = find(parse(html, { scriptingEnabled: true }));
  if (!app) {
    console.error("integrity: index.html has no #app");
    process.exit(1);
  }
  const out = [];
  const walk = (parent) => {
    for (const node of parent.childNodes) {
      if (node.nodeName === "#text") out.push(JSON.stringify(node.value));
      else if (node.nodeName === "#comment") out.push(`<!${JSON.stringify(node.data)}>`);
      else {
        out.push(`<${node.tagName}`);
        // A disclosure the reader opened is not a change to the page (the
        // loader skips `open` on <details> too).
        for (const { name, value } of node.attrs) if (!(node.tagName === "details" && name === "open")) out.push(` ${name}=${JSON.stringify(value)}`);
        out.push(">");
        walk(node);
        out.push("</>");
      }
    }
  };
  walk(app);
  return digest(out.join(""));
}
