package teardown.cli;

import picocli.CommandLine.Option;

/** {@code --format text|json}, for the commands whose results other tools may read. */
final class OutputFormat {

    @Option(names = "--format", paramLabel = "F", description = "text or json (default ${DEFAULT-VALUE})")
    String format = "text";

    /** True for json, false for text; anything else is bad input. */
    boolean json() {
        if (!format.equals("text") && !format.equals("json")) {
            throw BadInput.value("--format", format, "text, json");
        }
        return format.equals("json");
    }
}
