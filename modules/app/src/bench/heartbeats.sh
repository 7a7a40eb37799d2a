#!/usr/bin/env bash
# Peak authenticated heartbeats per second next to the ceiling of the same server in the same run.
#
#   modules/app/src/bench/heartbeats.sh <h2|postgres> [devices, default 10000] [--fresh]
#
# One server, one fleet of enrolled devices (enrolled on the first run, reused after), then:
#   1. warm-up: 120 s of heartbeats and 60 s of pings at 3,000/s;
#   2. ceiling: GET /api/v1/ping (204, no authentication, no database), offered at 20,000/s;
#   3. peak: authenticated heartbeats from all devices, offered at 20,000/s;
#   4. latency: heartbeats at 10,000/s (each device once a second), then at half the measured peak.
# All over 16 connections. Where the server cannot keep up (2, 3), the achieved rate is its throughput
# and the latency is the growing backlog's. Latency is measured from each request's intended send time
# (open loop). The per-device limit is raised to 600 a minute: in run 3 each device sends 2 a second.
set -euo pipefail
cd "$(dirname "$0")/../../../.."
. modules/app/src/bench/lib.sh

db=${1:?h2 or postgres}
devices=${2:-10000}
bench_init "$db"
[ "${3:-}" = --fresh ] && bench_fresh
bench_start MUSTER_HEARTBEAT_PER_MINUTE=600
bench_tenant

key=$(bench_provisioning_key)
echo "== preparing $devices devices (enrolls those not in $bench_dir/fleet, reuses the rest)"
bench_simulate --devices "$devices" --interval 60 --duration 1 --provisioning-key "$key" --enroll-concurrency 16 | tail -3
bench_analyze

interval_for() { awk -v n="$devices" -v r="$1" 'BEGIN { printf "%.6f", n / r }'; }

echo "== warm-up (the JIT keeps a core busy for minutes after a start on 2 cores)"
bench_simulate --devices "$devices" --interval "$(interval_for 3000)" --duration 120 --connections 16 | grep -E '^Summary|heartbeats:'
bench_simulate --devices "$devices" --interval "$(interval_for 3000)" --duration 60 --connections 16 --target ping | grep -E '^Summary|pings:'

echo "== ceiling: trivial endpoint, offered 20,000/s"
before=$(bench_cpu)
bench_simulate --devices "$devices" --interval "$(interval_for 20000)" --duration 30 --connections 16 --target ping | grep -vE '^\['
ceiling_cpu=$(bench_cpu_per "$before" "$(bench_cpu)" "$(bench_summary .answered)")
ceiling=$(bench_summary .achievedRatePerSecond)

echo "== peak: authenticated heartbeats, offered 20,000/s"
before=$(bench_cpu)
bench_simulate --devices "$devices" --interval "$(interval_for 20000)" --duration 30 --connections 16 | grep -vE '^\['
peak_cpu=$(bench_cpu_per "$before" "$(bench_cpu)" "$(bench_summary .answered)")
peak=$(bench_summary .achievedRatePerSecond)
peak_errors=$(bench_summary '.errors | tostring')

echo "== latency: heartbeats at 10,000/s"
bench_simulate --devices "$devices" --interval "$(interval_for 10000)" --duration 60 --connections 16 | grep -vE '^\['
steady=$(bench_summary .achievedRatePerSecond)
p99=$(bench_summary '.latencyMicros.p99 / 1000')
errors=$(bench_summary '.errors | tostring')

half=$(awk -v p="$peak" 'BEGIN { printf "%d", p / 2 }')
echo "== latency: heartbeats at half the peak ($half/s)"
bench_simulate --devices "$devices" --interval "$(interval_for "$half")" --duration 60 --connections 16 | grep -vE '^\['
half_p99=$(bench_summary '.latencyMicros.p99 / 1000')
half_errors=$(bench_summary '.errors | tostring')

echo "== result ($db, $devices devices, $(date -u +%FT%TZ))"
awk -v c="$ceiling" -v p="$peak" 'BEGIN { printf "ceiling %.0f/s, peak heartbeats %.0f/s = %.0f %% of the ceiling\n", c, p, 100 * p / c }'
echo "ceiling run: $ceiling_cpu"
echo "peak run: $peak_cpu"
echo "peak run errors: $peak_errors"
echo "at 10,000/s offered: $steady/s answered, p99 $p99 ms, errors $errors"
echo "at $half/s offered: p99 $half_p99 ms, errors $half_errors"
bench_heap
