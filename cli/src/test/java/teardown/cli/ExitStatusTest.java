package teardown.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command's exit statuses, as the README promises them: 0 when the run completed whatever
 * the verdicts, 2 for bad input (one line, no stack trace), 3 when a search was cut short.
 */
class ExitStatusTest {

    private static final String[] ONE_VARIANT = {"--driver", "stock", "--toolstack", "xend31", "--disk", "healthy"};

    @Test
    void check() {
        assertStatus(0, with(new String[] {"check"}, ONE_VARIANT));
        assertStatus(3, with(new String[] {"check"}, with(ONE_VARIANT, "--max-states", "20")));
        assertBadInput("check", "--requests", "65");
        assertBadInput("check", "--max-states", "0");
    }

    @Test
    void explain() {
        assertStatus(0, "explain", "stock", "--max-states", "5000");
        assertStatus(3, "explain", "stock", "--max-states", "20");
        assertBadInput("explain", "vendor");
        assertBadInput("explain", "stock", "patched");
        assertBadInput("explain", "--toolstack", "xl9");
        assertBadInput("explain", "--requests", "-1");
    }

    @Test
    void fuzz() {
        Run found = assertStatus(0, "fuzz", "--driver", "unpatched", "--toolstack", "xend31", "--disk", "healthy", "--tries", "200");
        assertTrue(found.out().contains("violation found"), "a violation found is still exit 0:\n" + found.out());
        assertBadInput("fuzz", "--tries", "0");
        assertBadInput("fuzz", "--max-steps", "0");
        assertBadInput("fuzz", "--seed", "x");
    }

    @Test
    void report(@TempDir Path dir) throws IOException {
        // A complete report exits 0 in ReportCommandTest, which reads the page it writes; drawing it again here costs seconds.
        String[] tiny = with(with(new String[] {"report"}, ONE_VARIANT), "--property", "no-deadlock", "--engine", "bundled");
        assertStatus(3, with(tiny, "--out", dir.resolve("cut").toString(), "--max-states", "20"));
        assertTrue(Files.exists(dir.resolve("cut").resolve("index.html")), "a cut search still writes its report");
        assertBadInput("report", "--engine", "inkscape");
        assertBadInput("report", "--out", Files.writeString(dir.resolve("file"), "x").toString());
    }

    @Test
    void docs(@TempDir Path dir) throws IOException {
        // Exit 0 and the pictures drawn: NoWarningsTest runs the same command in a process of its own.
        assertBadInput("docs", "--engine", "inkscape");
        assertBadInput("docs", "--out", Files.writeString(dir.resolve("file"), "x").toString());
    }

    @Test
    void hazards() {
        assertStatus(0, "hazards");
        assertBadInput("hazards", "self-stop");
        assertBadInput("hazards", "--all");
    }

    @Test
    void theMainJobOnlyTakesHelpAndVersion() {
        assertStatus(0, "--version");
        assertBadInput("--driver", "stock");
        assertBadInput("chek");
    }

    private static Run assertStatus(int expected, String... args) {
        Run run = Run.of(args);
        assertEquals(expected, run.status(), String.join(" ", args) + "\n" + run.err());
        assertFalse(run.printedStackTrace(), run.err());
        return run;
    }

    private static void assertBadInput(String... args) {
        Run run = assertStatus(2, args);
        String line = run.errorLine();
        assertTrue(line.contains("valid"), "names the valid values: " + line);
        String bad = args[args.length - 1];
        assertTrue(line.contains("'" + bad + "'"), "names the bad value '" + bad + "': " + line);
    }

    private static String[] with(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
