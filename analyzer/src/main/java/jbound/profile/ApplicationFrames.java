package jbound.profile;

import java.util.BitSet;

import jbound.recording.MethodTable;
import jbound.recording.RecordedStack;

/** {@link ApplicationCode} applied to the recording's methods, each class name tested once. */
final class ApplicationFrames {

    private ApplicationCode code;
    private final MethodTable methods;
    private final BitSet known = new BitSet();
    private final BitSet application = new BitSet();

    ApplicationFrames(ApplicationCode code, MethodTable methods) {
        this.code = code;
        this.methods = methods;
    }

    /**
     * Takes the main class the recording names into the user's code; whether that changed which
     * frames are the user's (what was learnt of each method is then forgotten).
     */
    boolean learnMainClass(String mainClass) {
        ApplicationCode learnt = code.withMainClass(mainClass);
        if (learnt == code) {
            return false;
        }
        code = learnt;
        known.clear();
        application.clear();
        return true;
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

    /**
     * The first application frame of the stack, executing end first; where there is none, the first
     * frame of a well-known library (the program is the library's); -1 where the stack is the JDK's only.
     */
    int firstApplicationFrame(RecordedStack stack) {
        int standIn = -1;
        for (int method : stack.framesLeafFirst()) {
            if (isApplication(method)) {
                return method;
            }
            if (standIn < 0 && code.standsInForTheApplication(methods.className(method))) {
                standIn = method;
            }
        }
        return standIn;
    }

    /**
     * The library the stack went through beneath its application frame: that of the library frame
     * nearest the executing end, the one that did the waiting (the driver, not the pool's proxy
     * or the ORM above it). Null where there is none, or where the charged frame is itself a library's.
     */
    String libraryBeneath(RecordedStack stack) {
        String library = null;
        for (int method : stack.framesLeafFirst()) {
            if (isApplication(method)) {
                return library;
            }
            if (library == null) {
                library = code.libraryOf(methods.className(method));
            }
        }
        return null;
    }
}
