# Sourced by the scripts that run several nodes by hand (two-nodes.sh, live-benchmark.sh --nodes 2): a PostgreSQL
# cluster of their own in a folder, from Debian's postgresql package, on a free port of 127.0.0.1 and trusting local
# connections, with one database "sourcewise" owned by the user "sourcewise". Not for anything but this machine.

pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)

# PostgreSQL refuses to run as root: then its cluster belongs to the package's postgres user.
as_db_owner() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

# pg_cluster_start FOLDER LOG: makes the cluster on first use, starts it and sets pg_port and pg_url.
pg_cluster_start() {
  local folder=$1 log=$2
  [ -x "$pg_bin/initdb" ] || { echo "No PostgreSQL server here (apt-get install postgresql)." >&2; return 1; }
  mkdir -p "$folder"
  [ "$(id -u)" -ne 0 ] || chown postgres "$folder"
  pg_port=$(free_port)
  if [ ! -f "$folder/data/PG_VERSION" ]; then
    as_db_owner "$pg_bin/initdb" -D "$folder/data" -U sourcewise -A trust >>"$log"
  fi
  as_db_owner "$pg_bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w \
    -o "-p $pg_port -k $folder -c listen_addresses=127.0.0.1 -c max_connections=200" start >>"$log"
  as_db_owner "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U sourcewise -d postgres -tAc \
    "select 1 from pg_database where datname = 'sourcewise'" | grep -q 1 \
    || as_db_owner "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U sourcewise sourcewise
  pg_url="jdbc:postgresql://127.0.0.1:$pg_port/sourcewise"
}

# pg_cluster_stop FOLDER
pg_cluster_stop() {
  as_db_owner "$pg_bin/pg_ctl" -D "$1/data" -m fast stop >/dev/null 2>&1 || true
}
