#!/usr/bin/env bash
# Prints the status constants of java.net.HttpURLConnection in the JDK on PATH:
# "version<TAB>X.Y.Z", then "<code><TAB>HttpURLConnection.HTTP_XXX".
set -euo pipefail

for tool in java javap; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "java.sh: $tool is not on PATH (install a JDK, e.g. the Debian package openjdk-17-jdk-headless)" >&2
        exit 1
    fi
done

# java.version is numbers and dots (17.0.21.1); the full runtime string carries build suffixes.
version=$(java -XshowSettings:properties -version 2>&1 | sed -nE 's/^[[:space:]]*java\.version = ([0-9][0-9.]*).*$/\1/p' | head -n 1)
if [[ -z "$version" ]]; then
    echo "java.sh: cannot read java.version from 'java -XshowSettings:properties'" >&2
    exit 1
fi

constants=$(javap -constants java.net.HttpURLConnection) || {
    echo "java.sh: javap cannot read java.net.HttpURLConnection" >&2
    exit 1
}

printf 'version\t%s\n' "$version"
printf '%s\n' "$constants" \
    | sed -nE 's/^.*static final int (HTTP_[A-Z0-9_]+) = ([0-9]{3});.*$/\2\tHttpURLConnection.\1/p' \
    | sort -n
