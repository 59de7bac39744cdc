#!/usr/bin/env bash
# Load benchmark of a live session: builds the jar, starts the app with the demo profile, then drives N simulated
# students (default 500) through a three-question session over Vaadin's real HTTP and WebSocket protocol, with the
# teacher in Chromium. Prints participants reached, answer-to-teacher latency, question-to-students latency, and each
# node's CPU and heap. Run through `./sw live-benchmark [--nodes K] [N]`, which provides the JDK and Maven.
# One node (the default) runs on H2 in target/live-bench-data. --nodes 2 (or more) runs the nodes together on one
# PostgreSQL (Debian's postgresql package; its cluster kept in target/live-bench-pg), the teacher on the first node and
# the students dealt out over all of them by port, as a round-robin proxy would. The data is kept between runs in both
# cases, so only the first run waits for the seed articles' analysis.
set -euo pipefail
cd "$(dirname "$0")/.."
nodes=1
students=500
while [ $# -gt 0 ]; do
  case $1 in
    --nodes) nodes=$2; shift 2 ;;
    --nodes=*) nodes=${1#--nodes=}; shift ;;
    *) students=$1; shift ;;
  esac
done
[ "$nodes" -ge 1 ] 2>/dev/null || { echo "usage: ./sw live-benchmark [--nodes K] [STUDENTS]" >&2; exit 2; }
source scripts/postgres-cluster.sh
pg=$PWD/target/live-bench-pg

./sw mvn -q -DskipTests package
./sw mvn -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/live-bench.classpath >/dev/null

pids=()
stop() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  [ "$nodes" -eq 1 ] || pg_cluster_stop "$pg"
}
trap stop EXIT

database=()
if [ "$nodes" -gt 1 ]; then
  pg_cluster_start "$pg" target/live-bench-postgresql.log
  database=(SPRING_DATASOURCE_URL="$pg_url" SPRING_DATASOURCE_USERNAME=sourcewise SPRING_DATASOURCE_PASSWORD=)
  echo "PostgreSQL on 127.0.0.1:$pg_port for $nodes nodes"
fi

ports=()
logs=()
for node in $(seq 1 "$nodes"); do
  if [ "$nodes" -eq 1 ]; then data=$PWD/target/live-bench-data log=target/live-bench-server.log
  else data=$PWD/target/live-bench-node$node-data log=target/live-bench-node$node.log; fi
  port=$(free_port)
  mkdir -p "$data"
  # Joins all come from this one address, so the per-address join limit is lifted for the run.
  env "${database[@]}" SOURCEWISE_JAVA_OPTS="${LIVE_BENCH_SERVER_OPTS:-}" scripts/start-node.sh --server.port="$port" \
    --sourcewise.data-dir="$data" --spring.profiles.active=demo --sourcewise.live.joins-per-minute=1000000 \
    >"$log" 2>&1 &
  pids+=($!)
  ports+=("$port")
  logs+=("$log")
  echo "Node $node: pid $!, port $port, log $log"
done

echo "Waiting for the nodes to start ..."
for i in "${!ports[@]}"; do
  # Tomcat serves pages before the start-up jobs end; the quiz files' line comes last.
  until curl -fs -o /dev/null "http://localhost:${ports[$i]}/login" && grep -q 'Quiz files: ' "${logs[$i]}"; do
    kill -0 "${pids[$i]}" 2>/dev/null || { echo "A node stopped; see ${logs[$i]}" >&2; exit 1; }
    sleep 1
  done
done
sleep 5
# Articles this start will analyse: seeds added or refreshed (on whichever node loaded them) and articles queued at
# start (every node may queue the same ones). Each is analysed once, by whichever node takes its job, or fails.
expected=$(cat "${logs[@]}" | awk '
  /Seed articles: / { match($0, /[0-9]+ added/); a += substr($0, RSTART, RLENGTH) + 0
                      match($0, /[0-9]+ refreshed/); a += substr($0, RSTART, RLENGTH) + 0 }
  /Queueing [0-9]+ article\(s\) for analysis/ { match($0, /Queueing [0-9]+/); q = substr($0, RSTART + 9, RLENGTH - 9) + 0
                      if (q > most) most = q }
  END { print a + most }')
if [ "$expected" -gt 0 ]; then
  echo "Waiting for the analysis of $expected article(s), so that it does not compete with the benchmark ..."
  until [ "$(analysed_articles "${logs[@]}")" -ge "$expected" ]; do
    for i in "${!pids[@]}"; do kill -0 "${pids[$i]}" 2>/dev/null || { echo "A node stopped; see ${logs[$i]}" >&2; exit 1; }; done
    sleep 5
  done
fi

PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 java -Xss512k ${LIVE_BENCH_CLIENT_OPTS:-} \
  -cp "target/test-classes:target/classes:$(cat target/live-bench.classpath)" \
  org.sourcewise.e2e.LiveBenchmark "$(IFS=,; echo "${ports[*]}")" "$(IFS=,; echo "${pids[*]}")" "$students"
