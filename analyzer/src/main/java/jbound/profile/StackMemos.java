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
    private int[] applicationFrame = new int[0];
    private byte[] nativeActivity = new byte[0];
    private byte[] standardInput = new byte[0];
    private final byte[][] wallActivity = new byte[SampledState.values().length][0];

    StackMemos(MethodTable methods, ApplicationFrames applicationFrames) {
        this.methods = methods;
        this.applicationFrames = applicationFrames;
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

    NativeActivity nativeActivity(RecordedStack stack) {
        int id = stack.id();
        if (id == StackTable.UNLISTED) {
            return NativeActivity.of(stack, methods);
        }
        nativeActivity = grown(nativeActivity, id);
        if (nativeActivity[id] == 0) {
            nativeActivity[id] = (byte) (NativeActivity.of(stack, methods).ordinal() + 1);
        }
        return NativeActivity.values()[nativeActivity[id] - 1];
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
            return WallActivity.of(stack, state, methods);
        }
        byte[] memo = grown(wallActivity[state.ordinal()], id);
        wallActivity[state.ordinal()] = memo;
        if (memo[id] == 0) {
            memo[id] = (byte) (WallActivity.of(stack, state, methods).ordinal() + 1);
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
