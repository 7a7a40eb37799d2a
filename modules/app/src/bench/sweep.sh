#!/usr/bin/env bash
# Sweep cost and heap with a large registry: seeds N devices (default 1,000,000) straight into the
# database, all ONLINE, of which every tenth falls silent at the same moment (its offline deadline
# passes 150 s after seeding, as if a site lost power); then measures
#   - the idle sweep (nothing due) over the whole registry, from the server's sweep timer;
#   - the storm: how long until every silent device is OFFLINE, and at what rate transitions are made;
#   - heap in use after a full collection, and the largest classes on it after the storm.
#
#   modules/app/src/bench/sweep.sh <h2|postgres> [devices, default 1000000]
#
# The devices have no credentials (they never send anything); they exist to make the registry and the
# presence table large. Starts from an empty database every time.
set -euo pipefail
cd "$(dirname "$0")/../../../.."
. modules/app/src/bench/lib.sh

db=${1:?h2 or postgres}
devices=${2:-1000000}
due_after=150
bench_init "$db"
bench_fresh
bench_start
bench_tenant
bench_stop

if [ "$db" = postgres ]; then
  uuid="gen_random_uuid()"; series="generate_series(1, $devices) as x"
else
  uuid="random_uuid()"; series="(select x from system_range(1, $devices)) s"
fi
seed=$bench_dir/seed.sql
cat >"$seed" <<SQL
insert into device (id, tenant_id, device_key, sort_key, device_type, os, agent_version, status, credential_generation,
                    created_at, updated_at, version)
select $uuid, cast('$bench_tenant_id' as uuid), 'seed-' || lpad(cast(x as varchar), 7, '0'), 'seed-' || lpad(cast(x as varchar), 7, '0'),
       'camera', case mod(x, 3) when 0 then 'Linux' when 1 then 'Android' else 'Windows' end, '1.0.' || cast(mod(x, 4) as varchar),
       'ACTIVE', 0, current_timestamp, current_timestamp, 0
from $series;
insert into device_presence (device_id, tenant_id, state, state_since, last_seen_at, offline_at, stale_at, interval_s,
                             skew_flagged, version)
select id, tenant_id, 'ONLINE', current_timestamp, current_timestamp,
       case when right(device_key, 1) = '0' then current_timestamp + interval '$due_after' second
            else current_timestamp + interval '1' day end,
       current_timestamp + interval '2' day, 60, false, 0
from device where device_key like 'seed-%';
SQL
echo "== seeding $devices devices"
t0=$(date +%s)
bench_sql "$seed"
bench_analyze
due_at=$(( $(date +%s) + due_after ))
echo "seeded in $(( $(date +%s) - t0 )) s; every tenth device is due offline at $(date -u -d "@$due_at" +%T)"

bench_start
bench_tenant
echo "fleet: $(bench_fleet)"
sleep 30
idle_count=$(bench_metric muster_presence_sweep_seconds_count)
idle_sum=$(bench_metric muster_presence_sweep_seconds_sum)
sleep 30
idle=$(awk -v c0="$idle_count" -v s0="$idle_sum" -v c1="$(bench_metric muster_presence_sweep_seconds_count)" \
  -v s1="$(bench_metric muster_presence_sweep_seconds_sum)" 'BEGIN { printf "%.1f ms over %d sweeps", 1000 * (s1 - s0) / (c1 - c0), c1 - c0 }')
echo "idle sweep (nothing due, $devices devices): $idle"
bench_heap

expected=$((devices / 10))
now=$(date +%s)
[ "$now" -lt "$due_at" ] || { echo "the server took too long to start: the silent devices were due before it was measured" >&2; exit 1; }
swept0=$(bench_metric muster_presence_swept_devices_total)
sleep $((due_at - now))
start=$(date +%s%N)
while :; do
  offline=$(bench_fleet | jq '.OFFLINE // 0')
  [ "$offline" -lt "$expected" ] || break
  sleep 0.5
done
seconds=$(awk -v t="$(( $(date +%s%N) - start ))" 'BEGIN { printf "%.1f", t / 1e9 }')
swept=$(( $(bench_metric muster_presence_swept_devices_total) - swept0 ))
echo "storm: $expected devices due at once were all OFFLINE $seconds s after their deadline ($swept transitions recorded)"
echo "fleet: $(bench_fleet)"
# Payara exports a timer's max in nanoseconds, whatever the name says
echo "longest sweep: $(awk -v ns="$(bench_metric muster_presence_sweep_seconds_max)" 'BEGIN { printf "%.1f", ns / 1e9 }') s"
bench_heap
echo "largest classes on the heap after the storm (live objects):"
jcmd "$bench_pid" GC.class_histogram | sed -n '3,17p'
