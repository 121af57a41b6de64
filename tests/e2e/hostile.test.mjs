// One corpus of hostile input, sent through every path input takes into the
// widget: the filter box, URL parameters and #fragment, the iframe mode's URL,
// custom-element attributes, mount options, embedder entries, and the iframe
// message channel. Every payload tries to set window.__pwned. After each path:
// the sentinel is unset, no dangerous element or attribute appeared inside a
// widget, every link points to https: or the page itself, and the widget still
// works.
import { test } from "node:test";
import assert from "node:assert/strict";
import { withExamplesAndBrowser } from "./harness.mjs";

const SET = "window.__pwned=1";
const CORPUS = [
  `<script>${SET}</script>`,
  `<img src=x onerror="${SET}">`,
  `"><svg onload=${SET}>`,
  `'><iframe srcdoc="<script>parent.__pwned=1</script>">`,
  `javascript:${SET}`,
  `JaVaScRiPt:${SET}`,
  `data:text/html,<script>${SET}</script>`,
  `&lt;script&gt;${SET}&lt;/script&gt;&#x3C;img src=x onerror=${SET}&#x3E;`,
  `<a href="javascript:${SET}">click</a>`,
  `<style>*{display:none}</style>`,
  `url(javascript:${SET})`,
  `404\u202E\u2066evil\u2069\u202C`,
  `\u0000\u0007\ud800`,
  `{{constructor.constructor('${SET}')()}}`,
  `4xx" onmouseover="${SET}`,
  "A".repeat(100_000),
];
// Broken UTF-8 and odd escapes that only exist in a URL.
const RAW_URL_VALUES = ["%ff%fe%fd", "%c0%af%c0%ae", "%E2%80%AE404", "%3Cscript%3E", "%", "%%41"];

let server, browser;
withExamplesAndBrowser((served, launched) => ([server, browser] = [served, launched]));

/** Watches, from before any page script, every node added inside widgets (shadow
 *  roots and the standalone page's #app) for elements or attributes that could
 *  run or load something. */
async function guard(context) {
  await context.addInitScript(() => {
    const FORBIDDEN = new Set(["script", "img", "svg", "iframe", "object", "embed", "style", "link", "meta", "base", "form", "math", "video", "audio", "source", "frame"]);
    window.__injected = [];
    const inspectAttributes = (element) => {
      for (const attribute of element.attributes) {
        if (attribute.name.startsWith("on")) window.__injected.push(`${element.localName}[${attribute.name}]`);
        if (/^\s*(javascript|data|vbscript):/i.test(attribute.value)) window.__injected.push(`${element.localName}[${attribute.name}=${attribute.value.slice(0, 40)}]`);
      }
    };
    const inspectAdded = (node) => {
      if (node.nodeType !== 1) return;
      for (const element of [node, ...node.querySelectorAll("*")]) {
        if (FORBIDDEN.has(element.localName)) window.__injected.push(`<${element.localName}>`);
        inspectAttributes(element);
      }
    };
    // An added subtree is walked once; a changed attribute is its own element's
    // record, so an attribute set on a container does not re-report its children.
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === "attributes") inspectAttributes(record.target);
        record.addedNodes.forEach(inspectAdded);
      }
    });
    const watch = (root) => observer.observe(root, { childList: true, subtree: true, attributes: true });
    const attachShadow = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
      const root = attachShadow.call(this, init);
      watch(root);
      return root;
    };
    document.addEventListener("DOMContentLoaded", () => {
      const app = document.getElementById("app");
      if (app) watch(app);
    });
  });
}

async function open(path, ready) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await guard(context);
  const page = await context.newPage();
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("response", (r) => r.status() >= 400 && errors.push(`HTTP ${r.status()} ${r.url().slice(0, 120)}`));
  page.on("dialog", (d) => (errors.push(`dialog: ${d.message()}`), d.dismiss()));
  if (path) await page.goto(`${server.url}${path}`);
  if (ready) await page.waitForSelector(ready);
  return { page, context, errors };
}

/** The sentinel in every frame, what the guard saw, and every link's address. */
async function assertNothingRan(page, where) {
  await new Promise((ok) => setTimeout(ok, 50));
  for (const frame of page.frames()) {
    const seen = await frame.evaluate(() => {
      const links = [];
      const collect = (root) => {
        for (const a of root.querySelectorAll("a[href]")) links.push(a.href);
        for (const host of root.querySelectorAll("*")) if (host.shadowRoot) collect(host.shadowRoot);
      };
      collect(document);
      return { pwned: window.__pwned, injected: window.__injected ?? [], links, origin: location.origin };
    });
    assert.equal(seen.pwned, undefined, `${where}: a payload ran`);
    assert.deepEqual(seen.injected, [], `${where}: elements or attributes from input`);
    for (const link of seen.links) {
      assert.ok(link.startsWith("https:") || link.startsWith(`${seen.origin}/`), `${where}: link to ${link}`);
    }
  }
}

/** The widget still filters: `404` leaves exactly row 404. */
async function assertStillWorks(page, scope) {
  await page.fill(`${scope} #filter`, "404");
  await page.waitForFunction(
    (s) => {
      // The page itself, a custom element's shadow root, or a mounted one's (inside `s`).
      const host = s === "body" ? null : document.querySelector(s);
      const root = s === "body" ? document : (host?.shadowRoot ?? host?.querySelector(".http-status-table")?.shadowRoot);
      const rows = [...(root?.querySelectorAll("tbody tr[data-code]:not([hidden])") ?? [])];
      return rows.length === 1 && rows[0].dataset.code === "404";
    },
    scope,
  );
}

test("the filter box: every payload stays text", async () => {
  // Probed on the running widget: a probe inside #app during hydration would be
  // a foreign node in the tree Leptos is walking.
  const { page, context, errors } = await open("dist/index.html", "#app[data-taken-over] #status-table tbody tr:not([hidden])");
  // The guard itself can fail: an element it forbids, added where it watches, is seen.
  const seen = await page.evaluate(async () => {
    const probe = document.createElement("img");
    probe.setAttribute("onerror", "void 0");
    document.getElementById("app").append(probe);
    await new Promise((ok) => setTimeout(ok));
    probe.remove();
    return window.__injected.splice(0);
  });
  assert.deepEqual(seen, ["<img>", "img[onerror]"]);
  for (const payload of CORPUS) {
    await page.fill("#filter", payload);
    assert.equal(await page.inputValue("#filter"), payload.toWellFormed());
    await page.waitForSelector("#app[data-taken-over] :is(.empty-state, #status-table tbody tr[data-code]:not([hidden]))");
  }
  await page.fill("#filter", "A".repeat(100_000));
  assert.match(await page.textContent(".notices"), /first 256 characters/);
  await assertNothingRan(page, "filter");
  await assertStillWorks(page, "body");
  assert.deepEqual(errors, []);
  await context.close();
});

test("URL parameters and the #fragment: text or a named problem, never markup", async () => {
  const { page, context, errors } = await open(null);
  // Servers refuse 100 KB request lines; 2,500 characters of q is the long case here.
  const values = [...CORPUS.slice(0, -1), "A".repeat(2_500)].map((p) => encodeURIComponent(p.toWellFormed())).concat(RAW_URL_VALUES);
  for (const value of values) {
    await page.goto(`${server.url}dist/index.html?q=${value}&sort=${value}&unofficial=${value}#${value}`);
    await page.waitForSelector("#app[data-taken-over] :is(.empty-state, #status-table tbody tr[data-code]:not([hidden]))");
    // A sort or flag that cannot be used is named above the table.
    const problems = await page.textContent(".config-problems").catch(() => "");
    assert.match(problems, /sort/, value.slice(0, 40));
    assert.match(problems, /unofficial/, value.slice(0, 40));
    await assertNothingRan(page, `URL ${value.slice(0, 40)}`);
  }
  await assertStillWorks(page, "body");
  assert.deepEqual(errors, []);
  await context.close();
});

test("the iframe mode's URL options: each refused one is named, the frame keeps working", async () => {
  const { page, context, errors } = await open(null);
  for (const value of [...CORPUS.slice(0, -1).map((p) => encodeURIComponent(p.toWellFormed())), ...RAW_URL_VALUES]) {
    const names = ["filter", "sort", "classes", "columns", "theme", "max-height", "compact", "unofficial", "frame", value];
    await page.goto(`${server.url}dist/index.html?embed=1&${names.map((n) => `${n}=${value}`).join("&")}`);
    await page.waitForSelector("#app[data-taken-over] .config-problems");
    await assertNothingRan(page, `frame URL ${value.slice(0, 40)}`);
  }
  await assertStillWorks(page, "body");
  assert.deepEqual(errors, []);
  await context.close();
});

const ATTRIBUTES = ["filter", "sort", "classes", "unofficial", "columns", "compact", "theme", "max-height"];

test("custom-element attributes, including a 1 MB one: refused with a message or kept as text", async () => {
  const { page, context, errors } = await open("examples/custom-element.html", "#narrow tbody tr:not([hidden])");
  for (const payload of [...CORPUS, "x".repeat(1 << 20)]) {
    await page.evaluate(
      ([names, value]) => {
        const host = document.getElementById("narrow");
        for (const name of names) host.setAttribute(name, value);
      },
      [ATTRIBUTES, payload],
    );
    const problems = await page.evaluate(() => document.getElementById("narrow").problems.map((p) => p.option));
    for (const name of ["sort", "classes", "columns", "theme", "max-height"]) {
      assert.ok(problems.includes(name), `${name} refused: ${problems}`);
    }
    await assertNothingRan(page, `attributes ${payload.slice(0, 40)}`);
  }
  const shown = await page.textContent("#narrow .config-problems");
  assert.match(shown, /1048576 characters long; the limit is 2000/);
  await page.evaluate((names) => names.forEach((n) => document.getElementById("narrow").removeAttribute(n)), ATTRIBUTES);
  assert.deepEqual(await page.evaluate(() => document.getElementById("narrow").problems), []);
  await assertStillWorks(page, "#narrow");
  assert.deepEqual(errors.filter((e) => !/some options could not be used/.test(e)), []);
  await context.close();
});

test("mount options and embedder entries: names and descriptions are text, only https links survive", async () => {
  const { page, context, errors } = await open("examples/mount.html", "#codes tbody tr:not([hidden])");
  const outcome = await page.evaluate(async (corpus) => {
    const { mount } = await import("../dist/http-status-table.js");
    const target = document.createElement("div");
    target.id = "hostile-mount";
    document.body.append(target);
    // Hostile names and descriptions with a good link; then hostile links (codes
    // no registry or vendor uses, so each is its own row).
    const entries = corpus.map((text, i) => ({ code: 230 + i, name: text.slice(0, 80), description: text.slice(0, 1000), link: `https://docs.example.org/e${i}` }));
    const links = ["javascript:window.__pwned=1", "JAVASCRIPT:x", "data:text/html,x", "http://plain.example/", "//evil.example/", "ftp://files.example/", "https://exa mple.org/", "vbscript:x", 'https://x.example/"><script>', "https://docs.example.org/errors#499"];
    links.forEach((link, i) => entries.push({ code: 260 + i, name: `Link ${i}`, link }));
    try {
      await mount(target, { filter: corpus[1], sort: corpus[0], theme: corpus[2], maxHeight: corpus[10], columns: [corpus[3]], classes: corpus[4], unofficial: corpus[5], compact: {}, entries });
      return { threw: false };
    } catch (error) {
      return {
        threw: error.name,
        options: [...new Set(error.problems.map((p) => p.option.replace(/\[\d+\]/, "[]")))],
        entries: error.problems.flatMap((p) => p.message.match(/^code (\d+)/)?.[1] ?? []).map(Number),
      };
    }
  }, CORPUS);
  assert.equal(outcome.threw, "OptionsError");
  // Every hostile link was refused by name; the one https link was kept.
  for (let i = 0; i < 9; i++) assert.ok(outcome.entries.includes(260 + i), `link ${i} refused`);
  assert.ok(!outcome.entries.includes(269));
  for (const name of ["sort", "theme", "maxHeight", "columns", "classes", "unofficial", "compact", "entries[]"]) {
    assert.ok(outcome.options.includes(name), `${name} in ${outcome.options}`);
  }
  await page.waitForSelector("#hostile-mount .config-problems");
  // The hostile names render as text in their rows (filter for one of them).
  await page.fill("#hostile-mount #filter", "onerror");
  await page.waitForSelector("#hostile-mount tbody tr[data-code='231']:not([hidden])");
  assert.match(await page.textContent("#hostile-mount tbody tr[data-code='231'] .col-name"), /<img src=x onerror=/);
  await page.fill("#hostile-mount #filter", "link");
  await page.click("#hostile-mount tbody tr[data-code='269'] .details-toggle");
  const siteLinks = await page.$$eval("#hostile-mount tbody a[href]", (as) => as.map((a) => a.getAttribute("href")));
  assert.ok(siteLinks.includes("https://docs.example.org/errors#499"), siteLinks.join(" "));
  await page.fill("#hostile-mount #filter", "");
  await assertNothingRan(page, "mount");
  await assertStillWorks(page, "#hostile-mount");
  assert.deepEqual(errors, []);
  await context.close();
});

test("50,000 embedder entries are cut to 10,000 with a message, not a hang", async () => {
  const { page, context, errors } = await open("examples/mount.html", "#codes tbody tr:not([hidden])");
  const outcome = await page.evaluate(async () => {
    const { mount } = await import("../dist/http-status-table.js");
    const target = document.createElement("div");
    target.id = "flooded";
    document.body.append(target);
    const entries = Array.from({ length: 50_000 }, (_, i) => ({ code: 100 + (i % 500), name: `Entry ${i}` }));
    const started = performance.now();
    try {
      await mount(target, { entries });
    } catch (error) {
      return { ms: performance.now() - started, problems: error.problems.length, first: error.problems.find((p) => p.option === "entries")?.message };
    }
    return { ms: performance.now() - started };
  });
  assert.match(outcome.first ?? "", /50000 entries given; only the first 10000 are used/);
  console.log(`# 50,000 entries: mounted in ${Math.round(outcome.ms)} ms with ${outcome.problems} problems reported`);
  // The list in the widget is capped; the rest are counted.
  const listed = await page.$$eval("#flooded .config-problems li", (li) => li.length);
  assert.equal(listed, 20);
  assert.match(await page.textContent("#flooded .config-problems"), /and \d+ more/);
  await assertStillWorks(page, "#flooded");
  assert.deepEqual(errors, []);
  await context.close();
});

test("the iframe message channel: hostile messages change nothing, forged heights are ignored", async () => {
  const { page, context, errors } = await open("examples/iframe.html", "iframe");
  const frame = page.frameLocator("#codes-frame");
  await frame.locator("#app[data-taken-over] #status-table tbody tr:not([hidden])").first().waitFor();
  // The frame's own height report has arrived (the served page sends none).
  await page.waitForFunction(() => document.getElementById("codes-frame").style.height !== "");
  const before = await page.$eval("#codes-frame", (f) => f.style.height);
  await page.evaluate((corpus) => {
    const target = document.getElementById("codes-frame").contentWindow;
    for (const payload of corpus) {
      target.postMessage(payload, "*");
      target.postMessage({ type: "http-status-table:height", height: payload, frame: payload }, "*");
      target.postMessage({ type: payload, filter: payload, options: { filter: payload } }, "*");
      // Forged from the host page itself, not from the frame: the host must ignore it.
      window.postMessage({ type: "http-status-table:height", height: 99999, frame: "codes-frame" }, "*");
    }
  }, CORPUS);
  await new Promise((ok) => setTimeout(ok, 300));
  assert.equal(await page.$eval("#codes-frame", (f) => f.style.height), before);
  assert.ok((await frame.locator("#status-table tbody tr[data-code]:not([hidden])").count()) > 20);
  await assertNothingRan(page, "messages");
  await frame.locator("#filter").fill("404");
  await frame.locator("#status-table tbody tr[data-code='404']:not([hidden])").waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
