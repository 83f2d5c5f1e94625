package jbound.live;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jdk.management.jfr.FlightRecorderMXBean;
import jdk.management.jfr.RecordingInfo;

/**
 * jbound's own recording in a target JVM: started with jbound's settings, its bytes brought back
 * over the management connection, closed on every way out.
 *
 * <p>The target is left as it was found even when jbound cannot close what it started: the
 * recording always has a duration (the one asked for, or a lease that each look at it renews), so
 * the target stops it by itself; and it has a destination, so that stopping it writes it there and
 * closes it — the Flight Recorder closes a recording it has copied out. The destination is a
 * file in a folder of jbound's where the target runs as jbound's user (and writes it there on exit
 * too, so a target that ends mid-recording leaves what it recorded), {@code /dev/null} otherwise.
 * Before jbound stops the recording itself it takes the destination away, so the recording stays
 * for its bytes to be read.
 */
public final class LiveRecording implements AutoCloseable {

    /** Recordings jbound starts are named so, with jbound's pid: one in a target at a time. */
    public static final String NAME_PREFIX = "jbound-";
    /** A bound on what the target keeps on disk for jbound, whatever the duration. */
    static final String MAX_SIZE = Long.toString(512L << 20);
    /** Bytes per read of the stream: large enough that a 10 MB recording is ten calls. */
    private static final String BLOCK_SIZE = "1000000";
    /** How long a target that is exiting is given to finish writing what it recorded. */
    private static final Duration EXIT_WAIT = Duration.ofSeconds(30);

    private final AttachedJvm target;
    private final FlightRecorderMXBean flightRecorder;
    private final long id;
    private final Path exitDump;
    private final Instant started;
    private boolean closed;

    private LiveRecording(AttachedJvm target, FlightRecorderMXBean flightRecorder, long id, Path exitDump, Instant started) {
        this.target = target;
        this.flightRecorder = flightRecorder;
        this.id = id;
        this.exitDump = exitDump;
        this.started = started;
    }

    /**
     * Starts a recording that the target ends by itself after {@code duration}.
     *
     * @param purpose  what it is for, in its name ("record", "top")
     * @param exitDir  a folder of jbound's where the target may write the recording if it ends
     *                 first, or null for none
     * @param keep     how much of the past the target keeps (the rest is dropped as it ages), or
     *                 null for all of it
     */
    public static LiveRecording start(AttachedJvm target, String purpose, Duration duration, Path exitDir, Duration keep)
            throws TargetException {
        FlightRecorderMXBean flightRecorder = target.flightRecorder();
        try {
            refuseASecondJbound(target, flightRecorder);
            String name = NAME_PREFIX + purpose + "-" + ProcessHandle.current().pid();
            Path exitDump = exitDir != null && sameUser(target) ? exitDir.resolve("target-" + target.jvm().pid() + ".jfr") : null;
            long id = flightRecorder.newRecording();
            try {
                Map<String, String> options = new HashMap<>();
                options.put("name", name);
                options.put("disk", "true");
                options.put("maxSize", MAX_SIZE);
                options.put("duration", millis(duration));
                options.put("destination", exitDump == null ? "/dev/null" : exitDump.toString());
                options.put("dumpOnExit", Boolean.toString(exitDump != null));
                if (keep != null) {
                    options.put("maxAge", millis(keep));
                }
                flightRecorder.setRecordingOptions(id, options);
                flightRecorder.setRecordingSettings(id, JboundJfc.settings());
                flightRecorder.startRecording(id);
            } catch (RuntimeException e) {
                closeQuietly(flightRecorder, id);
                throw e;
            }
            return new LiveRecording(target, flightRecorder, id, exitDump, Instant.now());
        } catch (RuntimeException e) {
            throw failure(target, e);
        }
    }

    private static void refuseASecondJbound(AttachedJvm target, FlightRecorderMXBean flightRecorder) throws TargetException {
        for (RecordingInfo recording : flightRecorder.getRecordings()) {
            if (recording.getName().startsWith(NAME_PREFIX) && recording.getState().equals("RUNNING")) {
                throw new TargetException("pid " + target.jvm().pid() + " already runs jbound's recording '" + recording.getName()
                        + "' (another jbound is looking at it); wait for it to end, or stop it: jcmd " + target.jvm().pid()
                        + " JFR.stop name=" + recording.getName());
            }
        }
    }

    private static boolean sameUser(AttachedJvm target) {
        return target.jvm().user().map(user -> user.equals(System.getProperty("user.name"))).orElse(false);
    }

    /** Moves the time the target ends the recording by itself to {@code fromNow} from now. */
    public void extend(Duration fromNow) throws TargetException {
        Duration total = Duration.between(started, Instant.now()).plus(fromNow);
        setOption("duration", millis(total));
    }

    /** Whether the recording still runs: false once the target ended it (its duration) or the target ended. */
    public boolean isRunning() throws TargetException {
        try {
            return info().map(r -> r.getState().equals("RUNNING")).orElse(false);
        } catch (TargetException e) {
            if (target.jvm().isAlive()) {
                throw e;
            }
            return false;
        }
    }

    /**
     * Writes what the target recorded from {@code since} on into {@code file}, the recording going
     * on: a stopped copy of it is read and closed. Whole chunks: each copy ends one, so a chunk
     * spans the time between two looks.
     *
     * @return the bytes written
     */
    public long copyRecent(Path file, Instant since) throws TargetException, IOException {
        long copy;
        try {
            copy = flightRecorder.cloneRecording(id, true);
        } catch (RuntimeException e) {
            throw failure(target, e);
        }
        try {
            return read(copy, file, since);
        } finally {
            closeQuietly(flightRecorder, copy);
        }
    }

    /**
     * Stops the recording and writes all it holds into {@code file}. Where the target ended first,
     * what it wrote into jbound's folder as it exited is taken instead.
     */
    public Retrieved stopAndCopy(Path file) throws TargetException, IOException {
        try {
            if (isRunning()) {
                keepAfterStop();
                stop();
            }
            if (info().isEmpty()) {
                throw new TargetException("the target ended jbound's recording before it could be read");
            }
            return new Retrieved(read(id, file, null), false);
        } catch (TargetException e) {
            // A target that is exiting closes the recording (writing it into jbound's folder) and drops its
            // connections before its process ends: it is given the time to end before this is called a failure.
            if (!target.jvm().endsWithin(EXIT_WAIT)) {
                throw e;
            }
            return salvage(file, e);
        }
    }

    private void stop() throws TargetException {
        try {
            flightRecorder.stopRecording(id);
        } catch (RuntimeException e) {
            if (isRunning()) {
                throw failure(target, e);
            }
            // Stopped meanwhile, between the look and the call: its duration ended, or the target is exiting.
        }
    }

    /** What the target wrote as it exited, the target having ended. */
    private Retrieved salvage(Path file, TargetException lost) throws TargetException, IOException {
        Optional<Path> written = exitDump();
        if (written.isEmpty()) {
            throw new TargetException("pid " + target.jvm().pid() + " ended mid-recording and left nothing jbound can read"
                    + (exitDump == null ? " (it runs as another user, so it could not write into jbound's folder)" : ""), lost);
        }
        Files.copy(written.get(), file, StandardCopyOption.REPLACE_EXISTING);
        return new Retrieved(Files.size(file), true);
    }

    /**
     * What was brought back.
     *
     * @param bytes       the recording's size
     * @param targetEnded the target ended before jbound stopped it: this is what it wrote as it exited
     */
    public record Retrieved(long bytes, boolean targetEnded) {
    }

    /** What the target wrote when it ended, where it could write into jbound's folder. */
    public Optional<Path> exitDump() {
        return Optional.ofNullable(exitDump).filter(Files::isRegularFile).filter(f -> f.toFile().length() > 0);
    }

    private long read(long recording, Path file, Instant since) throws TargetException, IOException {
        Map<String, String> options = new HashMap<>();
        options.put("blockSize", BLOCK_SIZE);
        if (since != null) {
            options.put("startTime", since.toString());
        }
        long stream;
        try {
            stream = flightRecorder.openStream(recording, options);
        } catch (IOException | RuntimeException e) {
            throw failure(target, e);
        }
        long written = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] block;
            while ((block = readBlock(stream)) != null) {
                out.write(block);
                written += block.length;
            }
        } finally {
            try {
                flightRecorder.closeStream(stream);
            } catch (IOException | RuntimeException e) {
                // Closed with the recording, or with the target.
            }
        }
        return written;
    }

    private byte[] readBlock(long stream) throws TargetException {
        try {
            return flightRecorder.readStream(stream);
        } catch (IOException | RuntimeException e) {
            throw failure(target, e);
        }
    }

    /** Takes the destination away: stopping or closing the recording then writes nothing and keeps it. */
    private void keepAfterStop() throws TargetException {
        setOption("destination", null);
    }

    private void setOption(String option, String value) throws TargetException {
        Map<String, String> options = new HashMap<>();
        options.put(option, value);
        try {
            flightRecorder.setRecordingOptions(id, options);
        } catch (RuntimeException e) {
            throw failure(target, e);
        }
    }

    private Optional<RecordingInfo> info() throws TargetException {
        try {
            return flightRecorder.getRecordings().stream().filter(r -> r.getId() == id).findFirst();
        } catch (RuntimeException e) {
            throw failure(target, e);
        }
    }

    /** Closes the recording in the target, wherever it stands; a target that ended has nothing left to close. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (isRunning()) {
                keepAfterStop();
            }
            closeQuietly(flightRecorder, id);
        } catch (TargetException | RuntimeException e) {
            // The target ended: with it went the recording.
        }
    }

    private static void closeQuietly(FlightRecorderMXBean flightRecorder, long recording) {
        try {
            flightRecorder.closeRecording(recording);
        } catch (IOException | RuntimeException e) {
            // Already closed by the target (its duration ended), or the target ended.
        }
    }

    /**
     * A failed management call: the connection lost (the proxy wraps that in an unchecked
     * exception), or the target refusing a call, which is jbound's bug and stays one.
     */
    private static TargetException failure(AttachedJvm target, Exception e) {
        boolean refused = e instanceof IllegalArgumentException || e instanceof IllegalStateException;
        if (refused && target.jvm().isAlive()) {
            throw (RuntimeException) e;
        }
        return target.lost(e);
    }

    private static String millis(Duration duration) {
        return Math.max(1, duration.toMillis()) + "ms";
    }
}
