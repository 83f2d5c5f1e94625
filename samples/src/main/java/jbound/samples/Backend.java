package jbound.samples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** A {@link SlowServer} started in a child JVM, so that its threads stay out of the sample's recording. */
final class Backend implements AutoCloseable {

    private final Process process;
    private final int port;

    private Backend(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static Backend start(long replyDelayMillis) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), SlowServer.class.getName(),
                Long.toString(replyDelayMillis));
        // The backend must not record itself even when the sample's JVM was started through JAVA_TOOL_OPTIONS.
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process process = builder.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII));
        String portLine = out.readLine();
        if (portLine == null) {
            process.destroyForcibly();
            throw new IOException("the backend JVM exited before it listened");
        }
        return new Backend(process, Integer.parseInt(portLine.trim()));
    }

    int port() {
        return port;
    }

    @Override
    public void close() {
        process.destroy();
    }
}
