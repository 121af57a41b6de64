// The glue with the wasm instantiated, once per page: shared by the widget's
// entry (widget.js) and the standalone page's (page.js).
import { loadGlue } from "./load.js";
import { asFailure, Failure } from "./failure.js";

let glueLoading = null;

/** The glue with the wasm instantiated, once per page. (Nothing needs a
 *  Trusted Types policy: the wasm writes the DOM with elements, text and
 *  attributes, never markup.) */
export function loadWasm() {
  glueLoading ??= (async () => {
    if (typeof WebAssembly !== "object") throw new Failure("no-wasm");
    const { glue, module } = await loadGlue();
    try {
      await glue.default({ module_or_path: module });
    } catch (error) {
      throw asFailure(error);
    }
    return glue;
  })();
  return glueLoading;
}
