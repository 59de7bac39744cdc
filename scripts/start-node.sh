#!/usr/bin/env bash
# Starts one Sourcewise node from target/sourcewise.jar the way every start on this machine shares: `./sw run`, the
# benchmarks and `./sw two-nodes` all come through here, so a replacement node starts as fast as the one measured.
#
# On JDK 25 or newer the node runs the jar extracted into target/app with an ahead-of-time cache (JEP 483 and 514) of
# the classes a start loads and links, made once per build and JDK by a training run: a start on a throwaway data
# folder that serves its first page and stops. The heap starts small and G1 grows it only when collections would
# take more than a fifth of the time (GCTimeRatio=4, where G1's own default of 12 allows about 8 %): otherwise G1
# commits some 300 MB of young space for the garbage of the start itself, resident memory a node waiting for its
# first student does not need. The heap's ceiling is untouched, so analysis and a full classroom get what they need.
#
#   scripts/start-node.sh [APP ARGUMENTS...]    start a node (arguments as for `java -jar sourcewise.jar`)
#   scripts/start-node.sh --prepare             only make the cache, if this build and JDK have none yet
#   scripts/start-node.sh --plain [ARGS...]     `java -jar target/sourcewise.jar` as built, with none of the above
# SOURCEWISE_JAVA_OPTS adds JVM options to a start. Needs the JDK on PATH, as `./sw` sets it.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/common.sh
jar=target/sourcewise.jar
[ -f "$jar" ] || { echo "No $jar: build it with ./sw mvn -DskipTests package" >&2; exit 1; }

if [ "${1:-}" = --plain ]; then
  exec java ${SOURCEWISE_JAVA_OPTS:-} -jar "$jar" "${@:2}"
fi

memory_opts=(-Xms64m -XX:GCTimeRatio=4)
java_version=$(java_runtime_version)
java_major=${java_version%%[.+-]*}
cache=target/app/sourcewise-$java_version.aot

prepare() {
  [ "$java_major" -ge 25 ] || return 0
  exec 9>target/.start-node.lock
  flock 9
  # Keyed on the jar's entries and their checksums, not its time: every `mvn package` rewrites the jar, mostly
  # unchanged, and the cache stays valid only while the extracted jars it was made from keep their times.
  local fingerprint
  fingerprint=$(python3 -c 'import sys, zipfile, hashlib
print(hashlib.sha256("".join(f"{e.filename} {e.CRC}\n" for e in zipfile.ZipFile(sys.argv[1]).infolist()).encode()).hexdigest())' "$jar")
  if [ ! -f "$cache" ] || [ "$(cat target/app/fingerprint 2>/dev/null)" != "$fingerprint" ]; then
    echo "Making the start-up cache for this build and JDK $java_version (once, about half a minute) ..." >&2
    rm -rf target/app
    java -Djarmode=tools -jar "$jar" extract --destination target/app >/dev/null
    train
    [ ! -f "$cache" ] || echo "$fingerprint" >target/app/fingerprint
  fi
  exec 9>&-
}

train() {
  local data port pid
  data=$(mktemp -d)
  port=$(free_port)
  # A clean environment, so that a training run never touches the database or accounts a node is configured with.
  env -i PATH="$PATH" HOME="$HOME" java "${memory_opts[@]}" -XX:AOTCacheOutput="$cache" -jar target/app/sourcewise.jar \
    --server.port="$port" --sourcewise.data-dir="$data" >target/app/training.log 2>&1 &
  pid=$!
  local waited=0
  until curl -sfL -o /dev/null "http://127.0.0.1:$port/"; do
    kill -0 $pid 2>/dev/null && [ $waited -lt 600 ] || break
    sleep 0.2
    waited=$((waited + 1))
  done
  # The cache is written as the JVM exits, also on SIGTERM.
  kill -TERM $pid 2>/dev/null || true
  wait $pid || true
  rm -rf "$data"
  [ -f "$cache" ] || { echo "The training run made no cache; the node starts without one. See target/app/training.log" >&2; }
}

prepare
[ "${1:-}" = --prepare ] && exit 0
if [ -f "$cache" ]; then
  exec java "${memory_opts[@]}" -XX:AOTCache="$cache" ${SOURCEWISE_JAVA_OPTS:-} -jar target/app/sourcewise.jar "$@"
fi
exec java "${memory_opts[@]}" ${SOURCEWISE_JAVA_OPTS:-} -jar "$jar" "$@"
