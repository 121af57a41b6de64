#!/usr/bin/env bash
# Prints every constant of org.springframework.http.HttpStatus from the Debian
# libspring-web-java jar: "version<TAB>X.Y.Z", then "<code><TAB>HttpStatus.NAME".
# Enum constants carry no compile-time value, so a small single-file Java program
# (run by the JDK 11+ source launcher, written to a temporary directory) reads them.
set -euo pipefail

jar="${SPRING_WEB_JAR:-}"
if [[ -z "$jar" ]]; then
    for candidate in /usr/share/maven-repo/org/springframework/spring-web/*/spring-web-*.jar /usr/share/java/spring3-web.jar; do
        if [[ -f "$candidate" && "$candidate" != */debian/* ]]; then
            jar="$candidate"
            break
        fi
    done
fi
if [[ -z "$jar" || ! -f "$jar" ]]; then
    echo "spring.sh: spring-web jar not found (install the Debian package libspring-web-java)" >&2
    exit 1
fi
for tool in java unzip; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "spring.sh: $tool is not on PATH" >&2
        exit 1
    fi
done

classpath="$jar"
for core in /usr/share/maven-repo/org/springframework/spring-core/*/spring-core-*.jar /usr/share/java/spring3-core.jar; do
    if [[ -f "$core" && "$core" != */debian/* ]]; then
        classpath="$classpath:$core"
        break
    fi
done

# Implementation-Version: 4.3.30.RELEASE -> 4.3.30
version=$(unzip -p "$jar" META-INF/MANIFEST.MF | tr -d '\r' \
    | sed -nE 's/^Implementation-Version: *([0-9]+(\.[0-9]+)*).*$/\1/p' | head -n 1)
if [[ -z "$version" ]]; then
    echo "spring.sh: no Implementation-Version in the manifest of $jar" >&2
    exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/DumpHttpStatus.java" <<'JAVA'
public class DumpHttpStatus {
    public static void main(String[] args) throws Exception {
        Class<?> type = Class.forName("org.springframework.http.HttpStatus");
        java.lang.reflect.Method value = type.getMethod("value");
        for (Object constant : type.getEnumConstants()) {
            System.out.println(value.invoke(constant) + "\tHttpStatus." + ((Enum<?>) constant).name());
        }
    }
}
JAVA

names=$(java -cp "$classpath" "$work/DumpHttpStatus.java") || {
    echo "spring.sh: cannot load org.springframework.http.HttpStatus from $jar" >&2
    exit 1
}

printf 'version\t%s\n' "$version"
printf '%s\n' "$names" | sort -n
