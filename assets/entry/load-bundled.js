// How the npm package loads what it needs when a site's bundler (Vite,
// webpack, Astro, VitePress, Docusaurus) imports it: the bundler owns these
// files and may minify, pre-bundle, rename or source-map them, so nothing here
// checks hashes (an npm install's integrity is the lockfile's job). The glue is
// an ordinary ES module, the wasm is named by `new URL("…", import.meta.url)`
// (which bundlers copy as an asset), and the stylesheet is a string in a JS
// module, applied as a constructable stylesheet.
// scripts/entries.mjs bundles this into dist/index.js, the package's entry.
import * as glue from "./http-status-table-core.js";
import styleText from "./widget.css.js";
import { Failure } from "./failure.js";

const WASM = "http-status-table-core_bg.wasm";

// Only the standalone page has a served page to check.
export const SERVED_PAGE_DIGEST = null;

/** Copied permalinks point at the page the widget is on. */
export const PERMALINK_PAGE = typeof location === "undefined" ? "" : location.href.split("#")[0];

/** The wasm's bytes, or a failure that says what was served instead. */
async function fetchWasm() {
  const url = new URL("./http-status-table-core_bg.wasm", import.meta.url);
  let response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new Failure("not-loaded", { file: WASM, detail: error.message || String(error), cause: error });
  }
  if (!response.ok) throw new Failure("not-loaded", { file: WASM, detail: `HTTP ${response.status} from ${url.href}` });
  const bytes = await response.arrayBuffer();
  // "\0asm": anything else is not the file (a dev server's HTML page, say).
  const magic = new Uint8Array(bytes, 0, Math.min(4, bytes.byteLength));
  if (magic.length < 4 || magic[0] !== 0 || magic[1] !== 0x61 || magic[2] !== 0x73 || magic[3] !== 0x6d) {
    const type = response.headers.get("content-type") || "an unknown type";
    throw new Failure("not-loaded", { file: WASM, detail: `${url.href} answered with ${type}, not WebAssembly` });
  }
  return bytes;
}

/** The glue, with the wasm to instantiate. */
export async function loadGlue() {
  return { glue, module: await fetchWasm() };
}

/** The widget's stylesheet, as text. */
export async function loadStyleText() {
  return styleText;
}
