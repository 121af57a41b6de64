// axe-core on the standalone page: no WCAG 2.x A/AA violations, light and dark,
// unfiltered, filtered (with marks), empty, and with details panels open.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { serve, launch, openTable, typeFilter } from "./harness.mjs";

const axeSource = await readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
let server, browser;
before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function violations(page) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"] } }),
  );
  // Guard against a silent no-op run: axe must have checked a good number of rules.
  assert.ok(result.passes.length > 15, `axe ran only ${result.passes.length} passing rules`);
  return result.violations.map((v) => `${v.id}: ${v.nodes.length} node(s), e.g. ${v.nodes[0]?.html.slice(0, 120)}`);
}

for (const colorScheme of ["light", "dark"]) {
  test(`no axe violations in the ${colorScheme} theme`, async () => {
    const { page, context } = await openTable(browser, server.url, { colorScheme });
    assert.deepEqual(await violations(page), [], "unfiltered");
    await typeFilter(page, "time-out");
    assert.deepEqual(await violations(page), [], "filtered, with marks");
    await page.check("#show-unofficial");
    await typeFilter(page, "nginx");
    assert.deepEqual(await violations(page), [], "unofficial rows");
    await typeFilter(page, "299");
    assert.deepEqual(await violations(page), [], "empty state with a notice");
    await typeFilter(page, "40");
    await page.click("tr[data-code='401'] .details-toggle");
    await page.click("tr[data-code='404'] .details-toggle");
    await page.click("tr[data-code='404'] + .details-row .copy-code");
    await page.waitForSelector(".copy-status:not(:empty)");
    assert.deepEqual(await violations(page), [], "details open, copy confirmed");
    await page.setViewportSize({ width: 375, height: 800 });
    assert.deepEqual(await violations(page), [], "phone width, details open");
    await context.close();
  });
}
