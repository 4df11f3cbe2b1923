#!/usr/bin/env bash
# Time to data, by hand: starts each variant in turns on a copy of DATA_FOLDER under Xvfb, waits for
# the app's "startup data=" log line (-Dscp.startupTiming=true) and prints its start-up marks (ms from
# JVM start). docs/performance.md, "Time to data with a small planner".
#
#   docs/scripts/time-to-data.sh DATA_FOLDER ROUNDS "LABEL|java args..." ["LABEL|java args..."]...
#
# e.g. docs/scripts/time-to-data.sh D 5 "plain|-jar target/sales-call-planner.jar" \
#        "cds|-XX:SharedArchiveFile=app.jsa -Xlog:cds=off -jar target/sales-call-planner.jar"
set -euo pipefail
data=$1; rounds=$2; shift 2
display=:$((150 + RANDOM % 50))
Xvfb "$display" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
trap 'kill $xvfb 2>/dev/null' EXIT
sleep 1
for _ in $(seq 1 "$rounds"); do
  for variant in "$@"; do
    label=${variant%%|*}; args=${variant#*|}
    copy=$(mktemp -d); cp -r "$data/." "$copy/"; rm -f "$copy/planner.lock"
    logs=$(mktemp -d)
    # shellcheck disable=SC2086
    # In a process group of its own: `java -jar` runs the window in a second JVM (app.WindowRestart), stopped with it.
    DISPLAY=$display setsid java -Dscp.startupTiming=true -Dscp.logdir="$logs" $args --data "$copy" >/dev/null 2>&1 &
    app=$!
    for _ in $(seq 1 600); do grep -qs "startup data=" "$logs"/*.log && break; sleep 0.1; done
    kill -9 -- -$app 2>/dev/null || true; wait $app 2>/dev/null || true
    echo "$label $(grep -ho 'startup [a-zA-Z]*=[0-9]*' "$logs"/*.log | sed 's/startup //' | tr '\n' ' ')"
    rm -rf "$copy" "$logs"
  done
done
