#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests: Debian's postgresql, initdb into a temporary
# folder, listening on 127.0.0.1 on a free port (and a socket in that folder), stopped and
# removed by `stop`. Nothing assumes a server already runs.
#
#   eval "$(bash scripts/postgres.sh start)"   # exports RINGBACK_TEST_POSTGRES, PGPASSFILE, RINGBACK_TEST_PGDIR
#   bash scripts/postgres.sh stop "$RINGBACK_TEST_PGDIR"
#
# The server requires a password over TCP (scram-sha-256); the role `ringback` (may create
# databases) has one, written to a password file that PGPASSFILE names, as users keep it.
set -euo pipefail
bindir() {
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
  [ -x "$dir/initdb" ] || { echo "postgres.sh: no PostgreSQL server (run scripts/setup.sh --test)" >&2; exit 1; }
  echo "$dir"
}
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case "${1:-}" in
  start)
    bin="$(bindir)"
    dir="$(mktemp -d /tmp/ringback-pg.XXXXXX)"
    chmod 755 "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
    port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
    password="$(python3 -c 'import secrets; print(secrets.token_hex(12))')"
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    # TLS offered with a self-signed certificate, as many servers are set up.
    openssl req -new -x509 -days 2 -nodes -subj "/CN=localhost" -keyout "$dir/data/server.key" -out "$dir/data/server.crt" \
      >/dev/null 2>&1
    chmod 600 "$dir/data/server.key"
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir/data/server.key" "$dir/data/server.crt"
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=on -c ssl=on" start >/dev/null \
      || { cat "$dir/server.log" >&2; exit 1; }
    as_owner "$bin/psql" -h "$dir" -p "$port" -U postgres -q -v ON_ERROR_STOP=1 \
      -c "CREATE ROLE ringback LOGIN CREATEDB PASSWORD '$password'" >/dev/null
    passfile="$dir/pgpass"
    printf '127.0.0.1:%s:*:ringback:%s\n' "$port" "$password" >"$passfile"
    chmod 600 "$passfile"
    echo "export RINGBACK_TEST_POSTGRES=postgres://ringback@127.0.0.1:$port RINGBACK_TEST_PGDIR=$dir PGPASSFILE=$passfile RINGBACK_TEST_PGBIN=$bin"
    ;;
  stop)
    dir="${2:?usage: postgres.sh stop DIR}"
    [ -d "$dir/data" ] && as_owner "$(bindir)/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  restart)
    dir="${2:?usage: postgres.sh restart DIR}"
    as_owner "$(bindir)/pg_ctl" -D "$dir/data" -m immediate -w restart -l "$dir/server.log" >/dev/null
    ;;
  *)
    echo "usage: postgres.sh start | stop DIR | restart DIR" >&2
    exit 2
    ;;
esac
