#!/usr/bin/env bash
# One Galera node of the local cluster:
#   node.sh start N [--new-cluster]   start node N (--new-cluster: bootstrap a new cluster from it)
#   node.sh stop N                    clean shutdown (SIGTERM)
#   node.sh kill N                    kill -9 (what a crash looks like)
#   node.sh wait-synced N [SECONDS]   wait until wsrep_local_state is 4 (Synced)
#   node.sh status N                  one line: state, cluster size, last committed seqno
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

command=${1:?usage: node.sh start|stop|kill|wait-synced|status N}
node=${2:?node number}
shift 2

cluster_address() {
  local n addresses=()
  for n in $(seq 1 "$DB_NODES"); do addresses+=("$BIND_ADDRESS:$((GCOMM_BASE_PORT + n))"); done
  (IFS=,; echo "${addresses[*]}")
}

render_node() {
  local dir="$DATA_DIR/db$node"
  mkdir -p "$dir" "$CLUSTER_DIR/tmp/db$node"
  NODE_ID=$node NODE_PORT=$(node_port "$node") NODE_SOCKET=$(node_socket "$node") NODE_DATADIR=$dir \
    NODE_TMPDIR="$CLUSTER_DIR/tmp/db$node" NODE_PIDFILE="$RUN_DIR/mariadbd-db$node.pid" NODE_LOG="$LOG_DIR/db$node.err" \
    NODE_ADDRESS=$BIND_ADDRESS GCOMM_PORT=$((GCOMM_BASE_PORT + node)) IST_PORT=$((IST_BASE_PORT + node)) \
    SST_PORT=$((SST_BASE_PORT + node)) CLUSTER_ADDRESS=$(cluster_address) OS_USER=$(id -un) \
    render "$DEPLOY_DIR/templates/galera-node.cnf" "$CONF_DIR/db$node.cnf"
  # The sync check's credentials (a user with no privileges, created on bootstrap).
  umask 077
  printf '[client]\nuser=clustercheck\npassword=%s\nsocket=%s\nprotocol=socket\n' "$CHECK_PASSWORD" "$(node_socket "$node")" \
    >"$CONF_DIR/check$node.cnf"
  umask 022
  if [ ! -d "$dir/mysql" ]; then
    log "db$node: initialising $dir"
    mariadb-install-db --no-defaults --datadir="$dir" --user="$(id -un)" --auth-root-authentication-method=socket \
      --skip-test-db >"$LOG_DIR/db$node-install.log" 2>&1 || die "mariadb-install-db failed; see $LOG_DIR/db$node-install.log"
  fi
}

start_check() {
  pid_of "check$node" >/dev/null && return 0
  spawn "check$node" "$LOG_DIR/check$node.log" socat \
    "TCP-LISTEN:$(check_port "$node"),bind=$BIND_ADDRESS,reuseaddr,fork,max-children=8" \
    "EXEC:$DEPLOY_DIR/galera-check.sh $CONF_DIR/check$node.cnf"
}

# After a crash grastate.dat says seqno -1: the node's position is only in InnoDB. Without it
# the node would ask for a full copy (SST); with it, only the missing write-sets (IST). This is
# what Debian's galera_recovery does under systemd.
recover_position() {
  local grastate="$DATA_DIR/db$node/grastate.dat" seqno position recover_log="$LOG_DIR/db$node-recover.log"
  [ -f "$grastate" ] && [ -d "$DATA_DIR/db$node/mysql" ] || return 0
  seqno=$(awk '$1 == "seqno:" {print $2}' "$grastate")
  [ "$seqno" = "-1" ] || return 0
  log "db$node: not stopped cleanly; recovering its position (--wsrep-recover)"
  : >"$recover_log"
  /usr/sbin/mariadbd --defaults-file="$CONF_DIR/db$node.cnf" --wsrep-recover --log-error="$recover_log" >/dev/null 2>&1 || true
  position=$(sed -n 's/.*WSREP: Recovered position: *\([^ ]*\).*/\1/p' "$recover_log" | tail -n 1)
  if [ -n "$position" ] && [ "${position##*:}" != "-1" ]; then
    log "db$node: recovered position $position"
    extra+=("--wsrep-start-position=$position")
  else
    log "db$node: no position recovered (see $recover_log): it will need a full state transfer"
  fi
}

case "$command" in
  start)
    pid_of "db$node" >/dev/null && { log "db$node is already running"; exit 0; }
    port_in_use "$(node_port "$node")" && die "port $(node_port "$node") is taken by another process"
    render_node
    extra=()
    how=""
    if [ "${1:-}" = "--new-cluster" ]; then extra+=(--wsrep-new-cluster); how=" (bootstrapping a new cluster)"; fi
    recover_position
    log "db$node: starting on port $(node_port "$node")$how"
    spawn "db$node" "$LOG_DIR/db$node.out" /usr/sbin/mariadbd --defaults-file="$CONF_DIR/db$node.cnf" "${extra[@]}"
    start_check
    ;;
  stop)
    log "db$node: stopping"
    stop_pid "db$node" 120
    ;;
  kill)
    log "db$node: kill -9"
    kill9_pid "db$node"
    ;;
  check-stop)
    stop_pid "check$node" 5
    ;;
  wait-synced)
    seconds=${1:-300}
    wait_for "$seconds" "db$node to be synced" node_synced "$node" || {
      tail -n 30 "$LOG_DIR/db$node.err" >&2 || true
      exit 1
    }
    log "db$node: synced"
    ;;
  status)
    if pid_of "db$node" >/dev/null; then
      status=$(node_sql "$node" "SHOW GLOBAL STATUS WHERE Variable_name IN ('wsrep_local_state_comment','wsrep_cluster_size','wsrep_last_committed','wsrep_cluster_status')" 2>/dev/null | awk '{printf "%s=%s ", $1, $2}')
      echo "db$node port $(node_port "$node") pid $(pid_of "db$node"): ${status:-not answering}"
    else
      echo "db$node port $(node_port "$node"): stopped"
    fi
    ;;
  *) die "unknown command $command" ;;
esac
