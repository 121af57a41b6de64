// The widget inside documentation pages: it follows the page's declared
// color-scheme (live, with no host code) or the reader's system setting when
// the page declares none, takes the page's type, and fits a content column.
import { test } from "node:test";
import assert from "node:assert/strict";
import { screenshot, withExamplesAndBrowser } from "./harness.mjs";

let server, browser;
withExamplesAndBrowser((served, launched) => ([server, browser] = [served, launched]));

async function open(path, { width = 1280, colorScheme = "light" } = {}) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
  const page = await context.newPage();
  const problems = [];
  page.on("console", (m) => ["error", "warning"].includes(m.type()) && problems.push(`${m.type()}: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  await page.goto(`${server.url}${path}`);
  await page.waitForFunction(() => document.querySelector("#codes")?.shadowRoot?.querySelector("tbody tr:not([hidden])"));
  return { page, context, problems };
}

/** The widget's computed colours and type, read inside its shadow root. */
function look(page) {
  return page.$eval("#codes", (host) => {
    const root = host.shadowRoot;
    const hst = getComputedStyle(root.querySelector(".hst"));
    const code = getComputedStyle(root.querySelector("tbody .col-code code"));
    return { bg: hst.backgroundColor, fg: hst.color, scheme: hst.colorScheme, font: hst.fontFamily, size: hst.fontSize, codeFont: code.fontFamily };
  });
}

/** Waits until the widget's background is `expected` (a transition may run first). */
async function backgroundBecomes(page, expected) {
  await page.waitForFunction(
    (want) => getComputedStyle(document.querySelector("#codes").shadowRoot.querySelector(".hst")).backgroundColor === want,
    expected,
    { timeout: 5000 },
  );
}

const LIGHT_BG = "rgb(255, 255, 255)";
const DARK_BG = "rgb(20, 22, 26)";

test("theme auto follows the site's dark switch, live, and back", async () => {
  // The reader's system is dark, the site says light: the site wins.
  const { page, context, problems } = await open("examples/docs-host.html", { colorScheme: "dark" });
  const light = await look(page);
  assert.equal(light.bg, LIGHT_BG, JSON.stringify(light));
  await screenshot(page, "docs-host-688-light");
  await page.click("#scheme-switch");
  await backgroundBecomes(page, DARK_BG);
  const dark = await look(page);
  assert.notEqual(dark.fg, light.fg, "text colour changes with the site");
  await screenshot(page, "docs-host-688-dark");
  await page.click("#scheme-switch");
  await backgroundBecomes(page, LIGHT_BG);
  // theme="dark" still forces dark on a light site.
  await page.$eval("#codes", (el) => el.setAttribute("theme", "dark"));
  await backgroundBecomes(page, DARK_BG);
  await page.$eval("#codes", (el) => el.removeAttribute("theme"));
  await backgroundBecomes(page, LIGHT_BG);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a page that declares no color-scheme: the widget follows the system", async () => {
  for (const [colorScheme, bg] of [["dark", DARK_BG], ["light", LIGHT_BG]]) {
    const { page, context, problems } = await open("examples/plain-host.html", { colorScheme });
    assert.equal((await look(page)).bg, bg, colorScheme);
    // And it keeps following the system when that changes.
    await page.emulateMedia({ colorScheme: colorScheme === "dark" ? "light" : "dark" });
    await backgroundBecomes(page, bg === DARK_BG ? LIGHT_BG : DARK_BG);
    // Then the page declares a scheme: the one it does not follow from the
    // system (on a dark system, "light", which colours alone cannot tell
    // from none declared), and the widget takes it.
    const declared = colorScheme === "dark" ? "dark" : "light";
    await page.evaluate((scheme) => { document.documentElement.style.colorScheme = scheme; }, declared);
    await backgroundBecomes(page, declared === "dark" ? DARK_BG : LIGHT_BG);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test("embedded, the widget takes the page's font and size; codes stay monospace", async () => {
  const { page, context } = await open("examples/docs-host.html");
  const type = await look(page);
  assert.match(type.font, /Georgia/);
  assert.equal(type.size, "15px");
  assert.match(type.codeFont, /mono/i);
  // A host that wants other type says so with the documented properties.
  await page.$eval("#codes", (el) => el.style.setProperty("--hst-font-size", "18px"));
  assert.equal((await look(page)).size, "18px");
  await context.close();
});

test("in a 688 px and a 760 px content column the description gets most of the width", async () => {
  for (const column of [688, 760]) {
    const { page, context } = await open("examples/docs-host.html");
    await page.addStyleTag({ content: `.content { max-width: ${column}px }` });
    const widths = await page.$eval("#codes", (host) => {
      const root = host.shadowRoot;
      const table = root.querySelector("table").getBoundingClientRect().width;
      const row = root.querySelector("tbody tr[data-code]:not([hidden])");
      const cell = (c) => row.querySelector(`td.${c}`).getBoundingClientRect().width;
      const scroll = root.querySelector(".table-scroll");
      return {
        table,
        description: cell("col-description"),
        name: cell("col-name"),
        overflow: scroll.scrollWidth - scroll.clientWidth,
        classNameWidth: root.querySelector("tbody tr:not([hidden]) .class-chip .class-name").getBoundingClientRect().width,
        classLabel: root.querySelector("tbody tr:not([hidden]) .class-chip").textContent.trim(),
      };
    });
    assert.ok(widths.description / widths.table >= 0.45, `${column}: ${JSON.stringify(widths)}`);
    assert.ok(widths.name < widths.description, JSON.stringify(widths));
    assert.equal(widths.overflow, 0, "no horizontal scroll");
    // The class shows its wildcard; its name is still there for screen readers.
    assert.ok(widths.classNameWidth <= 1, JSON.stringify(widths));
    assert.equal(widths.classLabel, "1xx Informational");
    for (const scheme of ["light", "dark"]) {
      if (scheme === "dark") {
        await page.click("#scheme-switch");
        await backgroundBecomes(page, DARK_BG);
      }
      await screenshot(page, `docs-host-column-${column}-${scheme}`);
    }
    await context.close();
  }
  // A phone keeps the cards.
  const { page, context } = await open("examples/docs-host.html", { width: 375 });
  const display = await page.$eval("#codes", (host) => getComputedStyle(host.shadowRoot.querySelector("table")).display);
  assert.equal(display, "block");
  await screenshot(page, "docs-host-375");
  await context.close();
});
