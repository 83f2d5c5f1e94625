package jbound.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * How jbound's CPU divides between its own work and the JDK's JFR parser, from a recording of
 * jbound itself (make perf records one): each execution sample is jbound's where, from the
 * executing end, a jbound frame comes before any of {@code jdk.jfr.internal} — its handlers, the
 * collections and accessors they call — and the parser's where the parser's frame comes first.
 * Prints both shares and the methods that took most of jbound's own part.
 */
public final class OwnShare {

    private static final int TOP = 12;

    private OwnShare() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: OwnShare RECORDING-OF-JBOUND.jfr");
            System.exit(2);
        }
        long own = 0;
        long parser = 0;
        long other = 0;
        Map<String, Long> ownSelf = new HashMap<>();
        try (RecordingFile file = new RecordingFile(Path.of(args[0]))) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                RecordedStackTrace stack = event.getEventType().getName().equals("jdk.ExecutionSample") ? event.getStackTrace() : null;
                if (stack == null || stack.getFrames().isEmpty()) {
                    continue;
                }
                List<RecordedFrame> frames = stack.getFrames();
                switch (whose(frames)) {
                    case OWN -> {
                        own++;
                        RecordedFrame top = frames.getFirst();
                        ownSelf.merge(top.getMethod().getType().getName() + "." + top.getMethod().getName(), 1L, Long::sum);
                    }
                    case PARSER -> parser++;
                    case OTHER -> other++;
                }
            }
        }
        long all = Math.max(1, own + parser + other);
        System.out.printf("jbound's own work %.1f%%, the JDK's JFR parser %.1f%%, other %.1f%% of %d execution samples%n",
                100.0 * own / all, 100.0 * parser / all, 100.0 * other / all, own + parser + other);
        ownSelf.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(TOP)
                .forEach(e -> System.out.printf("  %5.1f%%  %s%n", 100.0 * e.getValue() / all, e.getKey()));
    }

    private enum Whose { OWN, PARSER, OTHER }

    private static Whose whose(List<RecordedFrame> framesLeafFirst) {
        for (RecordedFrame frame : framesLeafFirst) {
            String type = frame.getMethod().getType().getName();
            if (type.startsWith("jbound.")) {
                return Whose.OWN;
            }
            if (type.startsWith("jdk.jfr.internal.")) {
                return Whose.PARSER;
            }
        }
        return Whose.OTHER;
    }
}
