// SPIKE probe (not a test): opens the guide, answers two questions, reports
// the steps drawn, the wasm files fetched and console problems, under the strict CSP.
import { serveExamples, launch, openTable } from "./harness.mjs";
const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors *; " +
  "require-trusted-types-for 'script'; trusted-types 'none'";
const server = await serveExamples({ headers: { "content-security-policy": STRICT_CSP } });
const browser = await launch();
try {
  const { page, context, problems } = await openTable(browser, server.url + "dist/index.html");
  const fetched = [];
  page.on("request", (r) => fetched.push(new URL(r.url()).pathname));
  await page.click("details.guide > summary");
  const body = page.locator(".guide-body");
  await body.locator("button").first().waitFor({ timeout: 10000 });
  const first = (await body.textContent()).slice(0, 100);
  await body.locator("button").first().click();
  await page.waitForTimeout(300);
  const second = (await body.textContent()).slice(0, 100);
  console.log(JSON.stringify({ first, second, fetched, problems, focus: await page.evaluate(() => document.activeElement?.tagName) }, null, 1));
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
