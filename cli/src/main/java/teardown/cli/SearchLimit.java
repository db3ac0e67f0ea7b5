package teardown.cli;

import picocli.CommandLine.Option;
import teardown.properties.VariantCheck;

/** {@code --max-states}, for the commands that search exhaustively and so can be cut short. */
final class SearchLimit {

    @Option(names = "--max-states", paramLabel = "M", description = "stop a search after M distinct states; its verdicts become incomplete (default ${DEFAULT-VALUE})")
    long maxStates = VariantCheck.DEFAULT_MAX_STATES;

    static void requireValid(long maxStates) {
        if (maxStates < 1) {
            throw BadInput.value("--max-states", Long.toString(maxStates), "1 or more");
        }
    }
}
