#!/usr/bin/env bash
# Prints every name of http.HTTPStatus in the python3 on PATH, aliases included:
# "version<TAB>X.Y.Z", then "<code><TAB>HTTPStatus.NAME".
set -euo pipefail

if ! command -v python3 >/dev/null 2>&1; then
    echo "python.sh: python3 is not on PATH (install the Debian package python3)" >&2
    exit 1
fi

python3 - <<'PY'
import platform
import sys

try:
    from http import HTTPStatus
except ImportError as err:
    sys.exit("python.sh: http.HTTPStatus is missing: %s" % err)

print("version\t%s" % platform.python_version())
# __members__ also holds the aliases (REQUEST_ENTITY_TOO_LARGE and the like since 3.13).
for name, member in sorted(HTTPStatus.__members__.items(), key=lambda item: (int(item[1]), item[0])):
    print("%d\tHTTPStatus.%s" % (int(member), name))
PY
