#!/usr/bin/env bash
# Runs a command next to a throw-away PostgreSQL server: a temporary data folder (initdb), a random
# free port on 127.0.0.1 only, a Unix socket inside the temporary folder, one database and a random
# password. The command sees COUPONDESK_TEST_PG_URL=postgresql://…; the server is stopped and the
# folder removed afterwards, whatever happens. Run as root (CI), the server runs as "postgres".
# Usage: scripts/with-postgres.sh CMD [ARGS...]
set -euo pipefail

if [ $# -eq 0 ]; then
  echo "usage: $0 CMD [ARGS...]" >&2
  exit 2
fi

pgbin="${COUPONDESK_PG_BIN:-}"
if [ -z "$pgbin" ]; then
  pgbin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
fi
if [ -z "$pgbin" ] || [ ! -x "$pgbin/initdb" ]; then
  echo "with-postgres: no PostgreSQL server found (apt-get install postgresql); running without it" >&2
  exec "$@"
fi

as_server=()
base="${TMPDIR:-/tmp}"
# As root the server runs as "postgres", which must be able to reach the folder.
[ "$(id -u)" -ne 0 ] || base=/tmp
tmp="$(mktemp -d "$base/coupondesk-pg.XXXXXX")"
if [ "$(id -u)" -eq 0 ]; then
  # initdb refuses to run as root.
  chown postgres: "$tmp"
  as_server=(runuser -u postgres --)
  # A minimal root made from a mktemp folder (a chroot such as shared/tools/fresh-machine.sh's)
  # has "/" at mode 0700, so "postgres" cannot reach any program; a real Debian "/" is 0755.
  if ! runuser -u postgres -- test -x "$pgbin/initdb"; then
    echo "with-postgres: \"/\" is not searchable by other users; adding o+x to it" >&2
    chmod o+x /
  fi
fi

cleanup() {
  if [ -f "$tmp/data/postmaster.pid" ]; then
    "${as_server[@]}" "$pgbin/pg_ctl" -D "$tmp/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

password="$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
printf '%s\n' "$password" > "$tmp/pwfile"
chmod 600 "$tmp/pwfile"
[ ${#as_server[@]} -eq 0 ] || chown postgres: "$tmp/pwfile"
mkdir "$tmp/socket"
[ ${#as_server[@]} -eq 0 ] || chown postgres: "$tmp/socket"

if ! "${as_server[@]}" "$pgbin/initdb" -D "$tmp/data" -U coupondesk --pwfile="$tmp/pwfile" \
      -A scram-sha-256 -E UTF8 --locale=C.UTF-8 --no-sync >"$tmp/initdb.log" 2>&1; then
  cat "$tmp/initdb.log" >&2
  exit 1
fi

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

started=""
for attempt in 1 2 3 4 5 6 7 8; do
  port=$((20000 + RANDOM % 40000))
  port_free "$port" || continue
  # Durability settings are off: the server and its data live only as long as the command.
  if "${as_server[@]}" "$pgbin/pg_ctl" -D "$tmp/data" -l "$tmp/server.log" -w -t 30 \
       -o "-c listen_addresses=127.0.0.1 -p $port -k $tmp/socket -c fsync=off \
           -c full_page_writes=off -c synchronous_commit=off -c max_connections=100" \
       start >/dev/null 2>&1; then
    started=yes
    break
  fi
done
if [ -z "$started" ]; then
  echo "with-postgres: the PostgreSQL server did not start:" >&2
  cat "$tmp/server.log" >&2 || true
  exit 1
fi

PGPASSWORD="$password" "$pgbin/createdb" -h 127.0.0.1 -p "$port" -U coupondesk coupondesk_test
export COUPONDESK_TEST_PG_URL="postgresql://coupondesk:$password@127.0.0.1:$port/coupondesk_test"
echo "with-postgres: PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (data in $tmp)" >&2

status=0
"$@" || status=$?
exit "$status"
