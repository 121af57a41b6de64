// The standalone page's JS entry (index.html, and the iframe that shows it),
// written by scripts/entries.mjs as dist/http-status-table-page.js: the
// widget's entry (widget.js: the element, mount, the data API) with the page's
// start-up, which takes over the table served in #app. An embed loads the
// widget's entry alone, so this code is not on its critical path.
import { preloadSplit, splitFailure, SERVED_PAGE_DIGEST } from "./load.js";
import { asFailure } from "./failure.js";
import { loadWasm } from "./wasm.js";
import { digest } from "./digest.js";

export * from "./widget.js";

// ---- the standalone page (index.html) ----------------------------------------------

/** Resolves once the served page's first paint has reached the screen: the
 *  browser's first-contentful-paint entry, which comes after the frame is shown
 *  (a requestAnimationFrame callback runs before it is, so downloads started
 *  there can still land before the first paint). Without paint timing, two
 *  frames. At once in a background tab, and after 1 s at the latest (a page
 *  that never paints, such as a hidden iframe). */
function afterFirstPaint() {
  if (document.visibilityState === "hidden") return Promise.resolve();
  const painted = new Promise((ok) => {
    if (PerformanceObserver.supportedEntryTypes?.includes("paint")) {
      new PerformanceObserver((list, observer) => {
        if (list.getEntriesByName("first-contentful-paint").length === 0) return;
        observer.disconnect();
        ok();
      }).observe({ type: "paint", buffered: true });
    } else {
      requestAnimationFrame(() => requestAnimationFrame(ok));
    }
  });
  const limit = new Promise((ok) => setTimeout(ok, 1000));
  return Promise.race([painted, limit]).then(() => new Promise((ok) => setTimeout(ok, 0)));
}

// ---- the served page's digest -----------------------------------------------

// What assets/start.js writes into the served page before the app runs: its
// marks on the controls the reader changed, and the count it replaced while
// the address asks for a view (data-served keeps the count as served).
const START_MARKS = ["data-changed", "data-served"];

/** The served page as a canonical text: every element with its attributes in
 *  order, every text and comment, as start.js found them. scripts/integrity.mjs
 *  computes the same over the page the build wrote and puts its digest in
 *  SERVED_PAGE_DIGEST (tested: an unchanged page is hydrated). Read a slice at
 *  a time, in document order: `pause()` is awaited whenever a slice has taken
 *  4 ms, so that a phone (4× slower) keeps answering the reader meanwhile. */
async function servedPageText(root, pause) {
  let out = "";
  let sliceStart = performance.now();
  let node = root.firstChild;
  while (node) {
    if (node.nodeType === 1) {
      const tag = node.localName;
      out += `<${tag}`;
      for (const name of node.getAttributeNames()) {
        // The reader may open the served guide's disclosures before the app runs.
        const opened = tag === "details" && name === "open";
        if (!START_MARKS.includes(name) && !opened) out += ` ${name}=${JSON.stringify(node.getAttribute(name))}`;
      }
      out += ">";
      if (node.hasAttribute("data-served")) out += JSON.stringify(node.getAttribute("data-served"));
      else if (node.firstChild) {
        node = node.firstChild;
        continue;
      }
      out += "</>";
    } else if (node.nodeType === 3) out += JSON.stringify(node.data);
    else if (node.nodeType === 8) out += `<!${JSON.stringify(node.data)}>`;
    // The next node: a sibling, or that of the nearest parent that has one
    // (the parents left behind are closed). A node taken out of the page
    // meanwhile ends the text, which then matches no build's.
    while (!node.nextSibling) {
      node = node.parentNode;
      if (node === root || node === null) return out;
      out += "</>";
    }
    node = node.nextSibling;
    if (performance.now() - sliceStart > 4) {
      await pause();
      sliceStart = performance.now();
    }
  }
  return out;
}

// ---- the standalone page (index.html) ----------------------------------------------

/** Takes over the page served in #app (index.html holds its table, written at
 *  build time with Leptos SSR): the wasm hydrates it in place if it is the
 *  page this build wrote, and renders it afresh otherwise. The downloads start
 *  once its first paint is shown, so they do not delay the served table. If
 *  the wasm cannot start, the served table stays and start.js says why it
 *  cannot be filtered. */
async function startPage() {
  try {
    await afterFirstPaint();
    // A task apiece, so a phone keeps answering the reader between them
    // (Lighthouse: Total Blocking Time).
    const nextTask = () => new Promise((ok) => setTimeout(ok, 0));
    // The page's start-up file first, then the main wasm, then the chunks the
    // start-up file waits for, a task apiece; all of them before the start-up
    // file is loaded (which takes the preloads).
    const preloading = preloadSplit("page", nextTask);
    const loading = loadWasm();
    const [glue] = await Promise.all([loading, preloading]);
    // The page's start-up code (split_page.wasm, preloaded meanwhile) is
    // compiled while the first tasks run, and started a task after it is in:
    // instantiating it and starting the page are not one long task.
    const pageFile = glue.loadPageFile();
    // Awaited below; a rejection before then is not unhandled.
    pageFile.catch(() => {});
    // A task apiece too: the search index, the check of the
    // served page (its text in slices, then its digest: run once, before the
    // engine has compiled them, the two in one go took 14 ms unthrottled, 58
    // at a phone's 4× slowdown), and the hydration's steps.
    await nextTask();
    glue.preparePage();
    await nextTask();
    const app = document.getElementById("app");
    const served = SERVED_PAGE_DIGEST === null || app === null ? null : await servedPageText(app, nextTask);
    await nextTask();
    const matches = SERVED_PAGE_DIGEST === null || (served !== null && digest(served) === SERVED_PAGE_DIGEST);
    await nextTask();
    if (!(await pageFile)) throw await splitFailure("page");
    await nextTask();
    // Hydration takes steps (the widget, its rows, what depends on the
    // reader): a task apiece too.
    let more = await glue.startPage(matches);
    if (more === undefined) throw await splitFailure("page");
    while (more) {
      await nextTask();
      more = glue.nextPageStep();
    }
  } catch (error) {
    const failure = asFailure(error);
    console.error(`http-status-table: could not start: ${failure.message}`, failure);
    const app = document.getElementById("app");
    // The served page keeps its table; start.js shows why it cannot be filtered.
    app?.setAttribute("data-failed", failure.message);
    app?.dispatchEvent(new Event("http-status-table-failed"));
  }
}

// ---- start ------------------------------------------------------------------------

// index.html loads this module (with its integrity hash) and marks #app.
const pageRoot = typeof document === "undefined" ? null : document.getElementById("app");
if (pageRoot?.hasAttribute("data-http-status-table-page")) {
  pageRoot.setAttribute("data-started", "");
  startPage();
}
