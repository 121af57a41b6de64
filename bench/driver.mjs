// The benchmark driver (bench/run.sh runs it after the builds): the size table, then
// widget and baseline driven alternately in one headless Chromium, several rounds,
// then the leak check. Prints Markdown tables and writes bench/out/results.{json,md}.
//
//   node bench/driver.mjs [--quick] [--rounds N] [--sizes registry,1000,10000] [--out DIR]
//
// Timings are taken in the page with performance.now(), never across the DevTools
// protocol. Exits non-zero only when something breaks (a page error, a table that
// never fills, widget and baseline showing different rows), never on a timing.
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";
import { serve } from "../tests/e2e/harness.mjs";
import { splitModules } from "../scripts/split-files.mjs";

const args = process.argv.slice(2);
const QUICK = args.includes("--quick");
const argValue = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const OUT = resolve(argValue("--out") ?? join(import.meta.dirname, "out"));
const SIZES = (argValue("--sizes") ?? "registry,1000,10000").split(",").map((s) => (s === "registry" ? null : Number(s)));
const LEAK_KEYSTROKES = 1000;
const LEAK_SORTS = 100;
const GAP_MS = 5; // idle time before each measured keystroke or click

const DIRS = {
  widget: join(OUT, "widget"),
  baseline: join(OUT, "baseline"),
  "widget-bench": join(OUT, "widget-bench"),
  "baseline-bench": join(OUT, "baseline-bench"),
};

// The typed sequences: each query char by char, then cleared, alternately all at once
// (select all, delete) and by backspacing. At 10,000 entries a sort takes seconds on
// both pages, so that size gets fewer queries and rounds.
const ALL_QUERIES = ["404", "4xx", "client error", "timeout", "not found", "5", "299", "cloudflare", "retry-after", "4xx time-out", "deprecated", "redirect", "404, 410", "4xx timeout, 5xx"];
const PLAN = QUICK
  ? {
      registry: { rounds: 2, queries: ["404", "4xx", "client error", "timeout", "404, 410", "4xx timeout, 5xx"], sortReps: 1 },
      1000: { rounds: 2, queries: ["404", "timeout"], sortReps: 1 },
      10000: { rounds: 1, queries: ["404"], sortReps: 1 },
    }
  : {
      registry: { rounds: 5, queries: ALL_QUERIES, sortReps: 3 },
      1000: { rounds: 5, queries: ALL_QUERIES, sortReps: 1 },
      10000: { rounds: 3, queries: ["404", "4xx", "timeout"], sortReps: 1 },
    };
for (const size of SIZES) {
  if (!PLAN[size ?? "registry"]) {
    console.error(`bench: --sizes takes registry, 1000 and 10000, not ${size}`);
    process.exit(2);
  }
}
if (argValue("--rounds")) for (const p of Object.values(PLAN)) p.rounds = Number(argValue("--rounds"));

function stepsFor(queries) {
  const steps = [];
  queries.forEach((query, q) => {
    for (let i = 1; i <= query.length; i++) steps.push({ value: query.slice(0, i), check: i === query.length });
    if (q % 2 === 1) for (let i = query.length - 1; i >= 0; i--) steps.push({ value: query.slice(0, i), check: i === 0 });
    else steps.push({ value: "", check: true });
  });
  return steps;
}
const SORTS = ["name", "class", "description", "code"].flatMap((c) => [`${c} asc`, `${c} desc`]);

// ---- sizes -------------------------------------------------------------------------
const DATA = JSON.parse(/^const DATA=(.*);$/m.exec(readFileSync(join(DIRS.baseline, "app.js"), "utf8"))[1]);
const UNOFFICIAL = DATA.filter((d) => d[3] === 5).length;
const OFFICIAL = DATA.length - UNOFFICIAL;
const rowsShown = (size) => (size === null ? OFFICIAL : Math.max(size, DATA.length) - UNOFFICIAL);

function sizes(dir) {
  return readdirSync(dir)
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort((a, b) => (a === "index.html" ? -1 : b === "index.html" ? 1 : a.localeCompare(b)))
    .map((file) => {
      const path = join(dir, file);
      const raw = statSync(path).size;
      const gzip = execFileSync("gzip", ["-9", "-n", "-c", path], { maxBuffer: 1 << 28 }).length;
      const brotli = execFileSync("brotli", ["-q", "11", "-c", path], { maxBuffer: 1 << 28 }).length;
      return { file, raw, gzip, brotli };
    });
}

// ---- in the page -----------------------------------------------------------------------
// Before any page script: resolves window.__benchStartup with performance.now() (ms since
// navigation start) once the page is interactive: the table holds `want` rows, the widget's
// app has taken the served page over (`data-taken-over` on #app; the served table is there
// before that, but does not filter yet), and a frame with them has been painted.
function startupProbe(want) {
  window.__benchStartup = new Promise((resolve) => {
    const check = () => {
      const tbody = document.querySelector("#status-table tbody");
      if (!tbody || tbody.childElementCount < want) return;
      const app = document.querySelector("#app[data-http-status-table-page]");
      if (app && !app.hasAttribute("data-taken-over")) return;
      observer.disconnect();
      requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())));
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ["data-taken-over"] });
  });
}

// Before any page script, on every measured load: resolves window.__benchPainted with
// performance.now() in the first animation frame whose table body shows `want` rows
// (rows in the DOM and visible: not [hidden], not display:none or visibility:hidden).
// A rAF callback runs just before that frame's style, layout and paint, so this is
// the start of the frame that paints the full table. Works whether the rows come
// from the HTML (a pre-rendered page) or from the app.
function paintProbe(want) {
  window.__benchPainted = new Promise((resolve) => {
    const shown = () => {
      const tbody = document.querySelector("#status-table tbody");
      if (!tbody || tbody.childElementCount < want) return 0;
      let n = 0;
      for (const row of tbody.querySelectorAll("tr[data-code]")) if (row.checkVisibility({ visibilityProperty: true })) n++;
      return n;
    };
    const poll = () => (shown() >= want ? resolve(performance.now()) : requestAnimationFrame(poll));
    requestAnimationFrame(poll);
  });
}

// Before any page script, on its own load: types `query` into the filter box as soon as
// the box is in the DOM (the first character in a task right after the box appears,
// the next ones one per frame), whether or not the app has started, then resolves
// window.__benchTyped with performance.now() in the first animation frame whose table
// shows exactly one visible row, `code`. Text typed before the app starts counts only
// if the app applies it when it starts. Typing goes through the editing commands
// (trusted beforeinput and input events, like a keyboard), falling back to setting the
// value and dispatching an input event.
function typeProbe({ query, code, limitMs }) {
  window.__benchTyped = new Promise((resolve) => {
    let box = null, typed = 0, boxAt = null, typedAt = null, done = false;
    const finish = (result) => { if (!done) { done = true; observer.disconnect(); resolve(result); } };
    const typeOne = () => {
      if (!box.isConnected) box = document.getElementById("filter");
      if (!box) return;
      if (document.activeElement !== box) { box.focus(); box.setSelectionRange?.(box.value.length, box.value.length); }
      const ch = query[typed], before = box.value;
      if (!document.execCommand("insertText", false, ch) || box.value === before) {
        box.value = before + ch;
        box.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertText", data: ch }));
      }
      typed++;
      if (typed === query.length) typedAt = performance.now();
    };
    const onlyRow = () => {
      const rows = document.querySelectorAll("#status-table tbody tr[data-code]");
      let seen = null;
      for (const row of rows) {
        if (!row.checkVisibility({ visibilityProperty: true })) continue;
        if (seen !== null || row.dataset.code !== code) return false;
        seen = row;
      }
      return seen !== null;
    };
    const frame = () => {
      if (done) return;
      if (box && typed < query.length) typeOne();
      else if (typed === query.length && onlyRow()) return finish({ filtered: performance.now(), boxAt, typedAt, value: box?.value });
      if (performance.now() > limitMs) return finish({ error: `after ${limitMs} ms: box ${boxAt === null ? "never appeared" : `appeared at ${boxAt.toFixed(0)} ms`}, ${typed} of ${query.length} characters typed, value ${JSON.stringify(document.getElementById("filter")?.value ?? null)}, ${document.querySelectorAll("#status-table tbody tr[data-code]").length} rows in the body` });
      requestAnimationFrame(frame);
    };
    const look = () => {
      if (box || !(box = document.getElementById("filter"))) return;
      boxAt = performance.now();
      // A keystroke is its own task: never inside the app's task that inserted the box.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { if (typed === 0) typeOne(); };
      channel.port2.postMessage(0);
    };
    const observer = new MutationObserver(look);
    observer.observe(document, { childList: true, subtree: true });
    look();
    requestAnimationFrame(frame);
  });
}

// Injected after start-up: helpers the measuring functions below use.
const HELPERS = `window.__B = {
  tick: () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); }),
  frame: () => new Promise((r) => requestAnimationFrame(r)),
  sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
  // Runs action() at the start of a frame (first rAF callback) and times it: script =
  // until the next rAF callback of the same frame (the microtasks the action queued,
  // where a framework's updates run, are done by then); paint = until a task after
  // that frame's style, layout and paint. The wait for the frame comes before t0.
  measure(action) {
    return new Promise((resolve) => {
      let t0;
      requestAnimationFrame(() => { t0 = performance.now(); action(); });
      requestAnimationFrame(() => {
        const script = performance.now() - t0;
        this.tick().then(() => resolve({ script, paint: performance.now() - t0 }));
      });
    });
  },
  // The rows shown now and after another frame and a pause: they must be the same,
  // or the page finished its update after the measured frame.
  async settled() {
    const tbody = document.querySelector("#status-table tbody");
    const now = tbody.childElementCount + "/" + document.querySelector("#result-count").textContent;
    await this.frame(); await this.sleep(50);
    const later = tbody.childElementCount + "/" + document.querySelector("#result-count").textContent;
    return now === later ? null : now + " at the measured paint, " + later + " later";
  },
  hash(s) { let h = 0x811c9dc5; for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193); return (h >>> 0).toString(16); },
  text(sel) { const e = document.querySelector(sel); return e ? e.textContent : null; },
  // What the reader sees, to check that widget and baseline agree.
  state() {
    const rows = document.querySelectorAll("#status-table tbody tr:not([hidden])");
    const codes = Array.from(rows, (r) => r.dataset.code);
    const marks = Array.from(document.querySelectorAll("#status-table tbody tr:not([hidden]) mark"), (m) => m.closest("tr").dataset.code + ":" + m.textContent);
    return {
      rows: codes.length, first: codes.slice(0, 8).join(","), codes: this.hash(codes.join(",")),
      marks: marks.length + "/" + this.hash(marks.join("|")),
      count: this.text("#result-count"),
      notices: Array.from(document.querySelectorAll(".notices li"), (li) => li.textContent).join(" | "),
      hint: this.text(".hidden-hint"), empty: this.text(".empty-state p"),
      sort: Array.from(document.querySelectorAll("#status-table th[aria-sort]"), (th) => th.querySelector("button").dataset.sort + " " + th.getAttribute("aria-sort")).join(),
    };
  },
  async heap() {
    for (let i = 0; i < 4; i++) { gc(); await this.tick(); }
    return { js: performance.memory.usedJSHeapSize, wasm: window.__httpStatusTableMemory ? window.__httpStatusTableMemory.buffer.byteLength : null, nodes: document.getElementsByTagName("*").length };
  },
};`;

// Types the steps; each: (idle) set value + input event at t0, then a frame and a task after it: t1.
async function typeSteps({ steps, gap, check }) {
  const B = window.__B, input = document.getElementById("filter"), times = [], script = [], states = {};
  input.focus();
  const late = [];
  for (const step of steps) {
    await B.sleep(gap);
    const t = await B.measure(() => {
      input.value = step.value;
      input.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertText" }));
    });
    times.push(t.paint);
    script.push(t.script);
    if (check && step.check) {
      const problem = await B.settled();
      if (problem) late.push(`typing ${JSON.stringify(step.value)}: ${problem}`);
      states[JSON.stringify(step.value)] = B.state();
    }
  }
  return { times, script, states, late };
}

// Clicks the sort headers: every column ascending then descending, `reps` times.
async function clickSorts({ sorts, reps, gap, check }) {
  const B = window.__B, times = {}, script = [], states = {}, late = [];
  for (let rep = 0; rep < reps; rep++) {
    for (const label of sorts) {
      const button = document.querySelector(`#status-table button[data-sort="${label.split(" ")[0]}"]`);
      await B.sleep(gap);
      const t = await B.measure(() => button.click());
      (times[label] ??= []).push(t.paint);
      script.push(t.script);
      if (check && rep === 0) {
        const problem = await B.settled();
        if (problem) late.push(`sorting ${label}: ${problem}`);
        states[label] = B.state();
      }
    }
  }
  return { times, script, states, late };
}

// The leak check: many keystrokes and sorts (a frame every tenth), twice, with the heap
// after gc() at the start and after each batch. Growth in the first batch that stops in
// the second is a high-water mark (caches, allocator pages); growth in both is a leak.
async function leakCheck({ values, keystrokes, sorts }) {
  const B = window.__B, input = document.getElementById("filter");
  const buttons = Array.from(document.querySelectorAll("#status-table button[data-sort]"));
  const batch = async () => {
    for (let i = 0; i < keystrokes; i++) {
      input.value = values[i % values.length];
      input.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertText" }));
      await (i % 10 === 9 ? B.frame() : B.tick());
    }
    input.value = "";
    input.dispatchEvent(new InputEvent("input", { bubbles: true }));
    await B.frame();
    for (let i = 0; i < sorts; i++) {
      buttons[Math.floor(i / 2) % buttons.length].click();
      await (i % 10 === 9 ? B.frame() : B.tick());
    }
    await B.frame(); await B.tick();
    return B.heap();
  };
  const before = await B.heap();
  const after = await batch();
  const again = await batch();
  return { before, after, again };
}

// ---- driving -------------------------------------------------------------------------
const problems = [];
const note = (msg) => { problems.push(msg); console.error(`  !! ${msg}`); };

const chromiumArgs = [
  "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
  "--enable-precise-memory-info", "--js-flags=--expose-gc",
];

async function openPage(browser, servers, variant, size) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: "light" });
  const page = await context.newPage();
  const where = `${variant}${size ? ` ${size} rows` : ""}`;
  const requested = [];
  page.on("console", (msg) => { if (msg.type() === "error") note(`${where}: console error: ${msg.text()}`); });
  page.on("pageerror", (err) => note(`${where}: page error: ${err.message}`));
  page.on("requestfailed", (req) => note(`${where}: request failed: ${req.url()}`));
  page.on("requestfinished", (req) => requested.push(new URL(req.url()).pathname.slice(1) || "index.html"));
  await page.addInitScript(startupProbe, rowsShown(size));
  await page.addInitScript(paintProbe, rowsShown(size));
  const url = servers[variant] + (size ? `index.html?bench-rows=${size}` : "");
  await page.goto(url);
  const startup = await evaluate(page, `${where}: start-up`, () => window.__benchStartup, undefined, 5);
  const painted = await evaluate(page, `${where}: full table painted`, () => window.__benchPainted, undefined, 1);
  await page.evaluate(HELPERS);
  return { context, page, startup, painted, requested };
}

// A load of its own (registry size): navigation → the first typed query that filters.
const TYPED_QUERY = "404";
const TYPED_LIMIT_MS = 60_000;
async function typedLoad(browser, servers, variant) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: "light" });
  const page = await context.newPage();
  const where = `${variant}: typing ${TYPED_QUERY} at once`;
  page.on("console", (msg) => { if (msg.type() === "error") note(`${where}: console error: ${msg.text()}`); });
  page.on("pageerror", (err) => note(`${where}: page error: ${err.message}`));
  page.on("requestfailed", (req) => note(`${where}: request failed: ${req.url()}`));
  await page.addInitScript(typeProbe, { query: TYPED_QUERY, code: TYPED_QUERY, limitMs: TYPED_LIMIT_MS });
  try {
    await page.goto(servers[variant]);
    const result = await evaluate(page, where, () => window.__benchTyped, undefined, 2);
    if (result.error) note(`${where}: the 404 row never showed alone: ${result.error}`);
    else if (result.value !== TYPED_QUERY) note(`${where}: the box holds ${JSON.stringify(result.value)}, not ${JSON.stringify(TYPED_QUERY)}`);
    return result.error ? null : result;
  } finally {
    await context.close();
  }
}

// page.evaluate has no time limit of its own; a stuck page must not hang the run.
async function evaluate(page, what, fn, arg, minutes = 15) {
  let timer;
  const limit = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${what}: no answer after ${minutes} minutes`)), minutes * 60000); });
  try {
    return await Promise.race([page.evaluate(fn, arg), limit]);
  } finally {
    clearTimeout(timer);
  }
}

const median = (xs) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b), n = s.length; // NaN: a load that failed (reported)
  return n === 0 ? NaN : n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
};
const p95 = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)];
};

async function main() {
  const started = Date.now();
  const sizeRows = { widget: sizes(DIRS.widget), baseline: sizes(DIRS.baseline) };
  const servers = {};
  const closers = [];
  for (const [name, dir] of Object.entries(DIRS)) {
    const s = await serve(dir);
    servers[name] = s.url;
    closers.push(s.close);
  }
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", headless: true, args: chromiumArgs });
  const meta = {
    date: new Date().toISOString(),
    mode: QUICK ? "quick" : "full",
    plan: SIZES.map((size) => { const p = PLAN[size ?? "registry"]; return { size: size ?? "registry", rounds: p.rounds, keystrokes: stepsFor(p.queries).length, queries: p.queries, sort_clicks: SORTS.length * p.sortReps }; }),
    cpu: cpus()[0]?.model?.trim(),
    cores: cpus().length,
    memory_gb: Math.round(totalmem() / 2 ** 30),
    chromium: browser.version(),
    node: process.version,
    revision: process.env.BENCH_REVISION ?? "",
  };
  console.log(`\n${meta.mode} run; Chromium ${meta.chromium}; ${meta.cores} × ${meta.cpu}`);
  for (const p of meta.plan) console.log(`  ${p.size === "registry" ? "registry" : p.size + " entries"}: ${p.rounds} rounds of ${p.keystrokes} keystrokes (${p.queries.join(", ")}) and ${p.sort_clicks} sort clicks`);

  // Warm-up (one load of each, not measured) and which files each page requests.
  const loaded = {};
  for (const variant of ["widget", "baseline"]) {
    const { context, requested } = await openPage(browser, servers, variant, null);
    loaded[variant] = new Set(requested);
    await context.close();
  }
  for (const variant of ["widget", "baseline"]) {
    for (const file of loaded[variant]) {
      if (!sizeRows[variant].some((r) => r.file === file)) note(`${variant} loads ${file}, which is not in its dist/`);
    }
  }

  // runs[size][who] = [{ startup, keys: [...], sorts: { label: [...] } }, …], one per round;
  // widget and baseline alternate, and which goes first alternates too.
  const runs = {};
  const states = {};
  const maxRounds = Math.max(...SIZES.map((size) => PLAN[size ?? "registry"].rounds));
  for (let round = 0; round < maxRounds; round++) {
    const order = round % 2 === 0 ? ["widget", "baseline"] : ["baseline", "widget"];
    process.stdout.write(`round ${round + 1}/${maxRounds}:`);
    for (const size of SIZES) {
      const key = size ?? "registry";
      const plan = PLAN[key];
      if (round >= plan.rounds) continue;
      const steps = stepsFor(plan.queries);
      for (const who of order) {
        const variant = size ? `${who}-bench` : who;
        const where = `${key}/${who}`;
        const check = round === 0;
        const t = Date.now();
        const { context, page, startup, painted } = await openPage(browser, servers, variant, size);
        const initial = check ? await page.evaluate(() => window.__B.state()) : null;
        const keys = await evaluate(page, `${where}: keystrokes`, typeSteps, { steps, gap: GAP_MS, check });
        const sorts = await evaluate(page, `${where}: sorts`, clickSorts, { sorts: SORTS, reps: plan.sortReps, gap: GAP_MS, check });
        await context.close();
        for (const problem of [...keys.late, ...sorts.late]) note(`${where}: ${problem}`);
        // At registry size, one more load: typing "404" as soon as the box exists.
        const typed = size === null ? await typedLoad(browser, servers, variant) : null;
        ((runs[key] ??= {})[who] ??= []).push({ startup, painted, typed, keys: keys.times, keysScript: keys.script, sorts: sorts.times, sortsScript: sorts.script });
        if (check) (states[key] ??= {})[who] = { initial, ...keys.states, ...sorts.states };
        process.stdout.write(` ${where} ${((Date.now() - t) / 1000).toFixed(1)}s`);
      }
    }
    process.stdout.write("\n");
  }

  // Both pages must show the same thing, or the comparison means nothing.
  for (const [key, byWho] of Object.entries(states)) {
    const w = byWho.widget, b = byWho.baseline;
    for (const step of Object.keys(w)) {
      for (const field of Object.keys(w[step])) {
        if (JSON.stringify(w[step][field]) !== JSON.stringify(b[step]?.[field])) {
          note(`${key} rows, after ${step}: ${field} differs: widget ${JSON.stringify(w[step][field])}, baseline ${JSON.stringify(b[step]?.[field])}`);
        }
      }
    }
  }

  // Leak check, once per page, on the bench builds (they expose the wasm memory).
  const values = stepsFor(ALL_QUERIES).map((s) => s.value);
  const leak = {};
  for (const who of ["widget", "baseline"]) {
    const { context, page } = await openPage(browser, servers, `${who}-bench`, null);
    leak[who] = await evaluate(page, `${who}: leak check`, leakCheck, { values, keystrokes: LEAK_KEYSTROKES, sorts: LEAK_SORTS });
    await context.close();
  }
  if (leak.widget.before.wasm === null) note("widget-bench does not expose window.__httpStatusTableMemory: was it built with --features bench?");
  await browser.close();
  for (const close of closers) await close();

  const report = render({ meta, sizeRows, loaded, runs, leak });
  console.log("\n" + report);
  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(`browser part: ${seconds} s`);
  writeFileSync(join(OUT, "results.md"), report);
  writeFileSync(join(OUT, "results.json"), JSON.stringify({ meta, states, sizes: sizeRows, loaded: Object.fromEntries(Object.entries(loaded).map(([k, v]) => [k, [...v]])), runs, leak, problems }, null, 1));
  if (problems.length) {
    console.error(`\n${problems.length} problem(s):\n  ${problems.join("\n  ")}`);
    process.exit(1);
  }
}

// ---- the report ------------------------------------------------------------------------
const kb = (n) => (n / 1000).toFixed(1);
const ms = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const times = (x) => `${x.toFixed(2)}×`;

function render({ meta, sizeRows, loaded, runs, leak }) {
  const out = [];
  out.push(`Machine: ${meta.cores} cores (${meta.cpu}), ${meta.memory_gb} GB; Chromium ${meta.chromium} headless; Node ${meta.node}.`);
  out.push(`Run: ${meta.date}, ${meta.mode} mode${meta.revision ? `, ${meta.revision}` : ""}.`);
  for (const p of meta.plan) out.push(`- ${p.size === "registry" ? "registry" : p.size + " entries"}: ${p.rounds} rounds; ${p.keystrokes} keystrokes typing ${p.queries.map((q) => `\`${q}\``).join(", ")} (each then cleared); ${p.sort_clicks} sort clicks.`);
  out.push("", "### Size (bytes; kB = 1000 bytes)", "");
  out.push("| page | file | raw | gzip -9 | brotli -q 11 |", "|---|---|---:|---:|---:|");
  const totals = {};
  for (const who of ["widget", "baseline"]) {
    const t = { raw: 0, gzip: 0, brotli: 0 };
    for (const r of sizeRows[who]) {
      // The icon is linked by both pages, but often requested after the page is closed.
      const isLoaded = loaded[who].has(r.file) || r.file === "favicon.svg";
      out.push(`| ${who} | ${r.file}${isLoaded ? "" : " (not loaded by the page)"} | ${r.raw} | ${r.gzip} | ${r.brotli} |`);
      if (isLoaded) for (const k of Object.keys(t)) t[k] += r[k];
    }
    totals[who] = t;
    out.push(`| **${who}** | **total the page loads** | **${t.raw}** (${kb(t.raw)} kB) | **${t.gzip}** (${kb(t.gzip)} kB) | **${t.brotli}** (${kb(t.brotli)} kB) |`);
  }
  const w = totals.widget, b = totals.baseline;
  out.push(`| | widget/baseline | ${times(w.raw / b.raw)} | ${times(w.gzip / b.gzip)} | ${times(w.brotli / b.brotli)} |`);
  // What a host page loads for one embedded widget before it is interactive
  // (the critical path): the entry module, the glue and its split loader, the
  // main wasm and the widget stylesheet as the loader fetches it
  // (widget.css.txt, minified in release builds; not the standalone page's
  // files). Then the second file, fetched once the widget has started and the
  // browser is idle (src/ui/later.rs), with the chunks it shares with the
  // other split files, and the two together. The page's start-up
  // (split_page.wasm) is the standalone page's alone: an embed never fetches it;
  // the code that reads JS options (split_options.wasm) is fetched only by a
  // host that hands the widget a JS object (mount, update, a JSON child), and
  // the data API's records (split_data.wasm) only by a script that asks for
  // them.
  const CRITICAL = ["http-status-table.js", "http-status-table-core.js", "__wasm_split.js", "http-status-table-core_bg.wasm", "widget.css.txt"];
  // The second file and the chunks its loader in __wasm_split.js waits for.
  const laterModule = splitModules(readFileSync(join(DIRS.widget, "__wasm_split.js"), "utf8")).later ?? [];
  const isLater = (file) => laterModule.includes(file);
  const sum = (keep) => {
    const e = { raw: 0, gzip: 0, brotli: 0 };
    for (const r of sizeRows.widget.filter((r) => keep(r.file))) for (const k of Object.keys(e)) e[k] += r[k];
    return e;
  };
  const critical = sum((f) => CRITICAL.includes(f));
  const later = sum(isLater);
  const all = sum((f) => CRITICAL.includes(f) || isLater(f));
  const laterFiles = sizeRows.widget.map((r) => r.file).filter(isLater);
  for (const [label, files, e] of [
    ["embed, critical path", CRITICAL.join(" + "), critical],
    ["embed, fetched after start-up", laterFiles.join(" + ") || "(none)", later],
    ["embed, in all", "both", all],
    ["standalone page only, its start-up", "split_page.wasm", sum((f) => f === "split_page.wasm")],
    ["JS options and entries only (mount, update, a JSON child)", "split_options.wasm", sum((f) => f === "split_options.wasm")],
    ["the data API only (a script calls lookup, registry, guide or libraries)", "split_data.wasm", sum((f) => f === "split_data.wasm")],
  ]) {
    out.push(`| **${label}** | **${files}** | **${e.raw}** (${kb(e.raw)} kB) | **${e.gzip}** (${kb(e.gzip)} kB) | **${e.brotli}** (${kb(e.brotli)} kB) |`);
  }

  out.push("", "### Time (ms, median over rounds; ratio = median of the per-round ratios widget/baseline, and their range)", "");
  out.push("CPU not throttled (this machine's own speed) for both pages; files from 127.0.0.1 without compression or network throttling. Start-up, full table painted and first keystroke are milliseconds since navigation start.", "");
  out.push("| rows | figure | widget | baseline | widget/baseline | ratio range |", "|---|---|---:|---:|---:|---:|");
  for (const key of SIZES.map((size) => size ?? "registry")) {
    const byWho = runs[key];
    const rows = key === "registry" ? `${rowsShown(null)} (registry)` : `${rowsShown(Number(key))} (${key} entries)`;
    const figures = [
      ["startup → interactive (rows painted, app started)", (r) => r.startup],
      ["navigation → full table painted (rAF poll)", (r) => r.painted],
      ...(key === "registry" ? [
        [`navigation → first keystroke that filters (\`${TYPED_QUERY}\` typed as soon as the box exists → that row alone)`, (r) => r.typed?.filtered ?? NaN],
        ["(that load: navigation → filter box in the DOM)", (r) => r.typed?.boxAt ?? NaN],
      ] : []),
      ["keystroke → paint, median", (r) => median(r.keys)],
      ["keystroke → paint, p95", (r) => p95(r.keys)],
      ["keystroke → DOM updated (script only), median", (r) => median(r.keysScript)],
      ["sort → paint, median of all", (r) => median(Object.values(r.sorts).flat())],
      ["sort → DOM updated (script only), median of all", (r) => median(r.sortsScript)],
      ...SORTS.map((label) => [`sort ${label}`, (r) => median(r.sorts[label])]),
    ];
    for (const [name, pick] of figures) {
      const ws = byWho.widget.map(pick), bs = byWho.baseline.map(pick);
      const ratios = ws.map((x, i) => x / bs[i]).filter(Number.isFinite);
      out.push(`| ${rows} | ${name} | ${ms(median(ws))} | ${ms(median(bs))} | **${times(median(ratios))}** | ${times(Math.min(...ratios))}–${times(Math.max(...ratios))} |`);
    }
  }

  out.push("", `### Memory (leak check on the registry, bench builds: ${LEAK_KEYSTROKES} keystrokes and ${LEAK_SORTS} sorts, twice; after gc())`, "");
  out.push("| page | | at start | after 1st batch | after 2nd batch | change over the 1st | change over the 2nd |", "|---|---|---:|---:|---:|---:|---:|");
  const signed = (x) => `${x >= 0 ? "+" : "−"}${kb(Math.abs(x))} kB`;
  for (const who of ["widget", "baseline"]) {
    const { before, after, again } = leak[who];
    out.push(`| ${who} | JS heap | ${kb(before.js)} kB | ${kb(after.js)} kB | ${kb(again.js)} kB | ${signed(after.js - before.js)} | ${signed(again.js - after.js)} |`);
    if (before.wasm !== null) out.push(`| ${who} | wasm memory | ${kb(before.wasm)} kB | ${kb(after.wasm)} kB | ${kb(again.wasm)} kB | ${signed(after.wasm - before.wasm)} | ${signed(again.wasm - after.wasm)} |`);
    out.push(`| ${who} | DOM elements | ${before.nodes} | ${after.nodes} | ${again.nodes} | ${after.nodes - before.nodes} | ${again.nodes - after.nodes} |`);
  }
  return out.join("\n") + "\n";
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
