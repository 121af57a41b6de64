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

/** A split file that could not be had; the loader logged why. */
export function splitFailure(module) {
  return new Failure("not-loaded", { file: `split_${module}.wasm`, detail: "see the console" });
}

/** Copied permalinks point at the page the widget is on. */
export const PERMALINK_PAGE = typeof location === "undefined" ? "" : location.href.split("#")[0];

/** The wasm's response, to be compiled as it downloads (or its bytes, where
 *  the server does not say it is WebAssembly, which streaming requires); or a
 *  failure that says what was served instead. */
async function fetchWasm() {
  const url = new URL("./http-status-table-core_bg.wasm", import.meta.url);
  let response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new Failure("not-loaded", { file: WASM, detail: error.message || String(error), cause: error });
  }
  if (!response.ok) throw new Failure("not-loaded", { file: WASM, detail: `HTTP ${response.status} from ${url.href}` });
  // "\0asm": anything else is not the file (a dev server's HTML page, say).
  // Read from a copy, so that the response itself still streams.
  const magic = await firstBytes(response.clone(), 4);
  if (magic.length < 4 || magic[0] !== 0 || magic[1] !== 0x61 || magic[2] !== 0x73 || magic[3] !== 0x6d) {
    const type = response.headers.get("content-type") || "an unknown type";
    throw new Failure("not-loaded", { file: WASM, detail: `${url.href} answered with ${type}, not WebAssembly` });
  }
  const type = (response.headers.get("content-type") || "").split(";")[0].trim().toLowerCase();
  return type === "application/wasm" ? response : response.arrayBuffer();
}

/** The first `count` bytes of `response`'s body; the rest is not read. */
async function firstBytes(response, count) {
  if (!response.body) return new Uint8Array(await response.arrayBuffer()).subarray(0, count);
  const reader = response.body.getReader();
  const bytes = [];
  while (bytes.length < count) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes.push(...value.subarray(0, count - bytes.length));
  }
  reader.cancel().catch(() => {});
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
