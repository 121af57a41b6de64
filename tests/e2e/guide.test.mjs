// "Which code should I return?": the guide above the table (src/ui/guide.rs,
// data/guide.txt). Walked by mouse and by keyboard on the standalone page, from
// a shared link and through the browser's history, in each way in (custom
// element, mount(), iframe), with hostile `guide` values, with no JavaScript
// and before the app has taken the served page over, with the `codes` option,
// and under axe. Every test also holds the page to no console errors or
// warnings (harness's `problems`).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile, mkdir } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { serve, serveExamples, launch, openTable, openHeldBack, recordLayoutShifts, screenshot, SCREENSHOTS } from "./harness.mjs";

const axeSource = await readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

let server, examples, browser;
before(async () => {
  server = await serve();
  examples = await serveExamples();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  await examples?.close();
});

const TAKEN_OVER = "#app[data-taken-over]";
const READY = `${TAKEN_OVER} #status-table tbody tr:not([hidden])`;
const START = "Which best describes what happened with this request?";

/** Waits until `check()` holds (returns true), or fails with what it last gave. */
async function eventually(check, what) {
  let last;
  for (let i = 0; i < 60; i++) {
    last = await check();
    if (last === true) return;
    await new Promise((ok) => setTimeout(ok, 50));
  }
  assert.fail(`${what}: ${JSON.stringify(last)}`);
}

/** What the table shows: the count's text, the visible rows (details rows too) and their codes. */
async function tableState(page, scope = "") {
  return {
    count: (await page.textContent(`${scope} #result-count`)).trim(),
    rows: await page.locator(`${scope} #status-table tbody tr:not([hidden])`).count(),
    codes: await page.$$eval(`${scope} #status-table tbody tr[data-code]:not([hidden])`, (rows) => rows.map((r) => Number(r.dataset.code))),
  };
}

/** "36 of 36 codes" → 36. */
const shown = (count) => Number(/^(\d+)/.exec(count)?.[1]);

/** The heading of the guide's current step (question or result). */
const heading = (page, scope = "") => page.locator(`${scope} .guide-panel h3`);

/** Clicks the answer whose label contains `label`, and waits for the next step's heading. */
async function answer(page, label, scope = "") {
  const before = await heading(page, scope).textContent();
  await page.locator(`${scope} .guide-answers button`, { hasText: label }).click();
  await eventually(async () => (await heading(page, scope).textContent()) !== before || before, `a new step after "${label}"`);
}

/** Asserts the table narrowed: fewer codes counted and fewer visible rows than `previous`. */
function assertNarrowed(now, previous, what) {
  assert.ok(shown(now.count) < shown(previous.count), `${what}: count ${previous.count} → ${now.count}`);
  // Rows of codes (a result's rows open their details rows, so count the codes' rows).
  assert.ok(now.codes.length < previous.codes.length, `${what}: visible rows ${previous.codes.length} → ${now.codes.length}`);
  assert.ok(now.codes.every((c) => previous.codes.includes(c)), `${what}: only rows that were already shown remain`);
  assert.equal(shown(now.count), now.codes.length, `${what}: the count says what is shown (${now.count})`);
}

/** At a result: only its codes' rows, each marked, open, with its details row shown. */
async function assertResultRows(page, expected, scope = "") {
  const state = await tableState(page, scope);
  assert.deepEqual(state.codes, [...expected].sort((a, b) => a - b), "only the result's codes are shown");
  for (const code of expected) {
    const row = page.locator(`${scope} #status-table tbody tr[data-code='${code}']`);
    assert.match(await row.getAttribute("class"), /\btargeted\b/, `${code} is marked`);
    assert.match(await row.getAttribute("class"), /\bopen\b/, `${code}'s details are open`);
    assert.equal(await row.locator("[aria-expanded]").first().getAttribute("aria-expanded"), "true", `${code}'s toggle says open`);
    assert.ok(await page.locator(`${scope} #status-table tbody tr[data-code='${code}'] + tr.details-row`).isVisible(), `${code}'s details row is shown`);
  }
  // The result's rows and their details rows, nothing else.
  assert.equal(state.rows, expected.length * 2, `visible rows: ${state.rows}`);
}

/** Opens the guide on the standalone page by its summary, at its first question. */
async function openGuide(page) {
  await page.click("details.guide > summary");
  await eventually(async () => (await heading(page).textContent({ timeout: 200 }).catch(() => "")) === START || "not at the start", "the guide opens at its first question");
}

/** The element that has the focus, through open shadow roots: its tag, class and text. */
function focused(page) {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return element ? { tag: element.localName, className: element.className, text: element.textContent.trim() } : null;
  });
}

// 1. Three paths by mouse on the standalone page.

for (const walk of [
  {
    name: "No product with that id → 404",
    answers: ["The request is wrong", "The URL names nothing", "No, or I can't tell"],
    result: /^Return 404 Not Found$/,
    codes: [404],
  },
  {
    name: "JSON parses but a quantity is −3 → 422, with 400 offered",
    answers: ["The request is wrong", "The body, a parameter or a header", "It parses, but a value is invalid"],
    result: /^Return 422 Unprocessable Content, or 400 Bad Request$/,
    codes: [422, 400],
    check: async (page) => {
      assert.deepEqual(await page.locator(".guide-choice h4").allTextContents(), ["422 Unprocessable Content", "400 Bad Request"]);
      const nots = await page.locator(".guide-choice .guide-not").allTextContents();
      assert.match(nots[0], /^Why not 400/);
      assert.match(nots[1], /^Why not 422/);
    },
  },
  {
    name: "One client over its quota → 429 with Retry-After",
    answers: ["Too many requests", "One client, over its rate limit"],
    result: /^Return 429 Too Many Requests$/,
    codes: [429],
    check: async (page) => {
      assert.equal(await page.textContent(".guide-choice .guide-headers-title"), "Send with it");
      assert.match(await page.textContent(".guide-choice .guide-headers"), /Retry-After: When this client may send again/);
      // 503 and 403 are named as what not to reach for.
      assert.match(await page.textContent(".guide-avoid"), /503 Service Unavailable/);
    },
  },
]) {
  test(`by mouse: ${walk.name}; the table narrows at each step`, async () => {
    const { page, context, problems } = await openTable(browser, server.url);
    let previous = await tableState(page);
    assert.equal(previous.count, "64 of 64 codes");
    await openGuide(page);
    let now = await tableState(page);
    assertNarrowed(now, previous, "the first question");
    previous = now;
    for (const label of walk.answers) {
      await answer(page, label);
      now = await tableState(page);
      assertNarrowed(now, previous, `after "${label}"`);
      previous = now;
    }
    assert.match(await page.textContent(".guide-panel h3.guide-result"), walk.result);
    assert.equal(await page.locator(".guide-panel h3.guide-question").count(), 0);
    await assertResultRows(page, walk.codes);
    await walk.check?.(page);
    // The trail lists the answers given, in order.
    const trail = await page.locator(".guide-trail button").allTextContents();
    assert.equal(trail.length, walk.answers.length);
    walk.answers.forEach((label, i) => assert.ok(trail[i].includes(label), `${trail[i]} / ${label}`));
    // A trail entry goes back to the question it answered; the table widens again.
    await page.locator(".guide-trail button").first().click();
    await eventually(async () => (await heading(page).textContent()) === START || (await heading(page).textContent()), "the trail's first answer goes back to the start");
    assert.equal(await page.locator(".guide-trail").count(), 0, "no trail at the start");
    assert.equal(await page.locator("#status-table tbody tr.targeted").count(), 0, "no row marked at a question");
    // Closing the guide gives the whole table back.
    await page.click("details.guide > summary");
    await eventually(async () => (await page.textContent("#result-count")) === "64 of 64 codes" || (await page.textContent("#result-count")), "closed: every code");
    assert.equal(new URL(page.url()).searchParams.get("guide"), null);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

// 2. By keyboard only.

/** Presses Tab until the focus is on an element matching `want` (a predicate on focused()), at most `max` times. */
async function tabTo(page, want, what, max = 12) {
  const passed = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const now = await focused(page);
    if (want(now)) return passed;
    passed.push(now);
  }
  assert.fail(`${what}: not reached by Tab; passed ${JSON.stringify(passed)}`);
}

test("by keyboard only: open, answer with Enter and Space, focus on each new heading, Back and Start over", async () => {
  const { page, context, problems } = await openTable(browser, server.url);
  await page.locator("body").focus();
  await tabTo(page, (f) => f?.tag === "summary" && /Which code should I return/.test(f.text), "the guide's summary", 20);
  await page.keyboard.press("Enter");
  await eventually(async () => (await heading(page).textContent({ timeout: 200 }).catch(() => "")) === START || "closed", "Enter opens the guide");
  const passedLinks = [];
  // Each answer: Tab to the first answer (past the step's source link), then arrow through
  // with Tab to the wanted one, then Enter or Space; the focus lands on the next heading.
  const walk = [
    ["The request is wrong", "Enter", "What is wrong with the request?"],
    ["The body, a parameter or a header", " ", "What is wrong with what the client sent?"],
    ["It parses, but a value is invalid", "Enter", "Return 422 Unprocessable Content, or 400 Bad Request"],
  ];
  for (const [label, key, next] of walk) {
    const passed = await tabTo(page, (f) => f?.tag === "button" && f.text.includes(label), `the answer "${label}"`);
    // The first thing past the heading and its source link is the first answer.
    const beforeAnswers = passed.filter((f) => !(f.tag === "button" && !f.className));
    passedLinks.push(...beforeAnswers);
    assert.ok(beforeAnswers.every((f) => f.tag === "a" || f.tag === "summary"), `only the heading's source link before the answers: ${JSON.stringify(passed)}`);
    await page.keyboard.press(key === " " ? "Space" : key);
    await eventually(async () => {
      const f = await focused(page);
      return (f?.tag === "h3" && f.text === next) || f;
    }, `focus on the heading "${next}"`);
  }
  assert.ok(passedLinks.length <= walk.length, `at most a source link per step before its answers: ${JSON.stringify(passedLinks)}`);
  // Right after an answer, Tab goes to the answers (past at most the source link), never back up the page.
  await page.keyboard.press("Tab");
  const afterResult = await focused(page);
  assert.ok(afterResult.tag === "a" || afterResult.tag === "button", JSON.stringify(afterResult));
  await assertResultRows(page, [422, 400]);
  // The change is announced.
  assert.match(await page.textContent(".guide-panel [role=status]"), /Result: return 422 Unprocessable Content, or 400 Bad Request/);
  // Back, by keyboard: one question up, focus on its heading.
  await tabTo(page, (f) => f?.className === "guide-back", "Back", 20);
  await page.keyboard.press("Enter");
  await eventually(async () => {
    const f = await focused(page);
    return (f?.tag === "h3" && f.text === "What is wrong with what the client sent?") || f;
  }, "Back goes up one question, focus on its heading");
  assert.match(await page.textContent(".guide-panel [role=status]"), /Question 3: What is wrong with what the client sent\?/);
  // Start over, by keyboard (Space).
  await tabTo(page, (f) => f?.className === "guide-restart", "Start over", 20);
  await page.keyboard.press("Space");
  await eventually(async () => {
    const f = await focused(page);
    return (f?.tag === "h3" && f.text === START) || f;
  }, "Start over goes to the first question, focus on it");
  assert.equal(await page.locator(".guide-back").isDisabled(), true, "no Back at the start");
  assert.equal(await page.locator(".guide-restart").isDisabled(), true, "no Start over at the start");
  assert.equal(new URL(page.url()).searchParams.get("guide"), "start");
  assert.deepEqual(problems, []);
  await context.close();
});

// 3. A shared link and the browser's history.

test("a shared link ?guide=validation-failed opens the result, the trail leading to it, the rows open", async () => {
  const { page, context, problems } = await openTable(browser, `${server.url}?guide=validation-failed`);
  await page.waitForSelector(".guide-panel h3.guide-result");
  assert.equal(await page.$eval("details.guide", (d) => d.open), true);
  assert.equal(await page.textContent(".guide-panel h3"), "Return 422 Unprocessable Content, or 400 Bad Request");
  assert.deepEqual(await page.locator(".guide-trail button").allTextContents(), [
    "The request is wrong, or asks for what we can't give",
    "The body, a parameter or a header is bad or too big",
    "It parses, but a value is invalid or missing (e.g. −3)",
  ]);
  await assertResultRows(page, [400, 422]);
  assert.equal(await page.textContent("#result-count"), "2 of 2 codes");
  // The address is kept as given.
  assert.equal(new URL(page.url()).searchParams.get("guide"), "validation-failed");
  // A reload shows the same.
  await page.reload();
  await page.waitForSelector(`${TAKEN_OVER} .guide-panel h3.guide-result`);
  await assertResultRows(page, [400, 422]);
  assert.deepEqual(problems, []);
  await context.close();
});

test("each answer is a history entry: back goes back one question at a time, forward again", async () => {
  const { page, context, problems } = await openTable(browser, server.url);
  const guideParam = () => new URL(page.url()).searchParams.get("guide");
  const at = async (id, text) => {
    await page.waitForFunction((id) => new URLSearchParams(location.search).get("guide") === id, id);
    await eventually(async () => (await heading(page).textContent({ timeout: 200 }).catch(() => null)) === text || (await heading(page).textContent({ timeout: 200 }).catch(() => "none")), `at ${id}`);
  };
  const length = await page.evaluate(() => history.length);
  await openGuide(page);
  await at("start", START);
  await answer(page, "The request is wrong");
  await at("request-problem", "What is wrong with the request?");
  await answer(page, "The body, a parameter or a header");
  await at("content", "What is wrong with what the client sent?");
  assert.equal(await page.evaluate(() => history.length), length + 3, "a history entry per step");
  const narrowest = await tableState(page);

  await page.goBack();
  await at("request-problem", "What is wrong with the request?");
  assert.ok(shown((await tableState(page)).count) > shown(narrowest.count), "back widens the table again");
  await page.goBack();
  await at("start", START);
  await page.goForward();
  await at("request-problem", "What is wrong with the request?");
  await page.goForward();
  await at("content", "What is wrong with what the client sent?");
  assert.deepEqual(await tableState(page), narrowest, "forward narrows it again");
  // Back past the first question closes the guide, with the whole table.
  await page.goBack();
  await page.goBack();
  await page.goBack();
  await page.waitForFunction(() => !new URLSearchParams(location.search).has("guide"));
  await eventually(async () => (await page.$eval("details.guide", (d) => d.open)) === false || "still open", "the guide closes");
  assert.equal(guideParam(), null);
  assert.equal(await page.textContent("#result-count"), "64 of 64 codes");
  assert.deepEqual(problems, []);
  await context.close();
});

// With a filter and the guide together (?q=404&guide=validation-failed), the
// table is empty, and the reader is told the guide set 404 aside, with a way
// to close the guide: not that no code matches.
test("a filter that matches only codes the guide has set aside says so, not that no code matches", async () => {
  const { page, context, problems } = await openTable(browser, `${server.url}?q=404&guide=validation-failed`, { ready: `${TAKEN_OVER} .guide-panel h3` });
  await eventually(async () => (await tableState(page)).codes.length === 0 || (await tableState(page)).codes, "no row: 404 is not a candidate");
  const notices = (await page.locator(".empty-state, .notices, .guide-set-aside").allTextContents()).join(" ");
  assert.doesNotMatch(notices, /No status code matches “404”/, `a registered code is said not to exist: ${notices}`);
  assert.match(notices, /1 code that matches is set aside by the guide/, `the notice names the guide as what hides 404: ${notices}`);
  await page.getByRole("button", { name: "Close the guide" }).click();
  await eventually(async () => JSON.stringify((await tableState(page)).codes) === "[404]" || (await tableState(page)).codes, "404 shown once the guide is closed");
  assert.deepEqual(problems, []);
  await context.close();
});

// 4. Each way in takes the option.

test("custom element guide=\"auth\" opens there; setAttribute and removeAttribute update it", async () => {
  const { page, context, problems } = await openTable(browser, `${examples.url}examples/guide.html`, { ready: "#guided tbody tr:not([hidden])" });
  const scope = "#guided";
  await page.waitForSelector(`${scope} .guide-panel h3`);
  assert.equal(await page.$eval(scope, (h) => h.shadowRoot.querySelector("details.guide").open), true);
  assert.equal(await heading(page, scope).textContent(), "Can the client get in by sending credentials, such as a Bearer token?");
  assert.deepEqual((await tableState(page, scope)).codes, [303, 401, 403]);
  // Answering in the element works as on the page, and never touches the host's address.
  await answer(page, "Yes: a token, key or password", scope);
  assert.equal(await heading(page, scope).textContent(), "Return 401 Unauthorized");
  await eventually(async () => {
    const f = await focused(page);
    return (f?.tag === "h3" && f.text === "Return 401 Unauthorized") || f;
  }, "focus on the result's heading, inside the shadow root");
  assert.match(await page.textContent(`${scope} .guide-headers`), /WWW-Authenticate/);
  await assertResultRows(page, [401], scope);
  assert.equal(new URL(page.url()).search, "");

  await page.$eval(scope, (h) => h.setAttribute("guide", "start"));
  await eventually(async () => (await heading(page, scope).textContent()) === START || (await heading(page, scope).textContent()), "guide=start");
  assert.equal((await tableState(page, scope)).codes.length, 36);

  await page.$eval(scope, (h) => h.setAttribute("guide", "not-found"));
  await eventually(async () => (await heading(page, scope).textContent()) === "Return 404 Not Found" || (await heading(page, scope).textContent()), "guide=not-found");

  // Removed: the default, a guide offered but closed, and the whole table.
  await page.$eval(scope, (h) => h.removeAttribute("guide"));
  await eventually(async () => (await page.$eval(scope, (h) => h.shadowRoot.querySelector("details.guide").open)) === false || "still open", "attribute removed: closed");
  assert.equal(await page.locator(`${scope} details.guide > summary`).isVisible(), true, "still offered");
  assert.equal((await tableState(page, scope)).count, "64 of 64 codes");

  await page.$eval(scope, (h) => h.setAttribute("guide", "off"));
  await eventually(async () => (await page.locator(`${scope} details.guide`).isVisible()) === false || "visible", "guide=off hides it");
  assert.deepEqual(problems, []);
  await context.close();
});

test("mount(el, { guide: 'off' }) shows no guide; update({ guide }) opens it", async () => {
  const { page, context, problems } = await openTable(browser, `${examples.url}examples/guide.html`, { ready: "#mounted tbody tr:not([hidden])" });
  assert.equal(await page.locator("#mounted details.guide").isVisible(), false);
  assert.equal(await page.locator("#mounted").getByText("Which code should I return?").isVisible(), false);
  const all = (await tableState(page, "#mounted")).codes;
  assert.ok(all.length > 25 && all.every((c) => c >= 400 && c < 500), String(all));
  await page.evaluate(() => window.mountedWidget.update({ guide: "missing" }));
  await eventually(async () => (await heading(page, "#mounted").textContent({ timeout: 200 }).catch(() => "")) === "Was something at this URL removed for good?" || "not open", "update opens the guide");
  assert.deepEqual((await tableState(page, "#mounted")).codes, [404, 410]);
  await page.evaluate(() => window.mountedWidget.update({ guide: "off" }));
  await eventually(async () => (await page.locator("#mounted details.guide").isVisible()) === false || "visible", "off again");
  assert.deepEqual((await tableState(page, "#mounted")).codes, all, "the whole table back");
  assert.deepEqual(problems, []);
  await context.close();
});

test("iframe index.html?embed=1&guide=rate-limited opens at that result; the frame's address is left alone", async () => {
  const { page, context, problems } = await openTable(browser, `${examples.url}examples/guide.html`, { ready: "#guide-frame" });
  const frame = page.frameLocator("#guide-frame");
  await frame.locator(`${TAKEN_OVER} .guide-panel h3`).waitFor();
  const inner = page.frames().find((f) => f.url().includes("embed=1"));
  assert.equal(await inner.textContent(".guide-panel h3"), "Return 429 Too Many Requests");
  await assertResultRows(inner, [429]);
  await inner.click(".guide-back");
  await eventually(async () => (await inner.textContent(".guide-panel h3")) === "Who is turned away, and why?" || (await inner.textContent(".guide-panel h3")), "Back in the frame");
  assert.match(inner.url(), /embed=1&frame=guide-frame&guide=rate-limited$/, "embed mode never writes its address");
  // The host hears the new height: the frame follows the guide's steps.
  const frameHeight = () => page.$eval("#guide-frame", (f) => f.getBoundingClientRect().height);
  const contentHeight = () => inner.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
  await eventually(async () => Math.abs((await frameHeight()) - 2 - (await contentHeight())) <= 1 || [await frameHeight(), await contentHeight()], "frame sized to the guide at a question");
  assert.deepEqual(problems, []);
  await context.close();
});

test("iframe: a bad guide in the frame's URL is reported there, and the guide opens at its first question", async () => {
  const { page, context, problems } = await openTable(browser, `${examples.url}dist/index.html?embed=1&guide=${encodeURIComponent('"><img src=x onerror=alert(1)>')}`);
  await page.waitForSelector(".guide-panel h3");
  assert.equal(await heading(page).textContent(), START);
  assert.match(await page.textContent(".config-problems"), /guide: "\"><img src=x onerror=alert\(1\)>" is not a step of the guide/);
  assert.equal(await page.$$eval("#app img", (n) => n.length), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

// 5. Hostile input.

for (const [name, value] of [
  ["a script tag", "<script>alert(1)</script>"],
  ["a path", "../../x"],
  ["5000 characters", "<b>".repeat(1666) + "xx"],
  ["an unknown step", "NOT-A-STEP"],
]) {
  test(`hostile ?guide= (${name}) is reported; the guide opens at its first question; nothing runs or is injected`, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems = [];
    const dialogs = [];
    page.on("dialog", async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    page.on("console", (m) => (m.type() === "error" || m.type() === "warning") && problems.push(`${m.type()}: ${m.text()}`));
    page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    await page.goto(`${server.url}?guide=${encodeURIComponent(value)}`);
    await page.waitForSelector(`${TAKEN_OVER} .guide-panel h3`);
    assert.equal(await heading(page).textContent(), START);
    const reported = await page.textContent(".config-problems");
    assert.match(reported, /guide: ".*" is not a step of the guide, so it opens at its first question/);
    assert.ok(reported.length < 600, `the problem quotes a preview, not the whole value (${reported.length} chars)`);
    // Nothing injected: no element from the value, only the served scripts.
    assert.equal(await page.$$eval("#app script, #app b, #app iframe", (n) => n.length), 0);
    assert.deepEqual(dialogs, []);
    // The address no longer carries the bad value.
    await page.waitForFunction(() => new URLSearchParams(location.search).get("guide") === "start");
    // The guide still works.
    await answer(page, "Too many requests");
    assert.equal(await heading(page).textContent(), "Who is turned away, and why?");
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test("hostile guide values through the attribute and mount(): reported, first question, nothing injected", async () => {
  const { page, context, problems } = await openTable(browser, `${examples.url}examples/guide.html`, { ready: "#guided tbody tr:not([hidden])" });
  const dialogs = [];
  page.on("dialog", async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  await page.$eval("#guided", (h) => h.setAttribute("guide", "<img src=x onerror=alert(1)>"));
  await eventually(async () => (await heading(page, "#guided").textContent()) === START || (await heading(page, "#guided").textContent()), "attribute: first question");
  assert.match(await page.textContent("#guided .config-problems"), /guide: "<img src=x onerror=alert\(1\)>" is not a step of the guide/);
  const error = await page.evaluate(() => {
    try {
      window.mountedWidget.update({ guide: "../../x" });
      return null;
    } catch (e) {
      return { name: e.name, problems: e.problems };
    }
  });
  assert.equal(error?.name, "OptionsError");
  assert.equal(error.problems[0].option, "guide");
  await eventually(async () => (await heading(page, "#mounted").textContent({ timeout: 200 }).catch(() => "")) === START || "not at the start", "mount: first question");
  assert.equal(await page.$$eval("#guided img, #mounted img", (n) => n.length), 0);
  assert.deepEqual(dialogs, []);
  assert.deepEqual(problems.filter((p) => !/some options could not be used/i.test(p)), []);
  await context.close();
});

// 6. Content first.

test("with JavaScript off, the served guide reads down to a result that names the code", async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(server.url);
  const guide = page.locator("details.guide");
  assert.equal(await guide.locator("> summary").textContent(), "Which code should I return?");
  await guide.locator("> summary").click();
  assert.equal(await page.$eval("details.guide", (d) => d.open), true);
  assert.equal(await guide.locator(".guide-static > .guide-question").textContent(), START);
  for (const step of ["request-problem", "content", "validation-failed"]) {
    const summary = page.locator(`details[data-step='${step}'] > summary`);
    assert.ok(await summary.isVisible(), `${step}'s disclosure is visible once its parent is open`);
    await summary.click();
  }
  const result = page.locator("details[data-step='validation-failed'] .guide-static-result");
  assert.ok(await result.isVisible());
  const text = await result.innerText();
  assert.match(text, /422/);
  assert.match(text, /400/);
  // The code links to its row in the served table.
  assert.equal(await result.locator("a").first().getAttribute("href"), "#422");
  // And a result with a header says to send it.
  await page.click("details[data-step='unavailable'] > summary");
  await page.click("details[data-step='rate-limited'] > summary");
  assert.match(await page.locator("details[data-step='rate-limited'] .guide-static-result").innerText(), /429.*Send with it: Retry-After\./s);
  await screenshot(page, "guide-no-javascript");
  await context.close();
});

test("a step opened in the served guide before the app runs is where the app's guide opens, hydrated, not rebuilt", async () => {
  const { page, context, problems, release } = await openHeldBack(browser, server.url, { warnings: true });
  assert.equal(await page.$(TAKEN_OVER), null, "the app waits");
  await page.click("details.guide > summary");
  await page.click("details[data-step='request-problem'] > summary");
  await page.evaluate(() => {
    window.__guide = document.querySelector("details.guide");
    window.__rows = [...document.querySelectorAll("#status-table tbody tr")];
  });
  release();
  await page.waitForSelector(TAKEN_OVER);
  await eventually(async () => (await heading(page).textContent({ timeout: 200 }).catch(() => "")) === "What is wrong with the request?" || (await heading(page).textContent({ timeout: 200 }).catch(() => "none")), "the app's guide opens at request-problem");
  assert.equal(await page.locator(".guide-static").count(), 0, "the served tree gave way to the interactive guide");
  assert.deepEqual(await page.locator(".guide-trail button").allTextContents(), ["The request is wrong, or asks for what we can't give"]);
  await page.waitForFunction(() => new URLSearchParams(location.search).get("guide") === "request-problem");
  const same = await page.evaluate(() => ({
    guide: document.querySelector("details.guide") === window.__guide,
    rows: [...document.querySelectorAll("#status-table tbody tr")].filter((tr) => window.__rows.includes(tr)).length,
  }));
  assert.equal(same.guide, true, "the served <details> is the one the app uses (hydrated)");
  assert.equal(same.rows, 64, `the served rows were kept: ${same.rows}`);
  assert.ok(shown(await page.textContent("#result-count")) < 64);
  assert.ok(!problems.some((p) => p.includes("served page was rebuilt")), problems.join("\n"));
  assert.deepEqual(problems, []);
  await context.close();
});

test("the served guide, closed, does not move the served table when the app takes over (CLS 0)", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await recordLayoutShifts(page);
  await page.goto(server.url);
  await page.waitForSelector(READY);
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.__shifts), []);
  await context.close();
});

// 7. The codes option.

test("with codes=\"200,201,204,400-404\", walking to 429 says 429 is not among the codes listed", async () => {
  const { page, context, problems } = await openTable(browser, `${examples.url}examples/guide.html`, { ready: "#limited tbody tr:not([hidden])" });
  const scope = "#limited";
  assert.equal((await tableState(page, scope)).count, "8 of 8 codes");
  await page.click(`${scope} details.guide > summary`);
  await eventually(async () => (await heading(page, scope).textContent({ timeout: 200 }).catch(() => "")) === START || "closed", "opened");
  await answer(page, "Too many requests", scope);
  await answer(page, "One client, over its rate limit", scope);
  assert.equal(await heading(page, scope).textContent(), "Return 429 Too Many Requests", "the guide never hides the right code");
  assert.deepEqual(await page.locator(`${scope} .guide-missing`).allTextContents(), ["429 is the code for this case, but it is not among the codes this table lists."]);
  assert.equal(await page.locator(`${scope} .guide-missing`).getAttribute("role"), "note");
  assert.deepEqual((await tableState(page, scope)).codes, [], "no row to show: 429 is not in the table");
  // A result inside the set has no such note.
  await page.click(`${scope} .guide-restart`);
  await answer(page, "The request is wrong", scope);
  await answer(page, "The URL names nothing", scope);
  await answer(page, "No, or I can't tell", scope);
  assert.equal(await page.locator(`${scope} .guide-missing`).count(), 0);
  await assertResultRows(page, [404], scope);
  assert.deepEqual(problems, []);
  await context.close();
});

// 8. axe.

async function violations(page) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"] } }),
  );
  assert.ok(result.passes.length > 15, `axe ran only ${result.passes.length} passing rules`);
  return result.violations.map((v) => `${v.id}: ${v.nodes.length} node(s), e.g. ${v.nodes[0]?.html.slice(0, 160)}`);
}

for (const colorScheme of ["light", "dark"]) {
  test(`no axe violations with the guide at a question and at a result, ${colorScheme}`, async () => {
    const { page, context, problems } = await openTable(browser, `${server.url}?guide=content`, { colorScheme });
    await page.waitForSelector(".guide-panel h3.guide-question");
    assert.deepEqual(await violations(page), [], "at a question");
    await answer(page, "It parses, but a value is invalid");
    await page.waitForSelector(".guide-panel h3.guide-result");
    assert.deepEqual(await violations(page), [], "at a two-code result");
    await page.goto(`${server.url}?guide=rate-limited`);
    await page.waitForSelector(`${TAKEN_OVER} .guide-panel h3.guide-result`);
    assert.deepEqual(await violations(page), [], "at a result with headers and codes to avoid");
    await page.setViewportSize({ width: 390, height: 844 });
    assert.deepEqual(await violations(page), [], "phone width");
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test("axe: the codes option's missing-code note, in a custom element", async () => {
  const { page, context } = await openTable(browser, `${examples.url}examples/guide.html`, { ready: "#limited tbody tr:not([hidden])" });
  await page.$eval("#limited", (h) => h.setAttribute("guide", "rate-limited"));
  await page.waitForSelector("#limited .guide-missing");
  assert.deepEqual(await violations(page), []);
  await context.close();
});

// Screenshots: the README's (docs/guide.png is this test's desktop picture, made
// smaller with `pngquant --quality 70-95 --speed 1 --strip`) and a phone's.

test("screenshots of the validation-failed result: desktop (for docs/guide.png) and phone width", async () => {
  const { page, context, problems } = await openTable(browser, `${server.url}?guide=validation-failed`, { width: 1280, height: 1000 });
  await page.waitForSelector(".guide-panel h3.guide-result");
  // Focus rings and caret out of the picture.
  await page.evaluate(() => document.activeElement?.blur());
  const widget = await page.locator(".hst").boundingBox();
  // Down to the second result row: the guide, the narrowed table, one row's details open.
  const last = await page.locator("#status-table tbody tr[data-code='422']").boundingBox();
  const top = Math.max(0, widget.y - 8);
  const clip = { x: Math.max(0, widget.x - 8), y: top, width: Math.min(1280, widget.width + 16), height: Math.min(last.y + last.height + 8, widget.y + 1400) - top };
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, "guide-desktop-1280.png"), clip, fullPage: true });

  // At phone width, by viewport (rows below the fold skip rendering: content-visibility).
  await page.setViewportSize({ width: 390, height: 844 });
  await page.evaluate(() => document.querySelector("details.guide").scrollIntoView());
  await page.waitForTimeout(300);
  await screenshot(page, "guide-phone-390");
  await page.locator("#status-table tbody tr[data-code='400']").scrollIntoViewIfNeeded();
  // A card that came into view is drawn a few frames later.
  await page.waitForTimeout(500);
  await screenshot(page, "guide-phone-390-rows");
  // At phone width nothing of the guide is wider than the screen.
  const overflow = await page.$$eval(".guide-panel *", (els) => els.filter((e) => e.getBoundingClientRect().right > 391).map((e) => `${e.localName}.${e.className}`).slice(0, 5));
  assert.deepEqual(overflow, [], "no part of the guide overflows a phone's width");
  // A question at phone width, dark.
  await page.emulateMedia({ colorScheme: "dark" });
  await page.click(".guide-back");
  await page.waitForSelector(".guide-panel h3.guide-question");
  await page.evaluate(() => document.activeElement?.blur());
  await screenshot(page, "guide-phone-390-dark-question");
  assert.deepEqual(problems, []);
  await context.close();
});
