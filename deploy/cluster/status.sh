#!/usr/bin/env bash
# One line per part of the local cluster.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

for n in $(seq 1 "$DB_NODES"); do
  "$DEPLOY_DIR/node.sh" status "$n"
  printf '  sync check %s: %s\n' "$(check_port "$n")" "$(curl -s -m 3 "http://$BIND_ADDRESS:$(check_port "$n")/" || echo 'no answer')"
done
haproxy_servers() { # the server states HAProxy sees, from its admin socket
  [ -S "$RUN_DIR/$1.sock" ] || { echo "  $1: not running"; return; }
  echo "show stat" | socat - "UNIX-CONNECT:$RUN_DIR/$1.sock" |
    awk -F, -v lb="$1" 'NR > 1 && $18 != "" && $2 != "FRONTEND" && $2 != "BACKEND" && $1 != "stats" { printf "  %s %s/%s: %s\n", lb, $1, $2, $18 }'
}
echo "HAProxy (database) $BIND_ADDRESS:$DB_LB_PORT pid $(pid_of haproxy-db || echo -)"
haproxy_servers haproxy-db
echo "Redis $BIND_ADDRESS:$REDIS_PORT: $(redis-cli -h "$BIND_ADDRESS" -p "$REDIS_PORT" ping 2>/dev/null || echo stopped)"
for pidfile in "$RUN_DIR"/app*.pid; do
  [ -e "$pidfile" ] || continue
  n=${pidfile##*/app}
  n=${n%.pid}
  echo "replica app$n $BIND_ADDRESS:$(replica_port "$n") pid $(pid_of "app$n" || echo -): $(curl -s -m 3 "http://$BIND_ADDRESS:$(replica_port "$n")/readyz" || echo 'no answer')"
done
echo "HAProxy (replicas) $BIND_ADDRESS:$APP_LB_PORT pid $(pid_of haproxy-app || echo -)"
haproxy_servers haproxy-app
