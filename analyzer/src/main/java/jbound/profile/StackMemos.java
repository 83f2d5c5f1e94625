package jbound.profile;

import java.util.Arrays;

import jbound.recording.MethodTable;
import jbound.recording.RecordedStack;
import jbound.recording.SampledState;
import jbound.recording.StackTable;

/**
 * What is learnt once about each distinct stack, kept in arrays indexed by the stack's dense id:
 * its first application frame, what its native code is doing, what a wall sample of it means.
 * Each array holds 0 for "not yet known", else the answer + 1. Stacks past the table's limit
 * share an id, so theirs are worked out each time.
 */
final class StackMemos {

    private final MethodTable methods;
    private final ApplicationFrames applicationFrames;
    private final RemoteClients clients;
    private int[] applicationFrame = new int[0];
    /** What a wait's stack waits on, + {@value #WAIT_ON_OFFSET}: see {@link #waitOn}. */
    private int[] waitOn = new int[0];
    private byte[] eventLoop = new byte[0];
    /** The library beneath each stack's application frame; learnt with {@link #libraryKnown}. */
    private String[] library = new String[0];
    private boolean[] libraryKnown = new boolean[0];
    private byte[] nativeActivity = new byte[0];
    private byte[] standardInput = new byte[0];
    private final byte[][] wallActivity = new byte[SampledState.values().length][0];

    StackMemos(MethodTable methods, ApplicationFrames applicationFrames, RemoteClients clients) {
        this.methods = methods;
        this.applicationFrames = applicationFrames;
        this.clients = clients;
    }

    /** {@link #waitOn}'s answer for a stack under no client's call and no future of the application's. */
    static final int NOTHING_KNOWN = -2;
    /** {@link #waitOn}'s answer for a future the application waits on, under no known client. */
    static final int A_FUTURE = -1;
    private static final int WAIT_ON_OFFSET = 3;

    /**
     * What a park's or monitor wait's stack waits on: the number of the client (in
     * {@link RemoteClients#clients()}) whose blocking call it is in, {@link #A_FUTURE} or {@link #NOTHING_KNOWN}.
     */
    int waitOn(RecordedStack stack) {
        int id = stack.id();
        if (id == StackTable.UNLISTED) {
            return waitOnOf(stack);
        }
        waitOn = grown(waitOn, id);
        if (waitOn[id] == 0) {
            waitOn[id] = waitOnOf(stack) + WAIT_ON_OFFSET;
        }
        return waitOn[id] - WAIT_ON_OFFSET;
    }

    private int waitOnOf(RecordedStack stack) {
        RemoteClients.Client client = clients.clientOf(stack.framesLeafFirst(), methods::name);
        if (client != null) {
            return clients.clients().indexOf(client);
        }
        return RemoteClients.waitsOnAFuture(stack.framesLeafFirst(), methods::name, applicationFrames::isApplication) ? A_FUTURE : NOTHING_KNOWN;
    }

    RemoteClients clients() {
        return clients;
    }

    /** Whether the stack is an event loop's or a selector's (see {@link RemoteClients#inEventLoop}). */
    boolean inEventLoop(RecordedStack stack) {
        int id = stack.id();
        if (id == StackTable.UNLISTED) {
            return RemoteClients.inEventLoop(stack.framesLeafFirst(), methods::name);
        }
        eventLoop = grown(eventLoop, id);
        if (eventLoop[id] == 0) {
            eventLoop[id] = (byte) (RemoteClients.inEventLoop(stack.framesLeafFirst(), methods::name) ? 2 : 1);
        }
        return eventLoop[id] == 2;
    }

    /**
     * Forgets what depended on which frames are the user's: their code was learnt to be more
     * (the main class's package), and stacks are worked out again as they come.
     */
    void forgetApplicationFrames() {
        Arrays.fill(applicationFrame, 0);
        Arrays.fill(waitOn, 0);
        Arrays.fill(libraryKnown, false);
    }

    /** The first application frame, executing end first; -1 where the stack is the JDK's only. */
    int applicationFrame(RecordedStack stack) {
        int id = stack.id();
        if (id == StackTable.UNLISTED) {
            return applicationFrames.firstApplicationFrame(stack);
        }
        applicationFrame = grown(applicationFrame, id);
        if (applicationFrame[id] == 0) {
            applicationFrame[id] = applicationFrames.firstApplicationFrame(stack) + 2;
        }
        return applicationFrame[id] - 2;
    }

    /** The library the stack went through beneath its application frame (see {@link ApplicationFrames#libraryBeneath}); null where none. */
    String library(RecordedStack stack) {
        int id = stack.id();
        if (id == StackTable.UNLISTED) {
            return applicationFrames.libraryBeneath(stack);
        }
        if (id >= libraryKnown.length) {
            int size = Math.max(id + 1, 2 * libraryKnown.length);
            libraryKnown = Arrays.copyOf(libraryKnown, size);
            library = Arrays.copyOf(library, size);
        }
        if (!libraryKnown[id]) {
            library[id] = applicationFrames.libraryBeneath(stack);
            libraryKnown[id] = true;
        }
        return library[id];
    }

    NativeActivity nativeActivity(RecordedStack stack) {
        int id = stack.id();
        if (id == StackTable.UNLISTED) {
            return NativeActivity.of(stack, methods);
        }
        nativeActivity = grown(nativeActivity, id);
        if (nativeActivity[id] == 0) {
            nativeActivity[id] = (byte) (NativeActivity.of(stack, methods).ordinal() + 1);
        }
        return NativeActivity.ofOrdinal(nativeActivity[id] - 1);
    }

    /** Whether the stack reads standard input: asked of every file read, so learnt once per stack. */
    boolean readsStandardInput(RecordedStack stack) {
        int id = stack.id();
        if (id == StackTable.UNLISTED) {
            return NativeActivity.readsStandardInput(stack, methods);
        }
        standardInput = grown(standardInput, id);
        if (standardInput[id] == 0) {
            standardInput[id] = (byte) (NativeActivity.readsStandardInput(stack, methods) ? 2 : 1);
        }
        return standardInput[id] == 2;
    }

    WallActivity wallActivity(RecordedStack stack, SampledState state) {
        int id = stack.id();
        if (id == StackTable.UNLISTED) {
            return WallActivity.of(stack, state, methods, clients);
        }
        byte[] memo = grown(wallActivity[state.ordinal()], id);
        wallActivity[state.ordinal()] = memo;
        if (memo[id] == 0) {
            memo[id] = (byte) (WallActivity.of(stack, state, methods, clients).ordinal() + 1);
        }
        return WallActivity.values()[memo[id] - 1];
    }

    private static int[] grown(int[] array, int id) {
        return id < array.length ? array : Arrays.copyOf(array, Math.max(id + 1, 2 * array.length));
    }

    private static byte[] grown(byte[] array, int id) {
        return id < array.length ? array : Arrays.copyOf(array, Math.max(id + 1, 2 * array.length));
    }
}
