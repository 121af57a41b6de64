#!/usr/bin/env bash
# Prints the StatusCode constants of the `http` crate the project resolves to:
# "version<TAB>X.Y.Z", then "<code><TAB>StatusCode::NAME".
# Finds the crate's source with `cargo metadata` (reads metadata only, builds nothing).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
manifest="${HTTP_CRATE_MANIFEST_PATH:-$root/Cargo.toml}"

for tool in cargo python3; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "rust.sh: $tool is not on PATH" >&2
        exit 1
    fi
done

metadata=$(cargo metadata --format-version 1 --manifest-path "$manifest") || {
    echo "rust.sh: cargo metadata failed for $manifest" >&2
    exit 1
}

printf '%s' "$metadata" | python3 -c '
import json, os, re, sys

packages = [p for p in json.load(sys.stdin)["packages"] if p["name"] == "http"]
if not packages:
    sys.exit("rust.sh: the http crate is not in the dependency tree")
def key(p):
    return tuple(int(x) for x in re.findall(r"\d+", p["version"].split("-")[0]))
package = max(packages, key=key)
if len(packages) > 1:
    print("rust.sh: several http versions resolved, using %s" % package["version"], file=sys.stderr)
path = os.path.join(os.path.dirname(package["manifest_path"]), "src", "status.rs")
try:
    source = open(path, encoding="utf-8").read()
except OSError as err:
    sys.exit("rust.sh: cannot read %s: %s" % (path, err))
start = source.find("status_codes! {")
if start < 0:
    sys.exit("rust.sh: no status_codes! invocation in %s" % path)
rows = re.findall(r"^\s*\((\d{3}), ([A-Z0-9_]+),", source[start:], re.M)
if not rows:
    sys.exit("rust.sh: no status rows found in %s" % path)
print("version\t%s" % package["version"])
for code, name in rows:
    print("%s\tStatusCode::%s" % (code, name))
'
