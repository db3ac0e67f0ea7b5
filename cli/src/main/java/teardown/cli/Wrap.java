package teardown.cli;

import io.vavr.collection.List;

/** Plain text wrapped at spaces to a width, for output that must fit a terminal of 120 columns. */
final class Wrap {

    /** The width every text output of the default commands fits. */
    static final int WIDTH = 120;

    private Wrap() {
    }

    /**
     * {@code text} as lines of at most {@code width} characters, the first starting with {@code first},
     * the rest with {@code rest}. A single word longer than a line is cut, so no line is ever wider.
     */
    static List<String> lines(String text, int width, String first, String rest) {
        int room = Math.max(1, width - Math.max(first.length(), rest.length()));
        List<String> words = List.of(text.trim().split(" +")).flatMap(w -> pieces(w, room));
        List<String> lines = List.empty();
        String line = first;
        boolean fresh = true;
        for (String w : words) {
            if (!fresh && line.length() + 1 + w.length() > width) {
                lines = lines.append(line);
                line = rest;
                fresh = true;
            }
            line = fresh ? line + w : line + " " + w;
            fresh = false;
        }
        return lines.append(line);
    }

    /** A word cut into pieces of at most {@code n} characters. */
    private static List<String> pieces(String word, int n) {
        return word.length() <= n ? List.of(word) : pieces(word.substring(n), n).prepend(word.substring(0, n));
    }

    /** The same, joined with newlines and ending in one. */
    static String text(String text, String first, String rest) {
        return lines(text, WIDTH, first, rest).mkString("", "\n", "\n");
    }
}
