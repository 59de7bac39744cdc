#!/usr/bin/env bash
# How long a node takes from process start to its first served page, and its resident memory then and 10 s later:
# `java -jar target/sourcewise.jar` as built ("plain") and a start through scripts/start-node.sh ("node", what
# `./sw run` and the multi-node scripts use), each in two cases, RUNS times (default 3), alternating so that all see
# the same machine:
#   first    a fresh data folder: the seeds are loaded and their analysis starts during the first page;
#   replace  a data folder whose seeds a start before the runs has analysed, as a node that replaces a dead one
#            finds its database: nothing to analyse, the pages and the live sessions are what it serves.
# Each start gets a free port. Run as `./sw startup-benchmark [RUNS]`, which builds the jar.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/common.sh
runs=${1:-3}
scripts/start-node.sh --prepare

rss_mb() { awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$1/status"; }
still_running() { kill -0 "$1" 2>/dev/null || { echo "the app stopped; its log:"; cat "$2"; exit 1; }; }

analysed=$(mktemp -d)
trap 'rm -rf "$analysed"' EXIT
echo "Analysing the seeds once in $analysed for the replace case (about a minute) ..."
port=$(free_port)
scripts/start-node.sh --server.port="$port" --sourcewise.data-dir="$analysed" >"$analysed/analysis.log" 2>&1 &
pid=$!
until grep -q 'Seed articles: ' "$analysed/analysis.log"; do
  still_running $pid "$analysed/analysis.log"
  sleep 1
done
seeds=$(sed -n 's/.*Seed articles: \([0-9]*\) added.*/\1/p' "$analysed/analysis.log")
until [ "$(analysed_articles "$analysed/analysis.log")" -ge "$seeds" ]; do
  still_running $pid "$analysed/analysis.log"
  sleep 2
done
kill $pid
wait $pid 2>/dev/null || true

measure() {
  local kind=$1 case=$2 data port start pid elapsed_ms rss_first
  if [ "$case" = first ]; then data=$(mktemp -d); else data=$analysed; fi
  port=$(free_port)
  start=$(date +%s%N)
  if [ "$kind" = plain ]; then set -- --plain; else set --; fi
  scripts/start-node.sh "$@" --server.port="$port" --sourcewise.data-dir="$data" >"$data/app.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/"; do
    still_running $pid "$data/app.log"
    sleep 0.1
  done
  elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  rss_first=$(rss_mb $pid)
  sleep 10
  printf '%-6s %-8s %18s %24s %22s\n' "$kind" "$case" "$elapsed_ms ms" "$rss_first MB" "$(rss_mb $pid) MB"
  kill $pid
  wait $pid 2>/dev/null || true
  [ "$case" = replace ] || rm -rf "$data"
}

echo "JDK $(java_runtime_version), $(nproc) cores"
printf '%-6s %-8s %18s %24s %22s\n' start case "first page after" "resident at first page" "resident 10 s later"
for _ in $(seq "$runs"); do
  for case in first replace; do
    measure plain $case
    measure node $case
  done
done
