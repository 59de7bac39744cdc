#!/usr/bin/env bash
# Prints deploy/haproxy.cfg made to run on this machine in front of nodes on local ports: plain HTTP on
# 127.0.0.1:PROXY_PORT, without what needs a real host (port 80's redirect, TLS and the Secure cookie, syslog, and a
# connection limit whose open files a shell's usual limit does not allow). Everything else, the node cookie, the
# redispatch of a browser whose node died, the health checks and the push timeouts, is the deployment's own.
# Used by ./sw two-nodes and by the two-node test. Usage: scripts/local-proxy-config.sh PROXY_PORT NODE_PORT...
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 2 ] || { echo "usage: scripts/local-proxy-config.sh PROXY_PORT NODE_PORT..." >&2; exit 2; }
proxy_port=$1
shift

sed -e '/^frontend sourcewise_http$/,/^$/d' \
    -e 's/^frontend sourcewise_https$/frontend sourcewise/' \
    -e 's/^\( *maxconn\) [0-9]*/\1 4000/' \
    -e "s#^\( *\)bind :443 ssl .*#\1bind 127.0.0.1:$proxy_port#" \
    -e 's#X-Forwarded-Proto https#X-Forwarded-Proto http#' \
    -e 's#^\( *cookie .*\) secure#\1#' \
    -e '/^ *log /d' -e '/option httplog/d' \
    -e '/^ *server node/d' \
    deploy/haproxy.cfg
node=0
for port in "$@"; do
  node=$((node + 1))
  echo "    server node$node 127.0.0.1:$port check cookie node$node"
done
