#!/usr/bin/env bash
# make perf: jbound against the tools a user would pick instead, side by side in one run, on one
# large multi-chunk file built from real recorded chunks. Prints wall time, peak RSS, MB/s,
# events/s and ratios. Size with PERF_MB (default 1024).
set -euo pipefail
cd "$(dirname "$0")/.."
: "${JAVA_HOME:?set JAVA_HOME to a JDK >= 22 (make perf does)}"
JAVA="$JAVA_HOME/bin/java"
JFR="$JAVA_HOME/bin/jfr"
MB=${PERF_MB:-1024}
WORK=bench/target/perf
mkdir -p "$WORK"

# The peers, from Maven Central, for this benchmark only.
if [ ! -d bench/peers/target/lib ]; then
  mvn -B -q -f bench/peers/pom.xml dependency:copy-dependencies -DoutputDirectory=target/lib
fi

# Real chunks: one JVM's recording of the busy-service sample (four request threads, each request
# computing, reading a file, appending to a log, every eighth calling a loopback backend) for 40 s
# with the JDK's 'profile' settings, I/O from 0 ms and unthrottled and 1 ms sampling, so it is
# dense with events of every kind jbound reads; then copies of it up to the size. (Copies of one
# JVM's recording: the JDK's own 'jfr view' misreads files that mix JVMs, and the comparison is
# meant to be with it.)
SEED="$WORK/seed-busy.jfr"
if [ ! -f "$SEED" ]; then
  IO=""
  for e in SocketRead SocketWrite FileRead FileWrite; do IO="$IO,jdk.$e#threshold=0ms,jdk.$e#throttle=off"; done
  mkdir -p "$WORK/tmp"
  "$JAVA" -XX:StartFlightRecording:settings=profile,filename="$SEED.tmp"$IO,jdk.ExecutionSample#period=1ms \
    -Xlog:jfr+startup=error -cp samples/target/classes jbound.samples.BusyService --seconds 40 --dir "$WORK/tmp" > /dev/null
  mv "$SEED.tmp" "$SEED"
fi
BIG="$WORK/busy-${MB}MB.jfr"
if [ ! -f "$BIG" ]; then
  : > "$BIG"
  while [ "$(stat -c %s "$BIG")" -lt $((MB * 1024 * 1024)) ]; do cat "$SEED" >> "$BIG"; done
fi
BYTES=$(stat -c %s "$BIG")
EVENTS=$("$JFR" summary "$BIG" | awk '$1 ~ /^jdk\./ && $2 ~ /^[0-9]+$/ {n += $2} END {print n}')
CHUNKS=$("$JFR" summary "$BIG" | awk '/Chunks:/ {print $2}')
echo "File: $BIG — $((BYTES / 1024 / 1024)) MB, $CHUNKS chunks, $EVENTS events"
echo

run() { # name, command...
  local name=$1; shift
  local out="$WORK/time-$name.txt"
  /usr/bin/time -f "%e %M" -o "$out" "$@" > "$WORK/out-$name.txt" 2>&1 || { echo "$name failed: $(tail -1 "$WORK/out-$name.txt")"; return; }
  read -r wall rss < "$out"
  printf '%-34s %8.2f s %8d MB %9.1f MB/s %12.0f events/s\n' "$name" "$wall" $((rss / 1024)) \
    "$(echo "$BYTES / 1048576 / $wall" | bc -l)" "$(echo "$EVENTS / $wall" | bc -l)"
  echo "$name $wall $rss" >> "$WORK/results.txt"
}

: > "$WORK/results.txt"
printf '%-34s %10s %11s %14s %19s\n' tool wall "peak RSS" throughput events
# jbound as users run it: the launcher make build leaves (with its ahead-of-time cache), heap capped.
export JBOUND_JAVA_OPTS=-Xmx512m
run "jbound analyze (all outputs)" bin/jbound analyze "$BIG" --quiet \
  --json "$WORK/jbound.json" --html "$WORK/jbound.html"
run "jfr view hot-methods" "$JFR" view hot-methods "$BIG"
run "jfr summary" "$JFR" summary "$BIG"
run "JMC rules report (HTML)" "$JAVA" -cp "bench/peers/target/lib/*" \
  org.openjdk.jmc.flightrecorder.rules.report.html.JfrHtmlRulesReport "$BIG" "$WORK/jmc.html"
run "async-profiler jfr-converter (flame)" "$JAVA" -jar bench/peers/target/lib/jfr-converter-4.2.jar --cpu "$BIG" "$WORK/flame.html"

echo
jbound=$(awk '/^jbound/ {print $(NF-1)}' "$WORK/results.txt")
awk -v j="$jbound" '!/^jbound/ {name=$0; sub(/ [^ ]+ [^ ]+$/, "", name); printf "jbound takes %.2f× the time of %s\n", j / $(NF-1), name}' "$WORK/results.txt"
