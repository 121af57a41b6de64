// Why the widget could not start, said plainly: in place of the table and in
// the console. One of: no WebAssembly in this browser; a file that could not
// be loaded (which one, and its status); a file that failed its integrity
// check (which one); the WebAssembly module failed to start (the error).

/** A start-up failure of one of the kinds above. */
export class Failure extends Error {
  constructor(kind, { file = null, detail = "", cause } = {}) {
    super(reason(kind, file, detail), cause === undefined ? undefined : { cause });
    this.name = "HttpStatusTableError";
    this.kind = kind;
    this.file = file;
  }
}

function reason(kind, file, detail) {
  switch (kind) {
    case "no-wasm":
      return "this browser does not offer WebAssembly, which the table needs";
    case "not-loaded":
      return `the file ${file} could not be loaded (${detail})`;
    case "integrity":
      return `the file ${file} does not match its integrity hash: it was changed after the build, or on its way here`;
    default:
      return /Content.Security.Policy|unsafe-eval/i.test(detail)
        ? "the page's Content-Security-Policy does not allow WebAssembly (it needs 'wasm-unsafe-eval')"
        : `its WebAssembly module failed to start (${detail})`;
  }
}

/** Any error met while starting, as a Failure (unexpected ones as a failed start). */
export function asFailure(error) {
  if (error instanceof Failure) return error;
  return new Failure("start", { detail: (error && error.message) || String(error), cause: error });
}
