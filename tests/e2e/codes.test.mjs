// The `codes` option on every way in: the attribute (examples/api-reference.html),
// the mount API with numbers and strings, and the iframe's URL parameter.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openTable, withExamplesAndBrowser } from "./harness.mjs";

let server, browser;
withExamplesAndBrowser((served, launched) => ([server, browser] = [served, launched]));

const ENTRY = "/dist/http-status-table.js";
/** The official 5xx codes. */
const OFFICIAL_5XX = [500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511];
/** What codes="200,201,204,400-404,429,5xx" lists, without unofficial codes. */
const API_CODES = [200, 201, 204, 400, 401, 402, 403, 404, 429, ...OFFICIAL_5XX];

/** The data-code of every row shown in `scope` (Playwright's CSS pierces open shadow roots). */
function rowCodes(page, scope) {
  return page.$$eval(`${scope} tbody tr[data-code]:not([hidden])`, (rows) => rows.map((r) => Number(r.dataset.code)));
}

/** Waits until `check()` holds, or fails with what it last gave. */
async function eventually(check, what) {
  let last;
  for (let i = 0; i < 50; i++) {
    last = await check();
    if (last === true) return;
    await new Promise((ok) => setTimeout(ok, 50));
  }
  assert.fail(`${what}: ${JSON.stringify(last)}`);
}

async function rowsAre(page, scope, expected, what) {
  await eventually(async () => {
    const rows = await rowCodes(page, scope);
    return JSON.stringify(rows) === JSON.stringify(expected) || rows;
  }, what);
}

const toggleHidden = (page, scope) => page.$eval(`${scope} label.toggle`, (label) => label.hidden);

test("attribute: only the API's codes, counted, searched, with a notice for the others", async () => {
  const { page, context, problems } = await openTable(browser, `${server.url}examples/api-reference.html`, {
    ready: "#api tbody tr:not([hidden])",
  });
  assert.deepEqual(await rowCodes(page, "#api"), API_CODES);
  assert.equal(await page.textContent("#api #result-count"), `${API_CODES.length} of ${API_CODES.length} codes`);
  // The site's meanings sit beside the official ones.
  assert.match(await page.textContent("#api tr[data-code='503'] .site-definition"), /Maintenance/);
  assert.equal(await page.$$eval("#api .config-problems", (p) => p.length), 0);
  // Cloudflare's 52x are in 5xx: the toggle is offered.
  assert.equal(await toggleHidden(page, "#api"), false);

  // Filters work within the codes; a registered code outside them says so.
  await page.fill("#api #filter", "503, 410");
  await rowsAre(page, "#api", [503], "503 only");
  assert.match(await page.textContent("#api .notices"), /410 is not among the codes this table lists\./);
  assert.equal(await page.textContent("#api #result-count"), `1 of ${API_CODES.length} codes`);

  // The hint counts only the unofficial codes inside the set.
  await page.fill("#api #filter", "timeout");
  await page.waitForSelector("#api .hidden-hint");
  const before = await rowCodes(page, "#api");
  const hint = await page.textContent("#api .hidden-hint");
  const hidden = Number(/(\d+) unofficial code/.exec(hint)?.[1]);
  await page.click("#api .hidden-hint button");
  await eventually(async () => (await rowCodes(page, "#api")).length > before.length || "no more rows", "unofficial shown");
  const after = await rowCodes(page, "#api");
  const added = after.filter((c) => !before.includes(c) || after.indexOf(c) !== after.lastIndexOf(c));
  assert.equal(after.length - before.length, hidden, `${hint} / ${after}`);
  assert.ok(added.every((c) => c >= 500), String(added));
  await page.fill("#api #filter", "");
  await page.uncheck("#api #show-unofficial");
  assert.deepEqual(problems, []);
  await context.close();
});

test("attribute: the toggle goes when the codes hold no unofficial code, and comes back", async () => {
  const { page, context } = await openTable(browser, `${server.url}examples/api-reference.html`, {
    ready: "#api tbody tr:not([hidden])",
  });
  await page.$eval("#api", (h) => h.setAttribute("codes", "200,201,204,400-404,429"));
  await rowsAre(page, "#api", API_CODES.slice(0, 9), "no 5xx");
  assert.equal(await toggleHidden(page, "#api"), true);
  assert.equal(await page.isVisible("#api #show-unofficial"), false);
  // 503's entry is now outside the codes: reported on that entry.
  assert.match(
    await page.textContent("#api .config-problems"),
    /entries\[2\]: code 503 is not among the codes option's codes, so it is not shown/,
  );
  await page.$eval("#api", (h) => h.setAttribute("codes", "200,201,204,400-404,429,5xx"));
  await rowsAre(page, "#api", API_CODES, "5xx back");
  assert.equal(await toggleHidden(page, "#api"), false);
  assert.equal(await page.$$eval("#api .config-problems", (p) => p.length), 0);
  // Removing the attribute lists every code again.
  await page.$eval("#api", (h) => h.removeAttribute("codes"));
  await eventually(async () => (await rowCodes(page, "#api")).length === 64 || (await rowCodes(page, "#api")).length, "every code");
  await context.close();
});

test("attribute: bad items are reported and the rest apply", async () => {
  const { page, context, problems } = await openTable(browser, `${server.url}examples/api-reference.html`, {
    ready: "#api tbody tr:not([hidden])",
  });
  await page.$eval("#api", (h) => h.setAttribute("codes", "201, 600, 404-400, abc, 429"));
  await rowsAre(page, "#api", [201, 429], "the good items");
  const text = await page.textContent("#api .config-problems");
  assert.match(text, /codes: "600", "404-400", "abc" are not codes; use codes from 100 to 599, ranges such as 400-404 and classes such as 4xx or 40x \(the other items apply\)/);
  assert.match(text, /entries\[2\]: code 503 is not among/);
  assert.doesNotMatch(text, /entries\[[01]\]/);
  assert.equal(await page.textContent("#api #result-count"), "2 of 2 codes");
  // A list with no good item changes nothing, and says so.
  await page.$eval("#api", (h) => h.setAttribute("codes", "6xx"));
  await page.waitForFunction(() =>
    /so the codes are unchanged/.test(document.querySelector("#api").shadowRoot.querySelector(".config-problems")?.textContent ?? ""),
  );
  assert.deepEqual(await rowCodes(page, "#api"), [201, 429]);
  assert.ok(problems.every((p) => /some options could not be used/.test(p)), String(problems));
  await context.close();
});

test("mount API: numbers and strings, entries outside the codes, update", async () => {
  const { page, context } = await openTable(browser, `${server.url}examples/mount.html`, {
    ready: "#codes tbody tr:not([hidden])",
  });
  const result = await page.evaluate(async (entry) => {
    const { mount } = await import(entry);
    const place = document.createElement("section");
    place.id = "api-mount";
    document.body.append(place);
    const rows = () => [...place.querySelector("div").shadowRoot.querySelectorAll("tbody tr[data-code]:not([hidden])")].map((r) => Number(r.dataset.code));
    const tick = () => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
    let handle, rejected = null;
    try {
      handle = await mount(place, {
        codes: [200, 201, "400-404", "40x"],
        entries: [{ code: 201, name: "Order created" }, { code: 503, name: "Maintenance" }],
      });
    } catch (e) {
      rejected = { name: e.name, problems: e.problems };
      handle = e.widget;
    }
    await tick();
    const first = rows();
    let updateError = null;
    try {
      handle.update({ codes: [204, 700, "abc", 404.5] });
    } catch (e) {
      updateError = e.problems;
    }
    await tick();
    const second = rows();
    // 503 is inside the codes now; 201 is not, and the update says so.
    let outside = null;
    try {
      handle.update({ codes: "5xx" });
    } catch (e) {
      outside = e.problems;
    }
    await tick();
    const third = rows();
    const problemsNow = handle.problems;
    handle.destroy();
    return { rejected, first, updateError, second, outside, third, problemsNow };
  }, ENTRY);
  assert.deepEqual(result.rejected, {
    name: "OptionsError",
    problems: [{ option: "entries[1]", message: "code 503 is not among the codes option's codes, so it is not shown" }],
  });
  assert.deepEqual(result.first, [200, 201, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409]);
  assert.deepEqual(result.updateError, [
    {
      option: "codes",
      message: '"700", "abc", "404.5" are not codes; use codes from 100 to 599, ranges such as 400-404 and classes such as 4xx or 40x (the other items apply)',
    },
    { option: "entries[0]", message: "code 201 is not among the codes option's codes, so it is not shown" },
    { option: "entries[1]", message: "code 503 is not among the codes option's codes, so it is not shown" },
  ]);
  assert.deepEqual(result.second, [204]);
  assert.deepEqual(result.outside, [
    { option: "entries[0]", message: "code 201 is not among the codes option's codes, so it is not shown" },
  ]);
  assert.deepEqual(result.third, OFFICIAL_5XX);
  assert.deepEqual(result.problemsNow, [
    { option: "entries[0]", message: "code 201 is not among the codes option's codes, so it is not shown" },
  ]);
  await context.close();
});

test("iframe: codes from the URL, bad items reported in the frame", async () => {
  const { page, context, problems } = await openTable(
    browser,
    `${server.url}dist/index.html?embed=1&codes=200,201,204,400-404,429,5xx&sort=-code`,
  );
  assert.deepEqual(await rowCodes(page, "#app"), [...API_CODES].reverse());
  assert.equal(await page.textContent("#result-count"), `${API_CODES.length} of ${API_CODES.length} codes`);
  assert.equal(await toggleHidden(page, "#app"), false);
  assert.deepEqual(problems, []);
  await context.close();

  const bad = await openTable(browser, `${server.url}dist/index.html?embed=1&codes=404,600,4xxx`);
  assert.deepEqual(await rowCodes(bad.page, "#app"), [404]);
  assert.equal(await toggleHidden(bad.page, "#app"), true);
  assert.match(await bad.page.textContent(".config-problems"), /codes: "600", "4xxx" are not codes/);
  await bad.context.close();
});
