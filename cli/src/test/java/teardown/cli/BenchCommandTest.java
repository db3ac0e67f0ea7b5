package teardown.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import teardown.checker.Checker;
import teardown.properties.TeardownSystem;

/** The bench command's document: every run of a rung agrees on the state space; the rungs not modelled are listed, not faked. */
class BenchCommandTest {

    @Test
    void oneRungInJson() throws Exception {
        Run run = Run.of("bench", "--max-requests", "2", "--threads", "2", "--format", "json");
        assertEquals(0, run.status(), run.err());
        JsonNode doc = new ObjectMapper().readTree(run.out());
        JsonNode runs = doc.get("runs");
        assertEquals(4, runs.size(), "safety and liveness, on one thread and on two");
        long expected = Checker.of(new TeardownSystem(BenchCommand.BASE.withRequests(2))).check().statistics().states();
        for (JsonNode r : runs) {
            assertEquals(expected, r.get("states").asLong(), "as a plain search of the same rung finds: " + r);
            assertEquals(runs.get(0).get("transitions").asLong(), r.get("transitions").asLong());
            assertTrue(r.get("complete").asBoolean());
            assertTrue(r.get("bytes_per_state").asDouble() > 0);
            assertEquals(r.get("check").asText().equals("safety") ? "fingerprints" : "graph", r.get("storage").asText());
        }
        assertEquals(8, doc.get("not_modelled").size(), "devices 1..3 x bystanders 0..2 but the one rung modelled");
    }

    @Test
    void badThreadCountIsOneLine() {
        Run run = Run.of("bench", "--threads", "0");
        assertEquals(2, run.status());
        assertEquals(1, run.err().lines().count(), run.err());
    }
}
