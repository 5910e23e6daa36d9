#!/usr/bin/env bash
# One `ofsted-graph serve` replica of the local cluster:
#   replica.sh start N     start replica N on APP_BASE_PORT+N, through the DB balancer and the cluster's Redis
#   replica.sh stop N      SIGTERM (drains requests)
#   replica.sh kill N      kill -9
#   replica.sh wait-ready N [SECONDS]
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

command=${1:?usage: replica.sh start|stop|kill|wait-ready N}
replica=${2:?replica number}
port=$(replica_port "$replica")

ready() { curl -fsS -m 2 "http://$BIND_ADDRESS:$port/readyz" >/dev/null; }

case "$command" in
  start)
    pid_of "app$replica" >/dev/null && { log "app$replica is already running"; exit 0; }
    port_in_use "$port" && die "port $port is taken by another process"
    [ -f "$APP_DIR/dist/main.js" ] || die "$APP_DIR/dist/main.js is missing: run npm run build"
    log "app$replica: starting on port $port"
    (
      cd "$APP_DIR"
      export DATABASE_URL PORT=$port HOST=$BIND_ADDRESS REDIS_URL ADMIN_TOKEN NODE_ENV=production
      DATABASE_URL=$(database_url)
      REDIS_URL=$(redis_url)
      spawn "app$replica" "$LOG_DIR/app$replica.log" "$NODE_BIN" "$APP_DIR/dist/main.js" serve
    )
    ;;
  stop)
    log "app$replica: stopping"
    stop_pid "app$replica" 30
    ;;
  kill)
    log "app$replica: kill -9"
    kill9_pid "app$replica"
    ;;
  wait-ready)
    wait_for "${3:-120}" "app$replica /readyz" ready || { tail -n 30 "$LOG_DIR/app$replica.log" >&2; exit 1; }
    ;;
  *) die "unknown command $command" ;;
esac
