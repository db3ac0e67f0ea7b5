package teardown.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * For {@code teardown bench}: SPIN's pan on bench/spin/teardown.pml (the bench's variant in
 * Promela) at a given request count, built in a temporary folder with the flags below. Needs
 * {@code spin}, {@code gcc} and {@code bash} on the PATH; without them the bench says so and
 * carries on.
 */
final class SpinComparison {

    /** Exhaustive safety search, states stored with SPIN's collapse compression. */
    static final String GCC_FLAGS = "-O2 -DSAFETY -DCOLLAPSE -DMEMLIM=16000";
    static final String PAN_FLAGS = "-c0 -n -m10000000";

    /** One pan run: what it stored and how long its search took in user CPU time. */
    record Pan(int requests, long states, long transitions, double cpuSeconds, double stateMegabytes, double hashMegabytes,
               int hashBits) {

        double perCpuSecond() {
            return cpuSeconds > 0 ? states / cpuSeconds : 0;
        }

        /** States' memory plus the hash table's, per state: what our bytes per state counts too. */
        double bytesPerState() {
            return states > 0 ? (stateMegabytes + hashMegabytes) * 1024 * 1024 / states : 0;
        }
    }

    private final Path model;

    private SpinComparison(Path model) {
        this.model = model;
    }

    /** The comparison, or why there is none (one line). */
    static Optional<SpinComparison> find(StringBuilder whyNot) {
        for (String tool : new String[] {"spin", "gcc", "bash"}) {
            if (!onPath(tool)) {
                whyNot.append("pan: no comparison with SPIN (").append(tool).append(" is not on the PATH)");
                return Optional.empty();
            }
        }
        Optional<Path> pml = locateModel();
        if (pml.isEmpty()) {
            whyNot.append("pan: no comparison with SPIN (bench/spin/teardown.pml not found above ")
                    .append(Path.of("").toAbsolutePath()).append(")");
            return Optional.empty();
        }
        return Optional.of(new SpinComparison(pml.get()));
    }

    /** Builds pan for {@code requests} and runs it; {@code expectedStates} sizes its hash table. Empty if anything failed. */
    Optional<Pan> run(int requests, long expectedStates) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("teardown-pan");
            Files.copy(model, dir.resolve("teardown.pml"));
            int bits = Math.max(12, 64 - Long.numberOfLeadingZeros(Math.max(1, 2 * expectedStates)));
            String script = "spin -DN=" + requests + " -a teardown.pml >/dev/null && gcc " + GCC_FLAGS + " -o pan pan.c"
                    + " && TIMEFORMAT='user %U' && time ./pan " + PAN_FLAGS + " -w" + bits;
            Process p = new ProcessBuilder("bash", "-c", script).directory(dir.toFile()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
                return Optional.empty();
            }
            return Optional.of(new Pan(requests, (long) number(out, "([0-9]+) states, stored"),
                    (long) number(out, "([0-9]+) transitions"), number(out, "user ([0-9.]+)"),
                    number(out, "([0-9.]+)\\s+actual memory usage for states"), number(out, "([0-9.]+)\\s+memory used for hash table"), bits));
        } catch (IOException | IllegalStateException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            delete(dir);
        }
    }

    private static double number(String out, String regex) {
        Matcher m = Pattern.compile(regex).matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("pan printed no '" + regex + "'");
        }
        return Double.parseDouble(m.group(1));
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String d : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }

    /** bench/spin/teardown.pml in the working folder or above it, or above where the CLI's classes live. */
    private static Optional<Path> locateModel() {
        java.util.List<Path> starts = new java.util.ArrayList<>();
        starts.add(Path.of("").toAbsolutePath());
        try {
            starts.add(Path.of(SpinComparison.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (Exception e) {
            // No code location: the working folder is all there is.
        }
        for (Path start : starts) {
            for (Path d = start; d != null; d = d.getParent()) {
                Path pml = d.resolve("bench/spin/teardown.pml");
                if (Files.isRegularFile(pml)) {
                    return Optional.of(pml);
                }
            }
        }
        return Optional.empty();
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is harmless.
        }
    }
}
