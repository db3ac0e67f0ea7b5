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

    /** 126 variants at 64 requests, up to 150,000 states each: minutes of searching, far more than the test waits. */
    private static final String[] LONG_CHECK = {"check", "--requests", "64", "--property", "all", "--hazard", "none", "--hazard", "all",
        "--max-states", "150000"};

    @Test
    void ctrlCPrintsTheVerdictsSoFarAndExits130(@TempDir Path dir) throws Exception {
        assumeFalse(sigintIgnoredHere(), "SIGINT is ignored in this process (started in the background?), so a child would ignore it too");
        Spawned run = Spawned.run(List.of("-Xmx512m"), dir.resolve("out").toFile(), dir.resolve("err").toFile(), (p, err) -> {
            // Progress lines come every two seconds of a search: one means the search is under way.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Spawned.read(err).contains(" states, ") && System.nanoTime() < deadline && p.isAlive()) {
                Thread.sleep(100);
            }
            assertTrue(p.isAlive(), "still searching when interrupted: " + Spawned.read(err));
            new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
        }, LONG_CHECK);
        assertEquals(Main.EXIT_INTERRUPTED, run.status(), run.err());
        assertTrue(run.out().contains("variant") && run.out().contains("stock/xend31/healthy"), "the matrix is printed:\n" + run.out());
        assertTrue(run.out().contains("incomplete"), "unsettled verdicts say incomplete:\n" + run.out());
        assertTrue(run.err().contains("interrupted"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void runningOutOfMemoryIsAnIncompleteSearchNotBadInput(@TempDir Path dir) throws Exception {
        // A tiny heap that a 64-request search outgrows within seconds.
        Spawned run = Spawned.run(List.of("-Xmx24m", "-XX:+UseSerialGC"), dir.resolve("out").toFile(), dir.resolve("err").toFile(),
                (p, err) -> { }, "check", "--driver", "unpatched", "--toolstack", "xendpatched", "--disk", "healthy",
                "--requests", "64", "--max-states", "100000000");
        assertEquals(Main.EXIT_INCOMPLETE, run.status(), run.err());
        assertTrue(run.out().contains("unpatched/xendpatched/healthy") && run.out().contains("incomplete"), run.out() + run.err());
        assertFalse(run.out().contains(" holds "), "nothing unsettled says holds:\n" + run.out());
        assertFalse((run.out() + run.err()).contains("Exception") || (run.out() + run.err()).contains("OutOfMemoryError"), run.err());
    }

    @Test
    void aFullDiskOnStdoutExitsWithTheWriteFailureStatus(@TempDir Path dir) throws Exception {
        File full = new File("/dev/full");
        assumeTrue(full.exists(), "needs /dev/full (Linux)");
        Spawned run = Spawned.run(List.of(), full, dir.resolve("err").toFile(), (p, err) -> { }, "hazards");
        assertEquals(Main.EXIT_WRITE_FAILED, run.status(), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("standard output"), run.err());
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
