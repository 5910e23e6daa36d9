#!/usr/bin/env bash
# Stops everything up.sh started, newest first; the Galera nodes last, in reverse order, so
# node 1 stops last and is marked safe to bootstrap the next `up.sh`.
#   down.sh           stop, keep the data
#   down.sh --purge   stop and delete $CLUSTER_DIR
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

stop_pid haproxy-app 10
for pidfile in "$RUN_DIR"/app*.pid; do
  [ -e "$pidfile" ] || continue
  name=$(basename "$pidfile" .pid)
  stop_pid "$name" 30
done
stop_pid haproxy-db 10
stop_pid redis 10
for n in $(seq "$DB_NODES" -1 1); do
  "$DEPLOY_DIR/node.sh" stop "$n"
  stop_pid "check$n" 5
done
if [ "${1:-}" = "--purge" ]; then
  case "$CLUSTER_DIR" in /|"") die "refusing to delete '$CLUSTER_DIR'" ;; esac
  rm -rf "$CLUSTER_DIR"
  log "stopped; deleted $CLUSTER_DIR"
else
  log "stopped; data kept in $CLUSTER_DIR (down.sh --purge deletes it)"
fi
