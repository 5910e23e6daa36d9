# Shared helpers for the cluster scripts; sourced, never run.
# shellcheck shell=bash
set -euo pipefail

DEPLOY_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=cluster.env
source "$DEPLOY_DIR/cluster.env"

RUN_DIR="$CLUSTER_DIR/run"
LOG_DIR="$CLUSTER_DIR/log"
CONF_DIR="$CLUSTER_DIR/conf"
DATA_DIR="$CLUSTER_DIR/data"
mkdir -p "$RUN_DIR" "$LOG_DIR" "$CONF_DIR" "$DATA_DIR"

log() { printf '[cluster %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "error: $*"; exit 1; }

node_port() { echo $((DB_BASE_PORT + $1)); }
node_socket() { echo "$RUN_DIR/db$1.sock"; }
check_port() { echo $((CHECK_BASE_PORT + $1)); }
replica_port() { echo $((APP_BASE_PORT + $1)); }

database_url() { echo "mysql://$DB_USER:$DB_PASSWORD@$BIND_ADDRESS:$DB_LB_PORT/$DB_NAME"; }
redis_url() { echo "redis://$BIND_ADDRESS:$REDIS_PORT"; }

# render TEMPLATE OUTPUT: replaces ${NAME} with the environment's value; an unset name is an error.
render() {
  perl -pe 's/\$\{(\w+)\}/defined $ENV{$1} ? $ENV{$1} : die "template $ARGV: \${$1} is not set\n"/ge' "$1" >"$2.tmp"
  mv "$2.tmp" "$2"
}

# The Debian packages the cluster needs; installs those that are missing.
REQUIRED_PACKAGES=(mariadb-server mariadb-client mariadb-backup galera-4 haproxy redis-server socat perl curl iproute2)
ensure_packages() {
  local missing=() package
  for package in "${REQUIRED_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing missing packages: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  # Wait for a package run already going on (another apt-get holds the lock).
  local waited=0
  while fuser /var/lib/dpkg/lock-frontend >/dev/null 2>&1 && [ $waited -lt 600 ]; do sleep 5; waited=$((waited + 5)); done
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}" >"$LOG_DIR/apt.log" 2>&1 ||
    { $sudo apt-get update >>"$LOG_DIR/apt.log" 2>&1 &&
      DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}" >>"$LOG_DIR/apt.log" 2>&1; } ||
    die "apt-get install ${missing[*]} failed; see $LOG_DIR/apt.log"
  # Debian starts the packaged services on install; the cluster runs its own instances only,
  # and leaves the machine's own (MariaDB on 3306, Redis on 6379, HAProxy) as they were.
}

port_in_use() { ss -Hltn "sport = :$1" 2>/dev/null | grep -q .; }

wait_for() { # wait_for SECONDS DESCRIPTION COMMAND...
  local seconds=$1 what=$2 started=$SECONDS
  shift 2
  until "$@" >/dev/null 2>&1; do
    [ $((SECONDS - started)) -ge "$seconds" ] && { log "timed out after ${seconds}s waiting for $what"; return 1; }
    sleep 0.5
  done
}

# pid_of NAME: the pid in RUN_DIR/NAME.pid when that process is alive.
pid_of() {
  local file="$RUN_DIR/$1.pid" pid
  [ -f "$file" ] || return 1
  pid=$(cat "$file")
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && echo "$pid"
}

# spawn NAME LOGFILE COMMAND...: runs COMMAND in a session of its own, recording its pid.
spawn() {
  local name=$1 logfile=$2
  shift 2
  setsid nohup "$@" >>"$logfile" 2>&1 </dev/null &
  echo $! >"$RUN_DIR/$name.pid"
}

# stop_pid NAME [SECONDS]: SIGTERM, then SIGKILL after SECONDS (default 30); only our own pid files.
stop_pid() {
  local name=$1 seconds=${2:-30} pid
  pid=$(pid_of "$name") || { rm -f "$RUN_DIR/$name.pid"; return 0; }
  kill -TERM "$pid" 2>/dev/null || true
  local waited=0
  while kill -0 "$pid" 2>/dev/null && [ $waited -lt $((seconds * 10)) ]; do sleep 0.1; waited=$((waited + 1)); done
  if kill -0 "$pid" 2>/dev/null; then log "$name did not stop in ${seconds}s: SIGKILL"; kill -KILL "$pid" 2>/dev/null || true; fi
  rm -f "$RUN_DIR/$name.pid"
}

kill9_pid() { # kill9_pid NAME: the crash the tests need
  local pid
  pid=$(pid_of "$1") || return 0
  kill -KILL "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.05; done
}

# SQL on node N as root over its socket (local administration only).
node_sql() {
  local node=$1
  shift
  mariadb --no-defaults --protocol=socket -S "$(node_socket "$node")" -u root -N -B --connect-timeout=3 -e "$*"
}

node_status_var() { # node_status_var N VARIABLE
  node_sql "$1" "SHOW GLOBAL STATUS LIKE '$2'" 2>/dev/null | awk '{print $2}'
}

node_synced() { [ "$(node_status_var "$1" wsrep_local_state)" = "4" ]; }
