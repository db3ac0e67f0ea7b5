package teardown.cli;

import picocli.CommandLine.Option;
import teardown.diagrams.Renderer;

/** {@code --engine}: which Graphviz lays the diagrams out, for the commands that render them. */
final class EngineOption {

    @Option(names = "--engine", paramLabel = "E", description = "auto (native dot if on the PATH, else the bundled engine), dot or bundled (default ${DEFAULT-VALUE})")
    String engine = "auto";

    Renderer renderer() {
        try {
            return switch (engine) {
                case "auto" -> Renderer.detect();
                case "dot" -> Renderer.with(Renderer.Engine.NATIVE_DOT);
                case "bundled" -> Renderer.with(Renderer.Engine.BUNDLED_V8);
                default -> throw BadInput.value("--engine", engine, "auto, dot, bundled");
            };
        } catch (IllegalArgumentException e) {
            throw BadInput.value("--engine", engine, "auto or bundled here: " + e.getMessage());
        }
    }
}
