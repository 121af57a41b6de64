#!/usr/bin/env bash
# Prints Node.js http.STATUS_CODES as "<code>\t'<phrase>'" lines (the phrase written as a
# single-quoted JavaScript string literal), after a "version\t<process.versions.node>" line.
set -euo pipefail
NODE=${NODE:-node}
if ! command -v "$NODE" >/dev/null 2>&1; then
  echo "node.sh: node is not installed (Debian package: nodejs)" >&2
  exit 1
fi
"$NODE" -e '
const codes = require("http").STATUS_CODES;
const lit = (s) => "\x27" + s.replace(/\\/g, "\\\\").replace(/\x27/g, "\\\x27") + "\x27";
console.log("version\t" + process.versions.node);
for (const code of Object.keys(codes).sort((a, b) => a - b)) console.log(code + "\t" + lit(codes[code]));
'
