#!/usr/bin/env bash
# Prints the SC_* constants of jakarta.servlet.http.HttpServletResponse from the
# Debian libjakarta-servlet-api-java jar: "version<TAB>X.Y.Z",
# then "<code><TAB>HttpServletResponse.SC_XXX".
set -euo pipefail

jar="${SERVLET_API_JAR:-}"
if [[ -z "$jar" ]]; then
    for candidate in /usr/share/java/jakarta-servlet-api.jar /usr/share/java/jakarta-servlet-api-*.jar; do
        if [[ -f "$candidate" ]]; then
            jar="$candidate"
            break
        fi
    done
fi
if [[ -z "$jar" || ! -f "$jar" ]]; then
    echo "servlet.sh: jakarta-servlet-api jar not found (install the Debian package libjakarta-servlet-api-java)" >&2
    exit 1
fi
for tool in javap unzip; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "servlet.sh: $tool is not on PATH" >&2
        exit 1
    fi
done

# Implementation-Version from the jar manifest (5.0.0); Bundle-Version as a fallback.
manifest=$(unzip -p "$jar" META-INF/MANIFEST.MF | tr -d '\r')
version=$(printf '%s\n' "$manifest" | sed -nE 's/^Implementation-Version: *([0-9][0-9.]*).*$/\1/p' | head -n 1)
if [[ -z "$version" ]]; then
    version=$(printf '%s\n' "$manifest" | sed -nE 's/^Bundle-Version: *([0-9][0-9.]*).*$/\1/p' | head -n 1)
fi
version=$(printf '%s' "$version" | sed -E 's/\.$//')
if [[ -z "$version" ]]; then
    echo "servlet.sh: no version in the manifest of $jar" >&2
    exit 1
fi

constants=$(javap -constants -cp "$jar" jakarta.servlet.http.HttpServletResponse) || {
    echo "servlet.sh: javap cannot read jakarta.servlet.http.HttpServletResponse from $jar" >&2
    exit 1
}

printf 'version\t%s\n' "$version"
printf '%s\n' "$constants" \
    | sed -nE 's/^.*static final int (SC_[A-Z0-9_]+) = ([0-9]{3});.*$/\2\tHttpServletResponse.\1/p' \
    | sort -n
