#!/usr/bin/env bash
# make perf: jbound against the tools a user would pick instead, side by side in one run, on two
# large multi-chunk files built from real recorded chunks — one dense with I/O events, one dense
# with execution samples — and on a smaller one without repeated chunks. Prints wall time, peak RSS, MB/s, events/s and ratios. Size with PERF_MB
# (default 1024 for the I/O file; the sample file is a third of it).
set -euo pipefail
cd "$(dirname "$0")/.."
: "${JAVA_HOME:?set JAVA_HOME to a JDK >= 22 (make perf does)}"
JAVA="$JAVA_HOME/bin/java"
JFR="$JAVA_HOME/bin/jfr"
MB=${PERF_MB:-1024}
WORK=bench/target/perf
mkdir -p "$WORK/tmp"

# The peers, from Maven Central, for this benchmark only.
if [ ! -d bench/peers/target/lib ]; then
  mvn -B -q -f bench/peers/pom.xml dependency:copy-dependencies -DoutputDirectory=target/lib
fi

# record SEED SECONDS SAMPLE EXTRA-SETTINGS: one JVM's recording with the JDK's 'profile' settings
# and 1 ms sampling, made once.
record() {
  [ -f "$1" ] && return
  "$JAVA" -XX:StartFlightRecording:settings=profile,filename="$1.tmp",jdk.ExecutionSample#period=1ms$4 \
    -Xlog:jfr+startup=error -cp samples/target/classes "jbound.samples.$3" --seconds "$2" --dir "$WORK/tmp" > /dev/null
  mv "$1.tmp" "$1"
}

# copies SEED TARGET MB: copies of one JVM's recording up to the size. (Copies of one JVM: the
# JDK's own 'jfr view' misreads files that mix JVMs, and the comparison is meant to be with it.)
copies() {
  [ -f "$2" ] && return
  : > "$2.tmp"
  while [ "$(stat -c %s "$2.tmp")" -lt $(($3 * 1024 * 1024)) ]; do cat "$1" >> "$2.tmp"; done
  mv "$2.tmp" "$2"
}

IO=""
for e in SocketRead SocketWrite FileRead FileWrite; do IO="$IO,jdk.$e#threshold=0ms,jdk.$e#throttle=off"; done
# I/O-dense: the busy-service sample (four request threads, each request computing, reading a
# file, appending to a log, every eighth calling a loopback backend) for 40 s, I/O from 0 ms.
record "$WORK/seed-busy.jfr" 40 BusyService "$IO"
copies "$WORK/seed-busy.jfr" "$WORK/busy-${MB}MB.jfr" "$MB"
# Sample-dense: the CPU-bound sample for 60 s (two threads computing; almost every event an
# execution sample).
record "$WORK/seed-cpu.jfr" 60 CpuBound ""
copies "$WORK/seed-cpu.jfr" "$WORK/cpu-$((MB / 3))MB.jfr" $((MB / 3))

# Distinct chunks: six recordings of the busy service (30 s each, three JVMs at a time), end to
# end. JMC's report skips repeated chunks, so only a file without repeats times it fairly.
DISTINCT="$WORK/distinct-busy.jfr"
if [ ! -f "$DISTINCT" ]; then
  for round in 1 2; do
    for k in 1 2 3; do record "$WORK/distinct-$round-$k.jfr" 30 BusyService "$IO" & done
    wait
  done
  cat "$WORK"/distinct-[12]-[123].jfr > "$DISTINCT.tmp" && mv "$DISTINCT.tmp" "$DISTINCT"
fi

# compare FILE: every tool on the file, then jbound's time against each.
compare() {
  local file=$1 bytes events chunks
  bytes=$(stat -c %s "$file")
  events=$("$JFR" summary "$file" | awk '$1 ~ /^jdk\./ && $2 ~ /^[0-9]+$/ {n += $2} END {print n}')
  chunks=$("$JFR" summary "$file" | awk '/Chunks:/ {print $2}')
  echo "File: $file — $((bytes / 1024 / 1024)) MB, $chunks chunks, $events events"
  : > "$WORK/results.txt"
  printf '%-38s %10s %11s %14s %19s\n' tool wall "peak RSS" throughput events
  run() { # name, command...
    local name=$1; shift
    local out="$WORK/time-$name.txt"
    /usr/bin/time -f "%e %M" -o "$out" "$@" > "$WORK/out-$name.txt" 2>&1 || { echo "$name failed: $(tail -1 "$WORK/out-$name.txt")"; return; }
    read -r wall rss < "$out"
    printf '%-38s %8.2f s %8d MB %9.1f MB/s %12.0f events/s\n' "$name" "$wall" $((rss / 1024)) \
      "$(echo "$bytes / 1048576 / $wall" | bc -l)" "$(echo "$events / $wall" | bc -l)"
    echo "$name $wall $rss" >> "$WORK/results.txt"
  }
  # jbound as users run it: the launcher make build leaves (with its ahead-of-time cache), heap capped.
  JBOUND_JAVA_OPTS=-Xmx512m run "jbound analyze (all outputs)" bin/jbound analyze "$file" --quiet \
    --json "$WORK/jbound.json" --html "$WORK/jbound.html"
  # The JDK's parser alone, reading as jbound reads (same types, segments and threads), handlers empty:
  # the least any analysis built on jdk.jfr.consumer can take; jbound's time beyond it is its own work.
  run "jdk.jfr parser alone, as jbound reads" "$JAVA" -Xmx512m -cp "bench/target/classes:bench/target/lib/*" \
    jbound.bench.ParserFloor "$file"
  run "jfr view hot-methods" "$JFR" view hot-methods "$file"
  run "jfr summary" "$JFR" summary "$file"
  run "JMC rules report (HTML)" "$JAVA" -cp "bench/peers/target/lib/*" \
    org.openjdk.jmc.flightrecorder.rules.report.html.JfrHtmlRulesReport "$file" "$WORK/jmc.html"
  run "async-profiler jfr-converter (flame)" "$JAVA" -jar bench/peers/target/lib/jfr-converter-4.2.jar --cpu "$file" "$WORK/flame.html"
  echo
  local jbound
  jbound=$(awk '/^jbound/ {print $(NF-1)}' "$WORK/results.txt")
  awk -v j="$jbound" '!/^jbound/ {name=$0; sub(/ [^ ]+ [^ ]+$/, "", name); printf "jbound takes %.2f× the time of %s\n", j / $(NF-1), name}' "$WORK/results.txt"
  echo
}

# jbound's own share of its CPU: jbound recorded while it analyzes the sample-dense file, that recording read
# by OwnShare (a jbound frame before any of the JDK parser's, from the executing end, is jbound's own work).
own_share() {
  rm -f "$WORK/self.jfr"
  JBOUND_JAVA_OPTS="-Xmx512m -XX:StartFlightRecording:settings=profile,filename=$WORK/self.jfr -Xlog:jfr+startup=error" \
    bin/jbound analyze "$1" --quiet --json "$WORK/self-run.json" > /dev/null
  echo "Where jbound's CPU goes on $(basename "$1"):"
  "$JAVA" -cp bench/target/classes jbound.bench.OwnShare "$WORK/self.jfr"
  echo
}

compare "$WORK/busy-${MB}MB.jfr"
compare "$WORK/cpu-$((MB / 3))MB.jfr"
echo "(On the two files above JMC's report skips chunks it has seen before: it reads one copy.)"
echo
compare "$DISTINCT"
own_share "$WORK/cpu-$((MB / 3))MB.jfr"
own_share "$WORK/busy-${MB}MB.jfr"
