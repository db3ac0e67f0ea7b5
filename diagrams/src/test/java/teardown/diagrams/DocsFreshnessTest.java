package teardown.diagrams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/answer.md embeds the diagrams under docs/. They must be what the model draws today: the DOT
 * text is compared (it is deterministic; SVG layout differs between Graphviz engines).
 */
class DocsFreshnessTest {

    /** Maven runs a module's tests in the module's folder; docs/ is at the repository root. */
    private static final Path DOCS = Path.of("..", "docs");

    @Test
    void everyKeyDiagramIsCommittedAsGenerated() throws IOException {
        for (Diagram d : KeyDiagrams.all()) {
            Path dot = DOCS.resolve(d.name() + ".dot");
            assertTrue(Files.exists(dot), dot + " is missing; regenerate with " + KeyDiagrams.REGENERATE);
            assertTrue(Files.exists(DOCS.resolve(d.name() + ".svg")), d.name() + ".svg is missing; regenerate with " + KeyDiagrams.REGENERATE);
            assertEquals(d.dot(), Files.readString(dot), dot + " no longer matches the model; regenerate with " + KeyDiagrams.REGENERATE);
        }
    }

    @Test
    void docsHoldNoStaleDiagrams() throws IOException {
        List<String> generated = KeyDiagrams.all().map(d -> d.name() + ".dot");
        try (Stream<Path> files = Files.list(DOCS)) {
            List<String> committed = List.ofAll(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".dot")));
            assertEquals(generated.sorted(), committed.sorted(), "docs/ .dot files not drawn by " + KeyDiagrams.REGENERATE);
        }
    }
}
