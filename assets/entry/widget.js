// The widget's JS entry, one source for both entries that scripts/entries.mjs
// writes from it:
//   - dist/http-status-table.js, for sites that load dist/ with a <script> tag
//     (every file it loads checked against its hash: load-checked.js);
//   - dist/index.js, the npm package's entry for bundlers (load-bundled.js).
// The standalone page has an entry of its own, this one with its start-up
// (page.js: dist/http-status-table-page.js), so that an embed does not load it.
// It
//   - registers <http-status-table> (attributes, live updates, Shadow DOM),
//   - exports mount(element, options) -> Promise<handle> for hosts that script,
//   - exports lookup(code), registry(), guide() and libraries() -> Promise of plain data.
// The wasm, its glue and the stylesheet are loaded once, however many widgets the
// page has. Importing it where there is no DOM (a docs tool's server-side
// rendering) defines nothing and fails nothing.
import { loadStyleText, splitFailure, PERMALINK_PAGE } from "./load.js";
import { asFailure } from "./failure.js";
import { loadWasm } from "./wasm.js";

const ATTRIBUTES = ["filter", "sort", "classes", "codes", "unofficial", "columns", "compact", "theme", "max-height", "guide", "languages", "language-column"];
const IANA = "https://www.iana.org/assignments/http-status-codes/";

let sheetLoading = null;

/** The wasm and the shared stylesheet for Shadow DOM widgets. */
function load() {
  sheetLoading ??= loadStyleSheet();
  return Promise.all([loadWasm(), sheetLoading]).then(([glue, sheet]) => ({ glue, sheet }));
}

let optionsLoading = null;
let optionsCodeIn = false;

/** The code that reads options given as JS values (split_options.wasm:
 *  serde-wasm-bindgen's deserializer, off the custom element's critical path,
 *  whose attributes are text), fetched once, before a widget is handed a JS
 *  object. Rejects with a Failure that names the file; the next call tries
 *  again. */
function loadOptionsCode() {
  optionsLoading ??= loadWasm().then(async (glue) => {
    if (await glue.loadOptionsCode()) {
      optionsCodeIn = true;
      return;
    }
    optionsLoading = null;
    throw await splitFailure("options");
  });
  return optionsLoading;
}

// A constructable stylesheet (adoptedStyleSheets), not <style> text: it works
// under a Content-Security-Policy without 'unsafe-inline'.
async function loadStyleSheet() {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(await loadStyleText());
    return sheet;
  } catch (error) {
    console.warn(`http-status-table: the widget's stylesheet could not be used (${asFailure(error).message}); showing the table unstyled.`, error);
    return null;
  }
}

/** Thrown (or rejected) when some options could not be used. The widget is
 *  still shown with every valid option applied; `widget` is its handle. */
export class OptionsError extends Error {
  constructor(problems, widget) {
    super(
      "http-status-table: some options could not be used:\n" +
        problems.map((p) => `  ${p.option}: ${p.message}`).join("\n"),
    );
    this.name = "OptionsError";
    this.problems = problems;
    this.widget = widget;
  }
}

// ---- keyboard: "/" focuses the filter of the widget in use -----------------

const widgetsByHost = new WeakMap();
let lastUsedHost = null;

function noteUse(event) {
  if (widgetsByHost.has(event.target)) lastUsedHost = event.target;
}

function typingIn(element) {
  if (!element || element.nodeType !== 1) return false;
  const tag = element.localName;
  return tag === "input" || tag === "textarea" || tag === "select" || element.isContentEditable;
}

function focusFilterOnSlash(event) {
  if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
  // The innermost target, inside shadow roots too: never take keys from a field.
  if (typingIn(event.composedPath()[0])) return;
  const host = widgetsByHost.has(event.target) ? event.target : lastUsedHost;
  const widget = host && host.isConnected ? widgetsByHost.get(host) : null;
  if (widget && widget.focusFilter()) event.preventDefault();
}

let listening = false;
function listenOnce() {
  if (listening) return;
  listening = true;
  document.addEventListener("focusin", noteUse, true);
  document.addEventListener("pointerdown", noteUse, true);
  document.addEventListener("keydown", focusFilterOnSlash);
}

// ---- rendering into a shadow root ------------------------------------------

function showMessage(shadow, text) {
  const message = document.createElement("p");
  message.setAttribute("part", "message");
  message.textContent = text;
  shadow.replaceChildren(message);
}

/** "Could not start", saying why, with a link to the official list. */
function cannotStartMessage(failure) {
  const message = document.createElement("p");
  const link = document.createElement("a");
  link.href = IANA;
  link.textContent = "IANA HTTP Status Code Registry";
  message.append(`The HTTP status code table could not start: ${failure.message}. The official list is the `, link, ".");
  return message;
}

function loadFailed(shadow, error) {
  const failure = asFailure(error);
  console.error(`http-status-table: could not start: ${failure.message}`, failure);
  const message = cannotStartMessage(failure);
  message.setAttribute("part", "message");
  shadow.replaceChildren(message);
  return failure;
}

/** Creates the Rust widget inside `shadow`, applies `configure(widget)`, renders. */
function createWidget(host, shadow, { glue, sheet }, configure) {
  shadow.adoptedStyleSheets = sheet ? [sheet] : [];
  const container = document.createElement("div");
  container.className = "hst-container";
  shadow.replaceChildren(container);
  // Copied permalinks point at the standalone page shipped next to this module.
  const widget = new glue.Widget(container, PERMALINK_PAGE);
  const problems = configure(widget);
  widget.render();
  widgetsByHost.set(host, widget);
  listenOnce();
  return { widget, problems };
}

function logProblems(host, problems) {
  if (problems.length) console.warn(new OptionsError(problems, null).message, host);
}

// ---- the custom element ------------------------------------------------------

// Where there is no DOM (server-side rendering), the class extends nothing and
// is never defined as an element.
const ElementBase = typeof HTMLElement === "undefined" ? class {} : HTMLElement;

/** `<http-status-table filter="4xx" sort="-name">`; attributes apply live. */
export class HttpStatusTableElement extends ElementBase {
  static observedAttributes = ATTRIBUTES;

  #shadow = this.attachShadow({ mode: "open" });
  #widget = null;
  #starting = false;
  /** JS options waiting for the code that reads them, and what came after. */
  #queued = null;

  connectedCallback() {
    if (this.#widget || this.#starting) return;
    this.#starting = true;
    if (!this.#shadow.firstChild) showMessage(this.#shadow, "Loading the HTTP status code table\u2026");
    // Entries in a JSON child are read by the options' code: it comes first
    // (fetched at once if the child is already parsed, else when it is seen).
    if (this.#entriesScript()) loadOptionsCode().catch(() => {});
    const ready = load().then(async (loaded) => {
      if (this.#entriesScript()) await loadOptionsCode();
      return loaded;
    });
    ready.then(
      (loaded) => {
        this.#starting = false;
        if (!this.isConnected || this.#widget) return;
        const { widget, problems } = createWidget(this, this.#shadow, loaded, (w) => [
          ...ATTRIBUTES.filter((name) => this.hasAttribute(name)).flatMap((name) =>
            w.setAttributeOption(name, this.getAttribute(name)),
          ),
          ...this.#entriesFrom(w),
        ]);
        this.#widget = widget;
        logProblems(this, problems);
      },
      (error) => {
        this.#starting = false;
        loadFailed(this.#shadow, error);
      },
    );
  }

  disconnectedCallback() {
    // Moving the element disconnects and reconnects it at once: keep the widget
    // (and what the reader typed) unless it stays out of the document.
    queueMicrotask(() => {
      if (!this.isConnected) this.#destroy();
    });
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (this.#widget && oldValue !== newValue) {
      this.#inOrder((widget) => logProblems(this, widget.setAttributeOption(name, newValue)));
    }
  }

  /** Applies a JS options object, as the mount API's `update` does. The
   *  first one may come before the code that reads JS values is in (the
   *  attributes never need it): it then applies as soon as that code is, in
   *  order with later changes, and what cannot be used is reported on the
   *  console and in the widget, as for attributes, instead of thrown. */
  update(options) {
    if (!this.#widget) throw new Error("http-status-table: the widget is not rendered yet");
    if (!optionsCodeIn || this.#queued) {
      const widget = this.#widget;
      this.#enqueue(() =>
        loadOptionsCode().then(
          () => this.#widget === widget && logProblems(this, widget.configure(options)),
          (error) => console.error(`http-status-table: these options were not applied: ${asFailure(error).message}`, this),
        ),
      );
      return;
    }
    const problems = this.#widget.configure(options);
    if (problems.length) throw new OptionsError(problems, this);
  }

  /** Applies a change now, or after the options still waiting for their code. */
  #inOrder(change) {
    const widget = this.#widget;
    if (!this.#queued) return change(widget);
    this.#enqueue(() => this.#widget === widget && change(widget));
  }

  /** Runs `step` (which never rejects) after what is queued already. */
  #enqueue(step) {
    const queued = (this.#queued ?? Promise.resolve()).then(step);
    this.#queued = queued;
    queued.then(() => {
      if (this.#queued === queued) this.#queued = null;
    });
  }

  /** Everything currently reported about this widget's options. */
  get problems() {
    return this.#widget ? this.#widget.problems() : [];
  }

  #entriesScript() {
    return this.querySelector(':scope > script[type="application/json"]');
  }

  #entriesFrom(widget) {
    const script = this.#entriesScript();
    return script ? widget.setEntriesJson(script.textContent) : [];
  }

  #destroy() {
    if (!this.#widget) return;
    widgetsByHost.delete(this);
    if (lastUsedHost === this) lastUsedHost = null;
    this.#widget.destroy();
    this.#widget = null;
    this.#shadow.replaceChildren();
  }
}

// ---- the mount API -------------------------------------------------------------

/**
 * Renders a widget at the end of `element` (inside its own Shadow DOM).
 * Resolves to a handle with update(options) and destroy(). If some options
 * cannot be used, the widget still renders with the rest and the promise
 * rejects with an OptionsError whose `widget` is the handle.
 */
export async function mount(element, options = {}) {
  if (!(element instanceof Element)) {
    throw new TypeError("http-status-table: mount(element, options) needs a DOM element as its first argument");
  }
  const host = document.createElement("div");
  host.className = "http-status-table";
  element.append(host);
  const shadow = host.attachShadow({ mode: "open" });
  showMessage(shadow, "Loading the HTTP status code table\u2026");
  let loaded;
  try {
    // Options are a JS object: the code that reads them (split_options.wasm)
    // is fetched with the rest, so that update() applies at once too.
    [loaded] = await Promise.all([load(), loadOptionsCode()]);
  } catch (error) {
    loadFailed(shadow, error);
    throw error;
  }
  const { widget, problems } = createWidget(host, shadow, loaded, (w) => w.configure(options));
  let destroyed = false;
  const handle = {
    /** The element that holds the widget (removed by destroy). */
    element: host,
    update(next) {
      if (destroyed) throw new Error("http-status-table: update() after destroy()");
      const found = widget.configure(next);
      if (found.length) throw new OptionsError(found, handle);
    },
    get problems() {
      return destroyed ? [] : widget.problems();
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      widgetsByHost.delete(host);
      if (lastUsedHost === host) lastUsedHost = null;
      widget.destroy();
      host.remove();
    },
  };
  if (problems.length) throw new OptionsError(problems, handle);
  return handle;
}

// ---- the data API ----------------------------------------------------------------
// The records are built by code in split_data.wasm, which the first call fetches
// (src/host/api.rs); a call that cannot have it is rejected and the next one retries.

/** The entry for a code (the registered one first), or undefined. */
export async function lookup(code) {
  return (await loadWasm()).lookup(code);
}

/** Every entry: registered codes and the unofficial ones, in code order. */
export async function registry() {
  return (await loadWasm()).registry();
}

/** The "which code should I return?" guide as plain data. */
export async function guide() {
  return (await loadWasm()).guide();
}

/** The libraries whose names the entries carry, with where each was read. */
export async function libraries() {
  return (await loadWasm()).libraries();
}

// ---- where there is a DOM ------------------------------------------------------------

if (typeof customElements !== "undefined" && !customElements.get("http-status-table")) {
  customElements.define("http-status-table", HttpStatusTableElement);
}
