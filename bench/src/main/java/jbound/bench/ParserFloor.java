package jbound.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;

import jbound.Analyzer;
import jbound.recording.EventCatalog;
import jbound.recording.RecordingInput;
import jbound.recording.Segment;
import jdk.jfr.consumer.EventStream;

/**
 * What the JDK's parser alone costs when a file is read the way jbound reads it: the same event
 * types subscribed, the same segments (each recording in a file apart, as the parser's reuse of a
 * previous chunk's constants is only sound within one JVM's recording), the same blocks on the same
 * number of threads, but every handler empty. jbound's time over this is jbound's own work; no
 * change to jbound can take it below this.
 */
public final class ParserFloor {

    private ParserFloor() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: ParserFloor RECORDING.jfr");
            System.exit(2);
        }
        List<String> names = new ArrayList<>();
        for (EventCatalog type : EventCatalog.values()) {
            if (type.role() != EventCatalog.Role.ENVIRONMENT) {
                names.addAll(type.eventNames());
            }
        }
        long start = System.nanoTime();
        LongAdder events = new LongAdder();
        try (RecordingInput input = RecordingInput.open(Path.of(args[0]))) {
            List<List<Segment>> blocks = Analyzer.blocks(input.segments(), Runtime.getRuntime().availableProcessors());
            ExecutorService pool = Executors.newFixedThreadPool(blocks.size());
            try {
                List<Future<?>> reads = new ArrayList<>();
                for (List<Segment> block : blocks) {
                    reads.add(pool.submit(() -> {
                        for (Segment segment : block) {
                            try (RecordingInput.SegmentFile file = input.fileOf(segment); EventStream stream = EventStream.openFile(file.path())) {
                                stream.setOrdered(false);
                                stream.setReuse(true);
                                long[] counted = new long[1];
                                for (String name : names) {
                                    stream.onEvent(name, event -> counted[0]++);
                                }
                                stream.start();
                                events.add(counted[0]);
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> read : reads) {
                    read.get();
                }
            } finally {
                pool.shutdownNow();
            }
            System.out.printf("%,d events in %d segments on %d threads: %.2f s%n", events.sum(), input.segments().size(), blocks.size(),
                    (System.nanoTime() - start) / 1e9);
        }
    }
}
