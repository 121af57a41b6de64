#!/usr/bin/env bash
# Prints the status symbols the installed Rack defines (Rack::Utils::SYMBOL_TO_STATUS_CODE,
# plus the obsolete symbols Rack 3.1+ still accepts with a warning), one
# "<code>\t<symbol>" line each, after a "version\t<Rack.release>" line.
set -euo pipefail
if ! command -v ruby >/dev/null 2>&1; then
  echo "rack.sh: ruby is not installed (Debian package: ruby)" >&2
  exit 1
fi
ruby -e '
begin
  require "rack"
rescue LoadError
  warn "rack.sh: the rack gem is not installed (Debian package: ruby-rack)"
  exit 1
end
puts "version\t#{Rack.release}"
names = Rack::Utils::SYMBOL_TO_STATUS_CODE.to_a
if Rack::Utils.const_defined?(:OBSOLETE_SYMBOLS_TO_STATUS_CODES, false)
  names += Rack::Utils.const_get(:OBSOLETE_SYMBOLS_TO_STATUS_CODES).to_a
end
names.sort_by { |sym, code| [code, sym.to_s] }.each { |sym, code| puts "#{code}\t#{sym.inspect}" }
'
