package teardown.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code teardown report}: the key diagram set by default, the full one on request, bad values refused. */
class ReportCommandTest {

    @Test
    void anUnknownDiagramSetIsOneLineNamingTheValidOnes() {
        Run run = Run.of("report", "--diagrams", "some");
        assertEquals(2, run.status());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("'some'") && run.err().contains("key, all"), run.err());
    }

    @Test
    void theDefaultReportLeadsWithTheSummaryAndSaysHowToDrawEverything(@TempDir Path out) throws Exception {
        Run run = Run.of("report", "--driver", "unpatched", "--toolstack", "xend31", "--disk", "healthy",
                "--requests", "1", "--engine", "bundled", "--out", out.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("key set"), run.out());
        String index = Files.readString(out.resolve("index.html"));
        assertTrue(index.indexOf("id=\"summary\"") < index.indexOf("id=\"matrix\""), "summary before the matrix");
        assertTrue(index.contains("teardown report --diagrams all"), "the page says how to draw every diagram");
    }
}
