// Strict policies: every page works under the strictest Content-Security-Policy a
// host is likely to send (Trusted Types enforced, and no policy allowed: the app
// writes no markup, so it needs none), and Subresource Integrity refuses
// tampered files.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { DIST, ROOT, serve, serveExamples, launch, openTable, tamperedCopy } from "./harness.mjs";

export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors *; " +
  "require-trusted-types-for 'script'; trusted-types 'none'";

let server, browser;
before(async () => {
  server = await serveExamples({ headers: { "content-security-policy": STRICT_CSP } });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Records every securitypolicyviolation in every frame, before any page script. */
async function watchViolations(context) {
  await context.addInitScript(() => {
    window.__violations = [];
    window.addEventListener(
      "securitypolicyviolation",
      (e) => window.__violations.push(`${e.effectiveDirective}: ${e.blockedURI} ${e.sample}`),
      true,
    );
  });
}

async function violations(page) {
  const all = [];
  for (const frame of page.frames()) all.push(...((await frame.evaluate(() => window.__violations).catch(() => [])) ?? []));
  return all;
}

async function open(path, ready) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await watchViolations(context);
  const page = await context.newPage();
  const problems = [];
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  page.on("pageerror", (e) => problems.push(e.message));
  await page.goto(`${server.url}${path}`);
  await page.waitForSelector(ready);
  return { page, context, problems };
}

// [name, path, the element that holds the widget]
const PAGES = [
  // The page's own table once the app has taken the served one over.
  ["the standalone page", "dist/index.html", "#app[data-taken-over]"],
  ["the iframe mode", "dist/index.html?embed=1&filter=4xx&theme=dark", "#app[data-taken-over]"],
  ["the custom-element example", "examples/custom-element.html", "#client-errors"],
  ["the mount example", "examples/mount.html", "#codes"],
  ["the hostile-host example", "examples/hostile.html", "#attributes"],
];

for (const [name, path, table] of PAGES) {
  test(`${name} works under the strict CSP with Trusted Types, with no violation`, async () => {
    const ready = `${table} tbody tr:not([hidden])`;
    const { page, context, problems } = await open(path, ready);
    // Exercise what renders new markup: filtering, sorting, the toggle, details.
    await page.fill(`${table} #filter`, "gateway");
    await page.click(`${table} thead button[data-sort="name"]`);
    await page.click(`${table} label.toggle input`).catch(() => {});
    await page.click(`${table} tbody tr:not([hidden]) .details-toggle`);
    await page.waitForSelector(`${table} .details`);
    await page.fill(`${table} #filter`, "");
    assert.ok((await page.$$(`${ready}`)).length > 10);
    assert.deepEqual(await violations(page), []);
    assert.deepEqual(problems, []);
    // Nothing installed a policy (the CSP allows none): the app needs none.
    assert.equal(await page.evaluate(() => window.trustedTypes.defaultPolicy), null);
    await context.close();
  });
}

test("the iframe example: the framed page and the host, no violation", async () => {
  const { page, context, problems } = await open("examples/iframe.html", "iframe");
  const frame = page.frameLocator("iframe").first();
  await frame.locator("#status-table tbody tr:not([hidden])").first().waitFor();
  await frame.locator("#filter").fill("teapot");
  await frame.locator("#status-table tbody tr[data-code='418']:not([hidden])").waitFor();
  assert.deepEqual(await violations(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test("with Trusted Types enforced, any markup string on the page is refused, and the app still ran", async () => {
  const { page, context } = await open("dist/index.html", "#app[data-taken-over] #status-table tbody tr:not([hidden])");
  // The app has filtered and opened details without one markup string.
  await page.fill("#filter", "teapot");
  await page.click("#status-table tbody tr[data-code='418']:not([hidden]) .details-toggle");
  await page.waitForSelector("#status-table .details");
  const outcome = await page.evaluate(() => {
    const box = document.createElement("div");
    const attempt = (markup) => {
      try {
        box.innerHTML = markup;
        return box.innerHTML;
      } catch (error) {
        return error.name;
      }
    };
    return { benign: attempt("<b>bold</b>"), image: attempt('<img src="x" onerror="window.__pwned = 1">') };
  });
  assert.deepEqual(outcome, { benign: "TypeError", image: "TypeError" });
  await new Promise((ok) => setTimeout(ok, 100));
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  // The two refusals were reported as violations, and nothing else was.
  const seen = await violations(page);
  assert.equal(seen.length, 2, seen.join("\n"));
  assert.ok(seen.every((v) => v.startsWith("require-trusted-types-for")), seen.join("\n"));
  await context.close();
});

// ---- Subresource Integrity ------------------------------------------------------

const sri = (bytes) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;

test("every file of the loader chain carries its integrity hash", async () => {
  const hashes = JSON.parse(await readFile(join(DIST, "integrity.json"), "utf8"));
  for (const name of ["http-status-table-core.js", "http-status-table-core_bg.wasm", "widget.css.txt", "http-status-table.js", "http-status-table-page.js", "start.js"]) {
    assert.equal(hashes[name], sri(await readFile(join(DIST, name))), name);
  }
  // Both script-tag entries, the widget's and the standalone page's.
  for (const entry of ["http-status-table.js", "http-status-table-page.js"]) {
    const loader = await readFile(join(DIST, entry), "utf8");
    for (const name of ["http-status-table-core.js", "http-status-table-core_bg.wasm", "widget.css.txt"]) {
      assert.ok(loader.includes(`"${name}":"${hashes[name]}"`), `${entry} checks ${name}`);
    }
  }
  const page = await readFile(join(DIST, "index.html"), "utf8");
  assert.ok(page.includes(`src="./start.js" integrity="${hashes["start.js"]}"`));
  assert.ok(page.includes(`src="./http-status-table-page.js" integrity="${hashes["http-status-table-page.js"]}"`));
  const snippet = await readFile(join(DIST, "embed-snippet.html"), "utf8");
  assert.match(snippet, new RegExp(`integrity="${hashes["http-status-table.js"].replace(/[+/]/g, "\\$&")}" crossorigin="anonymous"`));
});


const flipAByte = (bytes) => {
  const copy = Buffer.from(bytes);
  copy[copy.length >> 1] ^= 0xff;
  return copy;
};
const appendAComment = (bytes) => Buffer.concat([bytes, Buffer.from("\n// altered\n")]);

for (const [name, change, said] of [
  ["http-status-table-core_bg.wasm", flipAByte, /the file http-status-table-core_bg\.wasm does not match its integrity hash/],
  ["http-status-table-core.js", appendAComment, /the file http-status-table-core\.js does not match its integrity hash/],
  ["http-status-table-page.js", appendAComment, /the file http-status-table-page\.js did not run \(missing, or refused by its integrity hash\)/],
]) {
  test(`a tampered ${name} is refused: the served table stays, with a note that says which file`, async () => {
    const copy = await tamperedCopy(name, change);
    try {
      const context = await browser.newContext();
      const page = await context.newPage();
      const errors = [];
      page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
      await page.goto(`${copy.url}dist/index.html`);
      await page.waitForSelector("#no-app:not([hidden]) .reason");
      const note = await page.textContent("#no-app");
      assert.match(note, /could not start/);
      assert.match(note, said);
      assert.ok(errors.some((e) => said.test(e)), errors.join("\n"));
      assert.equal(await page.$("#app[data-taken-over]"), null);
      assert.equal(await page.locator("#status-table tbody tr:not([hidden])").count(), 64);
      await context.close();
    } finally {
      await copy.close();
    }
  });
}

test("an embedded widget refuses a tampered wasm and says so in its place", async () => {
  const copy = await tamperedCopy("http-status-table-core_bg.wasm", flipAByte);
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${copy.url}examples/custom-element.html`);
    await page.waitForFunction(() =>
      /could not start/.test(document.querySelector("#client-errors")?.shadowRoot?.textContent ?? ""),
    );
    assert.equal(await page.$("#client-errors table"), null);
    assert.match(
      await page.$eval("#client-errors", (h) => h.shadowRoot.textContent),
      /could not start: the file http-status-table-core_bg\.wasm does not match its integrity hash/,
    );
    await context.close();
  } finally {
    await copy.close();
  }
});

test("an embedded widget refuses a tampered stylesheet: it stays unstyled and says so in the console", async () => {
  const copy = await tamperedCopy("widget.css.txt", appendAComment);
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const warnings = [];
    page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
    await page.goto(`${copy.url}examples/custom-element.html`);
    await page.waitForSelector("#client-errors tbody tr:not([hidden])");
    assert.equal(await page.$eval("#client-errors", (h) => h.shadowRoot.adoptedStyleSheets.length), 0);
    assert.ok(warnings.some((w) => /stylesheet could not be used \(the file widget\.css\.txt does not match its integrity hash/.test(w)), warnings.join("\n"));
    await context.close();
  } finally {
    await copy.close();
  }
});

test("no HTML string sink in any script we ship", async () => {
  // The wasm writes elements, text and attributes only; so do our scripts.
  for (const name of ["http-status-table-core.js", "http-status-table.js", "http-status-table-page.js", "index.js", "widget.css.js", "start.js"]) {
    const source = await readFile(join(DIST, name), "utf8");
    const code = source.replace(/^\s*\/\/.*$/gm, "");
    assert.doesNotMatch(code, /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|createContextualFragment|parseFromString/, name);
  }
});

// ---- why it could not start: each kind said plainly ------------------------------

/** The message an embedded widget shows in its place on `path`, once it has failed. */
async function failureMessage(page, url) {
  await page.goto(url);
  const handle = await page.waitForFunction(() => {
    const text = document.querySelector("#client-errors")?.shadowRoot?.textContent ?? "";
    return /could not start/.test(text) && text;
  });
  return handle.jsonValue();
}

test("a file that cannot be loaded: the widget names it and its status, in its place and in the console", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.route("**/dist/http-status-table-core_bg.wasm", (route) => route.fulfill({ status: 404, body: "not found" }));
  const server = await serve(ROOT, { only: ["dist", "examples"] });
  try {
    const text = await failureMessage(page, `${server.url}examples/custom-element.html`);
    assert.match(text, /could not start: the file http-status-table-core_bg\.wasm could not be loaded \(HTTP 404\)/);
    assert.match(text, /IANA HTTP Status Code Registry/);
    assert.ok(errors.some((e) => /could not be loaded \(HTTP 404\)/.test(e)), errors.join("\n"));
  } finally {
    await context.close();
    await server.close();
  }
});

// ---- the npm entry (dist/index.js), as a page loads it without a bundler -------------

/** A context whose pages load the npm entry where the examples load the script-tag one,
 *  and record how the wasm was compiled (window.__hstCompiled). */
async function npmEntryContext() {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    window.__hstCompiled = [];
    for (const name of ["instantiate", "instantiateStreaming"]) {
      const original = WebAssembly[name];
      WebAssembly[name] = function (source, ...rest) {
        window.__hstCompiled.push(`${name}:${source instanceof Response ? "response" : source?.constructor?.name}`);
        return original.call(this, source, ...rest);
      };
    }
  });
  await context.route("**/dist/http-status-table.js", (route) => route.fulfill({ path: join(DIST, "index.js"), contentType: "text/javascript" }));
  return context;
}

test("the npm entry compiles every wasm file as it downloads (instantiateStreaming)", async () => {
  const context = await npmEntryContext();
  const page = await context.newPage();
  const server = await serve(ROOT, { only: ["dist", "examples"] });
  try {
    await page.goto(`${server.url}examples/custom-element.html`);
    await page.waitForFunction(() => document.querySelector("#client-errors")?.shadowRoot?.querySelector("tbody tr:not([hidden])"));
    // The main module from its checked response; then the split files (the
    // options' code for the example's JSON entries, and once the widget is
    // idle the second file, with their chunks) straight from their fetches
    // (__wasm_split.js).
    await page.waitForFunction(() => window.__hstCompiled.length >= 2);
    const compiled = await page.evaluate(() => window.__hstCompiled);
    assert.equal(compiled[0], "instantiateStreaming:response");
    assert.ok(compiled.slice(1).every((how) => how === "instantiateStreaming:Promise"), compiled.join(", "));
  } finally {
    await context.close();
    await server.close();
  }
});

test("the npm entry, given a page where the wasm should be: the widget says what was served", async () => {
  const context = await npmEntryContext();
  await context.route("**/dist/http-status-table-core_bg.wasm", (route) =>
    route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><title>Dev server</title>" }),
  );
  const page = await context.newPage();
  const server = await serve(ROOT, { only: ["dist", "examples"] });
  try {
    const text = await failureMessage(page, `${server.url}examples/custom-element.html`);
    assert.match(text, /could not start: the file http-status-table-core_bg\.wasm could not be loaded \(.*answered with text\/html, not WebAssembly\)/);
    assert.deepEqual(await page.evaluate(() => window.__hstCompiled), []);
  } finally {
    await context.close();
    await server.close();
  }
});

test("no WebAssembly in this browser: the widget says so, not that a file is broken", async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => delete globalThis.WebAssembly);
  const page = await context.newPage();
  const server = await serve(ROOT, { only: ["dist", "examples"] });
  try {
    const text = await failureMessage(page, `${server.url}examples/custom-element.html`);
    assert.match(text, /could not start: this browser does not offer WebAssembly/);
  } finally {
    await context.close();
    await server.close();
  }
});

test("a page whose CSP refuses WebAssembly: the widget says the module could not start, and why", async () => {
  const server = await serve(ROOT, {
    only: ["dist", "examples"],
    headers: { "content-security-policy": "default-src 'self'; script-src 'self'; style-src 'self'" },
  });
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    const text = await failureMessage(page, `${server.url}examples/custom-element.html`);
    assert.match(text, /could not start: the page's Content-Security-Policy does not allow WebAssembly \(it needs 'wasm-unsafe-eval'\)/);
  } finally {
    await context.close();
    await server.close();
  }
});
