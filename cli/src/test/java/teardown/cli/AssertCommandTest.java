package teardown.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import teardown.properties.assertion.Observables;

/**
 * {@code --assert} and {@code --assert-file}: a user's property is a column beside the built-in
 * ones in text, JSON and explain, with its trace; bad ones exit 2 with a caret under the column;
 * {@code teardown observables} lists what they can read.
 */
class AssertCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The example: today's upstream driver with xl writes Closed with requests still on the ring. */
    private static final String QUEUED = "closed-while-queued: never any vbd: backend.state == Closed and any ring: ring.on_ring > 0";
    private static final String CLOSES = "closes: sometimes any vbd: backend.state == Closed";
    private static final String[] XL = {"check", "--driver", "upstream", "--toolstack", "xl", "--disk", "healthy"};

    private static String[] with(String[] head, String... more) {
        List<String> all = new ArrayList<>(List.of(head));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @Test
    void aUsersPropertyIsAColumnWithASummaryLineAndATrace() {
        Run run = Run.of(with(XL, "--assert", QUEUED, "--assert", CLOSES));
        assertEquals(0, run.status(), run.err());
        String out = run.out();
        assertTrue(out.contains("9 closed-while-queued, a closes") && out.contains("in a sometimes column, + reached, o never reached"), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("upstream/xl") && l.endsWith("X+")), "violated, then reached:\n" + out);
        assertTrue(out.contains("* closed-while-queued is violated by 1 of 1 variant"), out);
        assertTrue(out.contains("means: never any vbd: backend.state == Closed and any ring: ring.on_ring > 0"), out);
        assertTrue(out.contains("* closes (sometimes) is reached in 1 of 1 variant"), out);
        assertTrue(out.contains("== closed-while-queued violated by upstream/xl/healthy: shortest counterexample, "), out);
        assertTrue(out.contains("== closes reached in upstream/xl/healthy: shortest example, "), out);
        assertTrue(out.substring(0, out.indexOf("\n== ")).lines().allMatch(l -> l.length() <= Wrap.WIDTH), "the answer and matrix fit 120 columns");
        Run wide = Run.of(with(XL, "--wide", "--assert", CLOSES));
        assertTrue(wide.out().lines().anyMatch(l -> l.startsWith("variant") && l.contains("closes"))
                && wide.out().lines().anyMatch(l -> l.startsWith("upstream/xl/healthy") && l.contains("reached")), wide.out());
    }

    @Test
    void jsonRowsCarryTheUsersNameAndASometimesRowSaysReached() throws Exception {
        JsonNode doc = JSON.readTree(Run.of(with(XL, "--format", "json", "--assert", QUEUED, "--assert", CLOSES)).out());
        assertTrue(doc.get("config").get("properties").toString().contains("\"closed-while-queued\",\"closes\""), doc.get("config").toString());
        assertEquals(QUEUED.substring(QUEUED.indexOf(':') + 1).strip(), doc.get("config").get("assertions").get(0).get("assertion").asText());
        JsonNode queued = null;
        JsonNode closes = null;
        for (JsonNode row : doc.get("results")) {
            queued = row.get("property").asText().equals("closed-while-queued") ? row : queued;
            closes = row.get("property").asText().equals("closes") ? row : closes;
        }
        assertEquals("violated", queued.get("verdict").asText());
        assertTrue(queued.get("counterexample").get("length").asInt() > 0);
        assertEquals("yes", closes.get("reached").asText());
        assertTrue(closes.get("example").get("steps").size() > 0 && !closes.has("counterexample"), closes.toString());
    }

    @Test
    void explainPrintsTheUsersVerdictAndTrace() {
        Run run = Run.of("explain", "upstream", "--toolstack", "xl", "--requests", "1", "--assert", QUEUED);
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("closed-while-queued: VIOLATED ("), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.strip().startsWith("1. [")), "the trace's steps:\n" + run.out());
        Run today = Run.of("explain", "today", "--assert", QUEUED);
        assertEquals(2, today.status());
        assertTrue(today.errorLine().contains("'today'") && today.errorLine().contains("valid"), today.err());
    }

    @Test
    void aBadAssertionExitsTwoWithTheTextAndACaretUnderItsColumn() {
        String typo = "c: never any ring: ring.on_ring == Closed";
        Run run = Run.of(with(XL, "--assert", typo));
        assertEquals(2, run.status());
        List<String> lines = run.err().strip().lines().toList();
        assertEquals(3, lines.size(), run.err());
        assertTrue(lines.get(0).startsWith("teardown: bad value '" + typo + "' for --assert: column 36: ring.on_ring is a count,"
                + " compared with Closed, a xenbus state (valid: "), lines.get(0));
        assertEquals("  " + typo, lines.get(1));
        assertEquals(typo.indexOf("Closed") + 2, lines.get(2).indexOf('^'), "the caret under Closed");
        assertFalse(run.printedStackTrace());
        Run unknown = Run.of(with(XL, "--assert", "c: never any ring: ring.onring > 0"));
        assertTrue(unknown.errorLine().contains("unknown observable 'ring.onring'; nearest: ring.on_ring"), unknown.err());
        Run scope = Run.of(with(XL, "--assert", "c: never ring.on_ring > 0"));
        assertTrue(scope.errorLine().contains("ring.on_ring is per ring: read it inside 'all ring:' or 'any ring:'"), scope.err());
        Run twice = Run.of(with(XL, "--assert", "a: never kernel.fault", "--assert", "a: always true"));
        assertTrue(twice.errorLine().contains("the name a is given twice"), twice.err());
        Run builtIn = Run.of(with(XL, "--assert", "no-leak: never kernel.fault"));
        assertTrue(builtIn.errorLine().contains("is a built-in property's"), builtIn.err());
        // The main job and report refuse it before they check or write anything.
        assertEquals(2, Run.of("--assert", "x: never foo").status());
        assertEquals(2, Run.of("report", "--assert", "x:").status());
    }

    @Test
    void anAssertFileHasOnePerLineWithCommentsAndItsErrorsNameTheLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mine.assert");
        Files.writeString(file, "# mine\n\n" + QUEUED + "   # the issue's question\n" + CLOSES + "\n");
        Run run = Run.of(with(XL, "--assert-file", file.toString()));
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("9 closed-while-queued, a closes"), run.out());
        Files.writeString(file, "# mine\n" + CLOSES + "\nc: never all vbd: backend.stat == Closed\n");
        Run bad = Run.of(with(XL, "--assert-file", file.toString()));
        assertEquals(2, bad.status());
        assertTrue(bad.errorLine().contains("'" + file + "' for --assert-file, line 3: column 19: unknown observable 'backend.stat'"), bad.err());
        Files.writeString(file, "# nothing but a comment\n\n");
        Run empty = Run.of(with(XL, "--assert-file", file.toString()));
        assertEquals(2, empty.status());
        assertTrue(empty.errorLine().contains("it holds no assertion"), empty.err());
        Run missing = Run.of(with(XL, "--assert-file", dir.resolve("nope").toString()));
        assertTrue(missing.errorLine().contains("no such file"), missing.err());
    }

    @Test
    void observablesListsEveryNameWithItsTypeScopeMeaningAndSource() throws Exception {
        Run text = Run.of("observables");
        assertEquals(0, text.status(), text.err());
        Observables.ALL.forEach(o -> assertTrue(text.out().contains("  " + o.name() + " "), o.name()));
        assertTrue(text.out().contains("enum (xenbus state): Unknown, Initialising, InitWait"), text.out());
        assertTrue(text.out().lines().allMatch(l -> l.length() <= Wrap.WIDTH), "fits 120 columns");
        JsonNode doc = JSON.readTree(Run.of("observables", "--format", "json").out());
        assertEquals(Observables.ALL.size(), doc.get("observables").size());
        JsonNode first = doc.get("observables").get(0);
        for (String field : List.of("name", "type", "scope", "meaning", "source")) {
            assertTrue(first.hasNonNull(field), field);
        }
    }
}
