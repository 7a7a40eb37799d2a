#!/usr/bin/env bash
# Startup benchmark: time from launching Muster (server-config/start-muster.sh, embedded defaults) to the
# first answer of /health/ready that carries the application's own checks, for a first start (empty data
# directory) and a restart (same data). Before the timed runs, one untimed run prepares what every start
# after the very first one has: the unpacked Payara root directory and the class data sharing archive.
# Usage, from the repository root after `mvn package -DskipTests`:  modules/app/src/bench/startup.sh [runs]
set -euo pipefail
runs=${1:-3}
port=${MUSTER_BENCH_PORT:-8390}
runtime=$(mktemp -d)
data=$(mktemp -d)
trap 'rm -rf "$data" "$runtime"' EXIT
cp modules/app/target/runtime/payara-micro.jar "$runtime/"

start_once() {
  local t0 pid ms
  t0=$(date +%s%N)
  MUSTER_DATA_DIR="$data" MUSTER_ADMIN_PASSWORD=benchmark-admin-password \
    server-config/start-muster.sh "$runtime" modules/app/target/muster.war --port "$port" >"$runtime/server.log" 2>&1 &
  pid=$!
  # ready = the application's own checks answer (an empty readiness answer during deployment does not count)
  until curl -sf "http://127.0.0.1:$port/health/ready" 2>/dev/null | grep -q '"database"'; do
    kill -0 "$pid" 2>/dev/null || { echo "server died:" >&2; tail -40 "$runtime/server.log" >&2; exit 1; }
    sleep 0.1
  done
  ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$ms"
}

cold=$(start_once)
echo "very first start (unpacks the runtime, records class data): ${cold} ms"
for i in $(seq 1 "$runs"); do
  rm -rf "${data:?}"/*
  first=$(start_once)
  again=$(start_once)
  echo "run $i: first start ${first} ms, restart ${again} ms"
done
