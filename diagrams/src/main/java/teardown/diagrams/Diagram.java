package teardown.diagrams;

/**
 * One picture, as Graphviz DOT text. {@code name} is its path inside the output folder without an
 * extension (the renderer adds {@code .dot} and {@code .svg}); {@code title} is what a page calls it.
 */
public record Diagram(String name, String title, String dot) {

    public Diagram {
        if (name.isBlank() || name.startsWith("/") || name.contains("..")) {
            throw new IllegalArgumentException("a diagram name must be a relative path inside the output folder, was '" + name + "'");
        }
    }
}
