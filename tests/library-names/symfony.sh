#!/usr/bin/env bash
# Prints the HTTP_* status constants of the installed Symfony HttpFoundation Response
# class, one "<code>\tResponse::HTTP_<NAME>" line each, after a "version\t<version>" line.
set -euo pipefail
RESPONSE_PHP=${SYMFONY_RESPONSE_PHP:-/usr/share/php/Symfony/Component/HttpFoundation/Response.php}
if ! command -v php >/dev/null 2>&1; then
  echo "symfony.sh: php is not installed (Debian package: php-cli)" >&2
  exit 1
fi
if [ ! -f "$RESPONSE_PHP" ]; then
  echo "symfony.sh: $RESPONSE_PHP not found (Debian package: php-symfony-http-foundation)" >&2
  exit 1
fi
version=$(dpkg-query -W -f='${Version}' php-symfony-http-foundation 2>/dev/null || true)
if [ -z "$version" ]; then
  echo "symfony.sh: cannot read the version of php-symfony-http-foundation from dpkg" >&2
  exit 1
fi
version=${version#*:}   # drop an epoch
version=${version%%[+~-]*}   # drop the Debian suffix: 5.4.53+dfsg-0+deb12u1 -> 5.4.53
printf 'version\t%s\n' "$version"
php -r '
require $argv[1];
$r = new ReflectionClass("Symfony\\Component\\HttpFoundation\\Response");
$out = [];
foreach ($r->getReflectionConstants() as $c) {
    $v = $c->getValue();
    if (strpos($c->getName(), "HTTP_") === 0 && is_int($v)) {
        $out[] = [$v, $c->getName()];
    }
}
usort($out, function ($a, $b) { return [$a[0], $a[1]] <=> [$b[0], $b[1]]; });
foreach ($out as [$v, $n]) { echo $v, "\tResponse::", $n, "\n"; }
' "$RESPONSE_PHP"
