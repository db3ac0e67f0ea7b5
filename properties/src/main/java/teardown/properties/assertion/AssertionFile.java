package teardown.properties.assertion;

import io.vavr.collection.List;

/**
 * The text of an assertion file ({@code --assert-file}): one assertion per line; blank lines and
 * everything from a '#' on are left out ('#' has no other use in the language).
 */
public final class AssertionFile {

    /** One assertion of a file, with its 1-based line number. */
    public record Line(int number, String text) {
    }

    private AssertionFile() {
    }

    public static List<Line> lines(String content) {
        List<String> all = List.of(content.split("\r?\n", -1));
        return all.zipWithIndex()
                .map(t -> new Line(t._2 + 1, withoutComment(t._1)))
                .filter(l -> !l.text().isBlank());
    }

    private static String withoutComment(String line) {
        int hash = line.indexOf('#');
        return (hash < 0 ? line : line.substring(0, hash)).stripTrailing();
    }
}
