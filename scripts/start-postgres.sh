#!/usr/bin/env bash
# Starts a throw-away PostgreSQL cluster for the tests (trust auth, loopback only, fsync off)
# and prints its connection URL. Installs Debian's postgresql when it is missing.
# Usage: export LEAKTRACE_PG_URL=$(bash scripts/start-postgres.sh)
# With LEAKTRACE_PG_DIR_FILE set, the cluster's folder is written to that file, so the caller
# can stop it and remove the folder (`pg_ctl -D <dir>/data stop`, `rm -rf <dir>`).
set -euo pipefail
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
PGBIN=/usr/lib/postgresql/$(ls /usr/lib/postgresql | sort -V | tail -1)/bin
PORT=${LEAKTRACE_PG_PORT:-54329}
# Take the next free port if another cluster (an earlier run) holds this one.
while (exec 3<>/dev/tcp/127.0.0.1/$PORT) 2>/dev/null; do PORT=$((PORT + 1)); done
DIR=$(mktemp -d /tmp/leaktrace-pg.XXXXXX)
chown postgres "$DIR"
if [ -n "${LEAKTRACE_PG_DIR_FILE:-}" ]; then echo "$DIR" >"$LEAKTRACE_PG_DIR_FILE"; fi
# initdb and pg_ctl refuse to run as root.
su postgres -c "$PGBIN/initdb -D $DIR/data -A trust -U postgres --no-sync" >/dev/null
su postgres -c "$PGBIN/pg_ctl -D $DIR/data -o '-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off' -l $DIR/log -w start" >&2
su postgres -c "$PGBIN/psql -h 127.0.0.1 -p $PORT -U postgres -qc 'create database leaktrace_test'" >&2
echo "postgres://postgres@127.0.0.1:$PORT/leaktrace_test"
