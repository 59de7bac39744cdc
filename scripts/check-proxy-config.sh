#!/usr/bin/env bash
# Checks the HAProxy set-up for several nodes (deploy/haproxy.cfg, or the file given) with HAProxy's own parser,
# `haproxy -c`. Where the certificate the file names is not there, as on a developer's machine, it checks a copy that
# names a throwaway self-signed one instead, so the rest of the file is still checked. Any warning fails the check
# too. Needs Debian's haproxy (apt-get install haproxy); not part of ./sw test.
set -euo pipefail
cd "$(dirname "$0")/.."
config=${1:-deploy/haproxy.cfg}

command -v haproxy >/dev/null || { echo "No haproxy on this machine (apt-get install haproxy); $config is not checked." >&2; exit 1; }
[ -f "$config" ] || { echo "No file $config" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
checked=$work/haproxy.cfg
cp "$config" "$checked"
for cert in $(sed -n 's/.*[[:space:]]crt[[:space:]]\+\([^[:space:]]\+\).*/\1/p' "$config"); do
  if [ ! -e "$cert" ]; then
    command -v openssl >/dev/null || { echo "$config names $cert, which is not here, and there is no openssl to make a stand-in." >&2; exit 1; }
    echo "$cert is not on this machine: checking with a throwaway self-signed certificate in its place."
    openssl req -x509 -newkey rsa:2048 -nodes -subj /CN=localhost -days 1 \
      -keyout "$work/key.pem" -out "$work/cert.pem" 2>/dev/null
    cat "$work/cert.pem" "$work/key.pem" >"$work/stand-in.pem"
    sed -i "s#crt $cert#crt $work/stand-in.pem#" "$checked"
  fi
done

if ! output=$(haproxy -c -f "$checked" 2>&1); then
  echo "$output" | sed "s#$checked#$config#g" >&2
  exit 1
fi
if echo "$output" | grep -q WARNING; then
  echo "$output" | sed "s#$checked#$config#g" >&2
  echo "$config is valid but HAProxy warns about it." >&2
  exit 1
fi
echo "$config: valid ($(haproxy -v | head -1))"
