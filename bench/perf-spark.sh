#!/usr/bin/env bash
# make perf-spark: jbound fleet as a Spark job on many recordings, in local mode on one core and on
# two, against jbound fleet on this machine's threads; all in one run on the same files. Prints wall
# time, recordings/s, peak RSS, the speed-up of the second core, and whether the three reports are
# the same. PERF_SPARK_RECORDINGS copies (default 240) of a few real recordings of the samples,
# as a service's pods would leave them, one per pod per hour (PERF_SPARK_SECONDS long, default 30).
set -euo pipefail
cd "$(dirname "$0")/.."
: "${JAVA_HOME:?set JAVA_HOME to a JDK >= 22 (make perf-spark does)}"
JAVA="$JAVA_HOME/bin/java"
N=${PERF_SPARK_RECORDINGS:-240}
WORK=bench/target/perf-spark/${PERF_SPARK_SECONDS:-30}s
FLEET="$WORK/fleet-$N"
mkdir -p "$WORK/tmp"

# record SAMPLE SECONDS: one JVM's recording with jbound's settings, made once.
record() {
  local out="$WORK/seed-$1.jfr"
  [ -f "$out" ] && return
  "$JAVA" -XX:StartFlightRecording:settings=analyzer/src/main/resources/jbound/jbound.jfc,filename="$out.tmp" -Xlog:jfr+startup=error \
    -cp samples/target/classes "jbound.samples.$1" --seconds "$2" --dir "$WORK/tmp" > /dev/null
  mv "$out.tmp" "$out"
}
SEEDS=(BusyService CpuBound IoBound LockContended Mixed)
for s in "${SEEDS[@]}"; do record "$s" "${PERF_SPARK_SECONDS:-30}"; done

if [ ! -d "$FLEET" ]; then
  mkdir -p "$FLEET.tmp"
  for i in $(seq 1 "$N"); do
    s=${SEEDS[$(( i % ${#SEEDS[@]} ))]}
    cp "$WORK/seed-$s.jfr" "$FLEET.tmp/$s-pod$(printf %04d "$i").jfr"
  done
  mv "$FLEET.tmp" "$FLEET"
fi
DIR=$(cd "$FLEET" && pwd)
MB=$(du -sm "$DIR" | cut -f1)
echo "$N recordings, $MB MB, in $DIR ($(nproc) cores)"

# run ID LABEL COMMAND...: wall seconds and peak RSS of one run, its JSON kept as ID.json.
declare -A WALL
run() {
  local id=$1 label=$2; shift 2
  /usr/bin/time -f "%e %M %P" -o "$WORK/$id.time" "$@" --json "$WORK/$id.json" > "$WORK/$id.out" 2> "$WORK/$id.err" \
    || { echo "$label failed:"; tail -5 "$WORK/$id.err"; exit 1; }
  read -r wall rss cpu < "$WORK/$id.time"
  WALL[$id]=$wall
  awk -v l="$label" -v w="$wall" -v n="$N" -v r="$rss" -v c="$cpu" \
    'BEGIN { printf "  %-40s %7.1f s  %6.1f recordings/s  CPU %5s  peak RSS %5d MB\n", l, w, n / w, c, r / 1024 }'
  grep -h "^jbound-spark:" "$WORK/$id.err" | sed 's/^/      /' || true
}
run local "jbound fleet (this machine's threads)" bin/jbound fleet "$DIR/"
JBOUND_SPARK_OPTS="-Dspark.master=local[1]" run spark1 "jbound-spark, local[1]" bin/jbound-spark "$DIR/"
JBOUND_SPARK_OPTS="-Dspark.master=local[2]" run spark2 "jbound-spark, local[2]" bin/jbound-spark "$DIR/"
# One task thread still leaves the JVM's JIT compilers and GC the other core: pinned to one core,
# local[1] shows what a second core is worth.
if command -v taskset >/dev/null; then
  JBOUND_SPARK_OPTS="-Dspark.master=local[1]" run spark1pinned "jbound-spark, local[1], pinned to one core" taskset -c 0 bin/jbound-spark "$DIR/"
  awk -v a="${WALL[spark1pinned]}" -v b="${WALL[spark2]}" 'BEGIN { printf "  local[2] against local[1] pinned to one core: %.2fx the rate\n", a / b }'
fi
awk -v a="${WALL[spark1]}" -v b="${WALL[spark2]}" 'BEGIN { printf "  local[2] against local[1]: %.2fx the rate\n", a / b }'
same() { cmp -s "$WORK/$1.json" "$WORK/$2.json" && echo "the same" || echo "DIFFERENT"; }
echo "  JSON reports: local[1] and jbound fleet $(same spark1 local), local[2] and jbound fleet $(same spark2 local)"
