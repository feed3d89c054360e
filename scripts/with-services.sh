#!/usr/bin/env bash
# Usage: bash scripts/with-services.sh <command...>
#
# Makes a PostgreSQL and a Redis server available to <command>, exported as
# TEST_PG_URL and TEST_REDIS_URL, and a Python with PyTorch, exported as
# TRAINYARD_PYTHON, then runs it and exits with its exit code.
#
# - A URL the caller already exported is used as is.
# - Otherwise a server already answering on its default port (127.0.0.1:5432,
#   127.0.0.1:6379) is reused.
# - Otherwise a throwaway server is started on a free port and torn down on
#   exit (installing the Debian packages first if missing and we are root).
# - PyTorch: Debian's python3-torch is installed the same way when no Python
#   can import torch.
#
# WITH_SERVICES_FORCE_THROWAWAY=1 skips the "reuse a running server" probe
# (pre-set URLs are still respected), to exercise the throwaway path.
set -euo pipefail

if [ "$#" -eq 0 ]; then
  echo "usage: $0 <command...>" >&2
  exit 2
fi

FORCE_THROWAWAY="${WITH_SERVICES_FORCE_THROWAWAY:-0}"
IS_ROOT=0
[ "$(id -u)" = 0 ] && IS_ROOT=1

# State for cleanup: only what this script started is recorded here.
PG_TMP=""
PG_STARTED=0
REDIS_TMP=""
REDIS_PID=""

log() { echo "with-services: $*" >&2; }
die() { log "error: $*"; exit 1; }

# Run with a time limit when coreutils' timeout exists, so a probe can't hang.
with_timeout() {
  if command -v timeout >/dev/null 2>&1; then timeout "$@"; else shift; "$@"; fi
}

# True if something accepts TCP connections on 127.0.0.1:$1.
port_open() {
  with_timeout 2 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$0"' "$1" 2>/dev/null
}

# First port from $1 upward that nothing is listening on.
free_port() {
  local port
  for ((port = $1; port < $1 + 200; port++)); do
    port_open "$port" || { echo "$port"; return 0; }
  done
  return 1
}

pg_ready() {
  if command -v pg_isready >/dev/null 2>&1; then
    pg_isready -q -h 127.0.0.1 -p "$1" -t 2 </dev/null
  else
    port_open "$1"
  fi
}

redis_ready() {
  if command -v redis-cli >/dev/null 2>&1; then
    [ "$(with_timeout 2 redis-cli -h 127.0.0.1 -p "$1" ping 2>/dev/null </dev/null)" = PONG ]
  else
    # Speak the inline protocol by hand: send PING, expect +PONG.
    with_timeout 2 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$0" || exit 1
      printf "PING\r\n" >&3; IFS= read -r line <&3; [[ $line == +PONG* ]]' "$1" 2>/dev/null
  fi
}

apt_install() {
  [ "$IS_ROOT" = 1 ] && command -v apt-get >/dev/null 2>&1 || return 1
  log "installing $* with apt-get"
  apt-get update -qq </dev/null >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" </dev/null >&2
}

# Directory holding initdb/pg_ctl: newest Debian versioned dir, else PATH.
find_pg_bindir() {
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [ -n "$dir" ] && [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then
    echo "$dir"
  elif command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(command -v initdb)"
  else
    return 1
  fi
}

# initdb refuses to run as root, so as root the server runs as `postgres`.
as_pg() {
  if [ "$IS_ROOT" = 0 ]; then
    "$@"
  elif command -v runuser >/dev/null 2>&1; then
    runuser -u postgres -- "$@"
  else
    su postgres -s /bin/sh -c "$(printf '%q ' "$@")"
  fi
}

cleanup() {
  set +e
  if [ -n "$REDIS_PID" ]; then
    kill "$REDIS_PID" 2>/dev/null
    wait "$REDIS_PID" 2>/dev/null
  fi
  if [ "$PG_STARTED" = 1 ]; then
    as_pg "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -m fast -w stop </dev/null >/dev/null 2>&1
  fi
  [ -n "$PG_TMP" ] && rm -rf "$PG_TMP"
  [ -n "$REDIS_TMP" ] && rm -rf "$REDIS_TMP"
}
trap cleanup EXIT
# Turn signals into a normal exit so the EXIT trap cleans up.
trap 'exit 130' INT
trap 'exit 143' TERM

# ---------------------------------------------------------------- PostgreSQL
if [ -n "${TEST_PG_URL:-}" ]; then
  pg_desc="TEST_PG_URL (pre-set)"
elif [ "$FORCE_THROWAWAY" != 1 ] && pg_ready 5432; then
  export TEST_PG_URL="postgres://postgres@127.0.0.1:5432/postgres"
  pg_desc="127.0.0.1:5432 (existing)"
else
  PG_BIN="$(find_pg_bindir || true)"
  if [ -z "$PG_BIN" ]; then
    apt_install postgresql || die "PostgreSQL is not running on 127.0.0.1:5432 and initdb/pg_ctl are not installed"
    PG_BIN="$(find_pg_bindir)" || die "initdb/pg_ctl not found after installing postgresql"
  fi
  if [ "$IS_ROOT" = 1 ] && ! id postgres >/dev/null 2>&1; then
    useradd -r postgres
  fi
  pg_port="$(free_port 54329)" || die "no free port for PostgreSQL"
  # Always under /tmp: the postgres user must be able to reach it, and the
  # unix socket path has to stay short.
  PG_TMP="$(mktemp -d /tmp/with-services-pg.XXXXXX)"
  [ "$IS_ROOT" = 1 ] && chown postgres "$PG_TMP"
  as_pg "$PG_BIN/initdb" -D "$PG_TMP/data" -U postgres --auth=trust \
    --no-sync >"$PG_TMP/initdb.log" 2>&1 </dev/null \
    || { cat "$PG_TMP/initdb.log" >&2; die "initdb failed"; }
  # stdio redirected so the server never holds the caller's pipes open.
  PG_STARTED=1
  as_pg "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -l "$PG_TMP/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $pg_port -c unix_socket_directories=$PG_TMP -c fsync=off" \
    start </dev/null >/dev/null 2>&1 \
    || { cat "$PG_TMP/server.log" >&2; die "PostgreSQL failed to start"; }
  for _ in $(seq 1 50); do pg_ready "$pg_port" && break; sleep 0.2; done
  pg_ready "$pg_port" || { cat "$PG_TMP/server.log" >&2; die "PostgreSQL not ready"; }
  export TEST_PG_URL="postgres://postgres@127.0.0.1:$pg_port/postgres"
  pg_desc="127.0.0.1:$pg_port (throwaway)"
fi

# --------------------------------------------------------------------- Redis
if [ -n "${TEST_REDIS_URL:-}" ]; then
  redis_desc="TEST_REDIS_URL (pre-set)"
elif [ "$FORCE_THROWAWAY" != 1 ] && redis_ready 6379; then
  export TEST_REDIS_URL="redis://127.0.0.1:6379"
  redis_desc="127.0.0.1:6379 (existing)"
else
  if ! command -v redis-server >/dev/null 2>&1; then
    apt_install redis-server || die "Redis is not running on 127.0.0.1:6379 and redis-server is not installed"
    command -v redis-server >/dev/null 2>&1 || die "redis-server not found after installing it"
  fi
  redis_port="$(free_port 63790)" || die "no free port for Redis"
  REDIS_TMP="$(mktemp -d /tmp/with-services-redis.XXXXXX)"
  # Foreground mode in a background job, so we own the pid; no persistence.
  redis-server --port "$redis_port" --bind 127.0.0.1 --dir "$REDIS_TMP" \
    --save "" --appendonly no --daemonize no \
    </dev/null >"$REDIS_TMP/server.log" 2>&1 &
  REDIS_PID=$!
  for _ in $(seq 1 50); do redis_ready "$redis_port" && break; sleep 0.2; done
  redis_ready "$redis_port" || { cat "$REDIS_TMP/server.log" >&2; die "Redis failed to start"; }
  export TEST_REDIS_URL="redis://127.0.0.1:$redis_port"
  redis_desc="127.0.0.1:$redis_port (throwaway)"
fi

# ------------------------------------------------------------------ PyTorch
# The torch trainer's tests need a Python that can import torch: TRAINYARD_PYTHON
# if set, else python3, else Debian's own /usr/bin/python3 (where apt's
# python3-torch goes, when python3 on PATH is another installation).
torch_python() {
  local python
  for python in "${TRAINYARD_PYTHON:-python3}" /usr/bin/python3; do
    command -v "$python" >/dev/null 2>&1 && "$python" -c 'import torch' 2>/dev/null </dev/null \
      && { echo "$python"; return 0; }
  done
  return 1
}
if ! TORCH_PYTHON="$(torch_python)"; then
  apt_install python3-torch || log "no Python can import torch and python3-torch cannot be installed here"
  TORCH_PYTHON="$(torch_python || true)"
fi
if [ -n "$TORCH_PYTHON" ]; then
  export TRAINYARD_PYTHON="$TORCH_PYTHON"
  torch_desc="$TORCH_PYTHON"
else
  torch_desc="none (the PyTorch trainer's tests will be skipped)"
fi

log "PostgreSQL at $pg_desc, Redis at $redis_desc, PyTorch in $torch_desc"

# Not exec: the EXIT trap must still run to clean up afterwards.
set +e
"$@"
rc=$?
set -e
exit "$rc"
