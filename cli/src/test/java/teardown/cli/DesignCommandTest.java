package teardown.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.Tuple;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import teardown.cli.explore.BadRequest;
import teardown.model.Catalogue;
import teardown.model.Driver;

/**
 * {@code --design}: a design compiled from a file or read from a jar, every command that names
 * variants taking it, and each way a design file can be wrong (exit 2, the file named, never a
 * stack trace) or a design can throw mid-search (exit 1, the design blamed, the path shown).
 */
class DesignCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A driver design (today's upstream with another xen_blkif_disconnect), as a jar: loading it costs no compilation. */
    private static String jar;

    @BeforeAll
    static void buildJar(@TempDir Path dir) throws IOException {
        jar = DesignFiles.jar(DesignFiles.testDesign("DrainingDisconnect.java"), dir).toString();
    }

    private static final String[] ONE = {"--driver", "upstream-drain-first", "--toolstack", "xl", "--disk", "healthy", "--requests", "1"};

    private static String[] with(String[] head, String... tail) {
        String[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    @Test
    void aDesignInATempFileIsCompiledAndLoaded(@TempDir Path dir) throws IOException {
        Path file = Files.copy(DesignFiles.testDesign("XlCloseFirst.java"), dir.resolve("XlCloseFirst.java"));
        Catalogue c = Designs.load(java.util.List.of(file));
        assertEquals(1, c.designs().size());
        Catalogue.Design d = c.designs().head();
        assertEquals("toolstack xl-close-first (" + file + ")", d.toString());
        assertEquals(Designs.LOADER_NAME, d.variant().getClass().getClassLoader().getName());
        assertEquals(file.toString(), Designs.origin(d.variant()).get());
        assertTrue(c.toolstacks().exists(t -> t == d.variant()), "a toolstack design is one of all");
        assertTrue(Designs.origin(Driver.UPSTREAM).isEmpty());
        // nothing static: the next load knows only what it is given
        assertTrue(Designs.load(null).designs().isEmpty());
    }

    @Test
    void aJarOfDesignsIsReadAsItIs() {
        Catalogue c = Designs.load(java.util.List.of(Path.of(jar)));
        assertEquals("upstream-drain-first", c.designDrivers().single().id());
        assertEquals(Driver.UPSTREAM.hazards(), c.designDrivers().single().hazards());
    }

    @Test
    void everyCommandThatNamesVariantsTakesDesign(@TempDir Path dir) {
        Run check = Run.of(with(new String[] {"check", "--design", jar}, ONE));
        assertEquals(0, check.status(), check.err());
        assertTrue(check.out().contains("upstream-drain-first/xl/healthy"), check.out());

        Run explain = Run.of("explain", "upstream-drain-first", "--design", jar, "--toolstack", "xl", "--requests", "1");
        assertEquals(0, explain.status(), explain.err());
        assertTrue(explain.out().contains("with the upstream-drain-first driver"), explain.out());

        Run report = Run.of(with(new String[] {"report", "--design", jar, "--property", "no-deadlock", "--engine", "bundled",
                "--out", dir.resolve("report").toString()}, ONE));
        assertEquals(0, report.status(), report.err());
        assertTrue(Files.exists(dir.resolve("report").resolve("index.html")));

        // explore refuses two variants before serving: the design's id was understood
        Run explore = Run.of("explore", "--design", jar, "--driver", "upstream,upstream-drain-first", "--toolstack", "xl", "--disk", "healthy");
        assertEquals(2, explore.status(), explore.err());
        assertTrue(explore.err().contains("(upstream/xl/healthy, upstream-drain-first/xl/healthy)"), explore.err());

        Run blackout = Run.of(with(new String[] {"blackout", "--design", jar, "--memory", "1G"}, ONE));
        assertEquals(0, blackout.status(), blackout.err());
        assertTrue(blackout.out().contains("upstream-drain-first/xl/healthy"), blackout.out());

        Run history = Run.of("history", "--design", jar, "--case", "xsa-349");
        assertEquals(0, history.status(), history.err());
        assertTrue(history.out().contains("xsa-349                watch-queue-bounded      upstream-drain-first     holds"), history.out());

        Run fuzz = Run.of(with(new String[] {"fuzz", "--design", jar, "--tries", "5"}, ONE));
        assertEquals(0, fuzz.status(), fuzz.err());
        assertTrue(fuzz.out().contains("upstream-drain-first/xl/healthy"), fuzz.out());
    }

    /** The selection options as a command line would fill them. */
    @CommandLine.Command
    static final class Holder {
        @CommandLine.Mixin
        SelectionOptions selection = new SelectionOptions();
    }

    @Test
    void anExploreLinkNamesOnlyTheDesignsTheExplorerStartedWith() {
        Holder h = new Holder();
        new CommandLine(h).parseArgs(with(new String[] {"--design", jar}, ONE));
        SelectionOptions started = h.selection;
        assertEquals("upstream-drain-first/xl/healthy", ExploreVariant.fromLink(io.vavr.collection.List.of(Tuple.of("design", jar),
                Tuple.of("driver", "upstream-drain-first"), Tuple.of("toolstack", "xl"), Tuple.of("disk", "healthy")), 10_000, started).label());
        BadRequest other = assertThrows(BadRequest.class, () -> ExploreVariant.fromLink(io.vavr.collection.List.of(Tuple.of("design", "/tmp/Other.java"),
                Tuple.of("driver", "upstream"), Tuple.of("toolstack", "xl"), Tuple.of("disk", "healthy")), 10_000, started));
        assertTrue(other.getMessage().startsWith("a link may name only the designs this explorer was started with"), other.getMessage());
    }

    @Test
    void aDesignFileThatIsWrongIsBadInputNamingTheFile(@TempDir Path dir) throws IOException {
        Path broken = Files.writeString(dir.resolve("Broken.java"), String.join("\n",
                "import teardown.model.blkback.XenBlkback;",
                "",
                "public class Broken extends XenBlkback {",
                "    public Broken() {",
                "        super(\"broken\", \"does not compile\", XenBlkback.today().fixes());",
                "    }",
                "",
                "    int oops() {",
                "        return r.state();",
                "    }",
                "}", ""));
        Run compile = bad(broken.toString());
        assertTrue(compile.err().contains("Broken.java does not compile (1 error"), compile.err());
        assertTrue(compile.err().contains(broken + ":9: error: cannot find symbol"), compile.err());
        assertTrue(compile.err().contains("        return r.state();\n               ^"), compile.err());

        Path nothing = Files.writeString(dir.resolve("Nothing.java"), "public class Nothing { public static int answer() { return 42; } }\n");
        assertTrue(bad(nothing.toString()).err().contains("Nothing.java: no design in it: a design is a public class that implements"
                + " teardown.model.Driver, teardown.model.toolstack.Toolstack or teardown.model.guest.Frontend"));

        Path hidden = Files.writeString(dir.resolve("Hidden.java"), "public class Hidden { static class Inner extends teardown.model.toolstack.Xl { } }\n");
        assertTrue(bad(hidden.toString()).err().contains("class Inner implements one but is not a public, concrete, top-level or static nested class"));

        Path noCtor = Files.writeString(dir.resolve("NoCtor.java"), "public class NoCtor extends teardown.model.blkback.VendorBlkback {\n"
                + "    public NoCtor(boolean patched) { super(patched); }\n"
                + "    @Override public String id() { return \"no-ctor\"; }\n}\n");
        assertTrue(bad(noCtor.toString()).err().contains("class NoCtor has no public constructor without arguments; teardown makes each design"
                + " with new NoCtor()"));

        Path throwing = Files.writeString(dir.resolve("Throwing.java"), "public class Throwing extends teardown.model.toolstack.Xl {\n"
                + "    public Throwing() { throw new IllegalStateException(\"not ready\"); }\n}\n");
        assertTrue(bad(throwing.toString()).err().contains("new Throwing() threw java.lang.IllegalStateException: not ready at Throwing.java:2"));

        Path clash = Files.writeString(dir.resolve("Clash.java"), "public class Clash extends teardown.model.blkback.VendorBlkback {\n"
                + "    public Clash() { super(true); }\n}\n");
        assertTrue(bad(clash.toString()).err().contains("Clash.java: driver id 'patched' clashes with the built-in driver patched"));
        Run twice = Run.of("check", "--design", jar, "--design", jar);
        assertEquals(2, twice.status());
        assertTrue(twice.errorLine().contains("driver id 'upstream-drain-first' clashes with the driver upstream-drain-first (" + jar + ")"), twice.err());

        assertTrue(bad(dir.resolve("Missing.java").toString()).errorLine().endsWith("and here: no such file)"));
        assertTrue(bad(Files.writeString(dir.resolve("notes.txt"), "x").toString()).errorLine()
                .contains("(valid: a .java source file or a .jar of compiled designs"));
        assertTrue(bad(Files.writeString(dir.resolve("empty.jar"), "not a jar").toString()).errorLine().contains("and here: not a jar"));
    }

    /** Exit 2 with {@code --design file}, before any search, and no stack trace. */
    private static Run bad(String file) {
        Run run = Run.of("check", "--design", file, "--driver", "stock", "--toolstack", "xend31", "--disk", "healthy");
        assertEquals(2, run.status(), file + ": " + run.err());
        assertFalse(run.err().contains("\tat ") || run.err().contains("\n    at "), run.err());
        assertTrue(run.err().startsWith("teardown: "), run.err());
        assertEquals("", run.out());
        return run;
    }

    @Test
    void aDesignThatThrowsMidSearchIsBlamedWithThePathThatLedThere(@TempDir Path dir) throws IOException {
        Path thrower = Files.writeString(dir.resolve("Thrower.java"), String.join("\n",
                "import teardown.model.Configuration;",
                "import teardown.model.blkback.XenBlkback;",
                "import teardown.model.kernel.Run;",
                "",
                "public class Thrower extends XenBlkback {",
                "    public Thrower() {",
                "        super(\"thrower\", \"throws in its disconnect\", XenBlkback.today().fixes());",
                "    }",
                "",
                "    @Override",
                "    protected Run xenBlkifDisconnect(Configuration c, Run r) {",
                "        if (r.state().vbd().inFlight() > 0) {",
                "            throw new IllegalStateException(\"not written for requests in flight\");",
                "        }",
                "        return super.xenBlkifDisconnect(c, r);",
                "    }",
                "}", ""));
        Run run = Run.of("check", "--design", thrower.toString(), "--driver", "upstream,thrower", "--toolstack", "xl", "--disk", "healthy");
        assertEquals(1, run.status(), run.err());
        String err = run.err();
        assertTrue(err.startsWith("teardown: the design " + thrower + " (driver thrower) threw in thrower/xl/healthy:\n"
                + "  IllegalStateException: not written for requests in flight\n"
                + "    at Thrower.xenBlkifDisconnect(Thrower.java:13)\n"
                + "  while computing the next step of xenwatch, in driver thrower's code at 'xenbus_dev_remove: calls the driver's remove'\n"
                + "  reached by this shortest path of 4 step(s) from an initial state:\n"
                + "    1. [toolstack] read 'ready'; rename the source; write 'permission to go'"), err);
        assertTrue(err.contains("    4. [xenwatch] otherend_changed: frontend reads Unknown, device_unregister"), err);
        assertFalse(err.contains("teardown.checker") || err.contains("teardown.model.Teardown") || err.contains("\tat "), "no engine frames:\n" + err);
    }

    @Test
    void theExamplesDesignsLoadAndHaveTheirDocumentedIds() {
        Catalogue c = Designs.load(java.util.List.of(DesignFiles.example("PatchedWithTimeout.java"), DesignFiles.example("DrainingLinuxBlkfront.java")));
        assertEquals(io.vavr.collection.List.of("driver patched-timeout", "frontend linux-drain"), c.designs().map(d -> d.kind() + " " + d.id()));
        assertEquals(Driver.PATCHED.hazards(), c.designDrivers().single().hazards());
    }

    static JsonNode json(Run run) throws IOException {
        assertEquals(0, run.status(), run.err());
        return JSON.readTree(run.out());
    }
}
