// Checks HTML with the Nu Html Checker (vnu.jar, from the vnu-jar npm package; needs
// `java` on PATH, or JAVA=/path/to/java).
//
//   node scripts/validate-html.mjs [--warnings] FILE...
//
// Prints every error as FILE:LINE:COLUMN: error: MESSAGE (and warnings with --warnings)
// and exits 1 if any file has an error, 2 if the checker could not run. From a test:
//
//   import { validateHtml } from "../../scripts/validate-html.mjs";
//   const errors = await validateHtml(await page.content(), "index.html after start");
//
// One message is dropped as a known false positive: the checker does not know the
// `part` attribute (CSS Shadow Parts, which the widget's shadow DOM uses), so it reports
// "Attribute “part” not allowed on element …". Only that message is dropped; anything
// else about `part` (a bad value, say) is still reported.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = resolve(import.meta.dirname, "..");
export const VNU_JAR = join(ROOT, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
const LIMIT_MS = 120_000;

/** True for the one known false positive: the `part` attribute reported as not allowed. */
export function isPartAttributeFalsePositive(message) {
  return message.type === "error" && /^Attribute [“"]part[”"] not allowed on element [“"][^”"]+[”"] at this point\.?$/.test(message.message);
}

// Runs vnu.jar once over `files` (paths, or "-" for `stdin`); resolves to its messages.
function runChecker(files, stdin) {
  if (!existsSync(VNU_JAR)) {
    return Promise.reject(new Error(`${relative(process.cwd(), VNU_JAR)} is missing: run bash scripts/setup.sh (or npm ci)`));
  }
  return new Promise((ok, fail) => {
    const child = execFile(
      process.env.JAVA || "java",
      ["-jar", VNU_JAR, "--format", "json", "--stdout", "--exit-zero-always", "--html", ...files],
      { maxBuffer: 64 << 20, timeout: LIMIT_MS, killSignal: "SIGKILL" },
      (err, stdout, stderr) => {
        if (err) return fail(new Error(`vnu.jar failed (${err.killed ? `no answer in ${LIMIT_MS / 1000} s` : err.code ?? err.message}): ${stderr.trim() || err.message}`));
        try {
          ok(JSON.parse(stdout).messages ?? []);
        } catch {
          fail(new Error(`vnu.jar printed no JSON: ${(stdout + stderr).trim().slice(0, 500)}`));
        }
      },
    );
    child.stdin.on("error", () => {}); // a checker that dies early is reported above
    child.stdin.end(stdin ?? "");
  });
}

// vnu's message → { file, line, column, type, message, extract }; type is "error",
// "warning" or "info" (non-document errors, such as a file that cannot be read, are errors).
function normalise(m, file) {
  const type = m.type === "info" ? (m.subType === "warning" ? "warning" : "info") : "error";
  return { file, line: m.lastLine ?? m.firstLine ?? null, column: m.firstColumn ?? m.lastColumn ?? null, type, message: m.message, extract: m.extract ?? null };
}

/** One message as FILE:LINE:COLUMN: TYPE: MESSAGE. */
export function formatMessage(m) {
  const where = [m.file, m.line, m.column].filter((x) => x !== null && x !== undefined).join(":");
  return `${where}: ${m.type}: ${m.message}`;
}

/** Checks one HTML document given as a string; resolves to its errors (warnings too
 *  with { warnings: true }), minus the `part` false positive. `name` labels the messages. */
export async function validateHtml(html, name = "(string)", { warnings = false } = {}) {
  const messages = await runChecker(["-"], html);
  return messages
    .filter((m) => !isPartAttributeFalsePositive(m))
    .map((m) => normalise(m, name))
    .filter((m) => m.type === "error" || (warnings && m.type === "warning"));
}

/** Checks files in one run of the checker; resolves to their errors (and warnings with
 *  { warnings: true }), minus the `part` false positive, each labelled with its path as given. */
export async function validateFiles(files, { warnings = false } = {}) {
  const byUrl = new Map(files.map((f) => [pathToFileURL(resolve(f)).href, f]));
  const messages = await runChecker(files.map((f) => resolve(f)));
  const label = (url) => {
    if (!url) return "(checker)";
    if (byUrl.has(url)) return byUrl.get(url);
    try {
      return relative(process.cwd(), fileURLToPath(url));
    } catch {
      return url;
    }
  };
  return messages
    .filter((m) => !isPartAttributeFalsePositive(m))
    .map((m) => normalise(m, label(m.url)))
    .filter((m) => m.type === "error" || (warnings && m.type === "warning"));
}

async function cli(argv) {
  const warnings = argv.includes("--warnings");
  const files = argv.filter((a) => a !== "--warnings");
  if (files.length === 0 || files.some((f) => f === "-h" || f === "--help")) {
    console.error("usage: node scripts/validate-html.mjs [--warnings] FILE...");
    return 2;
  }
  const missing = files.filter((f) => !existsSync(f));
  if (missing.length) {
    console.error(`validate-html: no such file: ${missing.join(", ")}`);
    return 2;
  }
  let messages;
  try {
    messages = await validateFiles(files, { warnings });
  } catch (err) {
    console.error(`validate-html: ${err.message}`);
    return 2;
  }
  for (const m of messages) {
    console.log(formatMessage(m));
    if (m.extract) console.log(`    ${m.extract.replace(/\s+/g, " ").trim()}`);
  }
  const errors = messages.filter((m) => m.type === "error");
  const bad = new Set(errors.map((m) => m.file));
  console.log(`validate-html: ${errors.length} error(s) in ${bad.size} of ${files.length} file(s)${warnings ? `, ${messages.length - errors.length} warning(s)` : ""}`);
  return errors.length ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await cli(process.argv.slice(2));
}
