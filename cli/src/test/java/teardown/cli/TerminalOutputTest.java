package teardown.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the default check prints before its traces (the main job prints the same, with the liveness
 * properties too): the answer
 * first, everything within 120 columns, one line for the skipped pairs, and no unreached witness
 * that no known model fact explains. The options that ask for more print it.
 */
class TerminalOutputTest {

    private static Run run;

    @BeforeAll
    static void checkTheDefaultMatrix() {
        run = Run.of("check");
        assertEquals(0, run.status(), run.err());
    }

    private static List<String> overview(String out) {
        int traces = out.indexOf("\n== ");
        return (traces < 0 ? out : out.substring(0, traces)).lines().toList();
    }

    @Test
    void theAnswerComesFirstAndEverythingFitsInOneHundredAndTwentyColumns() {
        List<String> lines = overview(run.out());
        assertTrue(lines.get(0).startsWith("What this run found. Checked 93 variant(s)"), lines.get(0));
        assertTrue(lines.get(2).startsWith("* 15 of 93 variants hold every property"), lines.get(2));
        int matrix = lines.indexOf(lines.stream().filter(l -> l.startsWith("design ")).findFirst().orElseThrow());
        assertTrue(lines.subList(0, matrix).stream().anyMatch(l -> l.startsWith("* no-unleash-before-io-done is violated by 63 of 93")),
                "each violated property is in the summary, before the matrix");
        assertEquals(31, lines.subList(matrix + 2, lines.size()).stream().takeWhile(l -> !l.isBlank()).count(),
                "one row per design: 93 variants are 31 designs on three disks");
        List<String> wide = lines.stream().filter(l -> l.length() > Wrap.WIDTH).toList();
        assertEquals(List.of(), wide, "lines wider than " + Wrap.WIDTH + " columns");
        assertFalse(run.err().contains("... "), "a fast run prints no progress, and off a terminal no bar: " + run.err());
    }

    @Test
    void skippedPairsAreOneLineAndWitnessesALinePerReasonAllExpected() {
        List<String> lines = overview(run.out());
        assertEquals(1, lines.stream().filter(l -> l.startsWith("note: ")).count(), String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("note: 11 pair(s) skipped")), String.join("\n", lines));
        assertFalse(run.out().contains("SUSPICIOUS"), "an unreached witness no known model fact explains:\n" + run.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("  expected +poll-while-visible in 14 of the 18 variants with toolstack xendpatched: .*")),
                String.join("\n", lines));
    }

    @Test
    void theOptionsThatAskForMorePrintIt() {
        Run more = Run.of("check", "--driver", "stock", "--disk", "healthy", "--wide", "--notes", "--witnesses");
        assertEquals(0, more.status(), more.err());
        List<String> lines = overview(more.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("variant ") && l.contains("states") && l.contains("ends")), "the full matrix");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("stock/xendpatched/healthy ")), "a row per variant");
        assertEquals(2, lines.stream().filter(l -> l.startsWith("note: toolstack")).count(), "every skipped pair, with its reason");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("  stock/xendpatched/healthy: poll-while-visible never reached (expected)")),
                String.join("\n", lines));
    }
}
