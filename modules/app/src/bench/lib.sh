# Shared by the benchmark scripts (sourced, not run): a Muster server of its own for a benchmark, on
# H2 or PostgreSQL, one tenant "bench" with a provisioning key, and the fleet simulator.
# Run the scripts from the repository root after `mvn package -DskipTests`. Everything stays on
# loopback; state (data directory, simulated fleet credentials) is kept in $MUSTER_BENCH_DIR
# (default /tmp/muster-bench/<database>) so a second run reuses the enrolled devices.

bench_port=${MUSTER_BENCH_PORT:-8390}
bench_url="http://127.0.0.1:$bench_port"
bench_admin=admin@muster.local
bench_password=benchmark-admin-password
bench_agent=modules/agent/target/muster-agent.jar
bench_pid=

# bench_init <h2|postgres>: chooses the database and the state directory.
bench_init() {
  bench_db=${1:?h2 or postgres}
  case "$bench_db" in
    h2 | postgres) ;;
    *) echo "database must be h2 or postgres, not $bench_db" >&2; exit 2 ;;
  esac
  bench_dir=${MUSTER_BENCH_DIR:-/tmp/muster-bench/$bench_db}
  mkdir -p "$bench_dir/runtime" "$bench_dir/data" "$bench_dir/fleet"
  [ -f modules/app/target/muster.war ] && [ -f "$bench_agent" ] || { echo "build first: mvn package -DskipTests" >&2; exit 2; }
  cp -u modules/app/target/runtime/payara-micro.jar "$bench_dir/runtime/"
  trap bench_stop EXIT
}

# bench_fresh: forgets the server's data and the simulated fleet (and recreates the PostgreSQL database).
bench_fresh() {
  rm -rf "${bench_dir:?}/data" "$bench_dir/fleet"
  mkdir -p "$bench_dir/data" "$bench_dir/fleet"
  if [ "$bench_db" = postgres ]; then
    psql -q -h 127.0.0.1 -U postgres -d test -c "drop database if exists muster_bench" -c "create database muster_bench"
  fi
}

# bench_start [extra environment assignments…]: starts the server in the background and waits until it is
# ready. Its data grid gets a cluster name of its own, so it does not join other Payara Micro instances
# on this machine (integration tests, a development server) and share their work.
bench_start() {
  if [ "$bench_db" = postgres ]; then
    psql -q -h 127.0.0.1 -U postgres -d test -tAc "select 1 from pg_database where datname = 'muster_bench'" | grep -q 1 \
      || psql -q -h 127.0.0.1 -U postgres -d test -c "create database muster_bench"
    set -- MUSTER_DB_URL=jdbc:postgresql://127.0.0.1:5432/muster_bench MUSTER_DB_USER=postgres MUSTER_DB_PASSWORD=postgres \
      MUSTER_DB_DATASOURCE_CLASS=org.postgresql.ds.PGSimpleDataSource "$@"
  fi
  env MUSTER_DATA_DIR="$bench_dir/data" MUSTER_CLUSTER="muster-bench-$bench_port" MUSTER_ADMIN_PASSWORD="$bench_password" JAVA_OPTS="${BENCH_JAVA_OPTS:--Xms2g -Xmx2g}" "$@" \
    server-config/start-muster.sh "$bench_dir/runtime" modules/app/target/muster.war --port "$bench_port" \
    >"$bench_dir/server.log" 2>&1 &
  bench_pid=$!
  local waited=0 patience=${MUSTER_BENCH_START_SECONDS:-300}
  until curl -sf "$bench_url/health/ready" 2>/dev/null | grep -q '"database"' \
      && [ "$(curl -s -o /dev/null -w '%{http_code}' "$bench_url/api/v1/ping")" = 204 ]; do
    kill -0 "$bench_pid" 2>/dev/null || { echo "the server died; its log:" >&2; tail -40 "$bench_dir/server.log" >&2; exit 1; }
    sleep 0.5
    waited=$((waited + 1))
    [ "$waited" -lt $((2 * patience)) ] || { echo "the server did not get ready in $patience s" >&2; exit 1; }
  done
  echo "server ready on $bench_url ($bench_db, pid $bench_pid)"
}

bench_stop() {
  if [ -n "$bench_pid" ] && kill -0 "$bench_pid" 2>/dev/null; then
    kill "$bench_pid"
    wait "$bench_pid" 2>/dev/null || true
  fi
  bench_pid=
}

# bench_call METHOD PATH [JSON] — with the tenant owner's token once bench_tenant has run.
bench_call() {
  curl -sS -X "$1" "$bench_url/api/v1/$2" -H "Authorization: Bearer ${bench_token:-}" -H 'Content-Type: application/json' \
    ${3:+--data "$3"}
}

# bench_tenant: signs in as the platform administrator, makes sure tenant "bench" exists (owned by
# the administrator) and switches to it; sets bench_token and bench_tenant_id.
bench_tenant() {
  local tries=0 reply
  bench_token= # an expired token on the sign-in request would be refused before the sign-in is read
  until reply=$(bench_call POST auth/login "{\"email\":\"$bench_admin\",\"password\":\"$bench_password\"}") \
      && bench_token=$(jq -r .token <<<"$reply" 2>/dev/null) && [ -n "$bench_token" ] && [ "$bench_token" != null ]; do
    # right after a first start the administrator may not exist yet
    tries=$((tries + 1))
    [ "$tries" -lt 20 ] || { echo "sign-in failed: $reply" >&2; exit 1; }
    sleep 1
  done
  bench_call POST tenants '{"slug":"bench","name":"Benchmark","contactEmail":"bench@muster.local","ownerEmail":"'"$bench_admin"'"}' >/dev/null
  local switched
  switched=$(bench_call POST auth/token '{"tenant":"bench"}')
  bench_token=$(jq -r .token <<<"$switched")
  bench_tenant_id=$(jq -r '.profile.memberships[] | select(.tenantSlug == "bench") | .tenantId' <<<"$switched")
  [ -n "$bench_token" ] && [ "$bench_token" != null ] || { echo "could not switch to tenant bench" >&2; exit 1; }
}

# bench_provisioning_key: a fresh provisioning key for 100,000 devices, printed.
bench_provisioning_key() {
  bench_call POST provisioning-keys '{"name":"benchmark fleet","deviceLimit":100000,"expiresInDays":30}' | jq -r .key
}

# bench_simulate [simulator options…]: runs the fleet simulator against the server, state in the bench directory.
bench_simulate() {
  java ${BENCH_SIMULATOR_OPTS:--Xmx2g} -jar "$bench_agent" simulate --server "$bench_url" --state-dir "$bench_dir/fleet" "$@"
}

# bench_summary FIELD…: a value from the last simulator run's summary.json (jq paths).
bench_summary() {
  jq -r "$1" "$bench_dir/fleet/summary.json"
}

# bench_heap: heap in use right after a full collection, in MB, and the server process's resident set.
bench_heap() {
  local pid=$bench_pid # start-muster.sh execs java, so the started process is the server's JVM
  jcmd "$pid" GC.run >/dev/null
  sleep 2
  local used
  used=$(jcmd "$pid" GC.heap_info | awk '/garbage-first heap|total [0-9]+K, used/ { for (i = 1; i <= NF; i++) if ($i == "used") { print $(i + 1); exit } }')
  echo "heap used after full GC: $(( ${used%K} / 1024 )) MB; resident set: $(( $(awk '/VmRSS/ { print $2 }' "/proc/$pid/status") / 1024 )) MB"
}

# bench_sql FILE: runs an SQL script against the benchmark database (H2: only while the server is stopped,
# as the server holds the database file).
bench_sql() {
  if [ "$bench_db" = postgres ]; then
    psql -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres -d muster_bench -f "$1"
  else
    local h2
    h2=$(find ~/.m2/repository/com/h2database/h2 -name 'h2-2.*.jar' | sort -V | tail -1) # the newest, as in the WAR
    java -cp "$h2" org.h2.tools.RunScript -url "jdbc:h2:file:$bench_dir/data/db/muster" -user muster -password muster -script "$1" -showResults
  fi
}

# bench_analyze: on PostgreSQL, refreshes the planner's statistics after a bulk of devices was enrolled or
# seeded. The PostgreSQL of this machine runs with autovacuum off, so without it the tables keep the
# statistics of an empty database and the plans made from them (enrolling 100,000 devices slowed from
# 110 to 60 a second, and sped up fivefold after an ANALYZE).
bench_analyze() {
  if [ "$bench_db" = postgres ]; then
    psql -q -h 127.0.0.1 -U postgres -d muster_bench -c analyze
  fi
}

# bench_metric NAME: an application metric's value from the Prometheus endpoint (0 when absent).
bench_metric() {
  curl -s "$bench_url/metrics?scope=application" | awk -v m="$1" '$1 == m || index($1, m "{") == 1 { v = $2 } END { print v + 0 }'
}

# bench_monitor: samples the server's presence metrics every 5 s into $bench_dir/metrics.log until the
# server stops (sightings held in memory, flushes and sweeps with their duration, transitions by state).
bench_monitor() {
  local log=$bench_dir/metrics.log
  : >"$log"
  (
    while kill -0 "$bench_pid" 2>/dev/null; do
      curl -s "$bench_url/metrics?scope=application" \
        | awk -v t="$(date -u +%T)" '/^muster_presence_/ && !/_bucket|quantile/ { printf "%s %s %s\n", t, $1, $2 }' >>"$log"
      sleep 5
    done
  ) &
}

# bench_cpu: CPU time used so far, in clock ticks (1/100 s): "server database machine". The database is
# every PostgreSQL process (0 on H2, whose work is in the server); the machine is every process's, so
# machine - server - database is the load generator's and whatever else ran.
bench_cpu() {
  local server database=0 pid
  server=$(awk '{ print $14 + $15 }' "/proc/$bench_pid/stat")
  for pid in $(pgrep -x postgres || true); do
    database=$((database + $(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0)))
  done
  echo "$server $database $(awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat)"
}

# bench_cpu_per BEFORE AFTER REQUESTS: CPU per answered request between two bench_cpu marks, in µs.
bench_cpu_per() {
  awk -v b="$1" -v a="$2" -v n="$3" 'BEGIN {
    split(b, x, " "); split(a, y, " "); k = 1e6 / 100 / n
    s = (y[1] - x[1]) * k; d = (y[2] - x[2]) * k; m = (y[3] - x[3]) * k
    printf "CPU per request: server %.0f µs, database %.0f µs, load generator and rest %.0f µs\n", s, d, m - s - d }'
}

# bench_fleet: the fleet's presence counts as JSON.
bench_fleet() {
  bench_call GET fleet | jq -c .byPresence
}
