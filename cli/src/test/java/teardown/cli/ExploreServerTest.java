package teardown.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.Tuple;
import io.vavr.collection.List;
import java.net.InetAddress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import teardown.checker.Path;
import teardown.checker.Transition;
import teardown.cli.explore.ExplorerServer;
import teardown.model.Configuration;
import teardown.model.Disk;
import teardown.model.Driver;
import teardown.model.Step;
import teardown.model.TeardownState;
import teardown.model.toolstack.Toolstack;
import teardown.properties.PropertyId;
import teardown.properties.VariantCheck;

/** The explorer's server over HTTP: what a link shows, and every way a link can be bad. */
class ExploreServerTest {

    static final String SEED = "?driver=unpatched&toolstack=xend31&disk=healthy";
    static final String NO_VANISH = PropertyId.NO_VANISH_BEFORE_IO_DONE.id();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ExplorerServer server;

    @BeforeAll
    static void start() {
        server = startSeedVariant();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    /** The explorer as {@code teardown explore --driver unpatched --toolstack xend31 --disk healthy} starts it. */
    static ExplorerServer startSeedVariant() {
        return ExplorerServer.start(0, o -> ExploreVariant.fromLink(o, VariantCheck.DEFAULT_MAX_STATES),
                List.of(Tuple.of("driver", "unpatched"), Tuple.of("toolstack", "xend31"), Tuple.of("disk", "healthy")),
                VariantCheck.DEFAULT_MAX_STATES);
    }

    /** The checker's shortest counterexample to no-vanish-before-io-done: the seed post's race. */
    static Path<TeardownState, Step> seedRace() {
        Configuration c = Configuration.of(Driver.UNPATCHED, Toolstack.XEND31, Disk.HEALTHY);
        return VariantCheck.run(c, List.of(PropertyId.NO_VANISH_BEFORE_IO_DONE), VariantCheck.DEFAULT_MAX_STATES, p -> { })
                .properties().head().trace().get();
    }

    private static JsonNode api(String query) throws Exception {
        RawHttp r = RawHttp.get(server.port(), "/api/state" + query);
        assertEquals(200, r.status(), r.body());
        return JSON.readTree(r.body());
    }

    private static JsonNode property(JsonNode page, String id) {
        for (JsonNode p : page.get("properties")) {
            if (p.get("id").asText().equals(id)) {
                return p;
            }
        }
        throw new AssertionError("no property " + id + " on the page");
    }

    @Test
    void listensOnTheLoopbackAddressOnlyAndPrintsAnUrlThatOpensTheStartVariant() throws Exception {
        assertTrue(server.url().startsWith("http://127.0.0.1:" + server.port() + "/?driver=unpatched"), server.url());
        // A port bound to 127.0.0.1 is not reachable on the machine's other addresses.
        InetAddress self = InetAddress.getLocalHost();
        if (!self.isLoopbackAddress()) {
            try (java.net.Socket s = new java.net.Socket()) {
                s.connect(new java.net.InetSocketAddress(self, server.port()), 2_000);
                throw new AssertionError("the explorer answered on " + self);
            } catch (java.io.IOException expected) {
                // refused: good
            }
        }
        RawHttp page = RawHttp.get(server.port(), "/");
        assertEquals(200, page.status());
        assertTrue(page.head().contains("text/html"), page.head());
        assertTrue(page.body().contains("/explore.js"));
        assertEquals(200, RawHttp.get(server.port(), "/explore.js").status());
        assertEquals(200, RawHttp.get(server.port(), "/explore.css").status());
        JsonNode start = api("");
        assertEquals("unpatched/xend31/healthy", start.get("variant").asText());
        assertEquals(SEED, start.get("self").asText(), "a link without a variant gets the start variant's options");
        assertEquals(3, start.get("initials").size(), "one initial state per split of two requests");
        assertEquals(PropertyId.all().size(), start.get("properties").size());
    }

    @Test
    void theSeedRaceStepByStepIsFlaggedAtItsLastStateOnly() throws Exception {
        Path<TeardownState, Step> race = seedRace();
        assertEquals(6, race.length());
        String query = SEED;
        int n = 0;
        for (Transition<TeardownState, Step> t : race.steps()) {
            JsonNode page = api(query);
            assertEquals("good", property(page, NO_VANISH).get("here").asText(), "state " + n + " is not yet bad");
            String next = null;
            for (JsonNode s : page.get("enabled")) {
                if (s.get("actor").asText().equals(t.step().actor().id()) && s.get("step").asText().equals(t.step().name())) {
                    next = s.get("href").asText();
                }
            }
            assertTrue(next != null, "step " + (n + 1) + " " + t.step() + " is enabled");
            query = next;
            n++;
        }
        JsonNode end = api(query);
        assertEquals("bad", property(end, NO_VANISH).get("here").asText());
        JsonNode last = end.get("trace").get(5);
        assertEquals(6, last.get("number").asInt());
        assertTrue(last.get("bad").toString().contains(NO_VANISH), last.toString());
        assertTrue(end.get("trace").get(4).get("bad").isEmpty(), "step 5 is not flagged");
        assertEquals(query, end.get("self").asText());
        for (JsonNode step : end.get("trace")) {
            assertFalse(step.get("changes").isEmpty(), "each step of the trace shows what it changed");
            assertTrue(step.get("source").asText().contains("/"), "cites a source file");
        }
        assertEquals(query.substring(0, query.lastIndexOf('.')), end.get("back").asText(), "back drops the last step");
    }

    @Test
    void theShortestCounterexampleAndTheShortestWayFromHereLeadToBadStates() throws Exception {
        JsonNode start = api(SEED);
        JsonNode cex = property(start, NO_VANISH).get("variant").get("counterexample");
        assertEquals(seedRace().length(), cex.get("length").asInt());
        JsonNode atCex = api(cex.get("href").asText());
        assertEquals("bad", property(atCex, NO_VANISH).get("here").asText());
        assertEquals(cex.get("length").asInt(), atCex.get("trace").size());

        // One step in, the search from here still finds a way to a bad state, and the link goes there.
        JsonNode oneIn = api(start.get("enabled").get(0).get("href").asText());
        JsonNode way = property(oneIn, NO_VANISH).get("ahead").get("way");
        assertEquals("violated", property(oneIn, NO_VANISH).get("ahead").get("verdict").asText());
        JsonNode there = api(way.get("href").asText());
        assertEquals("bad", property(there, NO_VANISH).get("here").asText());
        assertEquals(1 + way.get("length").asInt(), there.get("trace").size());

        // A property that holds for the whole variant cannot be broken from any state of it.
        JsonNode useAfterFree = property(oneIn, PropertyId.NO_USE_AFTER_FREE.id());
        assertEquals("holds", useAfterFree.get("variant").get("verdict").asText());
        assertEquals("holds", useAfterFree.get("ahead").get("verdict").asText());
        assertEquals("whole-run", property(oneIn, PropertyId.MIGRATION_COMPLETES.id()).get("here").asText());
    }

    @Test
    void anotherVariantCanBeLinkedAndOtherInitialStatesChosen() throws Exception {
        JsonNode patched = api("?driver=patched&toolstack=xend31&disk=hung&init=2&path=0");
        assertEquals("patched/xend31/hung", patched.get("variant").asText());
        assertTrue(patched.get("initials").get(2).get("current").asBoolean());
        assertEquals("violated", property(patched, PropertyId.XENWATCH_PROGRESS.id()).get("variant").get("verdict").asText());
        assertEquals("?driver=patched&toolstack=xend31&disk=hung&init=2&path=0", patched.get("self").asText());

        // Options added to the selection later are understood in links with no change to the explorer.
        JsonNode today = api("?driver=upstream&toolstack=xl&disk=healthy&frontend=freebsd");
        assertEquals("upstream/xl/healthy/freebsd", today.get("variant").asText());
        assertFalse(today.get("enabled").isEmpty());

        // Liveness from here: the fair run that leaves xenwatch stuck still passes through the start,
        // and its link ends where no actor that fairness forces can move (the model's graph has no cycles).
        JsonNode start = api("?driver=patched&toolstack=xend31&disk=hung");
        JsonNode progress = property(start, PropertyId.XENWATCH_PROGRESS.id());
        assertEquals("whole-run", progress.get("here").asText());
        assertEquals("violated", progress.get("ahead").get("verdict").asText());
        JsonNode stuck = api(progress.get("ahead").get("way").get("href").asText());
        assertTrue(stuck.get("end").get("text").asText().matches("No step is enabled.*|Only steps that weak fairness never forces.*"),
                stuck.get("end").toString());
        assertTrue(api(SEED).get("end").isNull(), "the seed variant's start is not an end");
    }

    @Test
    void badLinksAreA400WithAClearMessageOnThePageAndFromTheApi() {
        String[][] cases = {
                {"?driver=vendor&toolstack=xend31&disk=healthy", "'vendor'"},
                {"?driver=unpatched&toolstack=xend31", "one variant at a time"},
                {"?driver=all&toolstack=xend31&disk=healthy", "one variant at a time"},
                {"?driver=stock&toolstack=xend31&disk=healthy&hazard=self-stop", "bad value 'self-stop' for --hazard"},
                {"?driver=unpatched&toolstack=xend31&disk=healthy&frobnicate=1", "frobnicate"},
                {"?driver=unpatched&toolstack=xend31&disk=healthy&requests=many", "many"},
                {"?driver=unpatched&toolstack=xend31&disk=healthy&requests=65", "--requests"},
                {SEED + "&path=0.99", "only steps 0 to"},
                {SEED + "&path=abc", "malformed path 'abc'"},
                {SEED + "&path=0..1", "malformed path"},
                {SEED + "&path=1.", "malformed path"},
                {SEED + "&path=-1", "malformed path"},
                {SEED + "&path=99999999999", "malformed path"},
                {SEED + "&path=0%2e1%2ex", "malformed path"},
                {SEED + "&path=0&path=1", "given 2 times"},
                {SEED + "&init=3", "not an initial state"},
                {SEED + "&init=x", "malformed init"},
                {SEED + "&path=" + "0.".repeat(15_000) + "0", "characters long"},
        };
        for (String[] c : cases) {
            for (String at : new String[] {"/api/state", "/"}) {
                RawHttp r = RawHttp.get(server.port(), at + c[0]);
                String what = at + c[0].substring(0, Math.min(80, c[0].length()));
                assertEquals(400, r.status(), what + ": " + r.body());
                assertTrue(r.body().contains(c[1].replace("'", at.equals("/") ? "&#39;" : "'")), what + " says " + c[1] + ": " + r.body());
                assertFalse(r.body().contains("Exception") || r.body().contains("\tat "), what + ": no stack trace: " + r.body());
            }
        }
        // A value echoed in the message is escaped on the page, so a crafted link cannot run script.
        RawHttp crafted = RawHttp.get(server.port(), "/?driver=%3Cscript%3Ealert(1)%3C/script%3E&toolstack=xend31&disk=healthy");
        assertEquals(400, crafted.status());
        assertTrue(crafted.body().contains("&lt;script&gt;alert(1)") && !crafted.body().contains("<script>alert"), crafted.body());
        // The JDK's server itself refuses a malformed %-escape, before the explorer sees it: still a 400, no trace.
        RawHttp escape = RawHttp.get(server.port(), "/" + SEED + "&path=%zz");
        assertEquals(400, escape.status());
        assertFalse(escape.body().contains("\tat "), escape.body());
        // A path past the end of a run: find a finished run by always taking the first step.
        RawHttp past = RawHttp.get(server.port(), "/api/state" + SEED + "&path=" + "0.".repeat(40) + "0");
        assertEquals(400, past.status());
        assertTrue(past.body().contains("no step is enabled there"), past.body());
    }

    @Test
    void nothingOutsideItsOwnResourcesIsServedWhateverTheDotsAndEscapes() {
        String[] targets = {
                "/../pom.xml", "/../../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fpom.xml",
                "/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd", "/explore.js/../../../etc/passwd", "/explore.js%2f..%2f..%2fpom.xml",
                "//etc/passwd", "/..\\..\\pom.xml", "/%5c..%5c..%5cpom.xml", "/explore.js%00.html", "/explore.js.",
                "/index.html", "/teardown/cli/explore/index.html", "/teardown/cli/Main.class", "/META-INF/MANIFEST.MF",
                "/%252e%252e/pom.xml", "/./explore.js/..", "/api/state/../../pom.xml", "/api", "/favicon.ico",
                "http://127.0.0.1/../../etc/passwd", "/..;/pom.xml", "/%c0%ae%c0%ae/etc/passwd",
        };
        for (String t : targets) {
            RawHttp r = RawHttp.get(server.port(), t);
            assertTrue(r.status() == 404 || r.status() == 400, t + " -> " + r.status() + " " + r.body());
            assertFalse(r.body().contains("root:") || r.body().contains("<project") || r.body().contains("Manifest-Version")
                    || r.body().contains("teardown explore"), t + " served a file: " + r.body());
        }
    }

    @Test
    void onlyGetIsAnsweredAndOnlyForTheLoopbackNames() {
        assertEquals(405, RawHttp.exchange(server.port(), "POST", "/api/state", "127.0.0.1:" + server.port()).status());
        assertEquals(405, RawHttp.exchange(server.port(), "DELETE", "/", "127.0.0.1:" + server.port()).status());
        assertEquals(200, RawHttp.exchange(server.port(), "GET", "/", "localhost:" + server.port()).status());
        RawHttp rebound = RawHttp.exchange(server.port(), "GET", "/api/state", "attacker.example:" + server.port());
        assertEquals(400, rebound.status());
        assertTrue(rebound.body().contains("answers only requests for 127.0.0.1"), rebound.body());
    }
}
