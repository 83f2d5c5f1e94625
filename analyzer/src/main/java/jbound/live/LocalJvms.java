package jbound.live;

import java.util.Comparator;
import java.util.List;

import com.sun.tools.attach.VirtualMachine;

/** The JVMs of this machine that can be attached to, jbound's own left out; and the one a user names. */
public final class LocalJvms {

    private LocalJvms() {
    }

    /** The JVMs listed by the attach mechanism, by pid. */
    public static List<LocalJvm> list() {
        long self = ProcessHandle.current().pid();
        return VirtualMachine.list().stream()
                .filter(d -> d.id().chars().allMatch(Character::isDigit))
                .map(d -> LocalJvm.of(d.id(), d.displayName()))
                .filter(jvm -> jvm.pid() != self)
                .sorted(Comparator.comparingLong(LocalJvm::pid))
                .toList();
    }

    /**
     * The JVM a user names: a pid, or part of a main class or jar name as {@code jcmd} takes it.
     *
     * @throws NamedWrongly when the name matches none or several (a usage error that lists them)
     * @throws TargetException when the pid is no JVM that can be attached to
     */
    public static LocalJvm find(String pidOrName) throws NamedWrongly, TargetException {
        String name = pidOrName.strip();
        if (name.isEmpty()) {
            throw new NamedWrongly("name a JVM by its pid or main class (jbound ps lists them)");
        }
        if (name.chars().allMatch(Character::isDigit)) {
            return byPid(parsePid(name));
        }
        List<LocalJvm> matches = list().stream().filter(jvm -> jvm.mainName().contains(name)).toList();
        if (matches.isEmpty()) {
            throw new NamedWrongly("no JVM here runs a main class or jar named like '" + name + "' (jbound ps lists them)");
        }
        if (matches.size() > 1) {
            throw new NamedWrongly("'" + name + "' names " + matches.size() + " JVMs; give a pid: "
                    + String.join(", ", matches.stream().map(jvm -> jvm.pid() + " " + jvm.shownName()).toList()));
        }
        return matches.getFirst();
    }

    private static long parsePid(String digits) throws NamedWrongly {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new NamedWrongly("'" + digits + "' is no process id");
        }
    }

    private static LocalJvm byPid(long pid) throws TargetException {
        if (pid == ProcessHandle.current().pid()) {
            throw new TargetException("pid " + pid + " is this jbound itself; name the JVM to look at");
        }
        ProcessHandle process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .orElseThrow(() -> new TargetException("no process has pid " + pid + " (it may have ended)"));
        return list().stream().filter(jvm -> jvm.pid() == pid).findFirst()
                .orElseThrow(() -> new TargetException(notListed(process)));
    }

    /** Why a live process is not among the JVMs: not Java, another user's, or started without its performance data. */
    private static String notListed(ProcessHandle process) {
        String command = process.info().command().orElse("");
        String user = process.info().user().orElse("?");
        String self = System.getProperty("user.name");
        if (!command.endsWith("/java") && !command.endsWith("/javaw") && !command.isEmpty()) {
            return "pid " + process.pid() + " is not a JVM (it runs " + command + ")";
        }
        if (!user.equals(self) && !self.equals("root")) {
            return "pid " + process.pid() + " belongs to " + user + ": run jbound as that user (sudo -u " + user + " jbound ...)";
        }
        return "pid " + process.pid() + " is not a JVM jbound can attach to (not Java, started with -XX:-UsePerfData or "
                + "-XX:+DisableAttachMechanism, or in another container); record it from its start with "
                + "-XX:StartFlightRecording:settings=jbound.jfc (jbound jfc > jbound.jfc)";
    }

    /** A name that matches no JVM or several: the user's mistake, said as such. */
    public static final class NamedWrongly extends Exception {
        NamedWrongly(String message) {
            super(message);
        }
    }
}
