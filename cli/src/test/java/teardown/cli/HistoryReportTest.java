package teardown.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code teardown history --report DIR}: the report's history page, on the one case that searches
 * fastest (properties' HistoryCasesTest runs all six). The page's content is diagrams'
 * HistoryPageTest; here, the option: what it writes, what it prints, and what it refuses.
 */
class HistoryReportTest {

    @Test
    void writesThePageAndSaysWhereAndAJsonRunKeepsStdoutOneDocument(@TempDir Path out) throws Exception {
        Run run = Run.of("history", "--case", "module-unload", "--report", out.toString(), "--engine", "bundled");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("history page written to " + out.resolve("history.html") + " (1 diagrams: 1 drawn"), run.out());
        String page = Files.readString(out.resolve("history.html"));
        assertTrue(page.contains("<td class=\"violated\">violated (10)</td>"), "the page has the case's row");
        assertTrue(Files.exists(out.resolve("diagrams/linux-5.5-rc1-xl-healthy-detach/sequence-no-use-after-free.svg")));

        // Again, as JSON: stdout is the document alone; the note goes to stderr, and the unchanged diagram is not drawn again.
        Run json = Run.of("history", "--case", "module-unload", "--report", out.toString(), "--format", "json");
        assertEquals(0, json.status(), json.err());
        assertEquals("module-unload", new ObjectMapper().readTree(json.out()).get("cases").get(0).get("id").asText());
        assertFalse(json.out().contains("history page written"), "a JSON reader ignores text after the document; a pipe's reader may not");
        assertTrue(json.err().contains("(1 diagrams: 0 drawn"), json.err());
    }

    @Test
    void aReportFolderThatIsAFileIsOneLineBeforeAnySearch(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("index.html"), "not a folder");
        Run run = Run.of("history", "--report", file.toString());
        assertEquals(Main.EXIT_BAD_INPUT, run.status());
        assertTrue(run.errorLine().contains("--report") && run.errorLine().contains("a folder"), run.err());
        assertEquals("", run.out(), "nothing was searched or printed");
        assertFalse(run.printedStackTrace());
    }
}
