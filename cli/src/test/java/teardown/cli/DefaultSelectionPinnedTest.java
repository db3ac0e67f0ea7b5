package teardown.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vavr.collection.List;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import teardown.model.Configuration;
import teardown.properties.PropertyId;

/**
 * The pinned tables (properties module, test resources) cover exactly what {@code teardown check}
 * checks with no options: the properties module cannot see this module's selection, so the two
 * lists are compared here, where both are visible.
 */
class DefaultSelectionPinnedTest {

    @Test
    void thePinnedDefaultTableIsTheDefaultSelection() throws IOException {
        List<String> selected = Selection.parse(null, null, null, Configuration.DEFAULT_REQUESTS, null, null, 1,
                PropertyId.safety()).configurations().map(Configuration::label);
        List<String> pinned = List.ofAll(Files.readAllLines(Path.of("..", "properties", "src", "test", "resources", "pinned", "golden-counts.tsv")))
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t")[0]);
        assertEquals(selected, pinned);
    }
}
