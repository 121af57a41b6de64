// Typing each kind of query into the built page and reading the rows.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, openTable, codes, typeFilter } from "./harness.mjs";

let server, browser, page, problems;
before(async () => {
  server = await serve();
  browser = await launch();
  ({ page, problems } = await openTable(browser, server.url));
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const range = (all, lo, hi) => all.filter((c) => c >= lo && c <= hi);

test("the page loads the whole registry with no console errors", async () => {
  const all = await codes(page);
  assert.equal(all.length, 64);
  assert.deepEqual(all, [...all].sort((a, b) => a - b));
  assert.equal(await page.textContent("#result-count"), "64 of 64 codes");
  assert.equal(await page.getAttribute("#result-announcement", "aria-live"), "polite");
  assert.equal(await page.title(), "HTTP status codes: filterable reference");
  assert.ok(await page.$("link[rel=icon]"), "favicon link");
  assert.deepEqual(problems, []);
});

test("codes, prefixes and wildcards", async () => {
  const all = await codes(page);
  for (const [query, expected] of [
    ["404", [404]],
    ["40", range(all, 400, 409)],
    ["4", range(all, 400, 499)],
    ["4xx", range(all, 400, 499)],
    ["40x", range(all, 400, 409)],
    ["5XX", range(all, 500, 599)],
  ]) {
    await typeFilter(page, query);
    assert.deepEqual(await codes(page), expected, query);
    assert.equal(await page.textContent("#result-count"), `${expected.length} of 64 codes`, query);
  }
});

test("class words, names, former names and descriptions", async () => {
  const all = (await typeFilter(page, ""), await codes(page));
  for (const [query, expected] of [
    ["client error", range(all, 400, 499)],
    ["  Server  ", range(all, 500, 599)],
    ["redirect", range(all, 300, 399)],
    ["informational", range(all, 100, 199)],
    ["success", range(all, 200, 299)],
    ["not found", [404]],
    ["4xx time-out", [408]],
  ]) {
    await typeFilter(page, query);
    assert.deepEqual(await codes(page), expected, query);
  }
  await typeFilter(page, "moved temporarily");
  assert.ok((await codes(page)).includes(302));
  await typeFilter(page, "retry-after");
  const retry = await codes(page);
  assert.ok(retry.includes(503) && retry.includes(429), String(retry));
  // Former names show under the current one, with the match marked.
  await typeFilter(page, "payload");
  const marks = await page.$$eval("tr[data-code='413'] mark", (m) => m.map((x) => x.textContent));
  assert.ok(marks.includes("Payload"), String(marks));
  const aliasMarks = await page.$$eval("tr[data-code='413'] .aliases mark", (m) => m.map((x) => x.textContent));
  assert.deepEqual(aliasMarks, ["Payload"]);
});

test("commas separate alternatives; each row marks the words of those it matches", async () => {
  const all = (await typeFilter(page, ""), await codes(page));
  await typeFilter(page, "404, 410");
  assert.deepEqual(await codes(page), [404, 410]);
  assert.equal(await page.textContent("#result-count"), "2 of 64 codes");
  await typeFilter(page, "4xx timeout, 5xx");
  assert.deepEqual(await codes(page), [408, ...range(all, 500, 599)]);
  const marks = (code) => page.$$eval(`tr[data-code='${code}'] mark`, (m) => m.map((x) => x.textContent));
  // 408 matches "4xx timeout": its name and former name are marked.
  assert.deepEqual(await marks(408), ["Timeout", "Time-out"]);
  // 504 is shown for "5xx" alone: "timeout" is not marked in it.
  assert.deepEqual(await marks(504), []);
  // Empty alternatives are ignored; notices come from any alternative, once each.
  await typeFilter(page, "404, , 299, 299,");
  assert.deepEqual(await codes(page), [404]);
  assert.equal(await page.$$eval(".notices li", (li) => li.length), 1);
  assert.match(await page.textContent(".notices"), /299 is not assigned/);
  // The hint under the box says so.
  assert.match(await page.textContent("#filter-help"), /Commas separate alternatives: 404, 410\./);
  await typeFilter(page, "");
});

test("an unassigned code explains itself and the empty state clears", async () => {
  await typeFilter(page, "299");
  assert.deepEqual(await codes(page), []);
  assert.match(await page.textContent(".notices"), /299 is not assigned.*Successful \(2xx\)/);
  assert.match(await page.textContent(".empty-state"), /No status code matches .299./);
  await page.click("#clear-filter");
  assert.equal((await codes(page)).length, 64);
  assert.equal(await page.inputValue("#filter"), "");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "filter");
});

test("unofficial codes: hidden by default, offered when they match, toggled", async () => {
  await typeFilter(page, "cloudflare");
  assert.deepEqual(await codes(page), []);
  assert.match(await page.textContent(".hidden-hint"), /\d+ unofficial codes match/);
  await page.click(".hidden-hint button");
  const shown = await codes(page);
  for (const code of [520, 521, 522, 523, 524, 525, 526]) assert.ok(shown.includes(code), String(shown));
  const allUnofficial = await page.$$eval("#status-table tbody tr[data-code]:not([hidden])", (rows) => rows.every((r) => r.classList.contains("unofficial")));
  assert.ok(allUnofficial, "only unofficial entries match 'cloudflare'");
  assert.ok(await page.isChecked("#show-unofficial"));
  assert.ok(await page.$eval("tr[data-code='522']", (tr) => tr.classList.contains("unofficial")));
  assert.match(await page.textContent("tr[data-code='522']"), /Unofficial/);
  await page.uncheck("#show-unofficial");
  assert.deepEqual(await codes(page), []);
  await typeFilter(page, "");
  assert.equal(await page.textContent("#result-count"), "64 of 64 codes");
  await page.check("#show-unofficial");
  assert.match(await page.textContent("#result-count"), /^\d+ of (\d+) codes$/);
  assert.ok((await codes(page)).length > 64);
  await page.uncheck("#show-unofficial");
});

test("hostile and odd input is shown as text and never breaks the table", async () => {
  await typeFilter(page, `<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>`);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.$$eval("#status-table img, .empty-state img, script:not([src])", (n) => n.length) <= 1, true);
  assert.match(await page.textContent(".empty-state"), /<img src=x/);
  await page.fill("#filter", "x".repeat(100_000));
  assert.match(await page.textContent(".notices"), /Only the first 256 characters/);
  for (const odd of ["\u202E404", "😀", "\u0000\u0007", "שלום"]) {
    await page.fill("#filter", odd);
    assert.ok(await page.isVisible("#result-count"));
  }
  await page.fill("#filter", "\u202E404");
  assert.deepEqual(await codes(page), [404]);
  await page.fill("#filter", "");
  assert.equal((await codes(page)).length, 64);
  assert.deepEqual(problems, []);
});

test("stripes alternate over the rows shown, across hidden rows and open details", async () => {
  const striped = () =>
    page.$$eval("tbody tr[data-code]:not([hidden])", (rows) =>
      rows.map((tr) => getComputedStyle(tr).backgroundColor !== getComputedStyle(rows[0]).backgroundColor),
    );
  const alternating = (flags) => flags.every((on, i) => on === (i % 2 === 1));
  await typeFilter(page, "4xx");
  let flags = await striped();
  assert.ok(flags.length > 20, `${flags.length} rows`);
  assert.ok(alternating(flags), `not alternating: ${flags}`);
  // An open details row between two entry rows does not shift the stripes.
  await page.click("tr[data-code='403'] .details-toggle");
  await page.waitForSelector("tr.details-row");
  flags = await striped();
  assert.ok(alternating(flags), `not alternating with details open: ${flags}`);
  await page.click("tr[data-code='403'] .details-toggle");
  await typeFilter(page, "");
});
