package jbound.samples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import javax.management.remote.JMXConnectorServer;
import javax.management.remote.JMXConnectorServerFactory;
import javax.management.remote.JMXServiceURL;

/**
 * An idle service that is watched: a JMX connector over RMI on loopback, polled by a monitoring
 * JVM ({@link JmxPoller}, a child process) every {@value JmxPoller#POLL_MILLIS} ms, and a command
 * reader blocked on standard input. The JDK's RMI threads sit in socket reads waiting for the
 * next remote call, the reader waits for someone to type: waiting for work, not I/O to speed up.
 * {@link RemoteManagedBusy} is the same service with workers computing.
 */
public class RemoteManaged {

    public static void main(String[] args) throws Exception {
        run(SampleArgs.parse(args), 0);
        System.out.println("remote-managed: done");
    }

    /** Serves JMX to a poller and reads commands until the deadline, with {@code workers} threads computing meanwhile. */
    static void run(SampleArgs options, int workers) throws Exception {
        long deadline = options.deadlineNanos();
        JMXConnectorServer server = JMXConnectorServerFactory.newJMXConnectorServer(
                new JMXServiceURL("rmi", "127.0.0.1", 0), null, ManagementFactory.getPlatformMBeanServer());
        server.start();
        Thread reader = new Thread(RemoteManaged::readCommands, "command-reader");
        reader.setDaemon(true);
        reader.start();
        Process poller = startPoller(server.getAddress().toString(), options.runFor().toMillis());
        Thread[] computing = new Thread[workers];
        for (int w = 0; w < workers; w++) {
            long seed = w;
            computing[w] = new Thread(() -> CpuBound.crunchUntil(deadline, seed), "worker-" + w);
            computing[w].start();
        }
        try {
            for (Thread worker : computing) {
                worker.join();
            }
            long left = (deadline - System.nanoTime()) / 1_000_000L;
            if (left > 0) {
                Thread.sleep(left);
            }
        } finally {
            poller.destroy();
            poller.waitFor();
            server.stop();
        }
    }

    private static void readCommands() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                System.out.println("command: " + line.strip());
            }
        } catch (IOException e) {
            // standard input closed: nothing more to read
        }
    }

    private static Process startPoller(String address, long millis) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), JmxPoller.class.getName(), address, Long.toString(millis));
        // The poller must not record itself even when this JVM was started through JAVA_TOOL_OPTIONS.
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        return builder.start();
    }
}
