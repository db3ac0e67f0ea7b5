package teardown.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The check command's contract: its JSON, its exit statuses and its errors. */
class CheckCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void jsonCoversEveryCombinationAndPropertyWithTracesThatCiteTheSource() throws Exception {
        Run run = Run.of("check", "--property", "all", "--format", "json");
        assertEquals(0, run.status(), run.err());
        JsonNode doc = JSON.readTree(run.out());
        JsonNode results = doc.get("results");
        // Every driver with every toolstack that can drive it, on the three standard disks, with a Linux guest.
        int variants = 0;
        for (teardown.model.Driver d : teardown.model.Driver.values()) {
            for (teardown.model.toolstack.Toolstack x : teardown.model.toolstack.Toolstack.values()) {
                variants += x.cannotDrive(d).isEmpty() ? 3 : 0;
            }
        }
        assertEquals(variants * teardown.properties.PropertyId.all().size(), results.size());
        Set<String> combos = new HashSet<>();
        for (JsonNode r : results) {
            combos.add(r.get("driver").asText() + "/" + r.get("toolstack").asText() + "/" + r.get("disk").asText());
            String verdict = r.get("verdict").asText();
            // A property that cannot apply to the variant (no-leak on a hung disk) says so; a finished run is never incomplete.
            assertTrue(Set.of("holds", "violated", "inapplicable").contains(verdict), "a finished run is never incomplete: " + verdict);
            for (String key : new String[] {"property", "states", "transitions", "depth", "seconds", "counterexample", "hazards", "frontend"}) {
                assertTrue(r.has(key), "result has " + key);
            }
            JsonNode cex = r.get("counterexample");
            assertEquals(verdict.equals("violated"), !cex.isNull(), "a trace exactly for each violation");
            if (!cex.isNull()) {
                assertEquals(cex.get("length").asInt(), cex.get("steps").size());
                for (JsonNode step : cex.get("steps")) {
                    assertTrue(step.get("source").asText().matches(".*(drivers|tools|ocaml|scripts|sys)/.*"), "cites a source file: " + step);
                    assertFalse(step.get("actor").asText().isEmpty());
                }
            }
        }
        assertEquals(variants, combos.size());
        assertEquals(variants * teardown.properties.Witness.values().length, doc.get("witnesses").size());
    }

    @Test
    void theSeedRaceIsViolatedAndThePatchHolds() throws Exception {
        JsonNode results = JSON.readTree(Run.of("check", "--driver", "unpatched,patched", "--toolstack", "xend31",
                "--disk", "healthy", "--property", "no-vanish-before-io-done", "--format", "json").out()).get("results");
        assertEquals("violated", results.get(0).get("verdict").asText());
        assertEquals("unpatched", results.get(0).get("driver").asText());
        assertEquals("holds", results.get(1).get("verdict").asText());
    }

    @Test
    void aSearchCutShortExitsThreeAndNeverSaysHolds() throws Exception {
        Run run = Run.of("check", "--driver", "stock", "--toolstack", "xend31", "--disk", "healthy",
                "--max-states", "20", "--format", "json");
        assertEquals(3, run.status());
        for (JsonNode r : JSON.readTree(run.out()).get("results")) {
            assertFalse(r.get("verdict").asText().equals("holds"), r.toString());
        }
        Run text = Run.of("check", "--driver", "stock", "--toolstack", "xend31", "--disk", "healthy", "--max-states", "20");
        assertEquals(3, text.status());
        assertTrue(text.out().contains("INCOMPLETE"));
    }

    @Test
    void badValuesAreOneLineErrorsNamingTheValidOnes() {
        Run run = Run.of("check", "--driver", "vendor");
        assertEquals(2, run.status());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("'vendor'") && run.err().contains("stock, unpatched, patched, upstream"), run.err());
        assertEquals(2, Run.of("check", "--format", "yaml").status());
        assertEquals(2, Run.of("check", "--requests", "-1").status());
        assertEquals(2, Run.of("check", "--requests", "many").status());
        assertEquals(2, Run.of("check", "--hazard", "cosmic-rays").status());
        assertEquals(2, Run.of("check", "--property", "fast").status());
        Run unknown = Run.of("check", "--frobnicate");
        assertEquals(2, unknown.status());
        assertEquals(1, unknown.err().strip().lines().count(), unknown.err());
        assertFalse(unknown.err().contains("Exception"));
    }

    @Test
    void hazardsThatDoNotApplyAreSaidSoNotSilentlyIgnored() throws Exception {
        JsonNode doc = JSON.readTree(Run.of("check", "--driver", "stock,patched", "--toolstack", "xend31", "--disk", "healthy",
                "--hazard", "self-stop", "--format", "json").out());
        assertEquals(teardown.properties.PropertyId.safety().size(), doc.get("results").size(), "patched only, the safety properties");
        doc.get("results").forEach(r -> assertEquals("patched", r.get("driver").asText()));
        assertTrue(doc.get("skipped").get(0).asText().contains("does not apply to driver stock"));
    }

    @Test
    void frontendAndDeactivateAreOptionsAndBadValuesAreOneLine() throws Exception {
        JsonNode doc = JSON.readTree(Run.of("check", "--driver", "upstream", "--toolstack", "xl", "--disk", "hung",
                "--frontend", "all", "--property", "migration-completes", "--format", "json").out());
        assertEquals(2, doc.get("results").size());
        assertEquals("linux", doc.get("results").get(0).get("frontend").asText());
        assertEquals("violated", doc.get("results").get(0).get("verdict").asText(), "xl unleashes the target unsafely");
        assertEquals("freebsd", doc.get("results").get(1).get("frontend").asText());
        assertEquals("holds", doc.get("results").get(1).get("verdict").asText(), "FreeBSD cancels the suspend: a clean abort");
        Run frontend = Run.of("check", "--frontend", "windows");
        assertEquals(2, frontend.status());
        assertTrue(frontend.err().contains("'windows'") && frontend.err().contains("valid: linux, ") && frontend.err().contains("freebsd"),
                frontend.err());
        Run deactivate = Run.of("check", "--deactivate", "maybe");
        assertEquals(2, deactivate.status());
        assertEquals(1, deactivate.err().strip().lines().count(), deactivate.err());
        assertTrue(deactivate.err().contains("leaves-io, waits-for-io"), deactivate.err());
    }

    @Test
    void pairsAToolstackWouldNeverFormAreSkippedWithAReason() throws Exception {
        JsonNode doc = JSON.readTree(Run.of("check", "--driver", "upstream", "--toolstack", "xenopsd-shutdown,xl",
                "--disk", "healthy", "--format", "json").out());
        doc.get("results").forEach(r -> assertEquals("xl", r.get("toolstack").asText()));
        assertTrue(doc.get("skipped").get(0).asText().contains("does not advertise feature-shutdown-request"));
        // With nothing left to check, the same reason is the one line of a bad-input error.
        Run alone = Run.of("check", "--driver", "upstream", "--toolstack", "xenopsd-shutdown", "--disk", "healthy");
        assertEquals(2, alone.status(), alone.out());
        assertTrue(alone.errorLine().contains("'xenopsd-shutdown'") && alone.errorLine().contains("feature-shutdown-request"), alone.err());
    }

    @Test
    void explainTodaySaysWhichToolstacksStillHaveTheWindow() {
        Run run = Run.of("explain", "today");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("== xl with upstream =="));
        assertTrue(run.out().contains("healthy: window YES"), run.out());
        assertTrue(run.out().contains("write 'permission to go'"), "the xl window's trace");
        String proposed = run.out().substring(run.out().indexOf("== proposed with proposed =="));
        assertFalse(proposed.contains("window YES"), proposed);
    }

    @Test
    void hazardsAreListedOnePerLine() {
        Run run = Run.of("hazards");
        assertEquals(0, run.status());
        assertEquals(8, run.out().lines().count());
        assertTrue(run.out().lines().allMatch(l -> l.matches("[a-z-]+ +\\S.*")));
    }

    @Test
    void explainFindsTheCycleOnlyWhereTheWaitsCloseOne() {
        Run run = Run.of("explain", "patched");
        assertEquals(0, run.status(), run.err());
        String out = run.out();
        String plain = out.substring(out.indexOf("== the driver as written =="), out.indexOf("== with hazard"));
        assertTrue(plain.contains("healthy: xenwatch cannot hang; no deadlock."), plain);
        assertTrue(plain.contains("hung:    xenwatch CAN hang"), plain);
        assertFalse(plain.contains("TRUE DEADLOCK CYCLE"), plain);
        String closeHazard = out.substring(out.indexOf("== with hazard close-unregisters-watch"));
        assertTrue(closeHazard.substring(0, closeHazard.indexOf("== with hazard", 10)).contains("TRUE DEADLOCK CYCLE"));
    }
}
