package teardown.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The promises issue 10 found the command line breaking, one test each: a clear line and exit 2
 * for bad input, exit 3 and no answer for a search cut short, never a stack trace.
 */
class CommandLinePromisesTest {

    @Test
    void explainTakesEveryDriverItsErrorTextOffers() {
        Run all = Run.of("explain", "all", "--requests", "1");
        assertEquals(0, all.status(), all.err());
        assertFalse(all.printedStackTrace(), all.err());
        for (String driver : new String[] {"stock", "unpatched", "patched", "upstream"}) {
            assertTrue(all.out().contains("with the " + driver + " driver"), driver + " explained:\n" + all.out());
        }
        Run two = Run.of("explain", "patched,stock", "--toolstack", "xend31,xendpatched", "--requests", "1");
        assertEquals(0, two.status(), two.err());
        assertEquals(4, two.out().lines().filter(l -> l.startsWith("Can blkback_remove block xenwatch")).count(),
                "two drivers x two toolstacks:\n" + two.out());
        assertTrue(two.out().indexOf("with the patched driver") < two.out().indexOf("with the stock driver"),
                "in the order given");
    }

    @Test
    void explainOnASearchCutShortExitsThreeAndAnswersNothing() {
        Run run = Run.of("explain", "patched", "--max-states", "20");
        assertEquals(Main.EXIT_INCOMPLETE, run.status(), run.err());
        assertFalse(run.out().contains("cannot hang ("), "an unknown phrased as an answer:\n" + run.out());
        assertFalse(run.out().contains("no deadlock ("), "an unknown phrased as an answer:\n" + run.out());
        assertTrue(run.out().contains("unknown"), run.out());
    }

    @Test
    void fuzzRefusesAScheduleLengthItCannotHold() {
        Run run = Run.of("fuzz", "--driver", "stock", "--toolstack", "xend31", "--disk", "healthy", "--max-steps", "2000000000");
        assertEquals(Main.EXIT_BAD_INPUT, run.status(), run.err());
        String line = run.errorLine();
        assertTrue(line.contains("'2000000000'") && line.contains("--max-steps") && line.contains("valid: 1 to "), line);
    }

    @Test
    void anEmptySelectionIsBadInputNotAnEmptyMatrix() {
        for (String[] args : new String[][] {
                {"check", "--driver", ","},
                {"check", "--disk", ""},
                {"check", "--hazard", ","},
                {"check", "--property", ",,"},
                {"fuzz", "--toolstack", ","},
                // dev-sem-across-wait exists only in patched, ebusy-ref-leak only in upstream
                {"check", "--hazard", "dev-sem-across-wait+ebusy-ref-leak"},
                {"check", "--driver", "stock", "--hazard", "self-stop"}}) {
            Run run = Run.of(args);
            assertEquals(Main.EXIT_BAD_INPUT, run.status(), String.join(" ", args) + "\n" + run.out());
            assertTrue(run.errorLine().contains("valid"), run.err());
        }
        Run combination = Run.of("check", "--hazard", "dev-sem-across-wait+ebusy-ref-leak");
        assertTrue(combination.errorLine().contains("'dev-sem-across-wait+ebusy-ref-leak'"), combination.err());
    }

    @Test
    void aHazardListWithAnEmptyPartIsRejectedNotTruncated() {
        for (String hazard : new String[] {"self-stop+", "+self-stop", "self-stop++double-remove"}) {
            Run run = Run.of("check", "--driver", "patched", "--toolstack", "xend31", "--disk", "healthy", "--hazard", hazard);
            assertEquals(Main.EXIT_BAD_INPUT, run.status(), hazard + "\n" + run.out());
            assertTrue(run.errorLine().contains("'" + hazard + "'"), run.err());
        }
    }

    @Test
    void reportRefusesAnOutThatIsAFileBeforeItChecksAnything(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
        for (Path out : new Path[] {file, file.resolve("below-a-file")}) {
            Run run = Run.of("report", "--driver", "stock", "--toolstack", "xend31", "--disk", "healthy", "--out", out.toString());
            assertEquals(Main.EXIT_BAD_INPUT, run.status(), run.err());
            assertTrue(run.errorLine().contains("'" + out + "'"), run.err());
            assertEquals("", run.out(), "nothing checked before the --out error");
            assertFalse(run.err().contains("states"), "no search started: " + run.err());
        }
    }

    @Test
    void anOutWhereNoFolderCanBeMadeSaysWhyInWordsNotAJavaClassName() {
        Path out = Path.of("/proc/teardown-cannot-be-here");
        assumeTrue(Files.isDirectory(Path.of("/proc")), "needs /proc (Linux), where no folder can be created");
        Run run = Run.of("report", "--driver", "stock", "--toolstack", "xend31", "--disk", "healthy", "--out", out.toString());
        assertEquals(Main.EXIT_BAD_INPUT, run.status(), run.err());
        assertTrue(run.errorLine().contains("'" + out + "'"), run.err());
        assertFalse(run.printedStackTrace(), "no exception name reads like a crash: " + run.err());
    }

    @Test
    void aFailedWriteToStdoutIsNotSuccess() {
        Run run = Run.withFailingStdout("hazards");
        assertEquals(Main.EXIT_WRITE_FAILED, run.status(), run.err());
        assertTrue(run.errorLine().contains("standard output"), run.err());
        assertFalse(run.printedStackTrace(), run.err());
    }
}
