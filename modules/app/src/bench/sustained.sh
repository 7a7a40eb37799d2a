#!/usr/bin/env bash
# Sustained fleet: N devices (default 100,000) heartbeating every 60 s for 10 minutes, then a tenth of
# them fall silent; checks that
#   - no heartbeat failed and none of the devices was ever reported offline while it kept sending,
#   - every silent device was reported offline within the offline threshold (3 × 60 s) plus one sweep
#     period (5 s) of its last heartbeat, and no other device was;
# and reports the latency of the heartbeats (open loop) and the server's heap at the end. A 4-minute
# warm-up round comes first: every device's first heartbeat makes it ONLINE (a recorded transition and an
# event each), its token is checked once, and the JIT compiles the hot paths; none of that is steady state.
#
#   modules/app/src/bench/sustained.sh <h2|postgres> [devices, default 100000] [--fresh]
#
# The first run enrolls the devices (about 250 a second); later runs reuse them and their tokens.
set -euo pipefail
cd "$(dirname "$0")/../../../.."
. modules/app/src/bench/lib.sh

db=${1:?h2 or postgres}
devices=${2:-100000}
steady=600
threshold=180
sweep=5
bench_init "$db"
[ "${3:-}" = --fresh ] && bench_fresh
bench_start
bench_monitor
bench_tenant

key=$(bench_provisioning_key)
echo "== preparing $devices devices"
bench_simulate --devices "$devices" --interval 60 --duration 1 --provisioning-key "$key" --enroll-concurrency 16 \
  | grep -vE '^\[|Preparing:' | tail -4
bench_analyze

echo "== warm-up: $devices devices every 60 s for 240 s (first heartbeats make them ONLINE, tokens get checked once)"
bench_simulate --devices "$devices" --interval 60 --duration 240 --connections 16 | grep -E '^Summary|heartbeats:|latency'

start_iso=$(date -u +%FT%T.%3NZ)
echo "== $devices devices every 60 s for $steady s, then 10 % silent for $((threshold + 4 * sweep)) s (from $start_iso)"
bench_simulate --devices "$devices" --interval 60 --duration $((steady + threshold + 4 * sweep)) --connections 16 \
  --silent-fraction 0.1 --silent-after "$steady"
silent_keys=$bench_dir/fleet/silent.txt
silent=$(wc -l <"$silent_keys")
grep -qv '0$' "$silent_keys" && { echo "unexpected silent keys: the checks below assume keys ending in 0" >&2; exit 1; }
errors=$(bench_summary '.errors | tostring')
p99=$(bench_summary '.latencyMicros.p99 / 1000')
p50=$(bench_summary '.latencyMicros.p50 / 1000')
max=$(bench_summary '.latencyMicros.max / 1000')
sleep 2
bench_tenant # the owner's token of the start has expired by now
fleet=$(bench_fleet)
bench_heap
bench_stop

# timeouts recorded during the run, by whether the device was one of the silent ones (keys ending in 0)
checks=$bench_dir/checks.sql
cat >"$checks" <<SQL
select kind, count(*) as timeouts,
       max(extract(epoch from (recorded_at - occurred_at))) as max_detection_after_deadline_s,
       min(extract(epoch from (occurred_at - last_seen_at))) as min_deadline_after_last_seen_s,
       max(extract(epoch from (recorded_at - last_seen_at))) as max_reported_after_last_seen_s
from (select case when right(d.device_key, 1) = '0' then 'silent' else 'sending' end as kind,
             t.recorded_at, t.occurred_at, p.last_seen_at
      from presence_transition t join device d on d.id = t.device_id join device_presence p on p.device_id = d.id
      where t.reason = 'TIMEOUT' and t.to_state = 'OFFLINE' and t.recorded_at > timestamp with time zone '$start_iso'
        and d.device_key like 'sim-%') timeouts
group by kind;
select p.state, count(*) as devices from device_presence p join device d on d.id = p.device_id
where d.device_key like 'sim-%' and d.device_key <= 'sim-$(printf %06d "$devices")' group by p.state;
SQL
echo "== result ($db, $devices devices, $(date -u +%FT%TZ))"
echo "heartbeats: errors $errors, latency p50 $p50 ms, p99 $p99 ms, max $max ms"
echo "presence at the end: $fleet ($silent devices went silent)"
bench_sql "$checks"
