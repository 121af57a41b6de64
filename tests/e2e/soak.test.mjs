// Soak: 10,000 random actions (typing, clearing, Esc, sorting, the unofficial
// toggle, details, copy, attribute changes, valid and not) spread over two
// widgets on one page. Afterwards, with both put back to their first state: no
// console error, no crash notice, the DOM node count and the JS heap back within
// a small bound, and both widgets still filter.
import { test } from "node:test";
import assert from "node:assert/strict";
import { withExamplesAndBrowser } from "./harness.mjs";

const ACTIONS = 10_000;
const SEED = 20261123;

let server, browser;
withExamplesAndBrowser((served, launched) => ([server, browser] = [served, launched]));

/** Every node in the document, inside shadow roots too. */
function countNodes() {
  const count = (root) => {
    let n = 0;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
    for (let node = walker.currentNode; node; node = walker.nextNode()) {
      n += 1;
      if (node.shadowRoot) n += count(node.shadowRoot);
    }
    return n;
  };
  return count(document);
}

async function heapAfterGc(cdp) {
  for (let i = 0; i < 3; i++) await cdp.send("HeapProfiler.collectGarbage");
  return (await cdp.send("Runtime.getHeapUsage")).usedSize;
}

test(`soak: ${ACTIONS} random actions across two widgets`, { timeout: 15 * 60_000 }, async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${server.url}examples/custom-element.html`);
  await page.evaluate(() => {
    document.body.replaceChildren();
    for (const id of ["soak-a", "soak-b"]) {
      const widget = document.createElement("http-status-table");
      widget.id = id;
      document.body.append(widget);
    }
  });
  for (const id of ["soak-a", "soak-b"]) await page.waitForSelector(`#${id} tbody tr:not([hidden])`);

  // Puts both widgets back to their first state: no attributes, empty filter,
  // unofficial codes hidden (every row built), details closed, sorted by code
  // ascending.
  const reset = () =>
    page.evaluate(async () => {
      for (const host of document.querySelectorAll("http-status-table")) {
        for (const name of host.getAttributeNames().filter((n) => n !== "id")) host.removeAttribute(name);
        const root = host.shadowRoot;
        const filter = root.querySelector("#filter");
        filter.value = "";
        filter.dispatchEvent(new Event("input", { bubbles: true }));
        const toggle = root.querySelector("label.toggle input");
        if (toggle?.checked) toggle.click();
        // Rows are built when first shown, then kept: show the unofficial
        // codes once, so that every count is of the whole table built.
        if (toggle) {
          toggle.click();
          await new Promise((ok) => setTimeout(ok));
          toggle.click();
        }
        for (const open of root.querySelectorAll('.details-toggle[aria-expanded="true"]')) open.click();
        for (let i = 0; i < 3; i++) {
          const code = root.querySelector('thead button[data-sort="code"]');
          if (code.closest("th").getAttribute("aria-sort") === "ascending") break;
          code.click();
        }
      }
      // Let the announcement and copy-feedback timers run out.
      await new Promise((ok) => setTimeout(ok, 2_500));
    });

  const cdp = await context.newCDPSession(page);
  const act = (actions, seed) => page.evaluate(
    async ({ actions, seed }) => {
      // mulberry32: a small seeded generator, so a failure can be replayed.
      let state = seed >>> 0;
      const random = () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      };
      const pick = (list) => list[Math.floor(random() * list.length)];
      const hosts = [...document.querySelectorAll("http-status-table")];
      const CHARS = "0123456789xx  abcdefghijklmnopqrstuvwxyz<>\"'&/\\-";
      const ATTRIBUTES = {
        filter: ["4xx", "timeout", "<b>", "", "x".repeat(3000)],
        sort: ["code", "-code", "name", "-description", "class", "bogus", ""],
        classes: ["4xx,5xx", "1xx", "2xx 3xx", "9xx", ""],
        unofficial: ["", "true", "false", "yes"],
        columns: ["code,name", "code,name,class,description", "name", "nope", ""],
        compact: ["", "true", "maybe"],
        theme: ["dark", "light", "auto", "neon"],
        "max-height": ["300px", "20em", "none", "url(x)", "-5px"],
      };
      const input = (root, value) => {
        const filter = root.querySelector("#filter");
        filter.value = value;
        filter.dispatchEvent(new Event("input", { bubbles: true }));
      };
      const counts = {};
      for (let i = 0; i < actions; i++) {
        const host = pick(hosts);
        const root = host.shadowRoot;
        const filter = root.querySelector("#filter");
        const action = Math.floor(random() * 10);
        counts[action] = (counts[action] ?? 0) + 1;
        switch (action) {
          case 0:
          case 1:
            input(root, (filter.value + pick(CHARS)).slice(-12));
            break;
          case 2:
            input(root, filter.value.slice(0, -1));
            break;
          case 3:
            filter.dispatchEvent(new KeyboardEvent("keydown", { key: random() < 0.5 ? "Escape" : "Backspace", bubbles: true }));
            if (random() < 0.3) input(root, "");
            break;
          case 4:
            pick([...root.querySelectorAll("thead button[data-sort]")]).click();
            break;
          case 5:
            root.querySelector("label.toggle input")?.click();
            break;
          case 6: {
            const toggles = [...root.querySelectorAll("tbody tr:not([hidden]) .details-toggle")];
            if (toggles.length) pick(toggles).click();
            break;
          }
          case 7: {
            const buttons = [...root.querySelectorAll(".copy-buttons button")];
            if (buttons.length) pick(buttons).click();
            break;
          }
          case 8: {
            const name = pick(Object.keys(ATTRIBUTES));
            host.setAttribute(name, pick(ATTRIBUTES[name]));
            break;
          }
          default:
            host.removeAttribute(pick(Object.keys(ATTRIBUTES)));
        }
        // Let the browser render now and then, as between real keystrokes.
        if (i % 25 === 24) await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok)));
      }
      return counts;
    },
    { actions, seed },
  );
  // A first, shorter run warms what is made once (the names' search keys, the
  // engine's compiled code, interned strings): a leak is what the second run adds.
  await act(1_000, SEED + 1);
  await reset();
  const nodesBefore = await page.evaluate(countNodes);
  const heapBefore = await heapAfterGc(cdp);

  const started = Date.now();
  const done = await act(ACTIONS, SEED);
  const seconds = (Date.now() - started) / 1000;
  const total = Object.values(done).reduce((a, b) => a + b, 0);
  assert.equal(total, ACTIONS);

  await reset();
  const nodesAfter = await page.evaluate(countNodes);
  const heapAfter = await heapAfterGc(cdp);
  console.log(
    `# soak: ${ACTIONS} actions in ${seconds.toFixed(1)} s; DOM nodes ${nodesBefore} -> ${nodesAfter}; ` +
      `JS heap ${(heapBefore / 1024).toFixed(0)} kB -> ${(heapAfter / 1024).toFixed(0)} kB`,
  );

  assert.deepEqual(errors, []);
  assert.equal(await page.$$eval("http-status-table", (hosts) => hosts.filter((h) => h.shadowRoot.querySelector(".hst-crash")).length), 0);
  assert.ok(Math.abs(nodesAfter - nodesBefore) <= 10, `DOM nodes ${nodesBefore} -> ${nodesAfter}`);
  assert.ok(heapAfter - heapBefore < 1024 * 1024, `JS heap grew ${heapAfter - heapBefore} bytes`);
  for (const id of ["soak-a", "soak-b"]) {
    await page.fill(`#${id} #filter`, "404");
    await page.waitForFunction(
      (host) => {
        const rows = [...document.getElementById(host).shadowRoot.querySelectorAll("tbody tr[data-code]:not([hidden])")];
        return rows.length === 1 && rows[0].dataset.code === "404";
      },
      id,
    );
  }
  await context.close();
});
