#!/usr/bin/env bash
# Prints how long target/sourcewise.jar takes from process start to its first served page, and its
# resident memory then and 10 s later (when background work such as seed loading has settled).
# Uses a fresh data folder and a free port, so it measures a first start and disturbs nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
data=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
start=$(date +%s%N)
java -jar target/sourcewise.jar --server.port="$port" --sourcewise.data-dir="$data" >"$data/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$data"' EXIT

until curl -sf -o /dev/null "http://127.0.0.1:$port/"; do
  kill -0 $pid 2>/dev/null || { echo "the app stopped; its log:"; cat "$data/app.log"; exit 1; }
  sleep 0.1
done
elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
rss_kb() { awk '/VmRSS/ {print $2}' /proc/$pid/status; }
echo "first page served after: ${elapsed_ms} ms"
echo "resident memory at first page: $(( $(rss_kb) / 1024 )) MB"
sleep 10
echo "resident memory 10 s later: $(( $(rss_kb) / 1024 )) MB"
