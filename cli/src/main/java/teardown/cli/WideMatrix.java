package teardown.cli;

import io.vavr.collection.List;
import teardown.properties.MigrationEnd;
import teardown.properties.Column;
import teardown.properties.VariantResult;

/** The full matrix ({@code --wide}): one row per variant, one column per property, then states, transitions, depth, seconds and ends. */
final class WideMatrix {

    private WideMatrix() {
    }

    static String render(Selection sel, List<VariantResult> results) {
        StringBuilder out = new StringBuilder();
        List<Column> props = sel.columns();
        int labelWidth = Math.max(28, results.map(r -> r.configuration().label().length()).max().getOrElse(0) + 2);
        out.append(String.format("teardown check: %d variant(s), %d request(s) outstanding at suspend, max %,d states each%n%n",
                results.size(), sel.requests(), sel.maxStates()));
        out.append(pad("variant", labelWidth));
        props.forEach(p -> out.append(pad(p.id(), column(p))));
        out.append(String.format("%10s %11s %6s %8s  %s%n", "states", "transitions", "depth", "seconds", "ends"));
        for (VariantResult r : results) {
            out.append(pad(r.configuration().label(), labelWidth));
            for (int i = 0; i < props.size(); i++) {
                out.append(pad(teardown.diagrams.ReportDiagrams.verdictWord(props.get(i), r.properties().get(i).verdict()), column(props.get(i))));
            }
            out.append(String.format("%,10d %,11d %6d %8.2f  %s%n", r.statistics().states(), r.statistics().transitions(),
                    r.statistics().depth(), r.statistics().seconds(), r.ends().map(MigrationEnd::id).mkString(", ")));
        }
        out.append("ends: how the runs can finish: ").append(List.of(MigrationEnd.values())
                .map(e -> e.id() + " = " + e.description()).mkString("; ")).append('\n');
        return out.toString();
    }

    /** Wide enough for the property's id and for every verdict ("inapplicable" is longer than "no-leak"). */
    private static int column(Column p) {
        return Math.max(p.id().length(), List.of(teardown.checker.Verdict.values()).map(v -> v.id().length()).max().get()) + 2;
    }

    private static String pad(String s, int width) {
        return String.format("%-" + width + "s", s);
    }
}
