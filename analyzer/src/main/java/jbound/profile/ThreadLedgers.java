package jbound.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jbound.recording.EventCatalog;

/**
 * Makes each thread's {@link ThreadLedger} from its {@link ThreadEvidence}, taking every figure
 * from the best source at hand, then reconciles the threads' CPU with the process's measured CPU.
 */
final class ThreadLedgers {

    /** The JDK's default sampling periods, for recordings that do not say which was in force. */
    static final long DEFAULT_EXECUTION_PERIOD_NANOS = 20_000_000L;
    static final long DEFAULT_NATIVE_PERIOD_NANOS = 20_000_000L;
    /** async-profiler's and Datadog's default CPU sampling interval (its {@code interval=0} means this). */
    static final long DEFAULT_PROFILER_INTERVAL_NANOS = 10_000_000L;
    /** The JDK's default period of {@code jdk.ThreadCPULoad} ({@code default} and {@code profile} settings). */
    static final long DEFAULT_THREAD_CPU_LOAD_PERIOD_NANOS = 10_000_000_000L;
    /**
     * Sampled CPU below this share of the process's measured CPU (less what was measured per thread)
     * is an undercount to correct, not noise: the JDK's sampler takes at most a few threads per period.
     */
    static final double SAMPLES_UNDERCOUNT_BELOW = 0.8;

    private ThreadLedgers() {
    }

    /** The ledgers and what the samples covered of the measured CPU. */
    record Result(List<ThreadLedger> threads, CpuCoverage coverage) {
    }

    /**
     * What the JVM did beside the threads: its stop-the-world pauses, and whether its event-loop
     * threads received (then a future the application waited on is taken for a remote call).
     */
    record JvmContext(PauseIntervals pauses, boolean eventLoopsReceived) {
    }

    static Result of(List<ThreadEvidence> evidence, List<String> names, List<Boolean> virtual, List<ThreadRole> roles,
                     RecordingSettings settings, int cores, long recordingStartNanos, ProcessLoad process, JvmContext jvm) {
        Periods periods = Periods.of(settings);
        List<ThreadLedger> ledgers = new ArrayList<>();
        List<Long> carriedIn = new ArrayList<>();
        for (int id = 0; id < evidence.size(); id++) {
            ThreadEvidence e = evidence.get(id);
            if (e != null) {
                Drafted drafted = ledger(e, names.get(id), virtual.get(id), roles.get(id),
                        periods, Math.max(1, cores), recordingStartNanos, process.machineFull(), jvm);
                ledgers.add(drafted.ledger());
                carriedIn.add(drafted.carriedInCpuNanos());
            }
        }
        long sampled = ledgers.stream().mapToLong(ThreadLedger::sampledCpuNanos).sum();
        CpuCoverage coverage = new CpuCoverage(process.processCpuNanos(), sampled, 0, false);
        if (process.known()) {
            fitFirstReadingsToTheProcess(ledgers, carriedIn, process.processCpuNanos());
        }
        shareCarriersCpu(ledgers);
        if (process.known()) {
            coverage = reconcile(ledgers, process.processCpuNanos(), sampled);
        }
        ledgers.sort(Comparator.comparingLong(ThreadLedger::activeNanos).reversed().thenComparing(ThreadLedger::name));
        return new Result(List.copyOf(ledgers), coverage);
    }

    /**
     * A thread's first {@code jdk.ThreadCPULoad} reading is its CPU since it started: for a thread
     * that was there before the recording (the main thread, the JIT compilers) it carries start-up
     * work the recording never saw, spread over the recording's first period. Where the threads'
     * readings add up to more than the process was measured to use, the excess is taken out of those
     * first readings, in proportion, and out of the time the threads were seen with it.
     */
    private static void fitFirstReadingsToTheProcess(List<ThreadLedger> ledgers, List<Long> carriedIn, long processCpu) {
        long measured = 0;
        long carried = 0;
        for (int i = 0; i < ledgers.size(); i++) {
            if (ledgers.get(i).cpuSource() == CpuSource.THREAD_CPU_LOAD) {
                measured += ledgers.get(i).cpuNanos();
                carried += carriedIn.get(i);
            }
        }
        long excess = measured - processCpu;
        if (excess <= 0 || carried <= 0) {
            return;
        }
        double removedShare = Math.min(1.0, (double) excess / carried);
        for (int i = 0; i < ledgers.size(); i++) {
            ThreadLedger t = ledgers.get(i);
            if (t.cpuSource() == CpuSource.THREAD_CPU_LOAD && carriedIn.get(i) > 0) {
                ledgers.set(i, t.withoutCpu((long) (carriedIn.get(i) * removedShare)));
            }
        }
    }

    /**
     * A carrier's {@code jdk.ThreadCPULoad} is the CPU of the virtual threads it ran (and of the
     * scheduler between them). The virtual threads have no reading of their own, and their
     * execution samples are a lower bound: the JDK's sampler takes a few threads per period, and a
     * virtual thread that runs for microseconds between waits is rarely caught. Where their samples
     * fall short of the carriers' measured CPU, the rest is shared out over the virtual threads,
     * first by their samples, then by the unseen time they have left; no thread gets more than its
     * unseen time, so CPU never displaces what events account for. The carriers themselves stay
     * out of the application's ledger, so that the CPU is counted once.
     */
    private static void shareCarriersCpu(List<ThreadLedger> ledgers) {
        long carriers = ledgers.stream().filter(t -> t.role() == ThreadRole.CARRIER && t.cpuSource() == CpuSource.THREAD_CPU_LOAD)
                .mapToLong(ThreadLedger::cpuNanos).sum();
        List<Integer> sampledOnly = new ArrayList<>();
        for (int i = 0; i < ledgers.size(); i++) {
            ThreadLedger t = ledgers.get(i);
            if (t.virtual() && (t.cpuSource() == CpuSource.EXECUTION_SAMPLES || t.cpuSource() == CpuSource.NONE)) {
                sampledOnly.add(i);
            }
        }
        long sampled = sampledOnly.stream().mapToLong(i -> ledgers.get(i).cpuNanos()).sum();
        if (carriers <= 0 || sampledOnly.isEmpty() || sampled >= SAMPLES_UNDERCOUNT_BELOW * carriers) {
            return;
        }
        long rest = carriers - sampled;
        long[] extra = new long[sampledOnly.size()];
        long given = 0;
        for (int k = 0; k < extra.length && sampled > 0; k++) {
            ThreadLedger t = ledgers.get(sampledOnly.get(k));
            extra[k] = Math.min((long) ((double) rest * t.cpuNanos() / sampled), t.unseenNanos());
            given += extra[k];
        }
        long room = 0;
        for (int k = 0; k < extra.length; k++) {
            room += ledgers.get(sampledOnly.get(k)).unseenNanos() - extra[k];
        }
        if (rest > given && room > 0) {
            double share = Math.min(1.0, (double) (rest - given) / room);
            for (int k = 0; k < extra.length; k++) {
                extra[k] += (long) (share * (ledgers.get(sampledOnly.get(k)).unseenNanos() - extra[k]));
            }
        }
        for (int k = 0; k < extra.length; k++) {
            ThreadLedger t = ledgers.get(sampledOnly.get(k));
            if (extra[k] > 0) {
                ledgers.set(sampledOnly.get(k), t.withCpu(t.cpuNanos() + extra[k], CpuSource.CARRIER_CPU_BY_SAMPLES, t.unseenNanos() - extra[k]));
            }
        }
    }

    /**
     * Where the threads' CPU came from the JDK's execution samples (a lower bound) and the process
     * measured more CPU than all the threads' figures, the rest is shared out over those threads by
     * their samples — samples say where CPU went, the process says how much. No thread gets more
     * than its unseen time: CPU never displaces time that events account for.
     */
    private static CpuCoverage reconcile(List<ThreadLedger> ledgers, long processCpu, long sampled) {
        long measured = 0;
        long lowerBound = 0;
        for (ThreadLedger t : ledgers) {
            if (t.cpuSource() == CpuSource.EXECUTION_SAMPLES) {
                lowerBound += t.cpuNanos();
            } else if (t.cpuSource() != CpuSource.CARRIER_CPU_BY_SAMPLES) {
                // A virtual thread's share of its carriers' CPU is in the carriers' readings already.
                measured += t.cpuNanos();
            }
        }
        long remainder = processCpu - measured;
        boolean corrected = lowerBound > 0 && lowerBound < SAMPLES_UNDERCOUNT_BELOW * remainder;
        if (corrected) {
            double factor = (double) remainder / lowerBound;
            ledgers.replaceAll(t -> {
                if (t.cpuSource() != CpuSource.EXECUTION_SAMPLES) {
                    return t;
                }
                long extra = Math.min((long) (t.cpuNanos() * (factor - 1)), t.unseenNanos());
                return t.withCpu(t.cpuNanos() + extra, CpuSource.PROCESS_CPU_BY_SAMPLES, t.unseenNanos() - extra);
            });
        }
        return new CpuCoverage(processCpu, sampled, measured, corrected);
    }

    /** A thread's ledger before it is fitted to the process, and the CPU its first reading may carry from before the recording. */
    private record Drafted(ThreadLedger ledger, long carriedInCpuNanos) {
    }

    /** @param machineFull whether the machine's cores were full: then unseen time may be the run queue, not native code */
    private static Drafted ledger(ThreadEvidence e, String name, boolean virtual, ThreadRole role, Periods periods, int cores,
                                  long recordingStart, boolean machineFull, JvmContext jvm) {
        long carriedIn = 0;
        long start = e.firstNanos;
        long end = e.lastNanos;
        double measuredCores = Double.NaN;
        long measuredCpu = -1;
        if (e.cpuLoadReadings > 0) {
            // The first reading covers the time since the thread started, counted here from the
            // recording's start or the thread's first event; every later one covers one period.
            long coverStart = Math.max(recordingStart, e.firstReadingNanos - periods.threadCpuLoad());
            if (e.firstNanos != Long.MAX_VALUE && e.firstNanos > coverStart && e.firstNanos < e.firstReadingNanos) {
                coverStart = e.firstNanos;
            }
            long span = Math.max(e.lastReadingNanos, e.firstReadingNanos) - coverStart;
            double laterShares = Math.max(0, e.cpuLoadSum - e.firstReadingShare);
            double firstCpu = cores * e.firstReadingShare * (e.firstReadingNanos - coverStart);
            double cpu = firstCpu + cores * laterShares * periods.threadCpuLoad();
            // The reading taken as the recording stopped covers only the time since the one before it.
            long lastGap = e.previousReadingNanos == Long.MIN_VALUE ? periods.threadCpuLoad() : e.lastReadingNanos - e.previousReadingNanos;
            if (e.cpuLoadReadings >= 2 && lastGap < periods.threadCpuLoad()) {
                cpu -= cores * e.lastReadingShare * (periods.threadCpuLoad() - Math.max(0, lastGap));
            }
            if (coverStart == recordingStart) {
                carriedIn = (long) Math.min(firstCpu, span);
            }
            // One thread runs on one core at a time, whatever the readings add up to.
            measuredCpu = (long) Math.min(cpu, span);
            measuredCores = span > 0 ? (double) measuredCpu / span : e.cpuLoadSum / e.cpuLoadReadings * cores;
            start = Math.min(start, coverStart);
            end = Math.max(end, e.lastReadingNanos);
        }
        long observed = end > start ? end - start : 0;
        long wallTotal = e.wallSampleCount();
        long sampledCpu = e.executionSamples * periods.execution() + e.cpuTimeSamples * Math.max(0, periods.cpuTime())
                + e.profilerCpuSamples * periods.profiler();
        long cpu;
        CpuSource source;
        if (measuredCpu >= 0) {
            cpu = measuredCpu;
            source = CpuSource.THREAD_CPU_LOAD;
        } else if (e.cpuTimeSamples > 0 && periods.cpuTime() > 0) {
            cpu = e.cpuTimeSamples * periods.cpuTime();
            source = CpuSource.CPU_TIME_SAMPLES;
        } else if (e.profilerCpuSamples > 0) {
            cpu = e.profilerCpuSamples * periods.profiler();
            source = CpuSource.PROFILER_CPU_SAMPLES;
        } else if (wallTotal > 0) {
            cpu = wallShare(e, WallActivity.CPU, observed);
            source = CpuSource.WALL_SAMPLES;
        } else if (e.executionSamples > 0) {
            cpu = e.executionSamples * periods.execution();
            source = CpuSource.EXECUTION_SAMPLES;
        } else {
            cpu = 0;
            source = CpuSource.NONE;
        }
        // A future's wait is a remote call where event loops received the replies, a wait for others' work otherwise.
        long inferredRemote = jvm.eventLoopsReceived() ? e.futureWaitNanos : 0;
        long remote = e.remoteCallNanos + inferredRemote;
        long io = Math.max(e.ioEventNanos + remote, Math.max(e.nativeIoSamples * periods.nativeSamples(), wallShare(e, WallActivity.IO, observed)));
        long lock = Math.max(e.lockNanos, wallShare(e, WallActivity.LOCK, observed));
        long wait = Math.max(e.waitNanos + e.sleepNanos + e.idleIoEventNanos + (e.futureWaitNanos - inferredRemote),
                wallShare(e, WallActivity.WAITING, observed));
        long accounted = cpu + io + lock + wait;
        // Events overlap samples and a reading's period may reach before the first event: the
        // thread was there at least as long as what it is known to have done.
        observed = Math.max(observed, accounted);
        long unseen = observed - accounted;
        // The collector's pauses stopped every thread and are recorded exactly; what nothing else
        // explains of the time they cover is time the thread stood stopped.
        long seenFrom = start == Long.MAX_VALUE ? recordingStart : start;
        long stopped = Math.min(unseen, jvm.pauses().within(seenFrom, seenFrom + observed));
        unseen -= stopped;
        long nativeBlocked = 0;
        // On a full machine a thread's unseen time is as likely spent runnable, waiting for a core,
        // as in native code: left unseen, for the verdict to weigh, not shared out by the native samples' mix.
        if (e.nativeSamples > 0 && unseen > 0 && !machineFull) {
            // The JDK's native sampler takes one thread in native code per period, so its samples
            // undercount time; but they show what a thread did in native code, where no event saw
            // it: its unseen time is shared out as its native samples were (I/O, waiting for work, other).
            long nativeIo = (long) ((double) unseen * e.nativeIoSamples / e.nativeSamples);
            long nativeIdle = (long) ((double) unseen * e.nativeIdleSamples / e.nativeSamples);
            // A library's native code (JNI: a database engine, a compressor) computes or blocks.
            // Where the thread's CPU was measured, the CPU it used there is counted already, so the
            // time its native samples cover beyond it is blocked there (on a disk, a device, a
            // native lock) — not on a Java monitor, which a thread in native code cannot wait for.
            if (measuresNativeCpu(source)) {
                nativeBlocked = (long) ((double) unseen * e.nativeLibrarySamples / e.nativeSamples);
            }
            io += nativeIo + nativeBlocked;
            wait += nativeIdle;
            unseen -= nativeIo + nativeIdle + nativeBlocked;
        }
        return new Drafted(new ThreadLedger(name, virtual, role, observed, cpu, source, io, lock, wait, unseen,
                e.executionSamples + e.profilerCpuSamples, e.nativeSamples, e.nativeIoSamples, wallTotal, sampledCpu, measuredCores,
                seenFrom, Math.min(remote, io), Math.min(inferredRemote, io), nativeBlocked, stopped), carriedIn);
    }

    /**
     * Whether a thread's CPU figure includes its CPU in native code: the operating system's count
     * and CPU-time or profiler samples do; the JDK's execution samples, taken in Java code only, do not.
     */
    private static boolean measuresNativeCpu(CpuSource source) {
        return source == CpuSource.THREAD_CPU_LOAD || source == CpuSource.CPU_TIME_SAMPLES || source == CpuSource.PROFILER_CPU_SAMPLES;
    }

    /** Wall samples sample a thread's time uniformly: their shares are shares of the time it was seen. */
    private static long wallShare(ThreadEvidence e, WallActivity activity, long observedNanos) {
        long total = e.wallSampleCount();
        return total == 0 ? 0 : (long) ((double) e.wallSamples[activity.ordinal()] / total * observedNanos);
    }

    /** The sampling periods in force, from the recording's settings or each writer's defaults. */
    record Periods(long execution, long nativeSamples, long cpuTime, long profiler, long threadCpuLoad) {

        static Periods of(RecordingSettings settings) {
            String execution = EventCatalog.EXECUTION_SAMPLE.eventName();
            // async-profiler writes its interval (ns; 0 for its default) where the JDK writes a period.
            long profilerInterval = settings.value(execution, "interval").map(ThreadLedgers::parseLongOrZero).orElse(0L);
            long datadogPeriod = settings.nanos(EventCatalog.DATADOG_EXECUTION_SAMPLE.eventName(), "period").orElse(0);
            long profiler = profilerInterval > 0 ? profilerInterval : datadogPeriod > 0 ? datadogPeriod : DEFAULT_PROFILER_INTERVAL_NANOS;
            return new Periods(
                    settings.nanos(execution, "period").orElse(DEFAULT_EXECUTION_PERIOD_NANOS),
                    settings.nanos(EventCatalog.NATIVE_METHOD_SAMPLE.eventName(), "period").orElse(DEFAULT_NATIVE_PERIOD_NANOS),
                    // The CPU-time sampler's throttle is an interval of CPU time per thread ("10 ms"), or a rate we cannot use.
                    settings.nanos(EventCatalog.CPU_TIME_SAMPLE.eventName(), "throttle").orElse(-1),
                    profiler,
                    settings.nanos(EventCatalog.THREAD_CPU_LOAD.eventName(), "period").orElse(DEFAULT_THREAD_CPU_LOAD_PERIOD_NANOS));
        }
    }

    private static long parseLongOrZero(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return RecordingSettings.parseNanos(text).orElse(0);
        }
    }
}
