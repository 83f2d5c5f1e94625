package jbound.profile;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which JVM and machine the recording came from, as {@code jdk.JVMInformation} and
 * {@code jdk.CPUInformation} say: where a file holds several JVMs', the first one's names and the
 * most hardware threads any reported.
 */
final class RecordedJvm implements Merging<RecordedJvm> {

    /** "OpenJDK 64-Bit Server VM (25.0.3+9-LTS) for linux-amd64 ...": the version is in the first parentheses. */
    private static final Pattern VERSION_IN_BANNER = Pattern.compile("\\(([^)\\s]+)\\)");

    private int hardwareThreads;
    private String cpu = "";
    private String jvm = "";
    private String jvmVersion = "";
    /** The classes the recording's JVMs were launched with, in the order they were named. */
    private final Set<String> mainClasses = new LinkedHashSet<>();

    void cpuInformation(int hardwareThreads, String description) {
        this.hardwareThreads = Math.max(this.hardwareThreads, hardwareThreads);
        this.cpu = description == null ? "" : description;
    }

    /** @return whether the main class is one not named before */
    boolean jvmInformation(String jvmName, String versionBanner, String mainClass) {
        this.jvm = jvmName == null ? "" : jvmName;
        this.jvmVersion = shortVersion(versionBanner == null ? "" : versionBanner);
        return mainClass != null && mainClasses.add(mainClass);
    }

    @Override
    public void merge(RecordedJvm other, Remap numbers) {
        hardwareThreads = Math.max(hardwareThreads, other.hardwareThreads);
        cpu = cpu.isEmpty() ? other.cpu : cpu;
        jvm = jvm.isEmpty() ? other.jvm : jvm;
        jvmVersion = jvmVersion.isEmpty() ? other.jvmVersion : jvmVersion;
        mainClasses.addAll(other.mainClasses);
    }

    int hardwareThreads() {
        return hardwareThreads;
    }

    String cpu() {
        return cpu;
    }

    String jvm() {
        return jvm;
    }

    String jvmVersion() {
        return jvmVersion;
    }

    /** The main classes named, in the order they were. */
    Set<String> mainClasses() {
        return java.util.Collections.unmodifiableSet(mainClasses);
    }

    Optional<String> firstMainClass() {
        return mainClasses.stream().findFirst();
    }

    private static String shortVersion(String banner) {
        Matcher m = VERSION_IN_BANNER.matcher(banner);
        return m.find() ? m.group(1) : banner;
    }
}
