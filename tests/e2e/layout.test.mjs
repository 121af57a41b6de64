// What a person sees at phone and desktop widths, in light and dark themes.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, openTable, screenshot, typeFilter } from "./harness.mjs";

let server, browser;
before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const pageScroll = (page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

for (const width of [320, 375, 1280]) {
  for (const colorScheme of ["light", "dark"]) {
    test(`${width}px ${colorScheme}: no page-level horizontal scroll, readable`, async () => {
      const { page, context, problems } = await openTable(browser, server.url, { width, height: 800, colorScheme });
      assert.equal(await pageScroll(page), 0, "page must not scroll sideways");
      const box = await page.$eval("#status-table tbody tr:not([hidden]) .description", (d) => d.getBoundingClientRect().width);
      assert.ok(box >= Math.min(width - 80, 200), `description column is ${box}px wide`);
      if (width !== 320) await screenshot(page, `table-${width}-${colorScheme}`);
      await typeFilter(page, "time-out");
      assert.equal(await pageScroll(page), 0);
      if (width !== 320) await screenshot(page, `filtered-${width}-${colorScheme}`);
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      assert.equal(bg === "rgb(255, 255, 255)", colorScheme === "light", `theme follows the system: ${bg}`);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
}

test("the empty state and notices at phone width", async () => {
  const { page, context } = await openTable(browser, server.url, { width: 375, height: 700 });
  await typeFilter(page, "299");
  assert.ok(await page.isVisible("#clear-filter"));
  assert.equal(await pageScroll(page), 0);
  await screenshot(page, "empty-375-light");
  await context.close();
});
