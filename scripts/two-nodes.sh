#!/usr/bin/env bash
# Two Sourcewise nodes on one PostgreSQL behind HAProxy on this machine, to try by hand what deploy/haproxy.cfg sets
# up. Run as `./sw two-nodes`, which picks the JDK. Builds the jar, starts a throwaway PostgreSQL cluster (Debian's
# postgresql package), both nodes with the demo profile and HAProxy with a local copy of deploy/haproxy.cfg (plain
# HTTP on 127.0.0.1, no TLS), then waits. Open http://localhost:$PROXY_PORT (default 8000); `kill -9` a node's pid,
# printed below, to see its browsers sent to the other. Ctrl-C stops everything and removes the database. Logs and
# the proxy's config are in target/two-nodes/.
set -euo pipefail
cd "$(dirname "$0")/.."
proxy_port=${PROXY_PORT:-8000}
out=$PWD/target/two-nodes

source scripts/postgres-cluster.sh
[ -x "$pg_bin/initdb" ] || { echo "No PostgreSQL server here (apt-get install postgresql)." >&2; exit 1; }
command -v haproxy >/dev/null || { echo "No haproxy here (apt-get install haproxy)." >&2; exit 1; }

./sw mvn -q -DskipTests package
rm -rf "$out" && mkdir -p "$out"
pg_dir=$(mktemp -d)
pids=()
stop() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  pg_cluster_stop "$pg_dir"
  rm -rf "$pg_dir"
}
trap stop EXIT

pg_cluster_start "$pg_dir" "$out/postgresql.log"
echo "PostgreSQL on 127.0.0.1:$pg_port, database sourcewise"

ports=()
for node in 1 2; do
  port=$(free_port)
  ports+=("$port")
  SPRING_DATASOURCE_URL="$pg_url" SPRING_DATASOURCE_USERNAME=sourcewise \
    SPRING_DATASOURCE_PASSWORD= SERVER_FORWARD_HEADERS_STRATEGY=native \
    scripts/start-node.sh --server.port="$port" --sourcewise.data-dir="$out/node$node-data" \
    --spring.profiles.active=demo >"$out/node$node.log" 2>&1 &
  pids+=($!)
  echo "Node $node: pid $!, port $port, log $out/node$node.log"
done

scripts/local-proxy-config.sh "$proxy_port" "${ports[@]}" >"$out/haproxy.cfg"
haproxy -c -q -f "$out/haproxy.cfg"

for node in 1 2; do
  until curl -fs -o /dev/null "http://127.0.0.1:${ports[$((node - 1))]}/login"; do
    kill -0 "${pids[$((node - 1))]}" 2>/dev/null || { echo "Node $node stopped; see $out/node$node.log" >&2; exit 1; }
    sleep 2
  done
done
haproxy -db -f "$out/haproxy.cfg" >"$out/haproxy.log" 2>&1 &
pids+=($!)
until curl -fs -o /dev/null "http://127.0.0.1:$proxy_port/login"; do
  kill -0 "${pids[2]}" 2>/dev/null || { echo "HAProxy stopped; see $out/haproxy.log" >&2; exit 1; }
  sleep 1
done
echo "Both nodes serve: open http://localhost:$proxy_port (demo accounts teacher and student, passwords in the README)."
echo "Ctrl-C stops the proxy, the nodes and PostgreSQL."
wait "${pids[0]}" "${pids[1]}" || true
wait
