// Trunk post-build hook (Trunk.toml), right after the prerender: writes the
// widget's two JS entries from one source, assets/entry/widget.js, with esbuild:
//   - http-status-table.js, for dist/ loaded with a <script> tag (and the
//     standalone page): it loads the glue, the wasm and the stylesheet next to
//     itself, each checked against its hash (assets/entry/load-checked.js);
//   - index.js, the npm package's entry, for a site's bundler: the glue imported
//     as a module, the wasm named by new URL(…, import.meta.url), the
//     stylesheet imported as a JS module (assets/entry/load-bundled.js); the
//     bundler owns those files, so nothing checks their hashes.
//   - http-status-table-page.js, the standalone page's (index.html, and the
//     iframe): http-status-table.js with the page's start-up (assets/entry/page.js),
//     which an embed then does not load.
// They differ only in the module that loads and the page's start-up; everything
// else is the same code.
// Usage: node scripts/entries.mjs [dir]   (default: $TRUNK_STAGING_DIR, else dist)
import { build } from "esbuild";
import { join, resolve } from "node:path";

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? "dist";
const SOURCE = resolve(import.meta.dirname, "../assets/entry");

/** What the package's entry imports and leaves to the site's bundler. */
export const BUNDLED_IMPORTS = ["./http-status-table-core.js", "./widget.css.js"];

async function write(outfile, loader, external, entry = "widget.js") {
  await build({
    entryPoints: [join(SOURCE, entry)],
    outfile: join(dir, outfile),
    bundle: true,
    format: "esm",
    // No target: the syntax is left as written (private fields, ??=).
    external,
    legalComments: "inline",
    logLevel: "warning",
    plugins: [
      {
        name: "loader",
        setup(context) {
          context.onResolve({ filter: /^\.\/load\.js$/ }, () => ({ path: join(SOURCE, loader) }));
        },
      },
    ],
  });
  console.log(`entries: ${outfile} (${loader})`);
}

await write("http-status-table.js", "load-checked.js", []);
// The standalone page's (index.html): the same, with the page's start-up.
await write("http-status-table-page.js", "load-checked.js", [], "page.js");
await write("index.js", "load-bundled.js", BUNDLED_IMPORTS);
