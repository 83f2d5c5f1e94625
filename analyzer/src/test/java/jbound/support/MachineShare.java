package jbound.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.opentest4j.TestAbortedException;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * How the machine was shared while a recording was made, as its {@code jdk.CPULoad} events say:
 * the recorded JVM's part and other processes' part, each as a mean fraction of all cores. Read
 * from the file with the JDK's parser, never from jbound's answer: it says whether a workload got
 * the CPU its tests count on, not what jbound made of it.
 *
 * @param jvm      the recorded JVM's mean share of the machine
 * @param others   everything else's mean share (machine total less the JVM's)
 * @param readings how many {@code jdk.CPULoad} events there were; zero when the writer took none
 */
public record MachineShare(double jvm, double others, int readings) {

    /**
     * Others' part above which a workload that computes is taken to have been crowded: on two cores,
     * half a core. Recorded alone here, others take under a tenth of the machine; with both cores
     * kept busy by another process, CpuBound's two workers got one core and others the other.
     */
    static final double CROWDED = 0.25;

    /**
     * Runs {@code recorder}, which makes {@code recording} of a workload that computes, until the
     * workload got its CPU: when other processes crowded the machine while it ran, once more;
     * crowded again, the test that asked is skipped, saying why, for what it checks cannot be read
     * from such a recording.
     */
    public static void recordGettingItsCpu(Runnable recorder, Path recording) {
        recorder.run();
        MachineShare first = of(recording);
        if (!first.crowded()) {
            return;
        }
        try {
            Files.delete(recording);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        recorder.run();
        MachineShare second = of(recording);
        if (second.crowded()) {
            throw new TestAbortedException("the machine was crowded by other processes both times " + recording.getFileName()
                    + " was recorded (" + first + "; then " + second + "): its workload computes and did not get its CPU");
        }
    }

    public static MachineShare of(Path recording) {
        double jvm = 0;
        double others = 0;
        int readings = 0;
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                if (event.getEventType().getName().equals("jdk.CPULoad")) {
                    double ours = event.getFloat("jvmUser") + event.getFloat("jvmSystem");
                    jvm += ours;
                    others += Math.max(0, event.getFloat("machineTotal") - ours);
                    readings++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return readings == 0 ? new MachineShare(0, 0, 0) : new MachineShare(jvm / readings, others / readings, readings);
    }

    /** Whether other processes took enough of the machine that a computing workload went short of CPU. */
    public boolean crowded() {
        return readings > 0 && others >= CROWDED;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "others %.0f%% of the machine, the JVM %.0f%% (%d jdk.CPULoad readings)", 100 * others, 100 * jvm,
                readings);
    }
}
