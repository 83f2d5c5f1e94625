package jbound.profile;

import java.util.BitSet;

import jbound.recording.MethodTable;
import jbound.recording.RecordedStack;

/** {@link ApplicationCode} applied to the recording's methods, each class name tested once. */
final class ApplicationFrames {

    private final ApplicationCode code;
    private final MethodTable methods;
    private final BitSet known = new BitSet();
    private final BitSet application = new BitSet();

    ApplicationFrames(ApplicationCode code, MethodTable methods) {
        this.code = code;
        this.methods = methods;
    }

    boolean isApplication(int method) {
        if (!known.get(method)) {
            known.set(method);
            if (code.isApplication(methods.className(method))) {
                application.set(method);
            }
        }
        return application.get(method);
    }

    /** Every application method among the first {@code methodCount}. */
    java.util.BitSet all(int methodCount) {
        java.util.BitSet all = new java.util.BitSet(methodCount);
        for (int m = 0; m < methodCount; m++) {
            if (isApplication(m)) {
                all.set(m);
            }
        }
        return all;
    }

    /** The first application frame of the stack, executing end first; -1 where there is none. */
    int firstApplicationFrame(RecordedStack stack) {
        for (int method : stack.framesLeafFirst()) {
            if (isApplication(method)) {
                return method;
            }
        }
        return -1;
    }
}
