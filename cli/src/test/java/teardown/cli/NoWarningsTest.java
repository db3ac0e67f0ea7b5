package teardown.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real process that draws with the bundled engine prints no JVM or logging warning: neither the
 * stack-guard warning J2V8's library used to cause nor SLF4J's note about a missing binding.
 */
class NoWarningsTest {

    @Test
    void drawingWithTheBundledEngineWarnsOfNothing(@TempDir Path dir) throws Exception {
        Spawned run = Spawned.run(List.of(), dir.resolve("out").toFile(), dir.resolve("err").toFile(), (p, err) -> { },
                "docs", "--engine", "bundled", "--out", dir.resolve("docs").toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(java.nio.file.Files.list(dir.resolve("docs")).anyMatch(p -> p.toString().endsWith(".svg")), "docs draws its pictures");
        String all = (run.out() + run.err()).toLowerCase(Locale.ROOT);
        assertFalse(all.contains("warning") || all.contains("slf4j") || all.contains("stack guard"), run.out() + run.err());
    }
}
