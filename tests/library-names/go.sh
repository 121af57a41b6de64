#!/usr/bin/env bash
# Prints the net/http status constants of the installed Go source tree
# (Debian golang-1.19-src): "version<TAB>X.Y.Z", then "<code><TAB>http.StatusXxx".
set -euo pipefail

src=""
for dir in "${GO_SRC_ROOT:-}" /usr/lib/go-1.19 /usr/share/go-1.19; do
    if [[ -n "$dir" && -f "$dir/src/net/http/status.go" ]]; then
        src="$dir"
        break
    fi
done
if [[ -z "$src" ]]; then
    echo "go.sh: net/http/status.go not found (install the Debian package golang-1.19-src)" >&2
    exit 1
fi

version=""
if [[ -f "$src/VERSION" ]]; then
    version=$(head -n 1 "$src/VERSION" | sed -E 's/^go//')
elif command -v dpkg-query >/dev/null 2>&1; then
    version=$(dpkg-query -W -f='${Version}' golang-1.19-src 2>/dev/null | sed -E 's/^[0-9]+://; s/-[^-]*$//; s/[~+].*$//')
fi
if [[ ! "$version" =~ ^[0-9]+(\.[0-9]+)*$ ]]; then
    echo "go.sh: cannot tell the Go version of $src (no VERSION file, no golang-1.19-src package)" >&2
    exit 1
fi

printf 'version\t%s\n' "$version"
# Named constants only: lines like "\tStatusNotFound = 404 // RFC ...";
# the blank "_ = 306" placeholder has no name and is skipped.
sed -nE 's/^[[:space:]]+(Status[A-Za-z0-9]+)[[:space:]]*=[[:space:]]*([0-9]{3})([^0-9].*)?$/\2\thttp.\1/p' \
    "$src/src/net/http/status.go" | sort -n
