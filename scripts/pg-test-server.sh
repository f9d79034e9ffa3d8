#!/usr/bin/env bash
# A throwaway PostgreSQL 15 server for tests, on 127.0.0.1 only.
#   scripts/pg-test-server.sh start   prints a DATABASE_URL on stdout
#   scripts/pg-test-server.sh createdb NAME   prints that database's URL
#   scripts/pg-test-server.sh stop
# Installs Debian's postgresql-15 when missing (root only). initdb refuses root, so the
# cluster runs as the postgres user with its data under /tmp.
set -euo pipefail
port="${PG_TEST_PORT:-54329}"
state=/tmp/mnr-pg-test
data="$state/data"

find_bin() {
  for d in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
    [ -x "$d/initdb" ] && { echo "$d"; return 0; }
  done
  return 1
}

as_pg() { if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

start() {
  local bin
  if ! bin="$(find_bin)"; then
    if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
      echo "PostgreSQL is missing: installing Debian's postgresql-15..." >&2
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq >&2 && apt-get install -y -qq postgresql-15 >&2
      bin="$(find_bin)"
    else
      echo "PostgreSQL 15 is not installed (on Debian: sudo apt-get install postgresql-15)." >&2; exit 1
    fi
  fi
  stop >/dev/null 2>&1 || true
  rm -rf "$state" && mkdir -p "$state"
  if [ "$(id -u)" = "0" ]; then chown postgres "$state"; fi
  as_pg "$bin/initdb" -D "$data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$state/initdb.log" 2>&1 \
    || { cat "$state/initdb.log" >&2; exit 1; }
  as_pg "$bin/pg_ctl" -D "$data" -l "$state/server.log" -w -t 30 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $state -c fsync=off -c max_connections=200" start >&2 \
    || { cat "$state/server.log" >&2; exit 1; }
  echo "postgres://postgres@127.0.0.1:$port/postgres"
}

stop() {
  local bin
  bin="$(find_bin)" || return 0
  [ -d "$data" ] && as_pg "$bin/pg_ctl" -D "$data" -m fast -w stop >&2 || true
}

createdb() {
  local bin name="${1:?database name}"
  bin="$(find_bin)"
  as_pg "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres "$name" >&2
  echo "postgres://postgres@127.0.0.1:$port/$name"
}

case "${1:-}" in
  start) start ;;
  createdb) createdb "${2:-}" ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
