package jbound.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A server (a main class that prints its port as its first line) in a JVM of its own, so that its
 * threads stay out of the recording of the workload that calls it, as a remote service's would.
 */
public final class ChildServer implements AutoCloseable {

    private final Process process;
    private final int port;

    private ChildServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static ChildServer start(Class<?> main, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        // The server must not record itself, whatever options the workload's JVM was started with.
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process process = builder.start();
        String portLine = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        if (portLine == null) {
            process.destroyForcibly();
            throw new IOException(main.getSimpleName() + " exited before it listened");
        }
        return new ChildServer(process, Integer.parseInt(portLine.trim()));
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        process.destroy();
    }
}
