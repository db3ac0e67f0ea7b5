package teardown.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import teardown.checker.Checker;
import teardown.properties.TeardownSystem;

/** The bench command's document: every run of a rung agrees on the state space, and the world rungs are real searches. */
class BenchCommandTest {

    @Test
    void oneRungInJson() throws Exception {
        Run run = Run.of("bench", "--max-requests", "2", "--max-devices", "0", "--threads", "2", "--format", "json");
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
    }

    @Test
    void worldRungsSearchDevicesAndBystanders() throws Exception {
        Run run = Run.of("bench", "--max-requests", "0", "--max-devices", "1", "--threads", "1", "--format", "json");
        assertEquals(0, run.status(), run.err());
        JsonNode runs = new ObjectMapper().readTree(run.out()).get("runs");
        for (int b = 0; b <= 2; b++) {
            int bystanders = b;
            long expected = Checker.of(new TeardownSystem(new BenchCommand.Rung(BenchCommand.WORLD, 1, 1, b).configuration())).check().statistics().states();
            JsonNode safety = null;
            for (JsonNode r : runs) {
                if (r.get("bystanders").asInt() == bystanders && r.get("devices").asInt() == 1 && r.get("requests").asInt() == 1
                        && r.get("check").asText().equals("safety")) {
                    safety = r;
                }
            }
            assertTrue(safety != null, "a safety run with " + b + " bystander(s): " + runs);
            double reduction = safety.get("reduction_factor").asDouble();
            assertEquals(expected, safety.get("states").asLong() * reduction, expected * 0.001, "the stored states times the (rounded) reduction: " + safety);
            assertEquals(b == 2, reduction > 1.0, "only two bystanders are interchangeable: " + safety);
        }
    }

    @Test
    void badThreadCountIsOneLine() {
        Run run = Run.of("bench", "--threads", "0");
        assertEquals(2, run.status());
        assertEquals(1, run.err().lines().count(), run.err());
    }
}
