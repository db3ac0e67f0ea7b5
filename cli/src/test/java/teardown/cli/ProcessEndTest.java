package teardown.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a real {@code teardown} process ends when the outside world cuts it short: Ctrl-C, a heap
 * too small for the search, a stdout that cannot be written. Each must say what it settled.
 */
class ProcessEndTest {

    /** Several variants at 64 requests: tens of seconds of searching, far more than the test waits. */
    private static final String[] LONG_CHECK = {"check", "--requests", "64", "--property", "all"};

    @Test
    void ctrlCPrintsTheVerdictsSoFarAndExits130(@TempDir Path dir) throws Exception {
        assumeFalse(sigintIgnoredHere(), "SIGINT is ignored in this process (started in the background?), so a child would ignore it too");
        File out = dir.resolve("out").toFile();
        File err = dir.resolve("err").toFile();
        Process p = Spawned.start(List.of("-Xmx512m"), out, err, LONG_CHECK);
        try {
            // Progress lines come every two seconds of a search: one means the search is under way.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Spawned.read(err).contains(" states, ") && System.nanoTime() < deadline && p.isAlive()) {
                Thread.sleep(100);
            }
            assertTrue(p.isAlive(), "still searching when interrupted: " + Spawned.read(err));
            new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "exits after Ctrl-C");
        } finally {
            p.destroyForcibly();
        }
        String stdout = Spawned.read(out);
        String stderr = Spawned.read(err);
        assertEquals(Main.EXIT_INTERRUPTED, p.exitValue(), stderr);
        assertTrue(stdout.contains("variant") && stdout.contains("stock/xend31/healthy"), "the matrix is printed:\n" + stdout);
        assertTrue(stdout.contains("incomplete"), "unsettled verdicts say incomplete:\n" + stdout);
        assertTrue(stderr.contains("interrupted"), stderr);
        assertFalse(stderr.contains("Exception"), stderr);
    }

    @Test
    void runningOutOfMemoryIsAnIncompleteSearchNotBadInput(@TempDir Path dir) throws Exception {
        File out = dir.resolve("out").toFile();
        File err = dir.resolve("err").toFile();
        Process p = Spawned.start(List.of("-Xmx24m", "-XX:+UseSerialGC"), out, err, "check", "--driver", "unpatched", "--toolstack", "xendpatched",
                "--disk", "healthy", "--requests", "64", "--max-states", "100000000");
        try {
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "ends");
        } finally {
            p.destroyForcibly();
        }
        String stdout = Spawned.read(out);
        String stderr = Spawned.read(err);
        assertEquals(Main.EXIT_INCOMPLETE, p.exitValue(), stderr);
        assertTrue(stdout.contains("unpatched/xendpatched/healthy") && stdout.contains("incomplete"), stdout + stderr);
        assertFalse(stdout.contains(" holds "), "nothing unsettled says holds:\n" + stdout);
        assertFalse((stdout + stderr).contains("Exception") || (stdout + stderr).contains("OutOfMemoryError"), stderr);
    }

    @Test
    void aFullDiskOnStdoutExitsWithTheWriteFailureStatus(@TempDir Path dir) throws Exception {
        File full = new File("/dev/full");
        assumeTrue(full.exists(), "needs /dev/full (Linux)");
        File err = dir.resolve("err").toFile();
        Process p = Spawned.start(List.of(), full, err, "hazards");
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String stderr = Spawned.read(err);
        assertEquals(Main.EXIT_WRITE_FAILED, p.exitValue(), stderr);
        assertEquals(1, stderr.strip().lines().count(), stderr);
        assertTrue(stderr.contains("standard output"), stderr);
    }

    /** The SIGINT bit (signal 2, so bit 1) of SigIgn in /proc/self/status; a child process inherits ignored signals. */
    private static boolean sigintIgnoredHere() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return false;
        }
        return Files.readAllLines(status).stream().filter(l -> l.startsWith("SigIgn:"))
                .map(l -> Long.parseLong(l.substring(7).trim(), 16)).anyMatch(mask -> (mask & (1L << 1)) != 0);
    }
}
