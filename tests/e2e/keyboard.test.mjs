// Keyboard paths on the standalone page: "/" to the filter, Esc to clear.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, openTable, codes } from "./harness.mjs";

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

const focused = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName);

test("/ focuses the filter from anywhere but a text field", async () => {
  await page.focus("button[data-sort=name]");
  await page.keyboard.press("/");
  assert.equal(await focused(), "filter");
  assert.equal(await page.inputValue("#filter"), "", "the slash is not typed");
  // Typed inside the filter, "/" is just a character.
  await page.keyboard.type("http/1");
  assert.equal(await page.inputValue("#filter"), "http/1");
});

test("Esc clears the filter and keeps focus there", async () => {
  await page.fill("#filter", "404");
  assert.deepEqual(await codes(page), [404]);
  await page.focus("#filter");
  await page.keyboard.press("Escape");
  assert.equal(await page.inputValue("#filter"), "");
  assert.equal((await codes(page)).length, 64);
  assert.equal(await focused(), "filter");
  assert.deepEqual(problems, []);
});
