// Builds the plain-JavaScript baseline page from the same tables build.rs compiles
// into the widget (data/*.tsv), so both show exactly the same entries.
//
//   node bench/baseline/build.mjs --src <repo> --assets <widget dist> --out <dir> [--bench]
//
// Writes <out>/index.html, app.js (data + table.js), and copies page.css, widget.css and
// favicon.svg from the widget's dist/ so both pages load identical styles.
// Without --bench, the `?bench-rows=N` hook (between the BENCH-START and BENCH-END
// lines of table.js) is left out, as the widget's release build leaves it out.
import { readFileSync, readdirSync, writeFileSync, mkdirSync, copyFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const HERE = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const SRC = opt("--src", join(HERE, "../.."));
const ASSETS = opt("--assets", join(SRC, "dist"));
const OUT = opt("--out", join(HERE, "../out/baseline"));
const BENCH = args.includes("--bench");

/** A tab-separated table with a header line and exactly `columns` fields per row (as build.rs reads it). */
function readTable(path, columns) {
  const lines = readFileSync(join(SRC, path), "utf8").split(/\r?\n/);
  return lines
    .slice(1)
    .map((line, n) => ({ line, n: n + 2 }))
    .filter(({ line }) => line.trim() !== "")
    .map(({ line, n }) => {
      const fields = line.split("\t").map((f) => f.trim());
      if (fields.length !== columns || fields.some((f) => f === "")) {
        throw new Error(`${path}:${n}: expected ${columns} non-empty tab-separated fields`);
      }
      return fields;
    });
}

/** `RFC9110, Section 15.5.5` → [label, url], as build.rs's reference_link. */
function referenceLink(reference) {
  const first = reference.split(";")[0].trim();
  if (first.startsWith("RFC")) {
    const rest = first.slice(3);
    const at = rest.indexOf(", Section ");
    const number = (at >= 0 ? rest.slice(0, at) : rest).trim();
    const section = at >= 0 ? rest.slice(at + ", Section ".length).trim() : null;
    if (!/^[0-9]+$/.test(number)) throw new Error(`unexpected reference ${reference}`);
    const base = `https://www.rfc-editor.org/rfc/rfc${number}`;
    return section ? [`RFC ${number} §${section}`, `${base}#section-${section}`] : [`RFC ${number}`, base];
  }
  if (first.startsWith("draft-")) return [first, `https://datatracker.ietf.org/doc/html/${first}`];
  throw new Error(`unexpected reference ${reference}`);
}

/**
 * The assigned codes of IANA's CSV (`Value,Description,Reference`). The widget
 * reads it with a full parser in build.rs (which checks the file); this only
 * needs the rows, so it reads the quoted-field subset that file uses.
 */
function readRegistry(path) {
  const rows = [];
  for (const line of readFileSync(join(SRC, path), "utf8").split(/\r?\n/).slice(1)) {
    const fields = line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)?.map((f) => f.replace(/,$/, "").replace(/^"(.*)"$/s, "$1").replace(/""/g, '"'));
    if (!fields || !/^\d{3}$/.test(fields[0]) || fields[1] === "Unassigned") continue;
    const [code, description, reference] = fields;
    const marker = / \(OBSOLETED\)$/.test(description) ? "obsoleted" : /\(TEMPORARY/.test(description) ? "temporary" : description === "(Unused)" ? "unused" : "registered";
    const name = description.replace(/ \((OBSOLETED|TEMPORARY[^)]*)\)$/, "");
    rows.push([code, name, reference.slice(1, reference.indexOf("]")), marker]);
  }
  return rows;
}

const STATUS = ["registered", "deprecated", "unused", "obsoleted", "temporary", "unofficial"];
const iana = readRegistry("data/iana/http-status-codes-1.csv");
const names = readTable("data/names.tsv", 4);
const deprecated = new Set(readTable("data/deprecations.tsv", 2).map((d) => d[0]));
const descriptions = new Map(readTable("data/descriptions.tsv", 2));
const unofficial = readTable("data/unofficial.tsv", 7);

// One array per entry: [code, name, aliases, status, refLabel, refUrl, vendor, documentedAt, description].
const data = [];
for (const [code, name, reference, marker] of iana) {
  const description = descriptions.get(code);
  if (description === undefined) throw new Error(`code ${code} has no row in data/descriptions.tsv`);
  const aliases = names.filter((f) => f[0] === code).map((f) => f[1]);
  const [label, url] = referenceLink(reference);
  const s = deprecated.has(code) ? 1 : STATUS.indexOf(marker);
  data.push([Number(code), name, aliases, s, label, url, null, null, description]);
}
for (const [code, name, vendor, description, documentedAt] of unofficial) {
  data.push([Number(code), name, [], 5, null, null, vendor, documentedAt, description]);
}

let code = readFileSync(join(HERE, "table.js"), "utf8");
code = BENCH ? code : code.replace(/^\s*\/\/ BENCH-START[\s\S]*?\/\/ BENCH-END\n/m, "");
// The light clean-up any build step would do: no comment lines, no indentation.
code = code
  .split("\n")
  .map((l) => l.trim())
  .filter((l) => l !== "" && !l.startsWith("//"))
  .join("\n");
// The footer's registry date, from the same file the widget shows it from.
const snapshot = readFileSync(join(SRC, "data/iana/last-updated"), "utf8").trim();
if (!/^\d{4}-\d{2}-\d{2}$/.test(snapshot)) throw new Error("data/iana/last-updated holds no date");
// What each code is called in the libraries (data/libraries/*.tsv), searched as
// the widget searches them (src/query/index.rs, CodeNames): per code, every distinct
// identifier without its library's prefix (and a code after it), joined by spaces;
// and the folded words of the prefixes, dropped from the front of a term.
const codeNames = new Map();
const prefixWords = new Set();
const identifierWords = (text) => text.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/([A-Z])([A-Z][a-z])/g, "$1 $2").split(/[^A-Za-z0-9]+/).filter((w) => w !== "").map((w) => w.toLowerCase());
// In build.rs's LIBRARY_ORDER, as the widget joins them (read from there: one list).
const orderList = readFileSync(join(SRC, "build.rs"), "utf8").match(/const LIBRARY_ORDER: \[&str; \d+\] = \[([^\]]*)\]/);
if (!orderList) throw new Error("build.rs has no LIBRARY_ORDER");
const ORDER = [...orderList[1].matchAll(/"([a-z0-9-]+)"/g)].map((m) => m[1]);
const rank = (file) => { const at = ORDER.indexOf(file.replace(/\.tsv$/, "")); return at < 0 ? ORDER.length : at; };
for (const file of readdirSync(join(SRC, "data/libraries")).filter((f) => f.endsWith(".tsv")).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1))) {
  let prefix = "";
  for (const line of readFileSync(join(SRC, "data/libraries", file), "utf8").split("\n")) {
    const cells = line.split("\t");
    if (cells[0] === "@prefix") prefix = cells[1];
    if (!/^\d{3}$/.test(cells[0]) || cells[2] === "none") continue;
    const rest = cells[1].slice(prefix.length);
    const afterDigits = rest.replace(/^[0-9]+/, "");
    const core = afterDigits === "" ? rest : afterDigits;
    const code = Number(cells[0]);
    if (!codeNames.has(code)) codeNames.set(code, []);
    if (!codeNames.get(code).includes(core)) codeNames.get(code).push(core);
  }
  for (const word of identifierWords(prefix)) if (word.length >= 2) prefixWords.add(word);
}
const namesByCode = {};
for (const [code, cores] of codeNames) namesByCode[code] = cores.join(" ");
const unnamed = [];
for (let c = 100; c < 600; c++) if (!codeNames.has(c)) unnamed.push(c);
const app = `"use strict";\nconst SNAPSHOT=${JSON.stringify(snapshot)};\nconst DATA=${JSON.stringify(data)};\nconst NAMES=${JSON.stringify(namesByCode)};\nconst PREFIX_WORDS=${JSON.stringify([...prefixWords])};\n${BENCH ? `const UNNAMED=${JSON.stringify(unnamed)};\n` : ""}${code}\n`;

const html = readFileSync(join(HERE, "index.html"), "utf8");
mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, "index.html"), html);
writeFileSync(join(OUT, "app.js"), app);
for (const f of ["page.css", "widget.css", "favicon.svg"]) copyFileSync(join(ASSETS, f), join(OUT, f));
console.log(`baseline: ${data.length} entries → ${OUT}${BENCH ? " (with the bench-rows hook)" : ""}`);
