package jbound.diagnosis;

import jbound.profile.AllocationSite;
import jbound.profile.ApplicationCode;
import jbound.profile.HotMethod;
import jbound.profile.IoSite;
import jbound.profile.WaitSite;

/**
 * A place in the code that a piece of advice is about, with the figures that make it matter; the
 * words for it are the report's ({@code jbound.report.AdviceWords}).
 */
public sealed interface AdvicePlace {

    /** The method, or {@link ApplicationCode#NO_APPLICATION_FRAME} where the time had no application frame. */
    String method();

    /** Whether the place is JDK code with no frame of the application's over it: no method to change. */
    default boolean noApplicationFrame() {
        return !ApplicationCode.isApplicationMethod(method());
    }

    /** A method the CPU samples were taken in, by its self time. */
    record Hot(HotMethod hot) implements AdvicePlace {
        @Override
        public String method() {
            return hot.method();
        }
    }

    /** The application method over JDK hotspots: where the user can change something. */
    record Caller(HotMethod caller) implements AdvicePlace {
        @Override
        public String method() {
            return caller.method();
        }
    }

    /** The hot code had no application frame over it at all. */
    record NoApplicationFrame() implements AdvicePlace {
        @Override
        public String method() {
            return ApplicationCode.NO_APPLICATION_FRAME;
        }
    }

    /** I/O by one method; {@code waitingForWork} where it is shown as waiting for the next request. */
    record Io(IoSite site, boolean waitingForWork) implements AdvicePlace {
        @Override
        public String method() {
            return site.method();
        }
    }

    /** A contended lock, where the threads blocked. */
    record Lock(WaitSite site) implements AdvicePlace {
        @Override
        public String method() {
            return site.method();
        }
    }

    /** A park, wait or sleep an idle program's threads spent their time in. */
    record Wait(WaitSite site) implements AdvicePlace {
        @Override
        public String method() {
            return site.method();
        }
    }

    /** Where the application allocated most, by the allocation samples. */
    record Allocation(AllocationSite site) implements AdvicePlace {
        @Override
        public String method() {
            return site.method();
        }
    }
}
