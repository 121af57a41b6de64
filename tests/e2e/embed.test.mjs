// The three ways in (custom element, mount API, iframe) and the data API, on the
// example host pages in examples/, served next to the built dist/.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openTable, screenshot, withExamplesAndBrowser } from "./harness.mjs";

let server, browser;
withExamplesAndBrowser((served, launched) => ([server, browser] = [served, launched]));

const ENTRY = "/dist/http-status-table.js";

/** The data-code of every row of one widget (Playwright's CSS pierces open shadow roots). */
function widgetCodes(page, host) {
  return page.$$eval(`${host} tbody tr[data-code]:not([hidden])`, (rows) => rows.map((r) => Number(r.dataset.code)));
}

function widgetSort(page, host) {
  return page.$$eval(`${host} thead th[aria-sort]`, (ths) =>
    ths.map((th) => [th.querySelector("button").dataset.sort, th.getAttribute("aria-sort")]),
  );
}

/** Waits until `check()` (run in the test) holds, or fails with what it last saw. */
async function eventually(check, what) {
  let last;
  for (let i = 0; i < 50; i++) {
    last = await check();
    if (last === true) return;
    await new Promise((ok) => setTimeout(ok, 50));
  }
  assert.fail(`${what}: ${JSON.stringify(last)}`);
}

test("custom element: attributes apply at first and live, in a Shadow DOM", async () => {
  const { page, context, problems } = await openTable(browser, `${server.url}examples/custom-element.html`, {
    ready: "#server-errors tbody tr:not([hidden])",
  });
  await page.waitForSelector("#client-errors tbody tr:not([hidden])");
  await page.waitForSelector("#narrow tbody tr:not([hidden])");

  // filter="4xx" sort="-name"
  const client = await widgetCodes(page, "#client-errors");
  assert.ok(client.length > 25 && client.every((c) => c >= 400 && c < 500), String(client));
  assert.deepEqual(await widgetSort(page, "#client-errors"), [["name", "descending"]]);
  assert.equal(await page.inputValue("#client-errors #filter"), "4xx");

  // classes="5xx" unofficial compact theme="dark" max-height="320px"
  const server5xx = await widgetCodes(page, "#server-errors");
  assert.ok(server5xx.every((c) => c >= 500) && server5xx.includes(520), String(server5xx));
  const look = await page.$eval("#server-errors", (host) => {
    const root = host.shadowRoot.querySelector(".hst");
    const scroll = host.shadowRoot.querySelector(".table-scroll");
    return {
      classes: root.className,
      background: getComputedStyle(root).backgroundColor,
      scrollHeight: scroll.getBoundingClientRect().height,
      scrolls: scroll.scrollHeight > scroll.clientHeight,
    };
  });
  assert.match(look.classes, /compact/);
  assert.match(look.classes, /theme-dark/);
  assert.equal(look.background, "rgb(20, 22, 26)");
  assert.ok(look.scrollHeight <= 321 && look.scrolls, JSON.stringify(look));

  // columns="code,name": only those headers and cells.
  assert.deepEqual(
    await page.$$eval("#narrow thead button", (b) => b.map((x) => x.dataset.sort)),
    ["code", "name"],
  );
  assert.equal(await page.$$eval("#narrow tbody tr:first-child td", (tds) => tds.length), 2);

  // Three widgets, one wasm fetch and one stylesheet fetch.
  const fetched = await page.evaluate(() =>
    performance.getEntriesByType("resource").map((e) => new URL(e.name).pathname.split("/").pop()),
  );
  assert.equal(fetched.filter((f) => f === "http-status-table-core_bg.wasm").length, 1, String(fetched));
  assert.equal(fetched.filter((f) => f === "widget.css.txt").length, 1, String(fetched));

  // The widget lives in a shadow root: the host page's DOM has no table of its own.
  assert.equal(await page.evaluate(() => document.querySelectorAll("table, #filter").length), 0);
  assert.equal(await page.$eval("#client-errors", (h) => h.shadowRoot.adoptedStyleSheets.length), 1);

  // Live attribute changes.
  await page.$eval("#client-errors", (h) => h.setAttribute("filter", "teapot"));
  await eventually(async () => JSON.stringify(await widgetCodes(page, "#client-errors")) === "[418]" || (await widgetCodes(page, "#client-errors")), "filter attribute");
  await page.$eval("#client-errors", (h) => h.setAttribute("sort", "code"));
  await page.$eval("#client-errors", (h) => h.removeAttribute("filter"));
  await eventually(async () => (await widgetCodes(page, "#client-errors")).length === 65 || (await widgetCodes(page, "#client-errors")).length, "filter removed: all 64 codes and the site's 299");
  assert.deepEqual(await widgetSort(page, "#client-errors"), [["code", "ascending"]]);
  await page.$eval("#server-errors", (h) => h.setAttribute("theme", "light"));
  await eventually(async () => !/theme-dark/.test(await page.$eval("#server-errors", (h) => h.shadowRoot.querySelector(".hst").className)), "theme attribute");

  // Two widgets are independent: typing in one leaves the others alone.
  const before = await widgetCodes(page, "#server-errors");
  await page.fill("#narrow #filter", "");
  await page.type("#narrow #filter", "308");
  assert.deepEqual(await widgetCodes(page, "#narrow"), [308]);
  assert.deepEqual(await widgetCodes(page, "#server-errors"), before);

  // An attribute with a bad value is reported in the widget and in the console.
  await page.$eval("#narrow", (h) => h.setAttribute("sort", "loudest"));
  await page.waitForSelector("#narrow .config-problems");
  assert.match(await page.textContent("#narrow .config-problems"), /sort: "loudest" is not a sort order/);
  assert.deepEqual(await widgetCodes(page, "#narrow"), [308]);

  const unexpected = problems.filter((p) => !/some options could not be used/.test(p));
  assert.deepEqual(unexpected, []);
  await screenshot(page, "embed-custom-element-1280");
  await context.close();
});

test("custom element: embedded entries are shown beside the official text; bad ones reported", async () => {
  const { page, context } = await openTable(browser, `${server.url}examples/custom-element.html`, {
    ready: "#client-errors tbody tr:not([hidden])",
  });
  const row = "#client-errors tr[data-code='429']";
  assert.match(await page.textContent(`${row} .name`), /Too Many Requests/);
  assert.match(await page.textContent(`${row} .site-definition`), /Defined by this site\s*Rate limited/);
  assert.equal(await page.getAttribute(`${row} .site-link`, "href"), "https://api.example.org/docs/rate-limits");
  const problems = await page.textContent("#client-errors .config-problems");
  assert.match(problems, /entries\[2\]: code 700 is not a whole number from 100 to 599/);
  assert.match(problems, /entries\[3\]: code 430: link "javascript:alert\(1\)" must be an https: address/);
  assert.equal(await page.$$eval("#client-errors a[href^='javascript']", (a) => a.length), 0);
  // 299 is the site's own code; the filter "4xx" hides it until cleared.
  await page.fill("#client-errors #filter", "review");
  await eventually(async () => JSON.stringify(await widgetCodes(page, "#client-errors")) === "[299]" || (await widgetCodes(page, "#client-errors")), "site code searchable");
  await page.setViewportSize({ width: 375, height: 800 });
  await page.fill("#client-errors #filter", "429");
  await page.locator(row).scrollIntoViewIfNeeded();
  await screenshot(page, "embed-site-entry-375");
  await context.close();
});

test("'/' focuses the filter of the widget last used, never taking keys from the host's fields", async () => {
  const { page, context } = await openTable(browser, `${server.url}examples/custom-element.html`, {
    ready: "#narrow tbody tr:not([hidden])",
  });
  const focused = () =>
    page.evaluate(() => {
      const host = document.activeElement;
      const inner = host?.shadowRoot?.activeElement;
      return `${host?.id ?? ""}/${inner?.id ?? ""}`;
    });
  // No widget used yet: "/" is the host page's key.
  await page.keyboard.press("/");
  assert.equal(await focused(), "/");
  // Use the narrow widget (click a sort button), then "/" focuses its filter.
  await page.click("#narrow button[data-sort=name]");
  await page.keyboard.press("/");
  assert.equal(await focused(), "narrow/filter");
  assert.equal(await page.inputValue("#narrow #filter"), "redirect");
  // Typing "/" in the host's own search field stays there.
  await page.click("#host-search");
  await page.keyboard.type("a/b");
  assert.equal(await page.inputValue("#host-search"), "a/b");
  assert.equal(await focused(), "host-search/");
  // After using the server-errors widget, "/" goes to that one.
  await page.click("#server-errors button[data-sort=code]");
  await page.keyboard.press("/");
  assert.equal(await focused(), "server-errors/filter");
  await context.close();
});

test("mount API: typed options, update, specific errors, destroy", async () => {
  const { page, context, problems } = await openTable(browser, `${server.url}examples/mount.html`, {
    ready: "#codes tbody tr:not([hidden])",
  });
  // The example's own mount: classes 4xx,5xx, three columns, a site entry.
  const mounted = await widgetCodes(page, "#codes");
  assert.ok(mounted.every((c) => c >= 400), String(mounted));
  assert.deepEqual(await page.$$eval("#codes thead button", (b) => b.map((x) => x.dataset.sort)), ["code", "name", "description"]);
  assert.match(await page.textContent("#codes tr[data-code='429'] .site-definition"), /Slow down/);
  assert.equal(await page.textContent("#lookup-result"), "404 Not Found: RFC 9110 §15.5.5");

  // update() applies; a bad field throws a specific error and the rest still apply.
  const result = await page.evaluate(async () => {
    const w = window.exampleWidget;
    w.update({ filter: "50", sort: "-code" });
    let error = null;
    try {
      w.update({ filter: "404", unofficial: "yes", colums: ["code"] });
    } catch (e) {
      error = { name: e.name, problems: e.problems, same: e.widget === w, message: e.message };
    }
    return error;
  });
  assert.equal(result.name, "OptionsError");
  assert.equal(result.same, true);
  assert.deepEqual(result.problems, [
    { option: "unofficial", message: 'expected true or false, got the string "yes"' },
    { option: "colums", message: "unknown option; the options are filter, sort, classes, codes, unofficial, columns, compact, theme, maxHeight, entries, guide, languages, languageColumn; did you mean columns?" },
  ]);
  await eventually(async () => JSON.stringify(await widgetCodes(page, "#codes")) === "[404]" || (await widgetCodes(page, "#codes")), "valid field applied");
  assert.match(await page.textContent("#codes .config-problems"), /did you mean columns\?/);

  // mount() with a bad option rejects with the handle; the widget is shown anyway.
  const second = await page.evaluate(async (entry) => {
    const { mount } = await import(entry);
    const place = document.createElement("section");
    place.id = "second";
    document.body.append(place);
    try {
      await mount(place, { filter: "teapot", theme: "neon", maxHeight: -3 });
      return { rejected: false };
    } catch (e) {
      window.secondWidget = e.widget;
      return { rejected: true, problems: e.problems.map((p) => p.option) };
    }
  }, ENTRY);
  assert.deepEqual(second, { rejected: true, problems: ["theme", "maxHeight"] });
  assert.deepEqual(await widgetCodes(page, "#second"), [418]);
  assert.deepEqual(await widgetCodes(page, "#codes"), [404], "the first widget is untouched");

  // Not an element, not an object.
  const misuse = await page.evaluate(async (entry) => {
    const { mount } = await import(entry);
    const out = [];
    try { await mount("#codes", {}); } catch (e) { out.push(`${e.name}: ${e.message}`); }
    try { await mount(document.body, "4xx"); } catch (e) { out.push(e.problems.map((p) => `${p.option}: ${p.message}`).join()); e.widget.destroy(); }
    return out;
  }, ENTRY);
  assert.match(misuse[0], /^TypeError: .*needs a DOM element/);
  assert.match(misuse[1], /^options: options must be an object/);

  // destroy() removes every node it added; a second call does nothing; update then throws.
  const destroyed = await page.evaluate(() => {
    const place = document.getElementById("second");
    const w = window.secondWidget;
    const before = place.childNodes.length;
    w.destroy();
    w.destroy();
    let updateError = "";
    try { w.update({ filter: "1" }); } catch (e) { updateError = e.message; }
    return { before, after: place.childNodes.length, updateError };
  });
  assert.deepEqual(destroyed, { before: 1, after: 0, updateError: "http-status-table: update() after destroy()" });
  const unexpected = problems.filter((p) => !/some options could not be used/.test(p));
  assert.deepEqual(unexpected, []);
  await context.close();
});

test("data API: lookup and registry return plain values", async () => {
  const { page, context } = await openTable(browser, `${server.url}examples/mount.html`, { ready: "#codes tbody tr:not([hidden])" });
  const data = await page.evaluate(async (entry) => {
    const { lookup, registry } = await import(entry);
    const all = await registry();
    let bad = "";
    try { await lookup("four oh four"); } catch (e) { bad = e.message; }
    return {
      notFound: await lookup(404),
      moved: await lookup("302"),
      nginx: await lookup(499),
      unassigned: await lookup(299),
      bad,
      count: all.length,
      official: all.filter((e) => e.official).length,
      plain: Object.getPrototypeOf(all[0]) === Object.prototype && Array.isArray(all),
    };
  }, ENTRY);
  assert.deepEqual(data.notFound, {
    code: 404,
    name: "Not Found",
    class: "4xx",
    className: "Client Error",
    description: data.notFound.description,
    reference: { label: "RFC 9110 §15.5.5", url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5" },
    status: "registered",
    temporary: null,
    standing: "standards-track",
    deprecatedBy: null,
    aliases: [],
    alsoKnownAs: [],
    official: true,
    vendor: null,
    facts: data.notFound.facts,
    relatedHeaders: [],
    confusedWith: data.notFound.confusedWith,
    names: data.notFound.names,
  });
  const current = data.notFound.names.filter((n) => n.status === "current").map((n) => n.library);
  assert.equal(new Set(current).size, 16, "each library's current name for 404");
  // Each behaviour fact comes with its source: a document, or our advice.
  assert.deepEqual(data.notFound.facts.map((f) => f.key), ["caching", "body", "retry", "retryAfter"]);
  assert.deepEqual(data.notFound.facts[0].source, {
    kind: "document",
    label: "RFC 9110 §15.1",
    url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.1",
    basis: null,
  });
  assert.deepEqual(data.notFound.confusedWith.map((c) => c.code), [403, 410]);
  assert.ok(data.nginx.vendor.source.url.startsWith("https://"));
  assert.ok(data.notFound.description.length > 40);
  assert.ok(data.moved.aliases.includes("Moved Temporarily"));
  assert.equal(data.nginx.status, "unofficial");
  assert.equal(data.nginx.reference, null);
  assert.ok(data.nginx.vendor.name.length > 0);
  assert.equal(data.unassigned, undefined);
  assert.match(data.bad, /lookup\(code\) takes a status code/);
  assert.equal(data.count, 102);
  assert.equal(data.official, 64);
  assert.equal(data.plain, true);
  await context.close();
});

test("iframe: options from the URL, no page chrome, height posted to the host", async () => {
  const { page, context, problems } = await openTable(browser, `${server.url}examples/iframe.html`, { ready: "#codes-frame" });
  const frame = page.frameLocator("#codes-frame");
  // The served rows are the default view: the URL's options apply once the app has started.
  await frame.locator("#app[data-taken-over] #status-table tbody tr:not([hidden])").first().waitFor();
  const inner = page.frames().find((f) => f.url().includes("embed=1"));
  const rows = await inner.$$eval("#status-table tbody tr:not([hidden])", (r) => r.map((x) => Number(x.dataset.code)));
  assert.ok(rows.length > 25 && rows.every((c) => c >= 400 && c < 500));
  assert.deepEqual(await inner.$$eval("th[aria-sort]", (t) => t.map((x) => x.getAttribute("aria-sort"))), ["descending"]);
  assert.equal(await inner.$$eval("h1, .page-footer", (n) => n.filter((e) => e.checkVisibility()).length), 0, "no page chrome shown");

  const frameHeight = () => page.$eval("#codes-frame", (f) => f.getBoundingClientRect().height);
  const contentHeight = () => inner.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
  await eventually(async () => Math.abs((await frameHeight()) - 2 - (await contentHeight())) <= 1 || [await frameHeight(), await contentHeight()], "frame sized to content");
  const tall = await frameHeight();
  assert.ok(tall > 1500, String(tall));

  // Filtering inside the frame shrinks the content; the host hears of it.
  await inner.fill("#filter", "404");
  await eventually(async () => (await frameHeight()) < 600 || (await frameHeight()), "frame shrinks after filtering");
  await eventually(async () => Math.abs((await frameHeight()) - 2 - (await contentHeight())) <= 1 || [await frameHeight(), await contentHeight()], "frame sized to filtered content");
  // The iframe page never writes its state into its URL in embed mode.
  assert.match(inner.url(), /embed=1&frame=codes-frame&filter=4xx&sort=-name$/);
  assert.deepEqual(problems, []);
  await screenshot(page, "embed-iframe-1280");
  await context.close();
});

test("iframe: bad URL options are reported in the frame, the rest apply", async () => {
  const { page, context } = await openTable(browser, `${server.url}dist/index.html?embed=1&filter=5xx&sort=sideways&colour=red&max-height=-1`);
  assert.ok((await page.$$eval("#status-table tbody tr:not([hidden])", (r) => r.map((x) => Number(x.dataset.code)))).every((c) => c >= 500));
  const text = await page.textContent(".config-problems");
  assert.match(text, /sort: "sideways" is not a sort order/);
  assert.match(text, /colour: unknown option/);
  assert.match(text, /max-height: "-1" is not a height/);
  await context.close();
});

test("hostile host page with a strict CSP: the widget still looks and works right", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto(`${server.url}examples/hostile.html`);
  await page.waitForSelector("#attributes tbody tr:not([hidden])");
  await page.waitForSelector("#mounted tbody tr:not([hidden])");

  // The host's `table { display: none !important }` and `* { all: unset }` do not reach in.
  const look = await page.$eval("#attributes", (host) => {
    const root = host.shadowRoot;
    const table = root.querySelector("table");
    const input = root.querySelector("#filter");
    const firstCell = root.querySelector("tbody td");
    return {
      hostDisplay: getComputedStyle(host).display,
      tableDisplay: getComputedStyle(table).display,
      tableHeight: table.getBoundingClientRect().height,
      inputVisible: getComputedStyle(input).visibility,
      cellFont: getComputedStyle(firstCell).fontSize,
      cellColor: getComputedStyle(firstCell).color,
      fontFamily: getComputedStyle(root.querySelector(".hst")).fontFamily,
    };
  });
  assert.equal(look.hostDisplay, "block");
  // The host's `table { display: none }` does not reach in. (With the page's
  // 40px type the widget is under 40em wide, so its rows are cards: block.)
  assert.notEqual(look.tableDisplay, "none");
  assert.ok(look.tableHeight > 200, JSON.stringify(look));
  assert.equal(look.inputVisible, "visible");
  // The page's type is followed by design (README, Theming); its colours,
  // display and visibility rules are not.
  assert.match(look.fontFamily, /Comic/);
  assert.ok(parseFloat(look.cellFont) > 0, look.cellFont);
  assert.notEqual(look.cellColor, "rgb(255, 0, 255)");
  const rows = await widgetCodes(page, "#attributes");
  assert.ok(rows.length >= 11 && rows.every((c) => c >= 500));
  assert.ok(rows[0] > rows[rows.length - 1], "sort=-code");

  // It works: type, sort.
  await page.fill("#attributes #filter", "");
  await page.type("#attributes #filter", "gateway");
  assert.deepEqual((await widgetCodes(page, "#attributes")).sort(), [502, 504]);
  await page.click("#attributes button[data-sort=name]");
  assert.deepEqual(await widgetSort(page, "#attributes"), [["name", "ascending"]]);
  assert.deepEqual(await widgetCodes(page, "#mounted"), [404]);

  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(errors, []);
  await screenshot(page, "embed-hostile-csp-1280");
  await context.close();
});
