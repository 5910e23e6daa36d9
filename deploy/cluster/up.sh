#!/usr/bin/env bash
# Starts the local cluster: 3 Galera nodes (3311-3313), HAProxy for them (3310), Redis (6380),
# `ofsted-graph migrate`, REPLICAS server replicas (4101..) and HAProxy for them (4100).
# Safe to run again: what is running is left alone. State lives in $CLUSTER_DIR.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

DB_LB_STATS_PORT=${DB_LB_STATS_PORT:-$((DB_LB_PORT + 90))}     # 3400
APP_LB_STATS_PORT=${APP_LB_STATS_PORT:-$((APP_LB_PORT + 90))}  # 4190
export DB_LB_STATS_PORT APP_LB_STATS_PORT RUN_DIR

ensure_packages
started=$SECONDS

# --- Galera nodes -----------------------------------------------------------------------
any_running=false
for n in $(seq 1 "$DB_NODES"); do pid_of "db$n" >/dev/null && any_running=true; done

# Which node may start a new cluster: on a fresh state dir node 1; after down.sh, the node
# whose grastate.dat says safe_to_bootstrap: 1 (the last one stopped).
bootstrap_node() {
  local n
  for n in $(seq 1 "$DB_NODES"); do
    grep -qs '^safe_to_bootstrap: 1' "$DATA_DIR/db$n/grastate.dat" && { echo "$n"; return; }
  done
  for n in $(seq 1 "$DB_NODES"); do [ -f "$DATA_DIR/db$n/grastate.dat" ] && { echo none; return; }; done
  echo 1
}

if ! $any_running; then
  first=$(bootstrap_node)
  if [ "$first" = none ]; then
    [ "${FORCE_BOOTSTRAP:-}" ] || die "no node is marked safe_to_bootstrap (the cluster was not stopped cleanly): \
see README.md, 'Recovering after every node crashed', or FORCE_BOOTSTRAP=N to bootstrap node N"
    first=$FORCE_BOOTSTRAP
    sed -i 's/^safe_to_bootstrap: 0/safe_to_bootstrap: 1/' "$DATA_DIR/db$first/grastate.dat"
  fi
  fresh=false
  [ -d "$DATA_DIR/db$first/mysql" ] || fresh=true
  "$DEPLOY_DIR/node.sh" start "$first" --new-cluster
  "$DEPLOY_DIR/node.sh" wait-synced "$first" 120
  if $fresh; then
    log "db$first: creating the database and users"
    node_sql "$first" "
      CREATE DATABASE IF NOT EXISTS \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
      CREATE USER IF NOT EXISTS '$DB_USER'@'%' IDENTIFIED BY '$DB_PASSWORD';
      GRANT ALL PRIVILEGES ON \`$DB_NAME\`.* TO '$DB_USER'@'%';
      CREATE USER IF NOT EXISTS 'sst'@'localhost' IDENTIFIED BY '$SST_PASSWORD';
      GRANT RELOAD, PROCESS, LOCK TABLES, BINLOG MONITOR, SLAVE MONITOR ON *.* TO 'sst'@'localhost';
      CREATE USER IF NOT EXISTS 'clustercheck'@'localhost' IDENTIFIED BY '$CHECK_PASSWORD';"
  fi
else
  first=""
fi
for n in $(seq 1 "$DB_NODES"); do
  [ "$n" = "$first" ] && continue
  "$DEPLOY_DIR/node.sh" start "$n"
  "$DEPLOY_DIR/node.sh" wait-synced "$n" 300
done
log "Galera: $(node_status_var 1 wsrep_cluster_size) nodes synced after $((SECONDS - started))s"

# --- HAProxy for the database -----------------------------------------------------------
lines=""
for n in $(seq 1 "$DB_NODES"); do
  backup=""
  [ "$DB_LB_MODE" = single ] && [ "$n" -gt 1 ] && backup=" backup"
  lines+="    server db$n $BIND_ADDRESS:$(node_port "$n") check port $(check_port "$n")$backup"$'\n'
done
DB_SERVER_LINES=$lines render "$DEPLOY_DIR/templates/haproxy-db.cfg" "$CONF_DIR/haproxy-db.cfg"
if ! pid_of haproxy-db >/dev/null; then
  haproxy -c -q -f "$CONF_DIR/haproxy-db.cfg" || die "haproxy-db.cfg does not validate"
  spawn haproxy-db "$LOG_DIR/haproxy-db.log" haproxy -W -db -f "$CONF_DIR/haproxy-db.cfg"
fi
db_lb_ready() { mariadb --no-defaults -h "$BIND_ADDRESS" -P "$DB_LB_PORT" -u "$DB_USER" -p"$DB_PASSWORD" --connect-timeout=2 -N -e 'SELECT 1'; }
wait_for 30 "the database balancer on $DB_LB_PORT" db_lb_ready || die "no database through HAProxy; see $LOG_DIR/haproxy-db.log"
log "HAProxy (database) on $BIND_ADDRESS:$DB_LB_PORT"

# --- Redis ------------------------------------------------------------------------------
if ! pid_of redis >/dev/null; then
  port_in_use "$REDIS_PORT" && die "port $REDIS_PORT is taken by another process"
  mkdir -p "$CLUSTER_DIR/redis"
  REDIS_DIR="$CLUSTER_DIR/redis" render "$DEPLOY_DIR/templates/redis.conf" "$CONF_DIR/redis.conf"
  spawn redis "$LOG_DIR/redis.log" redis-server "$CONF_DIR/redis.conf"
fi
wait_for 20 "Redis on $REDIS_PORT" redis-cli -h "$BIND_ADDRESS" -p "$REDIS_PORT" ping || die "Redis did not start; see $LOG_DIR/redis.log"
log "Redis on $BIND_ADDRESS:$REDIS_PORT"

# --- Schema, then the replicas -----------------------------------------------------------
[ -f "$APP_DIR/dist/main.js" ] || die "$APP_DIR/dist/main.js is missing: run npm run build in $APP_DIR"
log "migrating through the balancer"
(cd "$APP_DIR" && DATABASE_URL=$(database_url) "$NODE_BIN" dist/main.js migrate >>"$LOG_DIR/migrate.log" 2>&1) ||
  die "migrate failed; see $LOG_DIR/migrate.log"
# The first replica loads the bundled letters into the empty database; start it alone first.
for n in $(seq 1 "$REPLICAS"); do
  "$DEPLOY_DIR/replica.sh" start "$n"
  [ "$n" -eq 1 ] && "$DEPLOY_DIR/replica.sh" wait-ready 1 120
done
for n in $(seq 1 "$REPLICAS"); do "$DEPLOY_DIR/replica.sh" wait-ready "$n" 120; done

# --- HAProxy for the replicas -----------------------------------------------------------
lines=""
for n in $(seq 1 "$REPLICAS"); do lines+="    server app$n $BIND_ADDRESS:$(replica_port "$n") check"$'\n'; done
APP_SERVER_LINES=$lines render "$DEPLOY_DIR/templates/haproxy-app.cfg" "$CONF_DIR/haproxy-app.cfg"
if pid_of haproxy-app >/dev/null; then
  kill -USR2 "$(pid_of haproxy-app)"   # master-worker reload picks up a changed replica count
else
  haproxy -c -q -f "$CONF_DIR/haproxy-app.cfg" || die "haproxy-app.cfg does not validate"
  spawn haproxy-app "$LOG_DIR/haproxy-app.log" haproxy -W -db -f "$CONF_DIR/haproxy-app.cfg"
fi
wait_for 30 "the replica balancer on $APP_LB_PORT" curl -fsS -m 2 "http://$BIND_ADDRESS:$APP_LB_PORT/readyz" ||
  die "no replica through HAProxy; see $LOG_DIR/haproxy-app.log"
log "up in $((SECONDS - started))s: GraphQL on http://$BIND_ADDRESS:$APP_LB_PORT/graphql ($REPLICAS replicas)"
