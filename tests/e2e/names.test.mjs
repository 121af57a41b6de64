// "What is it called in my code?": a code's names in the libraries, found by
// search, shown and copied in the details, chosen by the reader (remembered by
// the standalone page) or by the host (`languages`, `languageColumn`), in each
// way in, and carried by the export and the data API.
import { test } from "node:test";
import assert from "node:assert/strict";
import { laterFileIn, openTable, codes, typeFilter, screenshot, withExamplesAndBrowser } from "./harness.mjs";

let server, browser;
withExamplesAndBrowser((served, launched) => ([server, browser] = [served, launched]));

const standalone = (url, query = "") => `${url}dist/index.html${query}`;

test("a name from code finds its code and shows which name matched; a prefix alone adds nothing", async () => {
  const { page, context, problems } = await openTable(browser, standalone(server.url));
  for (const [typed, code] of [
    ["StatusTeapot", 418],
    ["http.StatusTeapot", 418],
    ["HTTP_NOT_FOUND", 404],
    ["Status404NotFound", 404],
    [":unprocessable_content", 422],
    ["RedirectKeepVerb", 307],
  ]) {
    await typeFilter(page, typed);
    assert.deepEqual(await codes(page), [code], typed);
  }
  // Found only through a name: the row says which, with the match marked.
  await typeFilter(page, "StatusTeapot");
  const line = await page.textContent("tr[data-code='418'] .in-code");
  assert.match(line, /^In code: http\.StatusTeapot/);
  assert.equal(await page.textContent("tr[data-code='418'] .in-code mark"), "Teapot");
  // Found through its own name: no such line.
  const linesShown = () => page.$$eval("tr:not([hidden]) .in-code", (l) => l.filter((x) => x.textContent !== "").length);
  await typeFilter(page, "not found");
  assert.equal(await linesShown(), 0);
  // A library's prefix is not a word: these match through no name.
  for (const prefix of ["status", "http", "sc", "StatusCode"]) {
    await typeFilter(page, prefix);
    assert.equal(await linesShown(), 0, prefix);
  }
  await typeFilter(page, "sc");
  assert.ok((await codes(page)).length < 10, "sc matches a few words, not every row");
  // Class words match the class: no name is offered as the reason (Dart's
  // clientClosedRequest for nginx's 499, say).
  await page.check("#show-unofficial");
  await typeFilter(page, "client error");
  assert.ok((await codes(page)).includes(499));
  assert.equal(await linesShown(), 0, "client error");
  await page.uncheck("#show-unofficial");
  assert.deepEqual(problems, []);
  await context.close();
});

test("the details list a code's names with copy buttons and sources; the reader's choice is remembered", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url.replace(/\/$/, "") });
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(e.message));
  await page.goto(standalone(server.url, "?q=413"));
  await page.waitForSelector("#app[data-taken-over] tr[data-code='413']:not([hidden])");
  await page.click("tr[data-code='413'] .details-toggle");
  const names = ".details-row .code-names";
  await page.waitForSelector(names);
  const libraries = await page.$$eval(`${names} li:not([hidden]) .library`, (l) => l.map((x) => x.textContent));
  assert.deepEqual(libraries, ["Go net/http", "Python http.HTTPStatus", "npm http-status-codes", "Rust http::StatusCode", "Spring HttpStatus"]);
  const python = await page.textContent(`${names} li:nth-child(2)`);
  assert.match(python, /HTTPStatus\.CONTENT_TOO_LARGE/);
  assert.match(python, /HTTPStatus\.REQUEST_ENTITY_TOO_LARGE.*alias since 3\.13/);
  // Each library links the file the names were read from, at its version.
  const source = await page.$eval(`${names} li:nth-child(2) .name-source a`, (a) => [a.href, a.textContent]);
  assert.match(source[0], /^https:\/\/github\.com\/python\/cpython\/blob\/v3\.[0-9.]+\/Lib\/http\/__init__\.py$/);
  assert.match(source[1], /^__init__\.py 3\./);
  // Copy: the identifier, confirmed in the panel's live region.
  await page.click(`${names} button[aria-label="Copy http.StatusRequestEntityTooLarge (Go net/http)"]`);
  await page.waitForSelector(".details-row .copy-status:not(:empty)");
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), "http.StatusRequestEntityTooLarge");
  assert.equal(await page.textContent(".details-row .copy-status"), "Copied: http.StatusRequestEntityTooLarge");

  // The reader picks the languages: Go off, .NET on.
  await page.click(".details-row .choose-languages summary");
  await page.getByLabel("Go net/http", { exact: true }).uncheck();
  await page.getByLabel(".NET System.Net.HttpStatusCode", { exact: true }).check();
  assert.match(await page.textContent(".details-row .choose-languages summary"), /\(5 of 16\)/);
  const chosen = await page.$$eval(`${names} li:not([hidden]) .library`, (l) => l.map((x) => x.textContent));
  assert.deepEqual(chosen, ["Python http.HTTPStatus", "npm http-status-codes", "Rust http::StatusCode", "Spring HttpStatus", ".NET System.Net.HttpStatusCode"]);
  // …and the page remembers it next time.
  await page.goto(standalone(server.url, "?q=418"));
  await page.waitForSelector("#app[data-taken-over] tr[data-code='418']:not([hidden])");
  await page.click("tr[data-code='418'] .details-toggle");
  await page.waitForSelector(names);
  const dotnet = await page.$$eval(`${names} li:not([hidden])`, (l) => l.at(-1).textContent);
  assert.match(dotnet, /^\.NET System\.Net\.HttpStatusCode\s*no name for this code/);
  assert.equal(await page.$$eval(`${names} li:not([hidden]) .library`, (l) => l.length), 5);
  await screenshot(page, "names-details-1280");
  assert.deepEqual(problems, []);
  await context.close();
});

test("hosts choose the languages and a names column, in each way in; unknown languages are reported", async () => {
  const { page, context, problems } = await openTable(browser, `${server.url}examples/names.html`, {
    ready: "#go-api tbody tr:not([hidden])",
  });
  // Custom element: a Go column beside the name.
  const heads = await page.$$eval("#go-api thead th", (t) => t.map((x) => x.textContent.replace(/[▲▼↕]/g, "")));
  assert.deepEqual(heads, ["Code", "Name", "Go net/http", "Class", "Description"]);
  // The names come with the second file, a moment after the rows.
  await page.waitForFunction(() => document.querySelector("#go-api").shadowRoot.querySelector("tr[data-code='409'] .col-library")?.textContent === "http.StatusConflict");
  await page.click("#go-api tr[data-code='409'] .details-toggle");
  assert.deepEqual(await page.$$eval("#go-api .details-row .code-names li:not([hidden]) .library", (l) => l.map((x) => x.textContent)), ["Go net/http"]);
  // A language name stands for its libraries; an unknown one is reported.
  await page.waitForSelector("#dotnet tbody tr:not([hidden])");
  assert.match(await page.textContent("#dotnet .config-problems"), /languages: "cobol" is not a library or language/);
  await page.click("#dotnet tr[data-code='418'] .details-toggle");
  assert.deepEqual(await page.$$eval("#dotnet .details-row .code-names li:not([hidden]) .library", (l) => l.map((x) => x.textContent)), [
    ".NET System.Net.HttpStatusCode",
    "ASP.NET Core StatusCodes",
  ]);
  // mount(): a Dart column; update() changes it live.
  await page.waitForSelector("#mounted tbody tr:not([hidden])");
  assert.equal(await page.textContent("#mounted tr[data-code='200'] .col-library"), "HttpStatus.ok");
  await page.evaluate(() => window.mountedWidget.update({ languageColumn: "none" }));
  assert.equal(await page.$$eval("#mounted .col-library", (c) => c.length), 0);
  await page.evaluate(() => window.mountedWidget.update({ languageColumn: "aspnetcore" }));
  await page.waitForSelector("#mounted tr[data-code='201'] .col-library");
  assert.equal(await page.textContent("#mounted tr[data-code='201'] .col-library"), "StatusCodes.Status201Created");
  // The frame: options from its URL.
  const frame = page.frames().find((f) => f.url().includes("frame=names-frame"));
  await frame.waitForSelector("#app[data-taken-over] tr[data-code='404'] .col-library");
  await laterFileIn(frame);
  assert.equal(await frame.textContent("tr[data-code='404'] .col-library"), "HTTPStatus.NOT_FOUND");
  await frame.click("tr[data-code='404'] .details-toggle");
  assert.deepEqual(await frame.$$eval(".code-names li:not([hidden]) .library", (l) => l.map((x) => x.textContent)), ["Rust http::StatusCode"]);
  // Where a library has no name, the column says so without inventing one.
  await page.evaluate(() => window.mountedWidget.update({ codes: "418", languageColumn: "dotnet" }));
  await page.waitForSelector("#mounted tr[data-code='418'] .col-library .no-name");
  assert.equal(await page.textContent("#mounted tr[data-code='418'] .col-library"), "\u2014");
  await screenshot(page, "names-embedded-1280");
  // The one warning is the unknown language, said in the console too.
  assert.deepEqual(problems.filter((p) => !p.includes('languages: "cobol"')), []);
  await context.close();
});

test("the data API carries the names with their versions and sources", async () => {
  const { page, context, problems } = await openTable(browser, `${server.url}examples/names.html`, {
    ready: "#go-api tbody tr:not([hidden])",
  });
  const data = await page.evaluate(async () => {
    const api = await import("/dist/http-status-table.js");
    const entry = await api.lookup(422);
    const libraries = await api.libraries();
    return { names: entry.names, libraries };
  });
  assert.equal(data.libraries.length, 16);
  const python = data.libraries.find((l) => l.id === "python");
  assert.match(python.source, /^https:\/\/github\.com\/python\/cpython\/blob\//);
  const go = data.names.find((n) => n.library === "go");
  assert.deepEqual(
    { identifier: go.identifier, status: go.status, source: go.source },
    { identifier: "http.StatusUnprocessableEntity", status: "current", source: data.libraries.find((l) => l.id === "go").source },
  );
  const rack = data.names.filter((n) => n.library === "rack").map((n) => [n.identifier, n.status]);
  assert.deepEqual(rack[0], [":unprocessable_content", "current"]);
  assert.ok(rack.some(([id, status]) => id === ":unprocessable_entity" && status === "deprecated"), JSON.stringify(rack));
  assert.deepEqual(problems.filter((p) => !p.includes('languages: "cobol"')), []);
  await context.close();
});

test("hostile languages values are text or a named problem, never markup", async () => {
  const evil = encodeURIComponent('<img src=x onerror="window.pwned=1">');
  const { page, context } = await openTable(browser, standalone(server.url, `?embed=1&languages=${evil},go&language-column=${evil}`));
  const text = await page.textContent(".config-problems");
  assert.match(text, /languages: "<img", "src=x" and 1 more are not a library or language/);
  assert.match(text, /language-column: "<img/);
  assert.equal(await page.$$eval("img", (i) => i.length), 0);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  await page.click("tr[data-code='404'] .details-toggle");
  assert.deepEqual(await page.$$eval(".code-names li:not([hidden]) .library", (l) => l.map((x) => x.textContent)), ["Go net/http"]);
  await context.close();
});
