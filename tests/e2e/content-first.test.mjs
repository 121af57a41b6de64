// Content first: dist/index.html arrives with the whole default view written in
// (src/bin/prerender.rs); the app takes it over without redrawing the rows, keeps
// what the reader did before it was ready, and without WebAssembly or JavaScript
// the served table is the answer, with a note.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { serve, serveExamples, launch, DIST, codes, screenshot, openHeldBack as openHeldBackIn } from "./harness.mjs";

let server;
let browser;

before(async () => {
  server = await serve();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const TAKEN_OVER = "#app[data-taken-over]";

/** Serves `page` the standalone page with `from` replaced by `to` (which must occur). */
async function serveChanged(page, from, to) {
  await page.route((url) => url.pathname.endsWith("/") || url.pathname.endsWith("/index.html"), async (route) => {
    const response = await route.fetch();
    const html = await response.text();
    const changed = html.replace(from, to);
    assert.notEqual(changed, html);
    await route.fulfill({ response, body: changed });
  });
}

/** Serves the page with `from` changed to `to`, runs `remember` in it as served, waits for the
 * take-over, and gathers the console messages of `type` meanwhile. */
async function takeOverChanged(type, from, to, remember) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const messages = [];
  page.on("console", (m) => m.type() === type && messages.push(m.text()));
  await serveChanged(page, from, to);
  await page.goto(server.url);
  await page.evaluate(remember);
  await page.waitForSelector(TAKEN_OVER);
  return { context, page, messages };
}

/** A page whose wasm download waits until `release()` is called. */
function openHeldBack(path = "", options = {}) {
  return openHeldBackIn(browser, `${server.url}${path}`, options);
}

test("the served page holds every registered code's row, escaped text, links and anchors", async () => {
  const html = await readFile(join(DIST, "index.html"), "utf8");
  for (const [code, name] of [[100, "Continue"], [404, "Not Found"], [418, "(Unused)"], [451, "Unavailable For Legal Reasons"], [511, "Network Authentication Required"]]) {
    assert.match(html, new RegExp(`<tr data-code="${code}" data-row="\\d+" id="${code}" class="(stripe)?">`), `row ${code}`);
    assert.ok(html.includes(`<span class="name">${name}<!----></span>`), `name of ${code}`);
  }
  assert.ok(html.includes('href="https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5" class="reference">RFC 9110 §15.5.5</a>'));
  // Leptos' hydration markers are written as valid empty comments.
  assert.doesNotMatch(html, /<!>/);
  assert.match(html, /<div id="app" data-http-status-table-page data-rendered-on="\d{4}-\d\d-\d\d">/);
  assert.doesNotMatch(html, /<link data-trunk/, "Trunk's rust link is taken out");
  assert.doesNotMatch(html, /<link rel="icon"[^>]*integrity/, "no integrity on the icon");
});

test("with JavaScript off: a readable table in code order, RFC links, #404 anchors and a note", async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${server.url}#404`);
  const shown = await codes(page);
  assert.equal(shown.length, 64);
  assert.deepEqual(shown, [...shown].sort((a, b) => a - b), "code order");
  assert.ok(shown.includes(404) && !shown.includes(499), "registered codes only (unofficial ones are hidden)");
  const note = page.locator("noscript + p, .no-app").first();
  assert.match(await page.locator(".hst").innerText(), /Filtering and sorting need JavaScript and WebAssembly/);
  assert.ok(await note.count());
  const row = await page.locator("#status-table tbody tr[data-code='404']").boundingBox();
  assert.ok(row.y > -2 && row.y < 800, `#404 scrolls its row into view (y=${row.y})`);
  const reference = page.locator("tr[data-code='404'] a.reference");
  assert.equal(await reference.getAttribute("href"), "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5");
  await screenshot(page, "content-first-no-javascript");
  // The iframe mode's address serves the same table.
  await page.goto(`${server.url}index.html?embed=1`);
  assert.equal((await codes(page)).length, 64);
  await context.close();
});

for (const [name, setUp] of [
  ["WebAssembly turned off", async (context) => context.addInitScript(() => delete globalThis.WebAssembly)],
  ["a CSP without 'wasm-unsafe-eval'", null],
]) {
  test(`with ${name}: the served table stays, undimmed, with the note`, async () => {
    const csp = setUp ? {} : { "content-security-policy": "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'" };
    const cspServer = await serve(DIST, { headers: csp });
    const context = await browser.newContext();
    if (setUp) await setUp(context);
    const page = await context.newPage();
    try {
      await page.goto(`${cspServer.url}?q=4xx&sort=-name`);
      await page.waitForSelector("#no-app:not([hidden])");
      assert.equal(await page.$(TAKEN_OVER), null);
      assert.equal(await page.$("#app[data-pending]"), null, "no longer dimmed as if starting");
      // The note says why: no WebAssembly, or a policy that refuses it.
      await page.waitForSelector("#no-app .reason");
      assert.match(await page.textContent("#no-app .reason"), setUp ? /does not offer WebAssembly/ : /Content-Security-Policy does not allow WebAssembly/);
      assert.equal(await page.textContent("#result-count"), "64 of 64 codes", "the count describes the rows shown");
      assert.equal((await codes(page)).length, 64);
    } finally {
      await context.close();
      await cspServer.close();
    }
  });
}

test("the app hydrates the served rows: same nodes, no layout shift, nothing drawn twice", async () => {
  const { page, context, problems, release } = await openHeldBack();
  await page.evaluate(() => {
    window.__served = [...document.querySelectorAll("#status-table tbody tr")];
  });
  assert.equal(await page.locator("button[data-sort]:disabled").count(), 4, "sorting is visibly not available yet");
  release();
  await page.waitForSelector(TAKEN_OVER);
  const result = await page.evaluate(() => {
    const now = [...document.querySelectorAll("#status-table tbody tr")];
    const kept = window.__served.filter((tr) => now.includes(tr)).map((tr) => tr.dataset.code);
    const redrawn = now.filter((tr) => !window.__served.includes(tr)).map((tr) => tr.dataset.code);
    return { rows: now.length, tables: document.querySelectorAll("table").length, kept: kept.length, redrawn, shifts: window.__shifts };
  });
  assert.equal(result.tables, 1);
  // The rows shown: the unofficial codes, hidden, are built when first shown.
  assert.equal(result.rows, 64);
  // Every row is the served one, 104 too (its text follows the reader's date
  // once hydrated, in the same node).
  assert.deepEqual(result.redrawn, []);
  assert.equal(result.kept, 64);
  assert.deepEqual(result.shifts, [], "CLS 0");
  assert.equal(await page.locator("button[data-sort]:disabled").count(), 0);
  // It works: a click sorts, typing filters.
  await page.click("button[data-sort='name']");
  await page.fill("#filter", "404");
  assert.deepEqual(await codes(page), [404]);
  assert.deepEqual(problems, []);
  await context.close();
});

test("while the app prepares (a task at a time), the served page does not change until it is hydrated", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  // Every change to the elements of #app, with whether #app was taken over when it was seen.
  await page.addInitScript(() => {
    window.__changes = [];
    document.addEventListener("DOMContentLoaded", () => {
      const app = document.getElementById("app");
      new MutationObserver((records) => {
        const takenOver = app.hasAttribute("data-taken-over");
        for (const r of records) window.__changes.push({ takenOver, target: r.target.nodeName, added: r.addedNodes.length, removed: r.removedNodes.length });
      }).observe(app, { childList: true, subtree: true });
    });
  });
  await page.goto(server.url);
  await page.evaluate(() => {
    window.__served = ["#filter", "#show-unofficial", "#result-count", "button[data-sort='name']", "#status-table tbody"].map((s) => document.querySelector(s));
  });
  await page.waitForSelector(TAKEN_OVER);
  const changes = await page.evaluate(() => window.__changes);
  assert.deepEqual(changes.filter((c) => !c.takenOver), [], "no element changed before the take-over");
  // Hydration binds the served page in place: the same controls, and the
  // served rows left where they are (no row added to or removed from the body).
  const same = await page.evaluate(() =>
    ["#filter", "#show-unofficial", "#result-count", "button[data-sort='name']", "#status-table tbody"].map((s, i) => document.querySelector(s) === window.__served[i]),
  );
  assert.deepEqual(same, [true, true, true, true, true]);
  const body = changes.filter((c) => c.target === "TBODY");
  const moved = body.reduce((sum, c) => [sum[0] + c.added, sum[1] + c.removed], [0, 0]);
  assert.deepEqual(moved, [0, 0], "the served rows stayed where they were");
  await context.close();
});

test("a served page whose controls are not what this build writes is built afresh, and the console says so", async () => {
  const { context, page, messages: warnings } = await takeOverChanged("warning", '<label class="toggle">', '<label class="toggle old">', () => (window.__servedBox = document.querySelector("#filter")));
  assert.ok(warnings.some((w) => w.includes("the served page was rebuilt")), warnings.join("\n"));
  assert.equal(await page.evaluate(() => document.querySelector("#filter") === window.__servedBox), false);
  assert.equal(await page.locator("label.toggle.old").count(), 0);
  await page.fill("#filter", "teapot");
  assert.deepEqual(await codes(page), [418]);
  await context.close();
});

test("a served page whose text differs from this build's is rendered afresh, not hydrated, and the console says so", async () => {
  // As from a cache that mixes builds: one row's text differs, which hydration
  // alone would not notice (it keeps the served text and attributes).
  const { context, page, messages: warnings } = await takeOverChanged("warning", '<code>404</code>', "<code>404 </code>", () => (window.__served404 = document.querySelector("tr[data-code='404']")));
  assert.ok(warnings.some((w) => w.includes("the served page was rebuilt")), warnings.join("\n"));
  const row = await page.evaluate(() => {
    const rows = document.querySelectorAll("#status-table tbody tr[data-code='404']");
    return { count: rows.length, same: rows[0] === window.__served404, code: rows[0].querySelector("code")?.textContent };
  });
  assert.deepEqual(row, { count: 1, same: false, code: "404" });
  await page.fill("#filter", "not found");
  assert.deepEqual(await codes(page), [404]);
  assert.deepEqual(await page.$$eval("tr[data-code='404'] .name mark", (marks) => marks.map((m) => m.textContent)), ["Not", "Found"]);
  await context.close();
});

test("if hydration fails after all, the served table stays readable with the note", async () => {
  // A changed page that the loader does not check (its digest taken out, and
  // the page's integrity for it with it): the hydration itself then meets
  // another structure, and stops.
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.route((url) => url.pathname.endsWith("/") || url.pathname.endsWith("/index.html"), async (route) => {
    const response = await route.fetch();
    const html = (await response.text())
      .replace('<span class="name">Not Found<!----></span>', '<b class="name">Not Found</b>')
      .replace(/(<script type="module" src="\.\/http-status-table-page\.js") integrity="[^"]*"/, "$1");
    await route.fulfill({ response, body: html });
  });
  await page.route("**/http-status-table-page.js", async (route) => {
    const response = await route.fetch();
    const js = (await response.text()).replace(/SERVED_PAGE_DIGEST\s*=\s*"[0-9a-f]+"/, "SERVED_PAGE_DIGEST=null");
    await route.fulfill({ response, body: js });
  });
  await page.goto(server.url);
  await page.waitForSelector("#no-app:not([hidden])");
  assert.equal(await page.$(TAKEN_OVER), null);
  assert.equal((await codes(page)).length, 64, "the served table stays");
  assert.match(await page.locator(".hst").innerText(), /Filtering and sorting need JavaScript and WebAssembly/);
  assert.ok(errors.some((e) => e.includes("could not start")), errors.join("\n"));
  await context.close();
});

test("text typed before the app is ready is applied when it is, with the caret where it was", async () => {
  const { page, context, problems, release } = await openHeldBack();
  await page.check("#show-unofficial");
  await page.click("#filter");
  await page.keyboard.type("4004");
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("Backspace"); // "404", the caret after the first "4"
  release();
  await page.waitForSelector(TAKEN_OVER);
  assert.deepEqual(await codes(page), [404]);
  const box = await page.evaluate(() => {
    const input = document.activeElement;
    return { id: input.id, value: input.value, caret: [input.selectionStart, input.selectionEnd] };
  });
  assert.deepEqual(box, { id: "filter", value: "404", caret: [1, 1] });
  assert.equal(await page.isChecked("#show-unofficial"), true);
  // The next key lands at the caret.
  await page.keyboard.type("9");
  assert.equal(await page.inputValue("#filter"), "4904");
  assert.deepEqual(problems, []);
  await context.close();
});

test("keys typed before start.js has run are not lost either", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  let releaseStart;
  const startGate = new Promise((ok) => (releaseStart = ok));
  await page.route("**/start.js", async (route) => {
    await startGate;
    await route.continue();
  });
  await page.goto(server.url, { waitUntil: "commit" });
  await page.waitForSelector("#filter");
  await page.type("#filter", "404");
  assert.equal(await page.$("#filter[data-changed]"), null, "typed before start.js listened");
  releaseStart();
  await page.waitForSelector(TAKEN_OVER);
  assert.equal(await page.inputValue("#filter"), "404");
  assert.deepEqual(await codes(page), [404]);
  await context.close();
});

test("an address that asks for a view says it is being applied, then applies it", async () => {
  const { page, context, problems, release } = await openHeldBack("?q=4xx&sort=-name");
  assert.match(await page.textContent("#result-count"), /Applying the filter and sort from the address/);
  assert.equal(await page.inputValue("#filter"), "4xx");
  assert.equal(await page.$eval("#status-table tbody", (b) => getComputedStyle(b).opacity), "0.4");
  await screenshot(page, "content-first-pending");
  release();
  await page.waitForSelector(TAKEN_OVER);
  assert.equal(await page.$("#app[data-pending]"), null);
  assert.equal(await page.textContent("#result-count"), "29 of 64 codes");
  const shown = await codes(page);
  assert.equal(shown.length, 29);
  assert.ok(shown.every((code) => code >= 400 && code < 500));
  assert.equal(await page.getAttribute("th.col-name", "aria-sort"), "descending");
  assert.deepEqual(problems, []);
  await context.close();
});

test("the iframe mode is served with the table too, and shows the widget alone before the app runs", async () => {
  const { page, context, release } = await openHeldBack("?embed=1");
  assert.equal(await page.isVisible(".page-header"), false);
  assert.equal(await page.locator("#status-table tbody tr:not([hidden])").count(), 64);
  // start.js (a module: it runs once the page is parsed) hides the page's heading, so a
  // frame painted before it may show the heading: only the take-over is checked here.
  await page.evaluate(() => (window.__shifts = []));
  release();
  await page.waitForSelector(TAKEN_OVER);
  assert.ok(await page.$(".page.framed"));
  assert.equal(await page.isVisible(".page-header"), false, "the heading is not shown");
  assert.deepEqual(await page.evaluate(() => window.__shifts), [], "nothing moves when the app takes over");
  await context.close();
});

test("the served rows are exactly what the app draws itself (an embedded widget draws them afresh)", async () => {
  const examples = await serveExamples();
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${examples.url}examples/plain-host.html`);
    await page.waitForFunction(() => document.querySelector("http-status-table")?.shadowRoot?.querySelector("tbody tr"));
    const served = await readFile(join(DIST, "index.html"), "utf8");
    const differences = await page.evaluate((html) => {
      // Elements, their attributes (sorted) and texts; Leptos' markers are
      // comments, which the served page has where hydration looks for them.
      const shape = (node) =>
        node.nodeType === 3
          ? JSON.stringify(node.data)
          : node.nodeType !== 1
            ? ""
            : `<${node.localName} ${[...node.attributes].filter((a) => !(a.name === "class" && a.value === "")).map((a) => `${a.name}=${JSON.stringify(a.value)}`).sort().join(" ")}>${[...node.childNodes].map(shape).join("")}</>`;
      const parsed = new DOMParser().parseFromString(html, "text/html");
      const drawn = new Map(
        [...document.querySelector("http-status-table").shadowRoot.querySelectorAll("tbody tr[data-code]")].map((tr) => [tr.dataset.row, tr]),
      );
      const out = [];
      for (const tr of parsed.querySelectorAll("#status-table tbody tr")) {
        const copy = tr.cloneNode(true);
        copy.removeAttribute("id"); // anchors are the standalone page's only
        const other = drawn.get(tr.dataset.row);
        if (!other || shape(other) !== shape(copy)) out.push(tr.dataset.code);
      }
      return { compared: parsed.querySelectorAll("#status-table tbody tr").length, out };
    }, served);
    assert.equal(differences.compared, 64);
    assert.deepEqual(differences.out, []);
  } finally {
    await context.close();
    await examples.close();
  }
});

test("the served controls mirror the app's: same elements, classes, ids and texts", async () => {
  const { page, context, release } = await openHeldBack();
  const shape = () =>
    page.evaluate(() => {
      const out = [];
      const walk = (node, depth) => {
        if (node.nodeType === 3 && node.textContent.trim()) out.push(`${depth}#${node.textContent.trim()}`);
        // The guide's served tree is the closed disclosure's content: the app
        // replaces it with its own guide (tests/e2e/guide.test.mjs).
        if (node.nodeType !== 1 || node.localName === "tbody" || node.localName === "noscript" || node.id === "no-app" || node.classList.contains("guide-static")) return;
        const attrs = [...node.attributes]
          .filter((a) => !["disabled", "data-starting", "data-changed", "data-started", "data-taken-over", "data-http-status-table-page"].includes(a.name))
          .map((a) => `${a.name}=${a.value}`)
          .sort();
        out.push(`${depth}<${node.localName} ${attrs.join(" ")}>`);
        for (const child of node.childNodes) walk(child, depth + 1);
      };
      walk(document.getElementById("app"), 0);
      return out;
    });
  const served = await shape();
  release();
  await page.waitForSelector(TAKEN_OVER);
  assert.deepEqual(await shape(), served);
  await context.close();
});

test("the page is valid HTML (Nu HTML Checker), as served and as rendered after the take-over", async () => {
  const { execFile } = await import("node:child_process");
  const { writeFile, mkdir } = await import("node:fs/promises");
  const { page, context, release } = await openHeldBack("#404");
  release();
  await page.waitForSelector(TAKEN_OVER);
  await page.click("tr[data-code='418'] .details-toggle"); // a details panel too
  await page.waitForSelector(".details-row");
  const rendered = await page.evaluate(() => "<!doctype html>\n" + document.documentElement.outerHTML);
  await context.close();
  const out = join(DIST, "..", "test-output");
  await mkdir(out, { recursive: true });
  const renderedFile = join(out, "index.rendered.html");
  await writeFile(renderedFile, rendered);
  const validate = (file) =>
    new Promise((resolve) => {
      execFile("node", ["scripts/validate-html.mjs", file], { cwd: join(DIST, "..") }, (error, stdout, stderr) =>
        resolve({ ok: !error, report: `${stdout}${stderr}` }),
      );
    });
  for (const file of [join(DIST, "index.html"), renderedFile]) {
    const { ok, report } = await validate(file);
    assert.ok(ok, `${file}:\n${report}`);
  }
});
