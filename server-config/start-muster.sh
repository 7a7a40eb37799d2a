#!/usr/bin/env bash
# Starts Muster on Payara Micro with this directory's server configuration, in the foreground.
#
#   server-config/start-muster.sh <runtime dir> <muster.war> [more Payara Micro options, e.g. --port 8081]
#
# <runtime dir> holds payara-micro.jar and activemq-rar.rar (modules/app/target/runtime after a build).
# Two things make every start after the first one faster (see docs/benchmarks.md#startup):
#  - a persistent Payara root directory with its launcher, so the runtime is unpacked once, not at every start
#    (its configuration is reset to the unpacked one at every start, so no earlier deployment comes back);
#  - a class data sharing (CDS) archive of the classes a start loads, written when the first run exits
#    (Ctrl-C) and mapped by later runs instead of loading and verifying those classes again.
# Both are rebuilt when payara-micro.jar changes. JAVA_OPTS adds JVM options (default heap: 256 MB to 1 GB).
# MUSTER_CLUSTER names the Hazelcast cluster the node joins (default muster): the nodes of one installation
# share it, and an installation (or a test server) with another name on the same host stays apart.
set -euo pipefail

runtime=${1:?runtime directory}
war=${2:?path of muster.war}
shift 2
config=$(cd "$(dirname "$0")" && pwd)
root=$runtime/root
archive=$runtime/muster.jsa

pristine=$runtime/root-config
if [ ! -f "$root/launch-micro.jar" ] || [ ! -d "$pristine" ] || [ "$runtime/payara-micro.jar" -nt "$root/launch-micro.jar" ]; then
  rm -rf "$root" "$archive" "$pristine"
  java -jar "$runtime/payara-micro.jar" --rootdir "$root" --outputlauncher >/dev/null
  cp -a "$root/config" "$pristine"
fi
# Payara records every deployment in the root directory and would load the previous run's copy of the
# WAR (and the resource adapter) before deploying the given one again: each start begins from the
# configuration as it was unpacked, with no applications.
rm -rf "$root/config" "$root/applications" "$root/generated"
cp -a "$pristine" "$root/config"
if [ -f "$archive" ]; then
  cds=(-XX:SharedArchiveFile="$archive" -Xlog:cds=off -Xlog:cds+dynamic=off)
else
  echo "First start from $root: class data for faster later starts is written to $archive when Muster stops." >&2
  cds=(-XX:ArchiveClassesAtExit="$archive" -Xlog:cds=off -Xlog:cds+dynamic=off)
fi

# jakarta.json.provider: without it, every JSON-P call (MicroProfile JWT parses each bearer token with
# one) looks the provider up with a ServiceLoader scan of the WAR's jars, costing more than the request.
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
exec java ${JAVA_OPTS:--Xms256m -Xmx1g} -Dmuster.cluster="${MUSTER_CLUSTER:-muster}" -Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl "${cds[@]}" -jar "$root/launch-micro.jar" --rootdir "$root" \
  --hzconfigfile "$config/hazelcast-loopback.xml" \
  --prebootcommandfile "$config/pre-boot-commands.asadmin" \
  --postbootcommandfile "$config/post-boot-commands.asadmin" \
  --deploy "$war" --contextroot / "$@"
