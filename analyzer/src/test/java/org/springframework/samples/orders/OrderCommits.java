package org.springframework.samples.orders;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

import jbound.samples.SampleArgs;

/**
 * An application whose own package lies inside a well-known library's, as Spring's sample
 * applications ({@code org.springframework.samples.petclinic}) do: only the main class the
 * recording names tells its frames from Spring's. {@value #WRITERS} threads that each insert rows into a SQLite database of their own (sqlite-jdbc,
 * whose native library is in its jar) and commit every row with {@code synchronous=FULL}: each
 * commit waits for the disk inside {@code NativeDB.step}, a JNI method, with no event for it and
 * little CPU. Takes the samples' {@code --seconds S} and {@code --dir DIR} (where the databases go).
 */
public final class OrderCommits {

    static final int WRITERS = 2;

    public static void main(String[] args) throws Exception {
        SampleArgs options = SampleArgs.parse(args);
        long deadline = options.deadlineNanos();
        Path dir = Files.createDirectories(options.workDir());
        LongAdder commits = new LongAdder();
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            Path database = dir.resolve("sqlite-commits-" + ProcessHandle.current().pid() + "-" + w + ".db");
            writers.add(Thread.ofPlatform().name("order-writer-" + w).start(() -> {
                try {
                    commitUntil(deadline, database, commits);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        for (Thread writer : writers) {
            writer.join();
        }
        System.out.println("sqlite-commits: " + commits.sum() + " commits");
    }

    static void commitUntil(long deadline, Path database, LongAdder commits) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + database)) {
            try (Statement setup = db.createStatement()) {
                setup.execute("PRAGMA synchronous=FULL");
                setup.execute("CREATE TABLE IF NOT EXISTS orders (id INTEGER PRIMARY KEY, item TEXT, quantity INTEGER)");
            }
            db.setAutoCommit(false);
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO orders (item, quantity) VALUES (?, ?)")) {
                long n = 0;
                while (System.nanoTime() < deadline) {
                    insert.setString(1, "item-" + n);
                    insert.setLong(2, n++ % 7);
                    insert.executeUpdate();
                    db.commit();
                    commits.increment();
                }
            }
        } finally {
            Files.deleteIfExists(database);
            Files.deleteIfExists(Path.of(database + "-journal"));
        }
    }
}
