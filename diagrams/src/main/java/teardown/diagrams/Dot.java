package teardown.diagrams;

import io.vavr.collection.List;

/** The few pieces of DOT syntax every diagram needs: quoted strings and labels wrapped to a width. */
final class Dot {

    private Dot() {
    }

    /** A DOT double-quoted string; a newline becomes a centred line break. */
    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    /** Breaks {@code text} at spaces so no line is much wider than {@code width}: step names are long. */
    static String wrap(String text, int width) {
        List<String> lines = List.empty();
        String line = "";
        for (String word : text.split(" ")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                lines = lines.append(line);
                line = word;
            } else {
                line = line.isEmpty() ? word : line + " " + word;
            }
        }
        return lines.append(line).mkString("\n");
    }

    /** The common header: fonts and colours shared by every diagram so the report looks of a piece. */
    static String header(String kind, String title) {
        return kind + " {\n"
                + "  graph [fontname=\"Helvetica\", fontsize=12, labelloc=t, label=" + quote(title) + "];\n"
                + "  node [fontname=\"Helvetica\", fontsize=10];\n"
                + "  edge [fontname=\"Helvetica\", fontsize=9];\n";
    }
}
