// How the script-tag distribution loads what it needs (dist/ copied to a site
// or a CDN, http-status-table.js loaded with its integrity hash): the wasm, its
// glue and the widget's stylesheet are resolved relative to this module
// (import.meta.url), so dist/ can be served from any path, and each is checked
// against its hash (Subresource Integrity), so the one integrity value on the
// <script> tag covers the whole chain.
// scripts/entries.mjs bundles this into dist/http-status-table.js.
import { Failure } from "./failure.js";

// Filled in after each build by scripts/integrity.mjs with the sha384 of every
// file below; empty in the source tree, where files load unchecked.
const INTEGRITY = {};

// Every file loaded, each written as a literal `new URL("./name",
// import.meta.url)`, resolved next to this module. The stylesheet is
// widget.css under a name that does not end in .css (the build writes the
// copy), so that a site which bundles the files anyway (VitePress links the
// first .css file of a bundle as the site's own stylesheet) is not broken.
const FILES = {
  "http-status-table-core.js": new URL("./http-status-table-core.js", import.meta.url),
  "http-status-table-core_bg.wasm": new URL("./http-status-table-core_bg.wasm", import.meta.url),
  // The glue's own import: it fetches the second file, split_later.wasm, with
  // that file's hash (written in by scripts/integrity.mjs).
  "__wasm_split.js": new URL("./__wasm_split.js", import.meta.url),
  "widget.css.txt": new URL("./widget.css.txt", import.meta.url),
};

// Filled in after each build by scripts/integrity.mjs: the files of each
// split module (src/ui/later.rs: `later`; src/host/api.rs: `page`, the
// standalone page's start-up, and `options`, the code that reads options
// given as JS values): its own and the chunks wasm-split-cli shares between
// them. __wasm_split.js fetches them when they are needed, each checked
// against the hash written into it.
const SPLIT_FILES = {};

// Filled in after each build by scripts/integrity.mjs in the standalone page's
// entry (assets/entry/page.js, the one that reads it): the digest of the page
// the build wrote into index.html's #app. Null in the source tree, where the
// served page is taken as it is.
export const SERVED_PAGE_DIGEST = null;

/** The standalone page shipped next to this module, for copied permalinks.
 *  Not a file loaded here, so resolved against a variable instead of
 *  import.meta.url (a bundler would try to copy it). */
const MODULE_URL = import.meta.url;
export const PERMALINK_PAGE = new URL("index.html", MODULE_URL).href;

/** After a fetch or a module preload of `name` failed: fetches it again,
 *  unchecked, to say what it was. */
async function diagnose(name, error) {
  let response;
  try {
    response = await fetch(FILES[name], { cache: "no-store" });
  } catch (fetchError) {
    return new Failure("not-loaded", { file: name, detail: fetchError.message || String(fetchError), cause: error });
  }
  if (!response.ok) return new Failure("not-loaded", { file: name, detail: `HTTP ${response.status}`, cause: error });
  return new Failure("integrity", { file: name, cause: error });
}

/** Fetches a file, refusing it if it does not match its hash. */
async function fetchVerified(name) {
  const integrity = INTEGRITY[name];
  let response;
  try {
    response = await fetch(FILES[name], integrity ? { integrity } : {});
  } catch (error) {
    throw await diagnose(name, error);
  }
  if (!response.ok) throw new Failure("not-loaded", { file: name, detail: `HTTP ${response.status}` });
  return response;
}

/** Puts a module in the page's module map through a <link rel="modulepreload"
 *  integrity>, refusing it if it does not match its hash. A dynamic import()
 *  cannot carry an integrity value, and neither can a module's own imports:
 *  they then use the checked copy. */
async function preloadVerified(name) {
  const integrity = INTEGRITY[name];
  if (!integrity) return;
  const link = document.createElement("link");
  link.rel = "modulepreload";
  link.href = FILES[name].href;
  link.integrity = integrity;
  try {
    await new Promise((resolve, reject) => {
      link.addEventListener("load", resolve);
      link.addEventListener("error", reject);
      document.head.append(link);
    });
  } catch (error) {
    throw await diagnose(name, error);
  } finally {
    link.remove();
  }
}

/** Imports a module once it and the modules it imports are preloaded and
 *  checked. After a failed check import() would fetch the file again,
 *  unchecked, so it is never called then. The import is of a runtime URL that
 *  bundlers leave alone, so the browser runs exactly the bytes that were checked. */
async function importVerified(name, imported = []) {
  const checks = [name, ...imported].map(preloadVerified);
  // All awaited below; a rejection before then is not unhandled.
  for (const check of checks) check.catch(() => {});
  for (const check of checks) await check;
  try {
    return await import(/* @vite-ignore */ /* webpackIgnore: true */ FILES[name].href);
  } catch (error) {
    throw await diagnose(name, error);
  }
}

/** The glue, with the wasm instantiated. Both downloads at once: importing
 *  the glue runs nothing yet. */
export async function loadGlue() {
  const wasm = fetchVerified("http-status-table-core_bg.wasm");
  // Handled below, where it is awaited; a rejection before then is not unhandled.
  wasm.catch(() => {});
  const glue = await importVerified("http-status-table-core.js", ["__wasm_split.js"]);
  return { glue, module: await wasm };
}

/** Starts downloading a split module's files (`page`: the standalone page's
 *  start-up, beside the main wasm): preloads that __wasm_split.js's own
 *  fetches of them then take (same address and mode; the fetch checks the
 *  hash), so nothing waits for them afterwards. The first at once, then a
 *  file a task (`pause` is awaited after each): starting a request is a few
 *  milliseconds of the main thread, tens at a phone's 4× slowdown. */
export async function preloadSplit(module, pause) {
  for (const name of SPLIT_FILES[module] ?? []) {
    const link = document.createElement("link");
    link.rel = "preload";
    link.as = "fetch";
    link.crossOrigin = "anonymous";
    link.href = new URL(name, MODULE_URL).href;
    document.head.append(link);
    await pause();
  }
}

/** Which of a split module's files could not be had, and why. Their hashes
 *  are read from __wasm_split.js (checked again: the cache has it). */
export async function splitFailure(module) {
  let splitLoader = "";
  try {
    splitLoader = await (await fetchVerified("__wasm_split.js")).text();
  } catch {
    // Without the hashes, a file that loads is not said to be altered.
  }
  for (const name of SPLIT_FILES[module] ?? []) {
    const address = new URL(name, MODULE_URL);
    let response;
    try {
      response = await fetch(address, { cache: "no-store" });
    } catch (error) {
      return new Failure("not-loaded", { file: name, detail: error.message || String(error), cause: error });
    }
    if (!response.ok) return new Failure("not-loaded", { file: name, detail: `HTTP ${response.status}` });
    const integrity = splitLoader.match(new RegExp(`"\\./${name.replace(".", "\\.")}", import\\.meta\\.url\\), \\{ integrity: "([^"]+)"`))?.[1];
    if (!integrity) continue;
    try {
      await fetch(address, { cache: "no-store", integrity });
    } catch (error) {
      return new Failure("integrity", { file: name, cause: error });
    }
  }
  return new Failure("start", { detail: `split_${module}.wasm could not be compiled` });
}

/** The widget's stylesheet, as text. */
export async function loadStyleText() {
  return (await fetchVerified("widget.css.txt")).text();
}
