package teardown.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.collection.List;
import io.vavr.collection.TreeSet;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import teardown.checker.FootprintAudit;
import teardown.model.Catalogue;
import teardown.model.Configuration;
import teardown.model.Disk;
import teardown.model.Driver;
import teardown.model.guest.Frontend;
import teardown.model.toolstack.Toolstack;
import teardown.properties.PropertyId;
import teardown.properties.TeardownProperties;
import teardown.properties.TeardownSystem;

/**
 * The worked examples of docs/extending.md, run as the guide runs them: each one's findings, a
 * property it breaks and one it keeps, as the guide states them; and the designs' steps stay within
 * the parts of the state their actors declare, so they may be checked with reduction.
 */
class ExamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The verdict of {@code property} for the variant {@code label} in a check's JSON. */
    private static String verdict(JsonNode doc, String label, String property) {
        for (JsonNode r : doc.get("results")) {
            String l = r.get("driver").asText() + "/" + r.get("toolstack").asText() + "/" + r.get("disk").asText()
                    + (r.get("frontend").asText().equals("linux") ? "" : "/" + r.get("frontend").asText())
                    + (r.get("hazards").isEmpty() ? "" : "+" + r.get("hazards").get(0).asText());
            if (l.equals(label) && r.get("property").asText().equals(property)) {
                return r.get("verdict").asText();
            }
        }
        throw new AssertionError("no row " + label + " " + property + " in " + doc);
    }

    private static JsonNode check(String... args) throws IOException {
        Run run = Run.of(args);
        assertEquals(0, run.status(), run.err());
        return JSON.readTree(run.out());
    }

    /** Example 1: the 2008 patch with wait_event_timeout of 30 s. */
    @Test
    void thePatchWithABoundedWaitFreesXenwatchAndLetsTheDeviceVanishBeforeItsIo() throws IOException {
        JsonNode doc = check("check", "--design", DesignFiles.example("PatchedWithTimeout.java").toString(), "--driver", "patched,patched-timeout",
                "--toolstack", "xend31", "--disk", "healthy,hung", "--hazard", "none", "--hazard", "close-unregisters-watch",
                "--property", "no-vanish-before-io-done,closed-means-drained,no-use-after-free,no-deadlock,xenwatch-progress", "--format", "json");
        // what it fixes: xenwatch no longer hangs on a hung disk, and the deadlock cycle of close-unregisters-watch is broken
        assertEquals("violated", verdict(doc, "patched/xend31/hung", "xenwatch-progress"));
        assertEquals("holds", verdict(doc, "patched-timeout/xend31/hung", "xenwatch-progress"));
        assertEquals("violated", verdict(doc, "patched/xend31/healthy+close-unregisters-watch", "no-deadlock"));
        assertEquals("holds", verdict(doc, "patched-timeout/xend31/healthy+close-unregisters-watch", "no-deadlock"));
        // what it breaks: after 30 s the device leaves sysfs and xenstore, and reads Closed, with requests in flight
        assertEquals("holds", verdict(doc, "patched/xend31/hung", "no-vanish-before-io-done"));
        assertEquals("violated", verdict(doc, "patched-timeout/xend31/hung", "no-vanish-before-io-done"));
        assertEquals("violated", verdict(doc, "patched-timeout/xend31/hung", "closed-means-drained"));
        // and what it keeps: a healthy disk drains well inside 30 s, and nothing is used after it was freed
        for (String p : List.of("no-vanish-before-io-done", "closed-means-drained", "no-use-after-free", "no-deadlock", "xenwatch-progress")) {
            assertEquals("holds", verdict(doc, "patched-timeout/xend31/healthy", p), p);
        }
        assertEquals("holds", verdict(doc, "patched-timeout/xend31/hung", "no-use-after-free"));
    }

    /**
     * Example 2: a Linux blkfront that drains at suspend, with xl and today's upstream driver. It
     * closes xl's window on every disk, but where the disk does not answer in time xl gives up and
     * the guest stays frozen in its suspend: the source never runs again, unlike FreeBSD's, which
     * cancels its suspend and runs on.
     */
    @Test
    void aBlkfrontThatDrainsAtSuspendClosesXlsWindowButLeavesTheSourceFrozenWhenXlGivesUp() throws IOException {
        JsonNode doc = check("check", "--design", DesignFiles.example("DrainingLinuxBlkfront.java").toString(), "--frontend", "linux,linux-drain,freebsd",
                "--toolstack", "xl", "--driver", "upstream", "--disk", "healthy,hung,slow",
                "--property", "all", "--assert-file", DesignFiles.root().resolve("examples/builtins.assert").toString(), "--format", "json");
        for (String p : List.of("no-unleash-before-io-done", "closed-means-drained", "no-lost-update", "migration-completes")) {
            assertEquals("violated", verdict(doc, "upstream/xl/healthy", p), p);
            assertEquals("holds", verdict(doc, "upstream/xl/healthy/linux-drain", p), p);
        }
        for (String disk : List.of("hung", "slow")) {
            assertEquals("holds", verdict(doc, "upstream/xl/" + disk + "/linux-drain", "no-unleash-before-io-done"), disk);
            assertEquals("violated", verdict(doc, "upstream/xl/" + disk + "/linux-drain", "migration-completes"), disk);
            assertEquals("holds", verdict(doc, "upstream/xl/" + disk + "/freebsd", "migration-completes"), disk);
        }
        // a slow disk: xl may give up before the drain ends, and the source never answers the guest again
        assertEquals("holds", verdict(doc, "upstream/xl/healthy/linux-drain", "source-resumes"));
        assertEquals("violated", verdict(doc, "upstream/xl/slow/linux-drain", "source-resumes"));
        assertEquals("holds", verdict(doc, "upstream/xl/slow/freebsd", "source-resumes"));
        assertEquals("inapplicable", verdict(doc, "upstream/xl/slow", "source-resumes"), "today's Linux never fails the migration");
        // the language's oracle on a design: a design is checked with --assert like a built-in, and here the
        // restatements meet aborts that do and do not resume the source, which the default matrix has few of
        assertEquals(0, restatementsThatDisagree(doc).size(), restatementsThatDisagree(doc).mkString("\n"));
        for (JsonNode r : doc.get("results")) {
            if (r.get("frontend").asText().equals("linux-drain") && r.get("disk").asText().equals("hung") && r.has("ends")) {
                assertEquals("[\"aborted\"]", r.get("ends").toString(), "a hung disk: every migration fails at the suspend");
            }
        }
    }

    /** Each built-in restated in examples/builtins.assert whose verdict differs from the built-in's, where that applies. */
    private static List<String> restatementsThatDisagree(JsonNode doc) {
        List<String> differ = List.empty();
        int compared = 0;
        for (JsonNode mine : doc.get("results")) {
            String name = mine.get("property").asText();
            if (!name.startsWith("restated-")) {
                continue;
            }
            for (JsonNode builtIn : doc.get("results")) {
                if (builtIn.get("property").asText().equals(name.substring("restated-".length())) && sameVariant(mine, builtIn)
                        && !builtIn.get("verdict").asText().equals("inapplicable")) {
                    compared++;
                    if (!builtIn.get("verdict").asText().equals(mine.get("verdict").asText())) {
                        differ = differ.append(mine.get("driver").asText() + "/" + mine.get("disk").asText() + "/" + mine.get("frontend").asText()
                                + " " + name + ": " + mine.get("verdict").asText() + ", the built-in " + builtIn.get("verdict").asText());
                    }
                }
            }
        }
        return compared < 50 ? differ.append("compared only " + compared + " cells") : differ;
    }

    private static boolean sameVariant(JsonNode a, JsonNode b) {
        return List.of("driver", "toolstack", "disk", "frontend").forAll(k -> a.get(k).asText().equals(b.get(k).asText()));
    }

    /** The two extension points the guide shows in a few dozen lines: a driver function and a toolstack's order. */
    @Test
    void anUpstreamDisconnectThatDrainsAndAnXlThatClosesFirstAreSafeOnlyTogether() throws IOException {
        JsonNode doc = check("check", "--design", DesignFiles.testDesign("DrainingDisconnect.java").toString(),
                "--design", DesignFiles.testDesign("XlCloseFirst.java").toString(), "--driver", "upstream,upstream-drain-first",
                "--toolstack", "xl-close-first", "--disk", "healthy", "--property", "no-unleash-before-io-done,closed-means-drained", "--format", "json");
        assertEquals("violated", verdict(doc, "upstream/xl-close-first/healthy", "no-unleash-before-io-done"));
        assertEquals("holds", verdict(doc, "upstream-drain-first/xl-close-first/healthy", "no-unleash-before-io-done"));
        assertEquals("holds", verdict(doc, "upstream-drain-first/xl-close-first/healthy", "closed-means-drained"));
    }

    /** A design's steps stay within what its actor declares (model.access), so reduction may be used with it. */
    @Test
    void theExamplesStepsStayWithinTheirActorsDeclaredParts() {
        Catalogue c = Designs.load(java.util.List.of(DesignFiles.example("PatchedWithTimeout.java"), DesignFiles.example("DrainingLinuxBlkfront.java")));
        Driver timeout = c.designDrivers().single();
        Frontend drain = c.designFrontends().single();
        for (Configuration config : List.of(Configuration.of(timeout, Toolstack.XEND31, Disk.HUNG),
                Configuration.of(timeout, Toolstack.XEND31, Disk.HEALTHY).withHazards(TreeSet.of(teardown.model.Hazard.CLOSE_UNREGISTERS_WATCH)),
                Configuration.of(Driver.UPSTREAM, Toolstack.XL, Disk.HUNG).withFrontend(drain),
                Configuration.of(Driver.UPSTREAM, Toolstack.XL, Disk.HEALTHY).withFrontend(drain))) {
            TeardownSystem system = new TeardownSystem(config);
            assertEquals(List.empty(), FootprintAudit.of(system).properties(PropertyId.safety().map(p -> TeardownProperties.of(p, config)))
                    .reachable(200_000), config.label());
        }
    }
}
