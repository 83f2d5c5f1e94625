package jbound.support;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A sample running in a child JVM that records into its own disk repository, as any JVM started
 * with {@code -XX:StartFlightRecording} does: the chunk it is writing is there for anyone to copy.
 */
public final class LiveRepository implements AutoCloseable {

    private static final long WAIT_SECONDS = 60;
    private final Path repository;
    private final Process process;
    private final Cores.Lease cores;

    private LiveRepository(Path repository, Process process, Cores.Lease cores) {
        this.repository = repository;
        this.process = process;
        this.cores = cores;
    }

    public static LiveRepository start(String sample, Path repository) throws IOException {
        Files.createDirectories(repository);
        List<String> command = List.of(Recordings.javaHome().resolve("bin/java").toString(),
                "-XX:StartFlightRecording:settings=profile", "-XX:FlightRecorderOptions:repository=" + repository,
                "-Xlog:jfr+startup=error", "-cp", System.getProperty("java.class.path"), "jbound.samples." + sample,
                "--seconds", "120", "--dir", repository.resolve("work").toString());
        Cores.Lease cores = Cores.all();
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return new LiveRepository(repository, process, cores);
        } catch (IOException | RuntimeException e) {
            cores.close();
            throw e;
        }
    }

    /**
     * A copy of the chunk the JVM is writing, taken once the JVM has flushed events into it (the
     * header then points at metadata): woken by the file system at each write, not by a timer.
     */
    public Path copyOfLiveChunk(Path target) throws IOException, InterruptedException {
        Path chunk = FileWatch.until(repository, () -> {
            if (!process.isAlive()) {
                throw new AssertionError("the recording JVM ended before it flushed a chunk");
            }
            return flushedChunk();
        });
        return Files.copy(chunk, target);
    }

    /** A chunk file whose header says the JVM is still writing it and has flushed metadata into it. */
    private Path flushedChunk() throws IOException {
        try (Stream<Path> files = Files.walk(repository, 2)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jfr")).toList()) {
                ByteBuffer header = ByteBuffer.allocate(68);
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                    if (channel.read(header, 0) == 68 && header.getLong(24) != 0 && header.get(64) != 0) {
                        return file;
                    }
                }
            }
        }
        return null;
    }

    @Override
    public void close() throws InterruptedException {
        try {
            process.destroyForcibly();
            process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS);
        } finally {
            cores.close();
        }
    }
}
