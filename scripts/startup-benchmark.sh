#!/usr/bin/env bash
# How long a node takes from process start to its first served page, and its resident memory then and 10 s later
# (when background work such as seed loading has settled): `java -jar target/sourcewise.jar` as built ("plain") and
# a start through scripts/start-node.sh ("node", what `./sw run` and the multi-node scripts use), RUNS of each
# (default 3), alternating so that both see the same machine. Each start gets a fresh data folder and a free port,
# so it measures a first start and disturbs nothing. Run as `./sw startup-benchmark [RUNS]`, which builds the jar.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
scripts/start-node.sh --prepare

measure() {
  local kind=$1 data port start pid elapsed_ms rss_first
  data=$(mktemp -d)
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  start=$(date +%s%N)
  if [ "$kind" = plain ]; then set -- --plain; else set --; fi
  scripts/start-node.sh "$@" --server.port="$port" --sourcewise.data-dir="$data" >"$data/app.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/"; do
    kill -0 $pid 2>/dev/null || { echo "the app stopped; its log:"; cat "$data/app.log"; exit 1; }
    sleep 0.1
  done
  elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  rss_first=$(awk '/VmRSS/ {print int($2 / 1024)}' /proc/$pid/status)
  sleep 10
  printf '%-6s %20s %24s %22s\n' "$kind" "$elapsed_ms ms" "$rss_first MB" \
    "$(awk '/VmRSS/ {print int($2 / 1024)}' /proc/$pid/status) MB"
  kill $pid
  wait $pid 2>/dev/null || true
  rm -rf "$data"
}

echo "JDK $(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.runtime.version = //p'), $(nproc) cores"
printf '%-6s %20s %24s %22s\n' start "first page after" "resident at first page" "resident 10 s later"
for _ in $(seq "$runs"); do
  measure plain
  measure node
done
