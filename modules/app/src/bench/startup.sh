#!/usr/bin/env bash
# Startup benchmark: time from launching Payara Micro with the WAR (embedded defaults) to the first
# answered request on /health/ready, for a first start (empty data directory) and a restart (same data).
# Usage, from the repository root after `mvn package -DskipTests`:  modules/app/src/bench/startup.sh [runs]
set -euo pipefail
runs=${1:-3}
port=${MUSTER_BENCH_PORT:-8390}
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT

start_once() {
  local t0 pid ms
  t0=$(date +%s%N)
  MUSTER_DATA_DIR="$data" MUSTER_ADMIN_PASSWORD=benchmark-admin-password \
    java -Xms256m -Xmx1g -jar modules/app/target/runtime/payara-micro.jar --port "$port" \
      --hzconfigfile server-config/hazelcast-loopback.xml \
      --prebootcommandfile server-config/pre-boot-commands.asadmin \
      --postbootcommandfile server-config/post-boot-commands.asadmin \
      --deploy modules/app/target/muster.war --contextroot / >"$data/server.log" 2>&1 &
  pid=$!
  # ready = the application's own checks answer (an empty readiness answer during deployment does not count)
  until curl -sf "http://127.0.0.1:$port/health/ready" 2>/dev/null | grep -q '"database"'; do
    kill -0 "$pid" 2>/dev/null || { echo "server died, see $data/server.log" >&2; exit 1; }
    sleep 0.1
  done
  ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$ms"
}

for i in $(seq 1 "$runs"); do
  rm -rf "${data:?}"/*
  first=$(start_once)
  again=$(start_once)
  echo "run $i: first start ${first} ms, restart ${again} ms"
done
