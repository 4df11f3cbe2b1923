#!/usr/bin/env bash
# Makes src/main/cds/classes.lst again: the classes the window loads from its start until a sample
# planner's prospects are shown, which `mvn package` archives beside the jar (app.ClassDataArchive;
# docs/performance.md, "Class data sharing"). Run it after `mvn package` when start-up code changed
# much (a class missing from the list is loaded from the jar as before; one that no longer exists is
# skipped with a warning in target/cds-dump.log). Needs Xvfb.
#
#   mvn -B -q package -DskipTests && docs/scripts/cds-class-list.sh && mvn -B -q package -DskipTests
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=target/sales-call-planner.jar
data=$(mktemp -d); logs=$(mktemp -d); list=$(mktemp)
java -jar "$jar" demo --data "$data" --prospects 40 --calls 200 --seed 11 >/dev/null
display=:$((150 + RANDOM % 50))
Xvfb "$display" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
trap 'kill $xvfb 2>/dev/null; rm -rf "$data" "$logs" "$list"' EXIT
sleep 1
# The command the jar runs the window with (app.ModulePathJvm), plus the list to write.
modules=$(ls -d target/lib/javafx-*.jar | sort | paste -sd:)
DISPLAY=$display java -XX:DumpLoadedClassList="$list" -Dscp.startupTiming=true -Dscp.logdir="$logs" \
  --module-path "$modules" --add-modules javafx.controls -cp "$jar" com.salescallplanner.app.Launcher \
  --data "$data" >/dev/null 2>&1 &
app=$!
for _ in $(seq 1 600); do grep -qs "startup data=" "$logs"/*.log && break; sleep 0.1; done
sleep 2 # what the first page loads right after the data is in
kill $app; wait $app || true
# Proxy classes are made at run time and cannot be listed by name.
grep -v '^#' "$list" | grep -v 'jdk/proxy' > src/main/cds/classes.lst
echo "src/main/cds/classes.lst: $(wc -l < src/main/cds/classes.lst) classes and lambda forms"
