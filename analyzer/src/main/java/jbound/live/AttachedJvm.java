package jbound.live;

import java.io.IOException;
import java.time.Duration;
import java.util.Properties;

import javax.management.JMX;
import javax.management.MBeanServerConnection;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

import com.sun.tools.attach.AttachNotSupportedException;
import com.sun.tools.attach.VirtualMachine;

import jdk.management.jfr.FlightRecorderMXBean;

/**
 * A JVM attached to through the JDK's attach API, and its Flight Recorder reached over its local
 * management agent (started if it was not, as jconsole and JMC do; it stays started). Closing
 * detaches and closes the connection; recordings are {@link LiveRecording}'s job.
 */
public final class AttachedJvm implements AutoCloseable {

    /** The oldest JDK whose FlightRecorderMXBean has all jbound uses (cloneRecording, openStream): 11 (and 8u262). */
    static final int OLDEST_FEATURE = 11;
    /** An RMI call that gets no answer in this long fails, rather than hang on a stuck target. */
    private static final String RESPONSE_TIMEOUT_MILLIS = "30000";
    private static final String LOCAL_CONNECTOR = "com.sun.management.jmxremote.localConnectorAddress";

    private final LocalJvm jvm;
    private final VirtualMachine machine;
    private final Properties properties;
    private JMXConnector connector;
    private FlightRecorderMXBean flightRecorder;

    private AttachedJvm(LocalJvm jvm, VirtualMachine machine, Properties properties) {
        this.jvm = jvm;
        this.machine = machine;
        this.properties = properties;
    }

    /** How long a target whose connection failed is given to end before jbound says it stopped answering. */
    private static final Duration ENDING_GRACE = Duration.ofSeconds(2);

    public static AttachedJvm attach(LocalJvm jvm) throws TargetException {
        System.setProperty("sun.rmi.transport.tcp.responseTimeout", RESPONSE_TIMEOUT_MILLIS);
        VirtualMachine machine;
        try {
            machine = VirtualMachine.attach(Long.toString(jvm.pid()));
        } catch (AttachNotSupportedException | IOException e) {
            throw refused(jvm, e);
        }
        try {
            return new AttachedJvm(jvm, machine, machine.getSystemProperties());
        } catch (IOException e) {
            detachQuietly(machine);
            throw new TargetException("pid " + jvm.pid() + " stopped answering after attach (" + reason(e) + ")", e);
        }
    }

    private static TargetException refused(LocalJvm jvm, Exception e) {
        String pid = Long.toString(jvm.pid());
        if (!jvm.isAlive()) {
            return new TargetException("pid " + pid + " ended before jbound could attach", e);
        }
        String user = jvm.user().orElse("?");
        String self = System.getProperty("user.name");
        if (!user.equals(self) && !self.equals("root")) {
            return new TargetException("pid " + pid + " belongs to " + user + ": run jbound as that user (sudo -u " + user + " jbound ...)", e);
        }
        return new TargetException("cannot attach to pid " + pid + " (" + e.getMessage() + "): attach may be disabled "
                + "(-XX:+DisableAttachMechanism); record it from its start instead: "
                + "java -XX:StartFlightRecording:settings=jbound.jfc,filename=app.jfr ... (jbound jfc > jbound.jfc)", e);
    }

    public LocalJvm jvm() {
        return jvm;
    }

    /** The target's java.version, such as 17.0.15 or 1.8.0_412. */
    public String javaVersion() {
        return properties.getProperty("java.version", "?");
    }

    /** The target's feature release: 8 for 1.8, 17 for 17.0.15; 0 where it cannot be read. */
    public int feature() {
        String spec = properties.getProperty("java.specification.version", "0");
        try {
            return Integer.parseInt(spec.startsWith("1.") ? spec.substring(2) : spec);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The address of the target's local management agent, where one was started before jbound came. */
    public boolean hasManagementAgent() throws TargetException {
        try {
            return machine.getAgentProperties().getProperty(LOCAL_CONNECTOR) != null;
        } catch (IOException e) {
            throw new TargetException("pid " + jvm.pid() + " stopped answering (" + reason(e) + ")", e);
        }
    }

    /** The target's Flight Recorder, over its local management agent. */
    public FlightRecorderMXBean flightRecorder() throws TargetException {
        if (flightRecorder == null) {
            requireSupportedJdk();
            MBeanServerConnection connection = connection();
            try {
                ObjectName name = new ObjectName(FlightRecorderMXBean.MXBEAN_NAME);
                if (!connection.isRegistered(name)) {
                    throw new TargetException("pid " + jvm.pid() + " (Java " + javaVersion() + ") has no Flight Recorder "
                            + "management interface (jdk.management.jfr); it needs JDK 11 or later, or 8u262 or later");
                }
                flightRecorder = JMX.newMXBeanProxy(connection, name, FlightRecorderMXBean.class);
            } catch (MalformedObjectNameException e) {
                throw new IllegalStateException(e);
            } catch (IOException e) {
                throw lost(e);
            }
        }
        return flightRecorder;
    }

    private void requireSupportedJdk() throws TargetException {
        int feature = feature();
        boolean backport = feature == 8 && update(javaVersion()) >= 262;
        if (feature != 0 && feature < OLDEST_FEATURE && !backport) {
            throw new TargetException("pid " + jvm.pid() + " runs Java " + javaVersion() + ", older than jbound's live commands need "
                    + "(JDK 11, or 8u262 and later); record it with: jcmd " + jvm.pid() + " JFR.start duration=30s filename=/tmp/app.jfr"
                    + ", then jbound analyze /tmp/app.jfr");
        }
    }

    /** 412 for 1.8.0_412; 0 where there is none. */
    private static int update(String version) {
        int underscore = version.indexOf('_');
        if (underscore < 0) {
            return 0;
        }
        String digits = version.substring(underscore + 1).replaceAll("\\D.*", "");
        return digits.isEmpty() ? 0 : Integer.parseInt(digits);
    }

    private MBeanServerConnection connection() throws TargetException {
        try {
            if (connector == null) {
                String address = machine.startLocalManagementAgent();
                connector = JMXConnectorFactory.connect(new JMXServiceURL(address));
            }
            return connector.getMBeanServerConnection();
        } catch (IOException e) {
            throw lost(e);
        }
    }

    /**
     * The connection failed: the target ended (a JVM shutting down drops its connections a moment
     * before its process is gone, so the end is waited for a little), or it stopped answering.
     */
    TargetException lost(Exception e) {
        return jvm.endsWithin(ENDING_GRACE)
                ? new TargetException("pid " + jvm.pid() + " ended", e)
                : new TargetException("pid " + jvm.pid() + " stopped answering its management agent (" + reason(e) + ")", e);
    }

    /** What went wrong, in words: the first message along the causes, else the innermost cause's kind (many I/O failures have no message). */
    static String reason(Throwable e) {
        Throwable innermost = e;
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                return cause.getMessage();
            }
            innermost = cause;
        }
        return innermost.getClass().getSimpleName();
    }

    @Override
    public void close() {
        if (connector != null) {
            try {
                connector.close();
            } catch (IOException e) {
                // Gone with the target: nothing is left to close.
            }
        }
        detachQuietly(machine);
    }

    private static void detachQuietly(VirtualMachine machine) {
        try {
            machine.detach();
        } catch (IOException e) {
            // The target is gone; there is nothing to detach from.
        }
    }
}
