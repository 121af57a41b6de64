// The benchmark driver (bench/run.sh runs it after the builds): the size table, then
// widget and baseline driven alternately in one headless Chromium, several rounds,
// then the leak check. Prints Markdown tables and writes bench/out/results.{json,md}.
//
//   node bench/driver.mjs [--quick] [--rounds N] [--vsync] [--out DIR]
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

const args = process.argv.slice(2);
const QUICK = args.includes("--quick");
const VSYNC = args.includes("--vsync");
const argValue = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const OUT = resolve(argValue("--out") ?? join(import.meta.dirname, "out"));
const ROUNDS = Number(argValue("--rounds") ?? (QUICK ? 2 : 5));
const SORT_REPS = QUICK ? 1 : 3; // clicks per column and direction, per round
const SCALES = [1000, 10000];
const LEAK_KEYSTROKES = 1000;
const LEAK_SORTS = 100;
const GAP_MS = 5; // idle time before each measured keystroke or click

const DIRS = {
  widget: join(OUT, "widget"),
  baseline: join(OUT, "baseline"),
  "widget-bench": join(OUT, "widget-bench"),
  "baseline-bench": join(OUT, "baseline-bench"),
};

// The typed sequence: each query char by char, then cleared, alternately all at once
// (select all, delete) and by backspacing.
const QUERIES = QUICK
  ? ["404", "4xx", "client error", "timeout"]
  : ["404", "4xx", "client error", "timeout", "not found", "5", "299", "cloudflare", "retry-after", "4xx time-out", "deprecated", "redirect"];
const STEPS = [];
QUERIES.forEach((query, q) => {
  for (let i = 1; i <= query.length; i++) STEPS.push({ value: query.slice(0, i), check: i === query.length });
  if (q % 2 === 1) for (let i = query.length - 1; i >= 0; i--) STEPS.push({ value: query.slice(0, i), check: i === 0 });
  else STEPS.push({ value: "", check: true });
});
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
// navigation start) once the table holds `want` rows and a frame with them has been painted.
function startupProbe(want) {
  window.__benchStartup = new Promise((resolve) => {
    let tbody = null;
    const check = () => {
      tbody = tbody || document.querySelector("#status-table tbody");
      if (!tbody || tbody.childElementCount < want) return;
      observer.disconnect();
      requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())));
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { childList: true, subtree: true });
  });
}

// Injected after start-up: helpers the measuring functions below use.
const HELPERS = `window.__B = {
  tick: () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); }),
  frame: () => new Promise((r) => requestAnimationFrame(r)),
  sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
  hash(s) { let h = 0x811c9dc5; for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193); return (h >>> 0).toString(16); },
  text(sel) { const e = document.querySelector(sel); return e ? e.textContent : null; },
  // What the reader sees, to check that widget and baseline agree.
  state() {
    const rows = document.querySelectorAll("#status-table tbody tr");
    const codes = Array.from(rows, (r) => r.dataset.code);
    const marks = Array.from(document.querySelectorAll("#status-table tbody mark"), (m) => m.closest("tr").dataset.code + ":" + m.textContent);
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
  const B = window.__B, input = document.getElementById("filter"), times = [], states = {};
  input.focus();
  for (const step of steps) {
    await B.sleep(gap); await B.frame(); await B.tick();
    const t0 = performance.now();
    input.value = step.value;
    input.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertText" }));
    await B.frame(); await B.tick();
    times.push(performance.now() - t0);
    if (check && step.check) states[JSON.stringify(step.value)] = B.state();
  }
  return { times, states };
}

// Clicks the sort headers: every column ascending then descending, `reps` times.
async function clickSorts({ sorts, reps, gap, check }) {
  const B = window.__B, times = {}, states = {};
  for (let rep = 0; rep < reps; rep++) {
    for (const label of sorts) {
      const button = document.querySelector(`#status-table button[data-sort="${label.split(" ")[0]}"]`);
      await B.sleep(gap); await B.frame(); await B.tick();
      const t0 = performance.now();
      button.click();
      await B.frame(); await B.tick();
      (times[label] ??= []).push(performance.now() - t0);
      if (check && rep === 0) states[label] = B.state();
    }
  }
  return { times, states };
}

// The leak check: many keystrokes and sorts with a frame every tenth, heap before and after.
async function leakCheck({ values, keystrokes, sorts }) {
  const B = window.__B, input = document.getElementById("filter");
  const buttons = Array.from(document.querySelectorAll("#status-table button[data-sort]"));
  const before = await B.heap();
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
  const after = await B.heap();
  return { before, after };
}

// ---- driving -------------------------------------------------------------------------
const problems = [];
const note = (msg) => { problems.push(msg); console.error(`  !! ${msg}`); };

const chromiumArgs = [
  "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
  "--enable-precise-memory-info", "--js-flags=--expose-gc",
  // Without these a frame waits for the next 60 Hz tick, which adds 0-16.7 ms to every
  // figure and hides the work itself. --vsync keeps the default.
  ...(VSYNC ? [] : ["--disable-frame-rate-limit", "--disable-gpu-vsync"]),
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
  const url = servers[variant] + (size ? `index.html?bench-rows=${size}` : "");
  await page.goto(url);
  const startup = await page.evaluate(() => window.__benchStartup);
  await page.evaluate(HELPERS);
  return { context, page, startup, requested };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b), n = s.length;
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
    rounds: ROUNDS,
    cpu: cpus()[0]?.model?.trim(),
    cores: cpus().length,
    memory_gb: Math.round(totalmem() / 2 ** 30),
    chromium: browser.version(),
    node: process.version,
    frame_rate_limit: VSYNC ? "on (60 Hz)" : "off",
    revision: process.env.BENCH_REVISION ?? "",
    keystrokes_per_round: STEPS.length,
    sort_clicks_per_round: SORTS.length * SORT_REPS,
  };
  console.log(`\n${meta.mode} run: ${ROUNDS} rounds, ${STEPS.length} keystrokes and ${SORTS.length * SORT_REPS} sort clicks per page per round; Chromium ${meta.chromium}, ${meta.cores} × ${meta.cpu}`);

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

  // rounds[size][variant] = [{ startup, keys: [...], sorts: { label: [...] } }, …]
  const sizesToRun = [null, ...SCALES];
  const runs = {};
  const states = {};
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 === 0 ? ["widget", "baseline"] : ["baseline", "widget"];
    process.stdout.write(`round ${round + 1}/${ROUNDS}:`);
    for (const size of sizesToRun) {
      const key = size ?? "registry";
      for (const who of order) {
        const variant = size ? `${who}-bench` : who;
        const check = round === 0;
        const t = Date.now();
        const { context, page, startup } = await openPage(browser, servers, variant, size);
        const initial = check ? await page.evaluate(() => window.__B.state()) : null;
        const keys = await page.evaluate(typeSteps, { steps: STEPS, gap: GAP_MS, check });
        const sorts = await page.evaluate(clickSorts, { sorts: SORTS, reps: SORT_REPS, gap: GAP_MS, check });
        await context.close();
        ((runs[key] ??= {})[who] ??= []).push({ startup, keys: keys.times, sorts: sorts.times });
        if (check) (states[key] ??= {})[who] = { initial, ...keys.states, ...sorts.states };
        process.stdout.write(` ${key === "registry" ? "" : key + "/"}${who} ${((Date.now() - t) / 1000).toFixed(1)}s`);
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
  const values = STEPS.map((s) => s.value);
  const leak = {};
  for (const who of ["widget", "baseline"]) {
    const { context, page } = await openPage(browser, servers, `${who}-bench`, null);
    leak[who] = await page.evaluate(leakCheck, { values, keystrokes: LEAK_KEYSTROKES, sorts: LEAK_SORTS });
    await context.close();
  }
  await browser.close();
  for (const close of closers) await close();

  const report = render({ meta, sizeRows, loaded, runs, leak });
  console.log("\n" + report);
  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(`browser part: ${seconds} s`);
  writeFileSync(join(OUT, "results.md"), report);
  writeFileSync(join(OUT, "results.json"), JSON.stringify({ meta, sizes: sizeRows, loaded: Object.fromEntries(Object.entries(loaded).map(([k, v]) => [k, [...v]])), runs, leak, problems }, null, 1));
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
  out.push(`Machine: ${meta.cores} cores (${meta.cpu}), ${meta.memory_gb} GB; Chromium ${meta.chromium} headless, frame-rate limit ${meta.frame_rate_limit}; Node ${meta.node}.`);
  out.push(`Run: ${meta.date}, ${meta.mode} mode, ${meta.rounds} rounds${meta.revision ? `, ${meta.revision}` : ""}.`);
  out.push("", "### Size (bytes; kB = 1000 bytes)", "");
  out.push("| page | file | raw | gzip -9 | brotli -q 11 |", "|---|---|---:|---:|---:|");
  const totals = {};
  for (const who of ["widget", "baseline"]) {
    const t = { raw: 0, gzip: 0, brotli: 0 };
    for (const r of sizeRows[who]) {
      const isLoaded = loaded[who].has(r.file) || r.file === "favicon.svg";
      out.push(`| ${who} | ${r.file}${isLoaded ? "" : " (not loaded by the page)"} | ${r.raw} | ${r.gzip} | ${r.brotli} |`);
      if (isLoaded) for (const k of Object.keys(t)) t[k] += r[k];
    }
    totals[who] = t;
    out.push(`| **${who}** | **total the page loads** | **${t.raw}** (${kb(t.raw)} kB) | **${t.gzip}** (${kb(t.gzip)} kB) | **${t.brotli}** (${kb(t.brotli)} kB) |`);
  }
  const w = totals.widget, b = totals.baseline;
  out.push(`| | widget/baseline | ${times(w.raw / b.raw)} | ${times(w.gzip / b.gzip)} | ${times(w.brotli / b.brotli)} |`);

  out.push("", `### Time (ms; median of ${meta.rounds} rounds; ratio = median of the per-round ratios widget/baseline, with their range)`, "");
  out.push("| rows | figure | widget | baseline | widget/baseline | ratio range |", "|---|---|---:|---:|---:|---:|");
  for (const [key, byWho] of Object.entries(runs)) {
    const rows = key === "registry" ? `${rowsShown(null)} (registry)` : `${rowsShown(Number(key))} (${key} entries)`;
    const figures = [
      ["startup → rows painted", (r) => r.startup],
      ["keystroke → paint, median", (r) => median(r.keys)],
      ["keystroke → paint, p95", (r) => p95(r.keys)],
      ["sort → paint, median of all", (r) => median(Object.values(r.sorts).flat())],
      ...SORTS.map((label) => [`sort ${label}`, (r) => median(r.sorts[label])]),
    ];
    for (const [name, pick] of figures) {
      const ws = byWho.widget.map(pick), bs = byWho.baseline.map(pick);
      const ratios = ws.map((x, i) => x / bs[i]);
      out.push(`| ${rows} | ${name} | ${ms(median(ws))} | ${ms(median(bs))} | **${times(median(ratios))}** | ${times(Math.min(...ratios))}–${times(Math.max(...ratios))} |`);
    }
  }

  out.push("", `### Memory (leak check: ${LEAK_KEYSTROKES} keystrokes and ${LEAK_SORTS} sorts on the registry, after gc(); bench builds)`, "");
  out.push("| page | JS heap before | JS heap after | change | wasm memory before | wasm memory after | DOM elements before → after |", "|---|---:|---:|---:|---:|---:|---:|");
  for (const who of ["widget", "baseline"]) {
    const { before, after } = leak[who];
    const wasm = (x) => (x === null ? "–" : `${kb(x)} kB`);
    out.push(`| ${who} | ${kb(before.js)} kB | ${kb(after.js)} kB | ${after.js - before.js >= 0 ? "+" : ""}${kb(after.js - before.js)} kB | ${wasm(before.wasm)} | ${wasm(after.wasm)} | ${before.nodes} → ${after.nodes} |`);
  }
  return out.join("\n") + "\n";
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
