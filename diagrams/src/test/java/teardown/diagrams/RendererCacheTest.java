package teardown.diagrams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A diagram is drawn again exactly when its picture could differ: its .dot in the folder holds
 * other text, or it or its .svg is missing. A batch with nothing to draw starts no engine.
 */
class RendererCacheTest {

    private static final Diagram D = new Diagram("diagrams/x/one", "one", "digraph { a -> b }\n");

    @Test
    void aDiagramIsUpToDateOnlyWithTheSameTextBesideAnSvg(@TempDir Path dir) throws IOException {
        assertFalse(Renderer.upToDate(D, dir), "nothing written yet");
        Files.createDirectories(dir.resolve("diagrams/x"));
        Files.writeString(dir.resolve("diagrams/x/one.dot"), D.dot());
        assertFalse(Renderer.upToDate(D, dir), "no picture beside the text");
        Files.writeString(dir.resolve("diagrams/x/one.svg"), "<svg/>");
        assertTrue(Renderer.upToDate(D, dir));
        assertFalse(Renderer.upToDate(new Diagram(D.name(), D.title(), "digraph { a -> c }\n"), dir), "the model drew something else");
        Files.writeString(dir.resolve("diagrams/x/one.svg"), "");
        assertFalse(Renderer.upToDate(D, dir), "an empty picture is drawn again");
    }

    @Test
    void aBatchWithNothingToDrawDrawsNothing(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("diagrams/x"));
        Files.writeString(dir.resolve("diagrams/x/one.dot"), D.dot());
        Files.writeString(dir.resolve("diagrams/x/one.svg"), "<svg/>");
        int[] told = {-1};
        Renderer.Rendered r = Renderer.with(Renderer.Engine.BUNDLED_V8).render(List.of(D), dir, new Renderer.Progress() {
            @Override
            public void toDraw(int diagrams, String engine) {
                told[0] = diagrams;
            }

            @Override
            public void drawn() {
                throw new AssertionError("nothing should be drawn");
            }
        });
        assertEquals(0, told[0]);
        assertEquals(1, r.diagrams());
        assertEquals(0, r.drawn());
        assertEquals("<svg/>", Files.readString(dir.resolve("diagrams/x/one.svg")), "the picture is kept as it was");
    }
}
