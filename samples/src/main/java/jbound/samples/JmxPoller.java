package jbound.samples;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;

import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/** A monitoring client in its own JVM: polls a JMX address every {@value #POLL_MILLIS} ms for a while. */
public final class JmxPoller {

    static final long POLL_MILLIS = 100;

    public static void main(String[] args) throws Exception {
        long deadline = System.nanoTime() + Long.parseLong(args[1]) * 1_000_000L;
        try (JMXConnector connector = JMXConnectorFactory.connect(new JMXServiceURL(args[0]))) {
            MBeanServerConnection connection = connector.getMBeanServerConnection();
            MemoryMXBean memory = ManagementFactory.newPlatformMXBeanProxy(connection, ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
            ThreadMXBean threads = ManagementFactory.newPlatformMXBeanProxy(connection, ManagementFactory.THREAD_MXBEAN_NAME, ThreadMXBean.class);
            while (System.nanoTime() < deadline) {
                long used = memory.getHeapMemoryUsage().getUsed() + threads.getThreadCount();
                if (used < 0) {
                    throw new IllegalStateException("impossible heap use");
                }
                Thread.sleep(POLL_MILLIS);
            }
        }
    }
}
