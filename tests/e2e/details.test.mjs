// Details panels, copy buttons, permalinks, URL round trips and announcements
// on the standalone page, and the same panels inside an embedded widget.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openTable, codes, typeFilter, screenshot, withExamplesAndBrowser } from "./harness.mjs";

let server, browser;
withExamplesAndBrowser((served, launched) => ([server, browser] = [served, launched]));

const page404 = (url) => `${url}dist/index.html`;

test("a details panel opens from its toggle, by keyboard, and shows the registry facts", async () => {
  const { page, context, problems } = await openTable(browser, page404(server.url));
  const toggle = "tr[data-code='302'] .details-toggle";
  assert.equal(await page.getAttribute(toggle, "aria-expanded"), "false");
  assert.equal(await page.getAttribute(toggle, "aria-label"), "Details for 302 Found");
  // Keyboard: focus the toggle and press Enter.
  await page.focus(toggle);
  await page.keyboard.press("Enter");
  assert.equal(await page.getAttribute(toggle, "aria-expanded"), "true");
  const panelId = await page.getAttribute(toggle, "aria-controls");
  const panel = await page.textContent(`#${panelId}`);
  assert.match(panel, /Registry status\s*Registered/);
  assert.match(panel, /Defined in\s*RFC 9110 §15\.4\.3 \(Standards Track\)/);
  assert.match(panel, /Former names\s*Moved Temporarily/);
  // Focus stays on the toggle while rows re-render around it.
  await page.keyboard.press("Space");
  assert.equal(await page.getAttribute(toggle, "aria-expanded"), "false");
  assert.equal(await page.evaluate(() => document.activeElement?.className), "details-toggle");
  assert.equal(await page.$$eval(".details-row", (r) => r.length), 0);

  // An unofficial entry names its vendor and where the use is documented.
  await page.check("#show-unofficial");
  await page.click("tr[data-code='499'] .details-toggle >> nth=0");
  assert.match(await page.textContent(".details-row"), /Registry status\s*Not in the IANA registry.*Used by\s*nginx/s);
  assert.deepEqual(problems, []);
  await context.close();
});

test("copy buttons copy the code, the status line and the permalink, and say so", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url.replace(/\/$/, "") });
  const page = await context.newPage();
  await page.goto(page404(server.url));
  await page.waitForSelector("#app[data-taken-over] #status-table tbody tr:not([hidden])");
  await page.click("tr[data-code='404'] .details-toggle");
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

  await page.click(".details-row .copy-status-line");
  await page.waitForSelector(".details-row .copy-status:not(:empty)");
  assert.equal(await clipboard(), "HTTP/1.1 404 Not Found");
  assert.equal(await page.textContent(".details-row .copy-status"), "Copied: HTTP/1.1 404 Not Found");
  assert.equal(await page.getAttribute(".details-row .copy-status", "role"), "status");

  await page.click(".details-row .copy-code");
  await page.waitForFunction(() => document.querySelector(".details-row .copy-status")?.textContent === "Copied: 404");
  assert.equal(await clipboard(), "404");

  await page.click(".details-row .copy-link");
  const link = `${server.url}dist/index.html#404`;
  await page.waitForFunction((l) => document.querySelector(".details-row .copy-status")?.textContent === `Copied: ${l}`, link);
  assert.equal(await clipboard(), link);
  await screenshot(page, "details-404-1280");
  await page.setViewportSize({ width: 375, height: 800 });
  await page.locator("tr[data-code='404']").scrollIntoViewIfNeeded();
  await screenshot(page, "details-404-375");
  await context.close();
});

test("where the Clipboard API is refused, the text is offered selected instead", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // Deny clipboard-write, as a browser that refuses would.
  await context.addInitScript(() => {
    Object.defineProperty(navigator, "clipboard", {
      value: { writeText: () => Promise.reject(new DOMException("denied", "NotAllowedError")) },
    });
  });
  const page = await context.newPage();
  await page.goto(page404(server.url));
  await page.click("tr[data-code='503'] .details-toggle");
  await page.click(".details-row .copy-status-line");
  await page.waitForSelector(".details-row .copy-fallback");
  assert.equal(await page.inputValue(".details-row .copy-fallback"), "HTTP/1.1 503 Service Unavailable");
  assert.match(await page.textContent(".details-row .copy-status"), /did not allow copying/);
  const selected = await page.evaluate(() => {
    const input = document.activeElement;
    return input?.classList.contains("copy-fallback") ? input.value.slice(input.selectionStart, input.selectionEnd) : null;
  });
  assert.equal(selected, "HTTP/1.1 503 Service Unavailable");
  await context.close();
});

test("#code permalinks open, mark and scroll to the row, also with a filter and for vendor codes", async () => {
  const { page, context } = await openTable(browser, `${page404(server.url)}#504`);
  await page.waitForSelector("tr[data-code='504'].targeted .details-toggle[aria-expanded=true]");
  assert.ok(await page.isVisible(".details-row"));
  const top = await page.$eval("tr[data-code='504']", (tr) => tr.getBoundingClientRect().top);
  // Scrolled to the top edge, give or take a sub-pixel of rounding.
  assert.ok(top > -1 && top < 900, `row in view: ${top}`);
  // Following another permalink on the same page.
  await page.evaluate(() => { location.hash = "#410"; });
  await page.waitForSelector("tr[data-code='410'].targeted");
  assert.equal(await page.$$eval("tr.targeted", (r) => r.map((x) => x.dataset.code).join()), "410");
  await context.close();

  const filtered = await openTable(browser, `${page404(server.url)}?q=gateway#502`);
  await filtered.page.waitForSelector("tr[data-code='502'].targeted .details-toggle[aria-expanded=true]");
  assert.deepEqual((await codes(filtered.page)).sort(), [502, 504]);
  await filtered.context.close();

  // 520 is only Cloudflare's: the permalink shows unofficial codes.
  const vendor = await openTable(browser, `${page404(server.url)}#520`);
  await vendor.page.waitForSelector("tr[data-code='520'].targeted");
  assert.equal(await vendor.page.isChecked("#show-unofficial"), true);
  await vendor.context.close();
});

test("URL round trip: load, type, reload, back", async () => {
  const { page, context } = await openTable(browser, page404(server.url));
  await typeFilter(page, "5xx");
  await page.click("button[data-sort=name]");
  await page.waitForFunction(() => location.search === "?q=5xx&sort=name");
  await page.reload();
  await page.waitForSelector("#app[data-taken-over] #status-table tbody tr:not([hidden])");
  assert.equal(await page.inputValue("#filter"), "5xx");
  assert.ok((await codes(page)).every((c) => c >= 500));
  // A link to a permalink is a real navigation; back restores the earlier view.
  await page.evaluate(() => { location.hash = "#501"; });
  await page.waitForSelector("tr[data-code='501'].targeted");
  await typeFilter(page, "404");
  await page.goBack();
  await page.waitForFunction(() => location.hash === "");
  await page.waitForFunction(() => document.querySelector("#filter").value === "5xx");
  assert.equal(await page.$$eval("tr.targeted", (r) => r.length), 0);
  assert.ok((await codes(page)).length > 5);
  await context.close();
});

test("the live region speaks once typing pauses, with the count and sort", async () => {
  const { page, context } = await openTable(browser, page404(server.url));
  await page.evaluate(() => {
    window.__spoken = [];
    const region = document.getElementById("result-announcement");
    new MutationObserver(() => window.__spoken.push(region.textContent)).observe(region, { childList: true, characterData: true, subtree: true });
  });
  await page.type("#filter", "timeout", { delay: 40 });
  await page.waitForFunction(() => window.__spoken.length > 0);
  await page.waitForTimeout(900);
  const spoken = await page.evaluate(() => window.__spoken.filter((t) => t));
  assert.equal(spoken.length, 1, JSON.stringify(spoken));
  assert.match(spoken[0], /^\d+ of 64 codes, sorted by Code, ascending\.$/);
  await page.click("button[data-sort=name]");
  await page.waitForFunction(() => window.__spoken.filter((t) => t).length === 2);
  assert.match(await page.textContent("#result-announcement"), /sorted by Name, ascending\.$/);
  await context.close();
});

test("embedded widgets have details and copy too, and never touch the host's URL", async () => {
  const { page, context } = await openTable(browser, `${server.url}examples/custom-element.html`, { ready: "#client-errors tbody tr:not([hidden])" });
  const before = await page.evaluate(() => location.href);
  await page.click("#client-errors tr[data-code='429'] .details-toggle");
  assert.match(await page.textContent("#client-errors .details-row"), /On this site\s*Rate limited/);
  await page.fill("#client-errors #filter", "429");
  await page.click("#client-errors button[data-sort=name]");
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => location.href), before);
  await context.close();
});

test("details show the behaviour facts: redirects, headers, confusions, retry", async () => {
  const { page, context } = await openTable(browser, page404(server.url));
  await page.click("tr[data-code='308'] .details-toggle");
  const redirect = await page.textContent("tr[data-code='308'] + .details-row");
  assert.match(redirect, /Cacheable by default\s*Yes/);
  assert.match(redirect, /Redirect\s*Permanent/);
  assert.match(redirect, /Method and body kept\s*Yes/);
  assert.match(redirect, /Related headers\s*Location/);
  assert.match(redirect, /Often confused with.*301 Moved Permanently/s);
  await page.click("tr[data-code='503'] .details-toggle");
  const unavailable = await page.textContent("tr[data-code='503'] + .details-row");
  assert.match(unavailable, /Safe to retry\s*Yes, after waiting/);
  assert.match(unavailable, /Retry-After\s*Applies/);
  assert.match(unavailable, /429 Too Many Requests/);
  await page.click("tr[data-code='204'] .details-toggle");
  assert.match(await page.textContent("tr[data-code='204'] + .details-row"), /Response body\s*None/);
  await context.close();
});

test("the rows shown download as CSV and JSON, in the current filter and sort", async () => {
  const { page, context } = await openTable(browser, page404(server.url));
  await typeFilter(page, "40");
  await page.click("button[data-sort=code]"); // code is already ascending: now descending
  const shown = await codes(page);
  assert.deepEqual(shown, [409, 408, 407, 406, 405, 404, 403, 402, 401, 400]);

  const [csvDownload] = await Promise.all([page.waitForEvent("download"), page.click(".download-csv")]);
  assert.equal(csvDownload.suggestedFilename(), "http-status-codes-40.csv");
  const csv = await (await import("node:fs/promises")).readFile(await csvDownload.path(), "utf8");
  const lines = csv.split("\r\n").filter((l) => l);
  assert.match(lines[0], /^code,name,class,status,description,reference,aliases/);
  assert.deepEqual(lines.slice(1).map((l) => Number(l.split(",")[0])), shown);
  assert.match(csv, /\r\n404,Not Found,Client Error,Registered,/);
  // Then a column per library: its names for the code.
  assert.match(lines[0], /,deprecated_by,name_go,name_python,/);
  assert.match(csv, /\r\n404,Not Found,.*,http\.StatusNotFound,HTTPStatus\.NOT_FOUND,/);

  const [jsonDownload] = await Promise.all([page.waitForEvent("download"), page.click(".download-json")]);
  assert.equal(jsonDownload.suggestedFilename(), "http-status-codes-40.json");
  const json = JSON.parse(await (await import("node:fs/promises")).readFile(await jsonDownload.path(), "utf8"));
  assert.deepEqual(json.map((e) => e.code), shown);
  assert.equal(json.find((e) => e.code === 404).name, "Not Found");
  const go = json.find((e) => e.code === 404).names.find((n) => n.library === "go");
  assert.equal(go.identifier, "http.StatusNotFound");
  assert.match(go.source, /^https:\/\/github\.com\/golang\/go\/blob\/go[0-9.]+\/src\/net\/http\/status\.go$/);
  await context.close();
});

test("status words: IANA's markers, the document's standing, 305's deprecation, and 104's expiry by the reader's clock", async () => {
  // The same build, read on the day before and the day after 104's recorded expiry.
  const rowText = async (day) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date(`${day}T12:00:00Z`));
    await page.goto(`${page404(server.url)}?q=104`);
    // The served row was written on the build's day: read the app's.
    await page.waitForSelector("#app[data-taken-over] tr[data-code='104']:not([hidden])");
    const row = await page.textContent("tr[data-code='104']");
    await page.click("tr[data-code='104'] .details-toggle");
    const details = await page.textContent(".details-row");
    await context.close();
    return { row, details };
  };
  const before = await rowText("2026-11-12");
  assert.match(before.row, /Temporary.*Internet-Draft/s);
  assert.match(before.row, /Temporary registration: registered 2024-11-13, extended 2025-09-15, expires 2026-11-13\./);
  assert.doesNotMatch(before.row, /expired/);
  assert.match(before.details, /Registry status\s*Temporary registration: registered 2024-11-13/);
  const after = await rowText("2026-11-14");
  assert.match(after.row, /Registration expired on 2026-11-13 unless extended since; check IANA\./);
  assert.match(after.details, /Registry status\s*Registration expired on 2026-11-13/);

  const { page, context, problems } = await openTable(browser, page404(server.url));
  // Registered rows only: 418 also has an unofficial row (hidden).
  const badges = (code) => page.$$eval(`tr[data-code='${code}']:not(.unofficial) .badge`, (b) => b.map((x) => x.textContent));
  assert.deepEqual(await badges(404), []);
  assert.deepEqual(await badges(305), ["Deprecated by RFC 9110"]);
  assert.deepEqual(await badges(103), ["Experimental"]);
  assert.deepEqual(await badges(510), ["Obsoleted", "Historic"]);
  assert.deepEqual(await badges(418), ["Unused"]);
  assert.match(await page.textContent("tr[data-code='418']:not(.unofficial) .col-name"), /Also known as: I'm a teapot/);
  assert.doesNotMatch(await page.textContent("tr[data-code='418']:not(.unofficial) .col-name"), /Formerly/);
  assert.match(await page.textContent("tr[data-code='302'] .col-name"), /Formerly: Moved Temporarily/);
  await page.click("tr[data-code='305'] .details-toggle");
  const details = await page.textContent(".details-row");
  assert.match(details, /Registry status\s*Registered/);
  assert.match(details, /Deprecated\s*Deprecated by RFC 9110 §15\.4\.6/);
  // Status words filter: "experimental" finds the codes of Experimental RFCs.
  await typeFilter(page, "experimental");
  assert.deepEqual(await codes(page), [103, 208, 506, 508]);
  // The footer's date is the registry's own last update.
  assert.match(await page.textContent(".page-footer"), /as of 2025-09-15/);
  assert.deepEqual(problems, []);
  await context.close();
});

test("every behaviour fact shows its source: an https: link, or the our-advice mark", async () => {
  const { page, context, problems } = await openTable(browser, page404(server.url));
  // The sources of one panel: each behaviour fact, header and confusion line ends with one.
  const sources = (code) =>
    page.$$eval(`tr[data-code='${code}']:not(.unofficial) + .details-row .fact-source`, (spans) =>
      spans.map((span) => ({
        mark: span.querySelector(".our-advice")?.textContent ?? null,
        links: [...span.querySelectorAll("a")].map((a) => ({ href: a.href, protocol: a.protocol, text: a.textContent })),
        fact: span.closest("li, dd")?.previousElementSibling?.textContent ?? span.closest("li")?.textContent ?? "",
      })),
    );
  await page.click("tr[data-code='429'] .details-toggle");
  const tooMany = await sources(429);
  // Cacheable, body, retry, Retry-After, one header, one confusion.
  assert.equal(tooMany.length, 6, JSON.stringify(tooMany));
  for (const source of tooMany) {
    assert.ok(source.mark !== null || source.links.length === 1, JSON.stringify(source));
    for (const link of source.links) assert.equal(link.protocol, "https:", link.href);
  }
  // RFC 6585 §4: a 429 is never stored; the fact links the section that says so.
  const panel429 = await page.textContent("tr[data-code='429'] + .details-row");
  assert.match(panel429, /Cacheable by default\s*No, never: a cache must not store it.*RFC 6585 §4/);
  assert.ok(tooMany.some((s) => s.links.some((l) => l.href === "https://www.rfc-editor.org/rfc/rfc6585#section-4")));

  // Advice of ours is marked as ours, with the rule it applies.
  await page.click("tr[data-code='500'] .details-toggle");
  const serverError = await sources(500);
  const advice = serverError.filter((s) => s.mark !== null);
  assert.ok(advice.length >= 1, JSON.stringify(serverError));
  for (const source of advice) assert.match(source.mark, /^Our advice/);
  assert.ok(advice.some((s) => s.links.some((l) => l.text === "RFC 9110 §9.2.2")), JSON.stringify(advice));
  assert.match(await page.textContent("tr[data-code='500'] + .details-row"), /Safe to retry\s*Only if the method is idempotent.*TRACE.*Our advice, based on\s*RFC 9110 §9\.2\.2/s);

  // An unofficial code links the vendor's page where its meaning is documented.
  await page.check("#show-unofficial");
  await page.click("tr[data-code='444'] .details-toggle");
  const nginx = await page.$$eval("tr[data-code='444'] + .details-row .fact-source a", (links) => links.map((a) => a.href));
  assert.ok(nginx.length > 0);
  for (const href of nginx) assert.match(href, /^https:\/\//);
  assert.ok(nginx.includes("https://nginx.org/en/docs/http/ngx_http_rewrite_module.html#return"), JSON.stringify(nginx));
  assert.match(await page.textContent("tr[data-code='444'] + .details-row"), /Response body\s*None: no response is sent at all/);

  // Every link in every open panel is https:.
  const protocols = await page.$$eval(".details-row a", (links) => [...new Set(links.map((a) => a.protocol))]);
  assert.deepEqual(protocols, ["https:"]);
  assert.deepEqual(problems, []);
  await context.close();
});
