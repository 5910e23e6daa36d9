#!/usr/bin/env bash
# HTTP sync check for one Galera node, for HAProxy's `option httpchk` (like clustercheck).
# Run once per connection by a listener, e.g.
#   socat TCP-LISTEN:9201,bind=127.0.0.1,reuseaddr,fork EXEC:"galera-check.sh /etc/mysql/check.cnf"
# (or a systemd socket unit with Accept=yes, or xinetd). The file given is a MariaDB option file
# with [client] user, password and socket of a user that needs no privileges (USAGE).
# Answers 200 while the node is Synced (wsrep_local_state 4) and wsrep_ready is ON, 503 otherwise
# (joining, donor/desynced, not in the primary component, or not answering within 2 s).
# AVAILABLE_WHEN_DONOR=1 also keeps a donor (state 2) in, for clusters that SST without blocking.
set -u
options_file=${1:?usage: galera-check.sh OPTIONS_FILE}

# Read the request line and headers (HAProxy sends a few short lines); never wait long.
while IFS= read -r -t 1 line; do
  line=${line%$'\r'}
  [ -z "$line" ] && break
done

status=$(timeout 3 mariadb --defaults-extra-file="$options_file" -N -B --connect-timeout=2 \
  -e "SHOW GLOBAL STATUS WHERE Variable_name IN ('wsrep_local_state','wsrep_ready','wsrep_cluster_status')" 2>/dev/null)
state=$(awk '$1 == "wsrep_local_state" {print $2}' <<<"$status")
ready=$(awk '$1 == "wsrep_ready" {print $2}' <<<"$status")
component=$(awk '$1 == "wsrep_cluster_status" {print $2}' <<<"$status")

if [ "$ready" = "ON" ] && [ "$component" = "Primary" ] &&
  { [ "$state" = "4" ] || { [ "${AVAILABLE_WHEN_DONOR:-0}" = "1" ] && [ "$state" = "2" ]; }; }; then
  code="200 OK"
  body="synced: wsrep_local_state=$state"
else
  code="503 Service Unavailable"
  body="not synced: wsrep_local_state=${state:-?} wsrep_ready=${ready:-?} cluster_status=${component:-?}"
fi
printf 'HTTP/1.1 %s\r\nContent-Type: text/plain\r\nConnection: close\r\nContent-Length: %d\r\n\r\n%s\n' \
  "$code" $((${#body} + 1)) "$body"
