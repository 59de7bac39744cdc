#!/usr/bin/env bash
# Load benchmark of a live session: builds the jar, starts it with the demo profile on a free port (data kept in
# target/live-bench-data, so only the first run waits for the seed articles' analysis), then drives N simulated
# students (default 500) through a three-question session over Vaadin's real HTTP and WebSocket protocol, with the
# teacher in Chromium. Prints participants reached, answer-to-teacher latency, server CPU and heap.
# Run through `./sw live-benchmark N`, which provides the JDK and Maven.
set -euo pipefail
cd "$(dirname "$0")/.."
students=${1:-500}
data=$PWD/target/live-bench-data
log=target/live-bench-server.log

./sw mvn -q -DskipTests package
./sw mvn -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/live-bench.classpath >/dev/null

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("", 0)); print(s.getsockname()[1])')
mkdir -p "$data"
# Joins all come from this one address, so the per-address join limit is lifted for the run.
java ${LIVE_BENCH_SERVER_OPTS:-} -jar target/sourcewise.jar --server.port="$port" --sourcewise.data-dir="$data" \
  --spring.profiles.active=demo --sourcewise.live.joins-per-minute=1000000 >"$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT

echo "Server pid $server on port $port; waiting for it to serve pages ..."
until curl -fs -o /dev/null "http://localhost:$port/login"; do
  kill -0 $server 2>/dev/null || { echo "The server stopped; see $log" >&2; exit 1; }
  sleep 1
done
sleep 5
queued=$(sed -n 's/.*Queueing \([0-9]*\) article(s) for analysis.*/\1/p' "$log" | tail -1)
if [ -n "$queued" ]; then
  echo "Waiting for the analysis of $queued seed article(s), so that it does not compete with the benchmark ..."
  until [ "$(grep -c 'Article [0-9]*: ' "$log")" -ge "$queued" ]; do sleep 5; done
fi

PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 java -Xss512k ${LIVE_BENCH_CLIENT_OPTS:-} \
  -cp "target/test-classes:target/classes:$(cat target/live-bench.classpath)" \
  org.sourcewise.e2e.LiveBenchmark "$port" "$server" "$students"
