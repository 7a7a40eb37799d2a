#!/usr/bin/env bash
# Notifications: how fast an alert reaches the mailbox, and how a storm of offline alerts is absorbed.
# Always starts from a new database; a local SMTP server (GreenMail, in the driver dev.muster.app.bench.AlertBench)
# receives the server's mail on loopback.
#
#   modules/app/src/bench/alerts.sh <h2|postgres> [storm devices, default 10000] [alerts/s, default 10] [seconds, default 120]
#
# 1. Storm: the devices enroll and heartbeat every 10 s for 30 s, then all fall silent together. Each is reported
#    offline 30 s after its last heartbeat (3 × its interval, within one sweep); the driver measures how long the
#    server takes from the first offline alert to the last, and until every one of them is in a mail, singly or in
#    a storm digest (default settings: from the 11th alert of one type within 60 s, a digest a minute).
# 2. Latency: the server restarts with storm digests out of reach (threshold 10⁹), and manual alerts are raised on
#    distinct devices at a fixed rate, open loop; for each, the time from its request to its mail's arrival.
set -euo pipefail
cd "$(dirname "$0")/../../../.."
. modules/app/src/bench/lib.sh

db=${1:?h2 or postgres}
devices=${2:-10000}
rate=${3:-10}
seconds=${4:-120}
smtp_port=${MUSTER_BENCH_SMTP_PORT:-8325}
bench_init "$db"
bench_fresh
[ -d modules/app/target/test-classes/dev/muster/app/bench ] || { echo "build first: mvn package -DskipTests" >&2; exit 2; }
classpath=$bench_dir/driver.classpath
mvn -q -o -pl modules/app dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$classpath" >/dev/null

# driver MODE ARGS…: the notification driver, with the server, the owner's token and the SMTP port
driver() {
  MUSTER_BENCH_URL=$bench_url MUSTER_BENCH_TOKEN=$bench_token MUSTER_BENCH_SMTP_PORT=$smtp_port \
    java -Xmx1g -cp "modules/app/target/test-classes:$(cat "$classpath")" dev.muster.app.bench.AlertBench "$@" \
    2> >(grep -v '^SLF4J' >&2) # GreenMail's logging facade finds no binding: say nothing about it
}

mail=(MUSTER_MAIL_SMTP_HOST=127.0.0.1 MUSTER_MAIL_SMTP_PORT="$smtp_port")
bench_start "${mail[@]}"
bench_tenant
key=$(bench_provisioning_key)

echo "== storm: $devices devices online, then all silent"
driver storm "$devices" 600 &
storm=$!
sleep 3 # the driver's mailbox and channel first
bench_simulate --devices "$devices" --interval 10 --duration 30 --provisioning-key "$key" --enroll-concurrency 16 \
  | grep -E '^Summary|heartbeats:|Enrolled|enrolled' || true
echo "devices silent from $(date -u +%T)"
wait "$storm"
bench_heap
bench_stop

echo "== latency: $rate alerts/s for $seconds s, storm digests off"
bench_start "${mail[@]}" MUSTER_NOTIFICATIONS_STORM_THRESHOLD=1000000000
bench_tenant
driver latency "$rate" "$seconds"
bench_heap
