#!/usr/bin/env bash
# Starts Muster on Payara Micro with this directory's server configuration, in the foreground.
#
#   server-config/start-muster.sh <runtime dir> <muster.war> [more Payara Micro options, e.g. --port 8081]
#
# <runtime dir> holds payara-micro.jar and activemq-rar.rar (modules/app/target/runtime after a build).
# Two things make every start after the first one faster (see docs/benchmarks.md#startup):
#  - a persistent Payara root directory with its launcher, so the runtime is unpacked once, not at every start;
#  - a class data sharing (CDS) archive of the classes a start loads, written when the first run exits
#    (Ctrl-C) and mapped by later runs instead of loading and verifying those classes again.
# Both are rebuilt when payara-micro.jar changes. JAVA_OPTS adds JVM options (default heap: 256 MB to 1 GB).
set -euo pipefail

runtime=${1:?runtime directory}
war=${2:?path of muster.war}
shift 2
config=$(cd "$(dirname "$0")" && pwd)
root=$runtime/root
archive=$runtime/muster.jsa

if [ ! -f "$root/launch-micro.jar" ] || [ "$runtime/payara-micro.jar" -nt "$root/launch-micro.jar" ]; then
  rm -rf "$root" "$archive"
  java -jar "$runtime/payara-micro.jar" --rootdir "$root" --outputlauncher >/dev/null
fi
if [ -f "$archive" ]; then
  cds=(-XX:SharedArchiveFile="$archive" -Xlog:cds=off -Xlog:cds+dynamic=off)
else
  echo "First start from $root: class data for faster later starts is written to $archive when Muster stops." >&2
  cds=(-XX:ArchiveClassesAtExit="$archive" -Xlog:cds=off -Xlog:cds+dynamic=off)
fi

# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
exec java ${JAVA_OPTS:--Xms256m -Xmx1g} "${cds[@]}" -jar "$root/launch-micro.jar" --rootdir "$root" \
  --hzconfigfile "$config/hazelcast-loopback.xml" \
  --prebootcommandfile "$config/pre-boot-commands.asadmin" \
  --postbootcommandfile "$config/post-boot-commands.asadmin" \
  --deploy "$war" --contextroot / "$@"
