package org.gramscilens.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Where the figures came from: cores, processor, load before and after the run (a shared machine's load
 * moves start-up times most of all), Java and the system.
 */
public record BenchMachine(
        int cores, String cpu, String loadBefore, String loadAfter, String java, String os, String when) {

    /** The machine as it is now; {@code loadAfter} is filled in by {@link #finished()}. */
    public static BenchMachine now() {
        return new BenchMachine(
                Runtime.getRuntime().availableProcessors(),
                cpuModel(),
                loadAverage(),
                null,
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    }

    public BenchMachine finished() {
        return new BenchMachine(cores, cpu, loadBefore, loadAverage(), java, os, when);
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .findFirst()
                    .orElse("unknown");
        } catch (IOException | RuntimeException e) {
            return System.getProperty("os.arch");
        }
    }

    /** The 1, 5 and 15 minute load averages, as /proc/loadavg gives them. */
    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
