#!/usr/bin/env bash
# Prints the StatusCodes enum members of the npm package http-status-codes as
# "<code>\tStatusCodes.<NAME>" lines, after a "version\t<package version>" line.
# The package is read from $HSC_DIR (default: node_modules/http-status-codes at the repo root,
# found from this script's own place, so it works in any checkout).
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
HSC_DIR=${HSC_DIR:-$repo/node_modules/http-status-codes}
if ! command -v node >/dev/null 2>&1; then
  echo "js.sh: node is not installed (Debian package: nodejs)" >&2
  exit 1
fi
if [ ! -f "$HSC_DIR/package.json" ]; then
  echo "js.sh: http-status-codes not found in $HSC_DIR (npm install http-status-codes, or set HSC_DIR)" >&2
  exit 1
fi
node -e '
const dir = process.argv[1];
const pkg = require(dir + "/package.json");
const { StatusCodes } = require(dir);
if (!StatusCodes) { console.error("js.sh: the package has no StatusCodes export"); process.exit(1); }
console.log("version\t" + pkg.version);
const rows = Object.keys(StatusCodes)
  .filter((k) => isNaN(Number(k)))          // skip the enum reverse mapping (numeric keys)
  .map((k) => [StatusCodes[k], k])
  .sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
for (const [code, name] of rows) console.log(code + "\tStatusCodes." + name);
' "$HSC_DIR"
