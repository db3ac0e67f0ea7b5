package teardown.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlackoutCommandTest {

    @Test
    void jsonGivesARowPerVariantAndMemorySizeWithItsSafetyVerdict() throws Exception {
        Run run = Run.of("blackout", "--driver", "stock,upstream", "--toolstack", "xend31", "--disk", "healthy,hung",
                "--memory", "1G,64G", "--format", "json");
        assertEquals(0, run.status(), run.err());
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertEquals(2 * 2 * 2, doc.get("results").size());
        for (JsonNode r : doc.get("results")) {
            assertTrue(r.get("worst_seconds").isNull() || r.get("worst_seconds").asDouble() >= r.get("best_seconds").asDouble(), r.toString());
            assertTrue(r.get("worst_run").size() > 0);
        }
        JsonNode stockHung = doc.get("results").get(2);
        assertEquals("stock", stockHung.get("driver").asText());
        assertEquals("hung", stockHung.get("disk").asText());
        assertTrue(stockHung.get("xenwatch_worst_seconds").isNull(), "a hung disk holds stock's xenwatch for ever");
        assertEquals("unsafe", stockHung.get("safety").asText());
        assertEquals("safe", doc.get("results").get(0).get("safety").asText());
        // xend 3.1 destroys before it unleashes: the larger guest waits longer.
        assertTrue(doc.get("results").get(1).get("worst_seconds").asDouble() > doc.get("results").get(0).get("worst_seconds").asDouble() + 10);
        assertTrue(doc.get("timing").size() > 10);
    }

    @Test
    void badMemoryAndTimingFilesAreOneLineErrors(@TempDir Path dir) throws Exception {
        Run memory = Run.of("blackout", "--memory", "4G,lots");
        assertEquals(2, memory.status());
        assertEquals(1, memory.err().strip().lines().count(), memory.err());
        assertTrue(memory.err().contains("bad size 'lots' for --memory"), memory.err());

        Path file = dir.resolve("timing.txt");
        Files.writeString(file, "disk.healthy = 1ms\ndisk.fast = 1ms\n");
        Run timing = Run.of("blackout", "--timing", file.toString());
        assertEquals(2, timing.status());
        assertEquals(1, timing.err().strip().lines().count(), timing.err());
        assertTrue(timing.err().contains("line 2 'disk.fast = 1ms': unknown key 'disk.fast' (valid keys: "), timing.err());

        Path binary = dir.resolve("timing.bin");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, (byte) 0xc3, 0x28});
        for (String[] bad : new String[][] {{dir.resolve("nope.txt").toString(), "no such file"}, {dir.toString(), "folder"},
            {binary.toString(), "not UTF-8 text"}}) {
            Run run = Run.of("blackout", "--timing", bad[0]);
            assertEquals(2, run.status(), run.err());
            String line = run.errorLine();
            assertTrue(line.contains("'" + bad[0] + "'") && line.contains("valid") && line.contains(bad[1]), line);
            assertFalse(run.printedStackTrace() || line.matches(".*[A-Z][a-z]+(Exception|Error)\\b.*"), "words, not a Java class: " + line);
        }
    }

    @Test
    void aTimingFileChangesTheFiguresAndTheTableSaysWhereEachComesFrom(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("timing.txt");
        Files.writeString(file, "timeout.xend = 5s\n");
        Run run = Run.of("blackout", "--driver", "stock", "--toolstack", "xend31", "--disk", "hung", "--memory", "1G",
                "--timing", file.toString(), "--traces");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("[timeout.xend]"), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("stock/xend31/hung") && l.contains("never")), run.out());
        Run table = Run.of("blackout", "--timing-table");
        assertTrue(table.out().contains("| `timeout.xend` | deadline | 30 s |"), table.out());
    }
}
