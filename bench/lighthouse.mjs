// Lighthouse on the standalone widget page and on the plain-JavaScript baseline page
// (bench/run.sh runs it after bench/driver.mjs, on the folders it built), and on a
// control: an empty page (bench/empty/), no script and two lines of text. Lighthouse's
// CPU slowdown is relative to the machine it runs on, and Chromium's own navigation,
// parse and first paint show up as main-thread tasks of their own: the control's long
// tasks and TBT are what any page gets on this machine in this hour, the floor under
// the other two pages' figures.
//
//   node bench/lighthouse.mjs [--quick] [--runs N] [--out DIR] [--widget DIR] [--baseline DIR]
//
// Lighthouse's default (mobile) settings: a Moto G Power sized screen, simulated slow 4G
// and a 4× slower CPU. Every file is served from 127.0.0.1 compressed with brotli at
// quality 11 (Content-Encoding: br), as a static host or CDN would. Five runs of each
// page (one with --quick), widget and baseline alternately, then the control, each in
// a fresh Chromium;
// the report gives the median of each figure. Writes bench/out/lighthouse.md (as printed),
// bench/out/lighthouse.json (every run's figures) and each run's full report in
// bench/out/lighthouse/. Exits non-zero only if a run breaks (Chromium, Lighthouse, a
// server error, a time limit), never because of a score.
import { createServer } from "node:http";
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { extname, join, normalize, relative, resolve } from "node:path";
import { brotliCompressSync, constants as zlib } from "node:zlib";
import lighthouse from "lighthouse";
import { launch } from "chrome-launcher";
import { TYPES } from "../tests/e2e/harness.mjs";

const args = process.argv.slice(2);
const argValue = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const QUICK = args.includes("--quick");
const RUNS = Number(argValue("--runs") ?? (QUICK ? 1 : 5));
const OUT = resolve(argValue("--out") ?? join(import.meta.dirname, "out"));
const PAGES = {
  widget: resolve(argValue("--widget") ?? join(OUT, "widget")),
  baseline: resolve(argValue("--baseline") ?? join(OUT, "baseline")),
  control: join(import.meta.dirname, "empty"),
};
const CHROME = process.env.CHROMIUM || "/usr/bin/chromium";
const CHROME_FLAGS = [
  "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];
const RUN_LIMIT_MS = 3 * 60_000; // one Lighthouse run; it normally takes 15–40 s here
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

if (!Number.isInteger(RUNS) || RUNS < 1) {
  console.error("lighthouse: --runs takes a whole number of at least 1");
  process.exit(2);
}

// ---- the server: every file precompressed with brotli at quality 11 -------------------
const INCOMPRESSIBLE = new Set([".png", ".jpg", ".webp", ".woff2", ".gz", ".br", ".tgz"]);

function precompress(dir) {
  const files = new Map();
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const body = readFileSync(path);
        const br = INCOMPRESSIBLE.has(extname(path)) ? null : brotliCompressSync(body, {
          params: {
            [zlib.BROTLI_PARAM_QUALITY]: 11,
            [zlib.BROTLI_PARAM_SIZE_HINT]: body.length,
            [zlib.BROTLI_PARAM_MODE]: extname(path) === ".wasm" ? zlib.BROTLI_MODE_GENERIC : zlib.BROTLI_MODE_TEXT,
          },
        });
        files.set("/" + relative(dir, path).split("\\").join("/"), { body, br, type: TYPES[extname(path)] ?? "application/octet-stream" });
      }
    }
  };
  walk(dir);
  return files;
}

// Like the e2e tests' server (tests/e2e/harness.mjs: loopback, a free port, no-store),
// but from memory and with Content-Encoding: br for clients that accept it.
async function serveBrotli(dir) {
  const files = precompress(dir);
  const served = [];
  const server = createServer((req, res) => {
    let path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname));
    if (path.endsWith("/")) path += "index.html";
    const file = files.get(path);
    if (!file) {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
      return;
    }
    const br = file.br && /\bbr\b/.test(req.headers["accept-encoding"] ?? "");
    const body = br ? file.br : file.body;
    served.push({ path, encoding: br ? "br" : "identity", bytes: body.length });
    res.writeHead(200, {
      "content-type": file.type,
      "content-length": body.length,
      "cache-control": "no-store",
      vary: "accept-encoding",
      ...(br ? { "content-encoding": "br" } : {}),
    });
    res.end(body);
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  return { url: `http://127.0.0.1:${server.address().port}/`, served, close: () => new Promise((ok) => server.close(ok)) };
}

// ---- one Lighthouse run ---------------------------------------------------------------
const chromes = new Set();
async function killAll() {
  for (const chrome of chromes) {
    try { await chrome.kill(); } catch {}
  }
  chromes.clear();
}
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => killAll().finally(() => process.exit(130)));
}

async function runOnce(url) {
  const chrome = await launch({ chromePath: CHROME, chromeFlags: CHROME_FLAGS, logLevel: "silent", handleSIGINT: false });
  chromes.add(chrome);
  let timer;
  try {
    const limit = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no result after ${RUN_LIMIT_MS / 1000} s`)), RUN_LIMIT_MS);
    });
    // No config: Lighthouse's defaults, the mobile preset.
    const result = await Promise.race([
      lighthouse(url, { port: chrome.port, logLevel: "error", output: "json", onlyCategories: CATEGORIES }),
      limit,
    ]);
    if (!result?.lhr) throw new Error("Lighthouse returned no report");
    return result.lhr;
  } finally {
    clearTimeout(timer);
    chromes.delete(chrome);
    try { await chrome.kill(); } catch {}
  }
}

// Audits that could not run. One with weight in a category would make its score wrong
// (a problem); unweighted ones (diagnostics) only get a note.
function erroredAudits(lhr) {
  const weight = {};
  for (const category of Object.values(lhr.categories)) for (const ref of category.auditRefs) weight[ref.id] = (weight[ref.id] ?? 0) + ref.weight;
  return Object.entries(lhr.audits)
    .filter(([, audit]) => audit.scoreDisplayMode === "error")
    .map(([id, audit]) => ({ id, weight: weight[id] ?? 0, reason: (audit.errorMessage ?? "").replace(/\s+/g, " ").slice(0, 200) }));
}

function figures(lhr) {
  const score = (id) => (lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100));
  const value = (id) => lhr.audits[id]?.numericValue ?? null;
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    "best-practices": score("best-practices"),
    seo: score("seo"),
    fcp: value("first-contentful-paint"),
    lcp: value("largest-contentful-paint"),
    tbt: value("total-blocking-time"),
    cls: value("cumulative-layout-shift"),
    tti: value("interactive"),
    bytes: value("total-byte-weight"),
    // Lighthouse lists the main-thread tasks of 50 ms or more (at its 4× CPU
    // slowdown); none listed is a longest task under 50 ms, reported as 0.
    longestTask: Math.max(0, ...(lhr.audits["long-tasks"]?.details?.items ?? []).map((task) => task.duration ?? 0)),
    // Of those, the longest Lighthouse attributes to the page's own scripts (a
    // .js or .wasm URL), not to the document's parse and layout or to no URL.
    longestScriptTask: Math.max(
      0,
      ...(lhr.audits["long-tasks"]?.details?.items ?? [])
        .filter((task) => /\.(m?js|wasm)(\?|$)/.test(task.url ?? ""))
        .map((task) => task.duration ?? 0),
    ),
  };
}

// ---- the report -------------------------------------------------------------------------
const median = (xs) => {
  const s = xs.filter((x) => x !== null && Number.isFinite(x)).sort((a, b) => a - b), n = s.length;
  return n === 0 ? null : n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
};
const ROWS = [
  ["performance score", "performance", (x) => x.toFixed(0)],
  ["accessibility score", "accessibility", (x) => x.toFixed(0)],
  ["best-practices score", "best-practices", (x) => x.toFixed(0)],
  ["SEO score", "seo", (x) => x.toFixed(0)],
  ["First Contentful Paint (ms)", "fcp", (x) => x.toFixed(0)],
  ["Largest Contentful Paint (ms)", "lcp", (x) => x.toFixed(0), true],
  ["Total Blocking Time (ms)", "tbt", (x) => x.toFixed(0)],
  ["Cumulative Layout Shift", "cls", (x) => x.toFixed(3)],
  ["Time to Interactive (ms)", "tti", (x) => x.toFixed(0), true],
  ["longest main-thread task (ms; 0: none of 50 ms or more)", "longestTask", (x) => x.toFixed(0)],
  ["longest task of the page's scripts (ms; 0: none of 50 ms or more)", "longestScriptTask", (x) => x.toFixed(0)],
  ["bytes transferred", "bytes", (x) => `${x.toFixed(0)} (${(x / 1000).toFixed(1)} kB)`],
];

function render({ meta, runs }) {
  const out = [];
  out.push(`Lighthouse ${meta.lighthouse}, ${meta.preset}; ${meta.chromium}; ${RUNS} run${RUNS > 1 ? "s" : ""} of each page (${meta.mode} mode), each in a fresh headless Chromium; files served from 127.0.0.1 with Content-Encoding: br (brotli quality 11).`);
  out.push(`Run: ${meta.date}${meta.revision ? `, ${meta.revision}` : ""}. Lighthouse's CPU benchmark index on this machine: ${meta.benchmarkIndex.join(", ")}.`);
  out.push("", `| figure (median of ${RUNS}) | widget | baseline | widget/baseline | control: an empty page |`, "|---|---:|---:|---:|---:|");
  for (const [label, key, format, ratio] of ROWS) {
    const [w, b, c] = Object.keys(PAGES).map((who) => median(runs[who].map((r) => r[key])));
    const show = (x) => (x === null ? "–" : format(x));
    out.push(`| ${label} | ${show(w)} | ${show(b)} | ${ratio && w !== null && b ? `**${(w / b).toFixed(2)}×**` : ""} | ${show(c)} |`);
  }
  const hundreds = (who) => runs[who].filter((r) => r.performance === 100).length;
  out.push(`| performance 100 in | ${hundreds("widget")} of ${RUNS} runs | ${hundreds("baseline")} of ${RUNS} runs | | ${hundreds("control")} of ${RUNS} runs |`);
  out.push("", "Each run (order as run):", "");
  out.push("| run | page | performance | 100? | accessibility | best-practices | SEO | LCP ms | TBT ms | CLS | TTI ms | longest task ms | of scripts ms | bytes |", "|---|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const r of meta.order) {
    const f = runs[r.page][r.index];
    const n = (x, d = 0) => (x === null ? "–" : x.toFixed(d));
    out.push(`| ${r.index + 1} | ${r.page} | ${n(f.performance)} | ${f.performance === 100 ? "yes" : "no"} | ${n(f.accessibility)} | ${n(f["best-practices"])} | ${n(f.seo)} | ${n(f.lcp)} | ${n(f.tbt)} | ${n(f.cls, 3)} | ${n(f.tti)} | ${n(f.longestTask)} | ${n(f.longestScriptTask)} | ${n(f.bytes)} |`);
  }
  out.push("", `Performance 100: widget in ${hundreds("widget")} of ${RUNS} runs, baseline in ${hundreds("baseline")} of ${RUNS} runs, the control in ${hundreds("control")} of ${RUNS} runs.`);
  out.push("The control is an empty page (bench/empty/: no script, no stylesheet, two lines of text) served the same way: its long tasks and TBT are Chromium's own navigation, parse and first paint at Lighthouse's 4× CPU on this machine in this hour, the floor under the other pages' figures.");
  out.push("Ratios are of the medians. Scores are Lighthouse's (0–100); with simulated throttling the times are Lighthouse's estimates for a slow phone on slow 4G, not wall-clock times on this machine.");
  return out.join("\n") + "\n";
}

// ---- main ------------------------------------------------------------------------------
async function main() {
  const started = Date.now();
  const problems = [];
  for (const [who, dir] of Object.entries(PAGES)) {
    try {
      statSync(join(dir, "index.html"));
    } catch {
      console.error(`lighthouse: no ${who} page at ${dir}/index.html (bench/run.sh builds it)`);
      process.exit(1);
    }
  }
  const servers = {};
  for (const [who, dir] of Object.entries(PAGES)) servers[who] = await serveBrotli(dir);
  const reports = join(OUT, "lighthouse");
  mkdirSync(reports, { recursive: true });

  console.log(`\nLighthouse (mobile preset: simulated slow 4G, 4× CPU), ${RUNS} run${RUNS > 1 ? "s" : ""} of each page, brotli-served`);
  const runs = Object.fromEntries(Object.keys(PAGES).map((who) => [who, []]));
  const order = [];
  const unscoredErrors = new Map(); // audit id → reason, for the note at the end
  const meta = { date: new Date().toISOString(), mode: QUICK ? "quick" : "full", revision: process.env.BENCH_REVISION ?? "", benchmarkIndex: [], order };
  for (let i = 0; i < RUNS; i++) {
    for (const who of [...(i % 2 === 0 ? ["widget", "baseline"] : ["baseline", "widget"]), "control"]) {
      const t = Date.now();
      servers[who].served.length = 0;
      let lhr;
      try {
        lhr = await runOnce(servers[who].url + "index.html");
      } catch (err) {
        problems.push(`${who} run ${i + 1}: ${err.message}`);
        console.error(`  !! ${who} run ${i + 1}: ${err.message}`);
        continue;
      }
      writeFileSync(join(reports, `${who}-${i + 1}.json`), JSON.stringify(lhr));
      if (lhr.runtimeError) problems.push(`${who} run ${i + 1}: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
      for (const warning of lhr.runWarnings ?? []) console.error(`  ${who} run ${i + 1}: Lighthouse warns: ${warning}`);
      const plain = servers[who].served.filter((s) => s.encoding !== "br" && !INCOMPRESSIBLE.has(extname(s.path)));
      if (plain.length) problems.push(`${who} run ${i + 1}: served without brotli: ${plain.map((s) => s.path).join(", ")}`);
      for (const e of erroredAudits(lhr)) {
        if (e.weight > 0) problems.push(`${who} run ${i + 1}: the scored audit ${e.id} failed: ${e.reason}`);
        else unscoredErrors.set(e.id, e.reason);
      }
      const f = figures(lhr);
      runs[who].push(f);
      order.push({ page: who, index: runs[who].length - 1 });
      meta.lighthouse ??= lhr.lighthouseVersion;
      meta.chromium ??= (/(?:Headless)?Chrome\/[\d.]+/.exec(lhr.environment?.hostUserAgent ?? "") ?? ["Chromium"])[0];
      meta.preset ??= `${lhr.configSettings.formFactor} preset, ${lhr.configSettings.throttlingMethod} throttling (${lhr.configSettings.throttling.rttMs} ms RTT, ${lhr.configSettings.throttling.throughputKbps} kbit/s, CPU ×${lhr.configSettings.throttling.cpuSlowdownMultiplier})`;
      meta.benchmarkIndex.push(Math.round(lhr.environment?.benchmarkIndex ?? 0));
      console.log(`  run ${i + 1}/${RUNS} ${who.padEnd(8)}: performance ${f.performance}${f.performance === 100 ? " (100)" : " (not 100)"}, accessibility ${f.accessibility}, best-practices ${f["best-practices"]}, SEO ${f.seo}; LCP ${f.lcp?.toFixed(0)} ms, TBT ${f.tbt?.toFixed(0)} ms, CLS ${f.cls?.toFixed(3)}, TTI ${f.tti?.toFixed(0)} ms, longest task ${f.longestTask?.toFixed(0)} ms (of scripts ${f.longestScriptTask?.toFixed(0)}), ${f.bytes} bytes; ${((Date.now() - t) / 1000).toFixed(0)} s`);
    }
  }
  for (const s of Object.values(servers)) await s.close();

  if (runs.widget.length && runs.baseline.length) {
    // A failed run leaves fewer figures: the medians are over the runs that finished.
    const report = render({ meta, runs });
    const note = unscoredErrors.size
      ? `\nAudits that could not run, all unscored (weight 0), so no score above depends on them: ${[...unscoredErrors.keys()].join(", ")}. Reason given: ${[...new Set(unscoredErrors.values())].join(" / ")}\n`
      : "";
    console.log("\n" + report + note);
    writeFileSync(join(OUT, "lighthouse.md"), report + note);
  }
  writeFileSync(join(OUT, "lighthouse.json"), JSON.stringify({ meta, runs, problems }, null, 1));
  console.log(`Lighthouse part: ${Math.round((Date.now() - started) / 1000)} s; full reports in ${relative(process.cwd(), reports) || reports}/`);
  if (problems.length) {
    console.error(`\n${problems.length} problem(s):\n  ${problems.join("\n  ")}`);
    return 1;
  }
  return 0;
}

// The whole part may not outlast every run's limit plus a margin.
const watchdog = setTimeout(() => {
  console.error("lighthouse: gave up: the runs took too long");
  killAll().finally(() => process.exit(1));
}, (Object.keys(PAGES).length * RUNS * RUN_LIMIT_MS) + 60_000);
watchdog.unref();

main()
  .then((code) => killAll().then(() => process.exit(code)))
  .catch((err) => {
    console.error(err);
    killAll().finally(() => process.exit(1));
  });
