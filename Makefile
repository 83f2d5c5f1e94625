# jbound: one entry point for humans; Maven does the Java work.
#   make run      record the mixed sample, analyze it, write the HTML report (the README's main command)
#   make test     build and run every test (the README's test command)
#   make test-fast  the tests that record nothing, attach to nothing and open no browser (seconds)
#   make build    build the analyzer and the launcher bin/jbound
#   make samples  record every sample into samples/recordings/, and the improved variants (NAME-improved.jfr)
#   make bench    JMH benchmarks of the optimization ladder's rungs
#   make perf     jbound against its peers on a large recording (PERF_MB=1024)
#   make spark    build jbound fleet as a Spark job and its local launcher bin/jbound-spark
#   make perf-spark  the Spark job on 200+ recordings, local[1] against local[2]

# jbound needs a JDK >= 22 (FFM is final since 22). Take JAVA_HOME if it is one, else the
# newest-looking under /usr/lib/jvm (Temurin 25 first).
JDK := $(shell for d in "$$JAVA_HOME" /usr/lib/jvm/temurin-25* /usr/lib/jvm/*; do \
	[ -x "$$d/bin/javac" ] || continue; \
	v=$$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$$d/release" 2>/dev/null); \
	[ -n "$$v" ] && [ "$$v" -ge 22 ] && { echo "$$d"; break; }; done)
ifeq ($(strip $(JDK)),)
$(error jbound needs a JDK 22 or newer and found none in JAVA_HOME or /usr/lib/jvm; install one (Temurin 25) and set JAVA_HOME to it)
endif
export JAVA_HOME := $(JDK)
export MAVEN_OPTS ?= --sun-misc-unsafe-memory-access=allow

MVN := mvn -B -q
JAVA := $(JAVA_HOME)/bin/java
JAR := analyzer/target/jbound.jar
JFC := analyzer/src/main/resources/jbound/jbound.jfc
RECORDINGS := samples/recordings
SECONDS ?= 10
SAMPLES := CpuBound IoBound Mixed LockContended Idle Oversubscribed ShortLocks RemoteManaged RemoteManagedBusy Phases
# The samples with an improved variant (--improved: the change jbound's advice names, made), for
# 'jbound diff NAME.jfr NAME-improved.jfr'. They record with the socket events unthrottled, so a
# call rate can show a gain beyond the throttle (the tests' Recordings.IMPROVED_SETTINGS).
IMPROVED := CpuBound IoBound Mixed LockContended
IMPROVED_SETTINGS := jdk.SocketRead\#throttle=off,jdk.SocketWrite\#throttle=off
# The CPU sample and its variant also count their hotspot's calls with JDK 25's method timing, as
# the advice says, so that the diff measures its gain by calls rather than by share of time.
TIMING_CpuBound := ,method-timing=jbound.samples.CpuBound::sumOfSquares

# The native kernels of the optimization ladder. target_clones in the source picks the SIMD width
# at load time, so the library that ships in the jar runs on any x86-64.
NATIVE_LIB := native/build/linux-x86_64/libjboundkernels.so
NATIVE_SRC := native/src/kernels.c native/src/kernels_scalar.c native/include/jbound_kernels.h
NATIVE_CFLAGS := -O3 -fPIC -Wall -Wextra -Werror -Inative/include

# jextract is not packaged: build it from openjdk/jextract's source, outside this repository, and
# put it on PATH. It needs libclang (Debian's libclang-14-dev) and clang's builtin headers.
CLANG_INCLUDE ?= $(firstword $(wildcard /usr/lib/llvm-14/lib/clang/*/include))
BINDINGS_PACKAGE := jbound.ladder.bindings
KERNELS := jb_sum_of_squares jb_sum_of_squares_scalar jb_blur3x3 jb_blur3x3_scalar jb_stream_read jb_noop

# JMH arguments for make bench; e.g. BENCH_ARGS='-p kernel=blur-3x3 -p n=1000' for a subset.
BENCH_ARGS ?=

.PHONY: build test test-fast run samples clean native bindings bench perf spark perf-spark

build: bin/jbound

native: $(NATIVE_LIB)

$(NATIVE_LIB): $(NATIVE_SRC)
	@command -v gcc >/dev/null || { echo "the native kernels need gcc; install it (apt-get install gcc)" >&2; exit 1; }
	@mkdir -p $(dir $@) native/build/obj
	gcc $(NATIVE_CFLAGS) -fopenmp-simd -c native/src/kernels.c -o native/build/obj/kernels.o
	gcc $(NATIVE_CFLAGS) -fno-tree-vectorize -c native/src/kernels_scalar.c -o native/build/obj/kernels_scalar.o
	gcc -shared -o $@ native/build/obj/kernels.o native/build/obj/kernels_scalar.o

# Regenerates the committed FFM bindings from the header. No --library: the bindings look the
# symbols up in the class loader, and the facade System.load()s the library first.
bindings:
	@command -v jextract >/dev/null || { echo "make bindings needs jextract on PATH (built from openjdk/jextract)" >&2; exit 1; }
	rm -rf ladder/src/main/java/$(subst .,/,$(BINDINGS_PACKAGE))
	jextract -I $(CLANG_INCLUDE) --output ladder/src/main/java --target-package $(BINDINGS_PACKAGE) \
		--header-class-name JboundKernels $(foreach k,$(KERNELS),--include-function $(k)) native/include/jbound_kernels.h

$(JAR): $(NATIVE_LIB) pom.xml analyzer/pom.xml ladder/pom.xml samples/pom.xml bench/pom.xml $(shell find analyzer/src/main ladder/src/main samples/src/main bench/src/main -type f)
	$(MVN) -DskipTests package -pl analyzer,bench -am
	@touch $(JAR)

# The launcher runs jbound on the JDK it was built with. On JDK 25 and later it also uses an
# ahead-of-time cache (JEP 514/515: classes loaded and linked, method profiles) made by one
# training run on a short recording of the busy-service sample: the JIT warms up sooner.
AOT := bin/jbound.aot
JDK_FEATURE := $(shell sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$(JAVA_HOME)/release")

bin/jbound: $(JAR)
	@mkdir -p bin
	@# The cache only where it is newer than the jar: the JVM was seen to serve a rebuilt jar's
	@# classes from a cache made of the old one.
	@printf '#!/bin/sh\n# Generated by make build: runs jbound on the JDK it was built with.\naot=\n[ -f "%s" ] && [ "%s" -nt "%s" ] && aot="-XX:AOTCache=%s -Xlog:aot=off -Xlog:cds=off"\nexec "%s/bin/java" $$aot $$JBOUND_JAVA_OPTS -jar "%s" "$$@"\n' \
		"$(abspath $(AOT))" "$(abspath $(AOT))" "$(abspath $(JAR))" "$(abspath $(AOT))" "$(JAVA_HOME)" "$(abspath $(JAR))" > $@
	@chmod +x $@
	@rm -f $(AOT)
	@if [ "$(JDK_FEATURE)" -ge 25 ]; then \
		mkdir -p bin/training && \
		$(JAVA) -XX:StartFlightRecording:settings=profile,filename=bin/training/busy.jfr,jdk.FileRead#threshold=0ms,jdk.FileWrite#threshold=0ms,jdk.ExecutionSample#period=1ms \
			-Xlog:jfr+startup=error -cp samples/target/classes jbound.samples.BusyService --seconds 3 --dir bin/training > /dev/null && \
		$(JAVA) -XX:AOTCacheOutput=$(AOT) -Xlog:aot=error -Xlog:cds=error -jar $(JAR) analyze bin/training/busy.jfr --quiet \
			--json bin/training/busy.json --html bin/training/busy.html > bin/training/log 2>&1 \
		|| { rm -f $(AOT); echo "(no ahead-of-time cache: the training run failed; jbound runs without it)"; }; \
		rm -rf bin/training; \
	fi
	@echo "built bin/jbound (JDK: $(JAVA_HOME))"

test: $(NATIVE_LIB)
	mvn -B --no-transfer-progress verify
	@$(MAKE) --no-print-directory bin/jbound
	@# The built jar itself must carry and load the native kernels (the unit tests load them from the class path).
	@bin/jbound ladder --kernel sum-of-squares --sizes 100 2>/dev/null | grep -q "native kernels loaded from the jar" \
		&& echo "jar check: the native kernels load from jbound.jar" \
		|| { echo "jar check FAILED: jbound.jar did not load its native kernels" >&2; exit 1; }

# The quick tests only: those tagged @Slow (recording workloads, attaching, a browser) are left out.
test-fast: $(NATIVE_LIB)
	mvn -B --no-transfer-progress -q test -DexcludedGroups=slow

run: build $(RECORDINGS)/Mixed.jfr
	bin/jbound analyze $(RECORDINGS)/Mixed.jfr --json $(RECORDINGS)/Mixed.json --html $(RECORDINGS)/Mixed.html
	@echo "Report: $(abspath $(RECORDINGS)/Mixed.html)"

samples: build $(foreach s,$(SAMPLES),$(RECORDINGS)/$(s).jfr) $(foreach s,$(IMPROVED),$(RECORDINGS)/$(s)-improved.jfr)

$(RECORDINGS)/%-improved.jfr: $(JAR)
	@mkdir -p $(RECORDINGS)
	@echo "recording the $* sample's improved variant for $(SECONDS) s ..."
	$(JAVA) -XX:StartFlightRecording:settings=$(JFC),$(IMPROVED_SETTINGS)$(TIMING_$*),filename=$@.tmp -Xlog:jfr+startup=error \
		--add-modules jdk.incubator.vector -cp samples/target/classes jbound.samples.$* --seconds $(SECONDS) --dir $(RECORDINGS)/work --improved
	@mv $@.tmp $@

$(RECORDINGS)/%.jfr: $(JAR)
	@mkdir -p $(RECORDINGS)
	@echo "recording the $* sample for $(SECONDS) s ..."
	$(JAVA) -XX:StartFlightRecording:settings=$(JFC)$(TIMING_$*),filename=$@.tmp -Xlog:jfr+startup=error \
		-cp samples/target/classes jbound.samples.$* --seconds $(SECONDS) --dir $(RECORDINGS)/work
	@mv $@.tmp $@

# The strict measurement of the ladder: JMH, one forked JVM per rung, size and kernel (about 5 minutes).
bench: build
	$(JAVA) --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED \
		-cp "bench/target/classes:bench/target/lib/*" org.openjdk.jmh.Main LadderBenchmark $(BENCH_ARGS)

# jbound against jfr view/summary, JDK Mission Control's report and async-profiler's converter on
# one large multi-chunk file (PERF_MB, default 1024).
perf: build
	bench/perf.sh

# jbound fleet as a Spark job (fleet-spark/): its jar, what spark-submit needs beside it
# (fleet-spark/target/jbound-lib), and Spark itself for the launcher, which needs no Spark installation.
SPARK_JAR := fleet-spark/target/jbound-fleet-spark.jar

spark: bin/jbound-spark

$(SPARK_JAR): $(JAR) fleet-spark/pom.xml $(shell find fleet-spark/src/main -type f)
	$(MVN) -DskipTests package -pl fleet-spark -am
	@touch $(SPARK_JAR)

bin/jbound-spark: $(SPARK_JAR)
	@mkdir -p bin
	@printf '#!/bin/sh\n# Generated by make spark: jbound fleet as a Spark job on this machine (local[*]; JBOUND_SPARK_OPTS=-Dspark.master=local[2], say).\nexec "%s/bin/java" $$(cat "%s") $$JBOUND_SPARK_OPTS -cp "%s:%s/*:%s/*" jbound.fleet.spark.SparkFleet "$$@"\n' \
		"$(JAVA_HOME)" "$(abspath fleet-spark/target/java-options)" "$(abspath $(SPARK_JAR))" "$(abspath fleet-spark/target/jbound-lib)" \
		"$(abspath fleet-spark/target/spark-lib)" > $@
	@chmod +x $@
	@echo "built bin/jbound-spark (JDK: $(JAVA_HOME))"

# The Spark job on PERF_SPARK_RECORDINGS copies of the samples' recordings, on one core and on two.
perf-spark: spark
	bench/perf-spark.sh

clean:
	$(MVN) clean
	rm -rf bin/jbound bin/jbound-spark $(RECORDINGS) native/build
