package jbound.support;

import jdk.jfr.DataAmount;
import jdk.jfr.Event;
import jdk.jfr.Name;
import jdk.jfr.Percentage;

/**
 * An idle program that declares events of its own under the JDK's names: some with other
 * fields than the JDK's (a text byte count, a numeric JVM name), some with the JDK's fields but
 * impossible values (a load of NaN, a write of {@code Long.MAX_VALUE} bytes).
 */
public final class ImpostorEvents {

    @Name("jdk.SocketRead")
    static final class TextByteCount extends Event {
        String bytesRead = "a lot";
        int host = 42;
    }

    @Name("jdk.CPUInformation")
    static final class TextThreadCount extends Event {
        String hwThreads = "many";
        String cpu = "imaginary";
    }

    @Name("jdk.JVMInformation")
    static final class NumericJvmName extends Event {
        int jvmName = 7;
        int jvmVersion = 8;
    }

    @Name("jdk.CPULoad")
    static final class ImpossibleLoad extends Event {
        @Percentage
        float jvmUser = Float.NaN;
        @Percentage
        float jvmSystem = Float.POSITIVE_INFINITY;
        @Percentage
        float machineTotal = 7f;
    }

    @Name("jdk.FileWrite")
    static final class EndlessWrite extends Event {
        String path = "/forged";
        @DataAmount
        long bytesWritten = Long.MAX_VALUE;
    }

    public static void main(String[] args) throws Exception {
        double seconds = Double.parseDouble(args[1]);
        long end = System.nanoTime() + (long) (seconds * 1e9);
        int writes = 0;
        while (System.nanoTime() < end) {
            // Long enough to pass any duration threshold the JDK's events of these names have.
            TextByteCount read = new TextByteCount();
            read.begin();
            Thread.sleep(5);
            read.commit();
            new TextThreadCount().commit();
            new NumericJvmName().commit();
            new ImpossibleLoad().commit();
            if (writes++ < 3) {
                EndlessWrite write = new EndlessWrite();
                write.begin();
                Thread.sleep(5);
                write.commit();
            }
            Thread.sleep(500);
        }
    }
}
