package teardown.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import teardown.model.Catalogue;

/**
 * {@code --design FILE}, for the commands that name variants without the whole check selection
 * ({@code explain}, {@code history}); {@link SelectionOptions} declares the same option. The
 * designs are loaded once per command, into this instance: nothing is kept in static state.
 */
final class DesignOption {

    static final String DESCRIPTION = "a reviewer's own driver, toolstack or frontend: a .java file (compiled in memory against the model's API)"
            + " or a .jar; its ids are then valid values of --driver, --toolstack, --frontend (repeatable; see docs/extending.md)";

    @Option(names = "--design", paramLabel = "FILE", description = DESCRIPTION)
    java.util.List<Path> files;

    private Catalogue loaded;

    /** The built-in variants and the designs given, loaded on first use. */
    Catalogue catalogue() {
        if (loaded == null) {
            loaded = Designs.load(files);
        }
        return loaded;
    }
}
