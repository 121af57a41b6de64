// The npm package's README (dist/README.md, which npm shows on the package's
// page), made from the repository's README.md so the two cannot disagree: the
// parts marked <!-- package --> … <!-- /package --> there (what it is, the
// custom element, the mount API, options, theming, keyboard, the data API, each
// docs tool's snippet), under a header for people installing the package.
// Used by scripts/package.mjs.

const START = "<!-- package -->";
const END = "<!-- /package -->";

/** The marked parts of `readme`, in order. */
export function packageParts(readme) {
  const parts = [];
  let rest = readme;
  for (;;) {
    const start = rest.indexOf(START);
    if (start < 0) break;
    const end = rest.indexOf(END, start);
    if (end < 0) throw new Error(`README.md: ${START} without ${END}`);
    parts.push(rest.slice(start + START.length, end).trim());
    rest = rest.slice(end + END.length);
  }
  if (parts.length === 0) throw new Error(`README.md has no ${START} parts`);
  return parts;
}

/** The package's README for `version`. */
export function packageReadme(readme, version) {
  const [intro, ...parts] = packageParts(readme);
  return `# http-status-table ${version}

${intro}

## Install

\`\`\`sh
npm install http-status-table
\`\`\`

\`\`\`js
import "http-status-table";                                // defines <http-status-table>
import { mount, lookup, registry } from "http-status-table"; // or use the mount and data APIs
\`\`\`

Your bundler (Vite, webpack, Astro, VitePress, Docusaurus) takes the package's files into your
site: the WebAssembly module as an asset, the rest as modules. Importing the package where there
is no DOM (a docs tool rendering pages on the server) defines nothing, so it is safe anywhere; the
widget starts in the browser. To load it with a \`<script>\` tag instead, host the files of
\`http-status-table.js\` (\`node_modules/http-status-table/\`: \`http-status-table.js\`,
\`http-status-table-core.js\`, \`__wasm_split.js\`, \`http-status-table-core_bg.wasm\`,
\`split_later.wasm\`, \`widget.css.txt\`), which checks each file it loads against its hash.

${parts.join("\n\n")}
`;
}
