package teardown.cli;

import io.vavr.collection.List;
import teardown.diagrams.Summary;
import teardown.properties.Column;
import teardown.properties.VariantResult;

/** The report's generated summary as the first lines on the terminal, each violated property with what it means. */
final class SummaryText {

    private SummaryText() {
    }

    static String render(List<VariantResult> results, List<Column> properties) {
        List<Summary.Line> lines = Summary.lines(results, properties);
        StringBuilder out = new StringBuilder(Wrap.text("What this run found. " + lines.head().text(), "", "  "));
        for (Summary.Line line : lines.tail()) {
            out.append(Wrap.text(line.text(), "* ", "  "));
            if (line.kind() == Summary.Kind.VIOLATED || line.kind() == Summary.Kind.REACHED) {
                line.property().forEach(p -> out.append(Wrap.text("means: " + p.description(), "    ", "      ")));
            }
        }
        return out.toString();
    }
}
