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
        // Progress lines come every two seconds of a search: one means the search is under way.
        Spawned run = interruptedOnce(dir, "err", " states (", LONG_CHECK);
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("design ")) && run.out().lines().anyMatch(l -> l.startsWith("stock/xend31 ")),
                "the matrix is printed:\n" + run.out());
        assertTrue(run.out().contains("incomplete"), "unsettled verdicts say incomplete:\n" + run.out());
    }

    @Test
    void ctrlCDuringFuzzPrintsTheFindingsSoFarAndExits130(@TempDir Path dir) throws Exception {
        // 93 variants at 16 requests, a few seconds each: interrupted once the first is in.
        Spawned run = interruptedOnce(dir, "err", "... fuzzed ", "fuzz", "--requests", "16", "--tries", "3000");
        assertTrue(run.out().contains("stock/xend31/healthy") && run.out().contains("no violation found in 3000 tries"),
                "the variants searched are printed:\n" + run.out());
        assertTrue(run.out().contains("proposed/proposed/slow") && run.out().contains("(not searched: interrupted)"),
                "the variants not searched say so:\n" + run.out());
        assertTrue(run.err().contains("variant(s) searched"), run.err());
    }

    @Test
    void ctrlCDuringExplainPrintsTheRestAsUnknownAndExits130(@TempDir Path dir) throws Exception {
        // Every driver with every toolstack at 8 requests: far more searching than the test waits for.
        Spawned run = interruptedOnce(dir, "out", "  healthy: ", "explain", "all", "--toolstack", "all", "--requests", "8");
        String out = run.out();
        int cut = out.indexOf("unknown: interrupted (Ctrl-C)");
        assertTrue(cut > 0 && out.substring(0, cut).contains("  healthy: xenwatch cannot hang"), "the answers so far, then unknowns:\n" + out);
        assertFalse(out.substring(cut).contains("cannot hang") || out.substring(cut).contains("CAN hang"),
                "nothing after the interrupt reads as an answer:\n" + out.substring(cut));
        assertTrue(out.contains("with the proposed driver"), "the rest of the questions are listed:\n" + out);
    }

    /**
     * Runs {@code teardown args...}, sends it SIGINT once the file {@code watched} ("out" or "err")
     * shows {@code marker}, and checks the ending every command shares: exit 130, one interrupted
     * note, no stack trace.
     */
    private static Spawned interruptedOnce(Path dir, String watched, String marker, String... args) throws Exception {
        assumeFalse(sigintIgnoredHere(), "SIGINT is ignored in this process (started in the background?), so a child would ignore it too");
        File out = dir.resolve("out").toFile();
        File err = dir.resolve("err").toFile();
        Spawned run = Spawned.run(List.of("-Xmx512m"), out, err, (p, stderr) -> {
            File shows = watched.equals("out") ? out : err;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (!Spawned.read(shows).contains(marker) && System.nanoTime() < deadline && p.isAlive()) {
                Thread.sleep(100);
            }
            assertTrue(p.isAlive(), "still running when interrupted: " + Spawned.read(err));
            new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
        }, args);
        assertEquals(Main.EXIT_INTERRUPTED, run.status(), run.err());
        assertTrue(run.err().contains("interrupted"), run.err());
        assertFalse((run.out() + run.err()).contains("Exception"), run.out() + run.err());
        return run;
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
