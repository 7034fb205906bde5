#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server on loopback for the store's test suite, installing Debian's
# `postgresql` when it is missing. Prints `export SITREP_TEST_PG=postgres://…` on stdout (everything else
# goes to stderr), so: eval "$(.ci/postgres.sh)". Running it again reuses the server if it is up.
# Settings: SITREP_PG_PORT (default 54329), SITREP_PG_DIR (default /tmp/sitrep-pg-$PORT).
set -euo pipefail
PORT="${SITREP_PG_PORT:-54329}"
DIR="${SITREP_PG_DIR:-/tmp/sitrep-pg-$PORT}"
DB=sitrep_test
log() { echo "postgres.sh: $*" >&2; }

find_bin() {
  local b
  b="$(command -v "$1" 2>/dev/null || true)"
  if [ -z "$b" ]; then b="$(ls -d /usr/lib/postgresql/*/bin/"$1" 2>/dev/null | sort -V | tail -1 || true)"; fi
  echo "$b"
}

if [ -z "$(find_bin initdb)" ] || [ -z "$(find_bin pg_ctl)" ]; then
  log "installing postgresql (apt)"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >&2
fi
INITDB="$(find_bin initdb)"; PG_CTL="$(find_bin pg_ctl)"; BIN="$(dirname "$PG_CTL")"
PSQL="$(find_bin psql)"; PG_ISREADY="$(find_bin pg_isready)"

# PostgreSQL refuses to run as root: run it as the postgres user then.
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --home /var/lib/postgresql postgres
  as_pg() { runuser -u postgres -- "$@"; }
  PGUSER_NAME=postgres
else
  as_pg() { "$@"; }
  PGUSER_NAME="$(id -un)"
fi

if ! "$PG_ISREADY" -q -h 127.0.0.1 -p "$PORT" 2>/dev/null; then
  if [ ! -f "$DIR/PG_VERSION" ]; then
    log "initdb in $DIR"
    mkdir -p "$DIR"
    [ "$(id -u)" = 0 ] && chown postgres "$DIR"
    as_pg "$INITDB" -D "$DIR" -U "$PGUSER_NAME" --auth=trust --encoding=UTF8 --no-locale >/dev/null
  fi
  log "starting on 127.0.0.1:$PORT"
  as_pg "$PG_CTL" -D "$DIR" -l "$DIR/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=off -c max_connections=50" start >&2
fi

if ! "$PSQL" -h 127.0.0.1 -p "$PORT" -U "$PGUSER_NAME" -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1; then
  "$PSQL" -h 127.0.0.1 -p "$PORT" -U "$PGUSER_NAME" -d postgres -qc "CREATE DATABASE $DB" >&2
fi
URL="postgres://$PGUSER_NAME@127.0.0.1:$PORT/$DB"
log "ready: $URL (stop: $BIN/pg_ctl -D $DIR stop)"
echo "export SITREP_TEST_PG=$URL"
