#!/usr/bin/env bash
# Starts or stops the throw-away PostgreSQL server the PostgreSQL test cases use.
#   pg-server.sh start STATE_DIR   initdb in a new temporary folder, start on a free loopback port,
#                                  write the superuser URL to STATE_DIR/url
#   pg-server.sh stop STATE_DIR    stop the server and delete its folder
#   pg-server.sh halt STATE_DIR    stop the server but keep it (to test a database outage)
#   pg-server.sh resume STATE_DIR  start a halted server again on its port
# PG_FSYNC=on makes commits durable (the throughput benchmark); tests run with fsync off.
# As root, the server runs as the `postgres` user (PostgreSQL refuses to run as root).
set -euo pipefail
action=${1:?start|stop}
state=${2:?state directory}
bindir=${PG_BINDIR:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
[ -x "$bindir/initdb" ] || { echo "PostgreSQL server binaries not found (install the postgresql package)" >&2; exit 1; }

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stop() {
    [ -f "$state/datadir" ] || return 0
    local data
    data=$(cat "$state/datadir")
    as_owner "$bindir/pg_ctl" -D "$data/db" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$data" "$state/datadir" "$state/url"
}

case "$action" in
start)
    mkdir -p "$state"
    stop
    data=$(mktemp -d /tmp/bouncedesk-pg.XXXXXX)
    echo "$data" > "$state/datadir"
    password="bd-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
    printf '%s\n' "$password" > "$data/pwfile"
    [ "$(id -u)" -eq 0 ] && chown -R postgres:postgres "$data"
    chmod 700 "$data"
    as_owner "$bindir/initdb" -D "$data/db" -U postgres --pwfile="$data/pwfile" \
        --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --no-sync >"$data/initdb.log" 2>&1 \
        || { cat "$data/initdb.log" >&2; exit 1; }
    for attempt in 1 2 3 4 5 6 7 8; do
        port=$(( 20000 + (RANDOM * 32768 + RANDOM) % 40000 ))
        if as_owner "$bindir/pg_ctl" -D "$data/db" -l "$data/server.log" -w -t 30 \
            -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c fsync=${PG_FSYNC:-off} -c max_connections=200" \
            start >/dev/null 2>&1; then
            echo "postgresql://postgres:$password@127.0.0.1:$port/postgres" > "$state/url"
            echo "$port" > "$state/port"
            echo "PostgreSQL test server on 127.0.0.1:$port ($data)"
            exit 0
        fi
        echo "port $port unavailable (attempt $attempt)" >&2
    done
    cat "$data/server.log" >&2 || true
    exit 1
    ;;
stop)
    stop
    ;;
halt)
    data=$(cat "$state/datadir")
    as_owner "$bindir/pg_ctl" -D "$data/db" -m immediate -w stop >/dev/null
    ;;
resume)
    data=$(cat "$state/datadir")
    port=$(cat "$state/port")
    as_owner "$bindir/pg_ctl" -D "$data/db" -l "$data/server.log" -w -t 30 \
        -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c fsync=${PG_FSYNC:-off} -c max_connections=200" start >/dev/null
    ;;
*)
    echo "usage: $0 start|stop STATE_DIR" >&2
    exit 2
    ;;
esac
