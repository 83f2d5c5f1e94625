package jbound.profile;

import java.util.ArrayList;
import java.util.List;

/** Each thread's evidence, by the thread's number in the reader's table; null for a number no event named. */
final class ThreadEvidenceTable implements Merging<ThreadEvidenceTable> {

    private final List<ThreadEvidence> byThread = new ArrayList<>();

    /** The thread's evidence, made on first use; null for no thread (a negative number). */
    ThreadEvidence of(int thread) {
        if (thread < 0) {
            return null;
        }
        while (byThread.size() <= thread) {
            byThread.add(null);
        }
        ThreadEvidence evidence = byThread.get(thread);
        if (evidence == null) {
            evidence = new ThreadEvidence();
            byThread.set(thread, evidence);
        }
        return evidence;
    }

    /** The evidence of thread {@code thread}, or null where there is none; never made here. */
    ThreadEvidence find(int thread) {
        return thread < byThread.size() ? byThread.get(thread) : null;
    }

    /** One past the highest thread number with evidence, or less. */
    int size() {
        return byThread.size();
    }

    /** Moves thread {@code from}'s evidence onto thread {@code into}'s: one thread seen under two numbers. */
    void moveOnto(int from, int into) {
        ThreadEvidence moved = find(from);
        if (moved != null) {
            of(into).add(moved);
            byThread.set(from, null);
        }
    }

    /** By thread number, nulls where no event named the number. */
    List<ThreadEvidence> asList() {
        return byThread;
    }

    @Override
    public void merge(ThreadEvidenceTable other, Remap numbers) {
        for (int id = 0; id < other.byThread.size(); id++) {
            ThreadEvidence theirs = other.byThread.get(id);
            if (theirs != null) {
                of(numbers.thread(id)).add(theirs);
            }
        }
    }
}
