// What __wasm_split.js (written by wasm-split-cli, then minified by minify.mjs
// and given its hashes by integrity.mjs) says about the split files: for each
// split module (`later`, `page`, `options`, `data`), its own file and the chunks its
// loader waits for. Read by integrity.mjs, the benchmark and the tests, so
// that the loader's shape is known in one place.

/** One module's loader, as written or minified:
 *  `__wasm_split_load_page = wrapAsyncCb(makeLoad(() => {…}, [__chunk_5, __chunk_6]))`. */
const MODULE_LOADER = /__wasm_split_load_(\w+)\s*=\s*wrapAsyncCb\(makeLoad\([\s\S]*?\}\s*,\s*\[([\w,\s]*)\]\)\)/g;

/** { module: [its file, then the chunks it waits for] }, from the loader's text. */
export function splitModules(splitLoader) {
  const modules = {};
  for (const [, module, deps] of splitLoader.matchAll(MODULE_LOADER)) {
    const chunks = deps.split(",").map((name) => name.trim()).filter(Boolean);
    modules[module] = [`split_${module}.wasm`, ...chunks.map((chunk) => `${chunk.replace(/^__/, "")}.wasm`)];
  }
  return modules;
}
