package teardown.cli;

import io.vavr.collection.List;
import teardown.checker.Outcome;
import teardown.checker.Verdict;
import teardown.model.Step;
import teardown.model.TeardownState;
import teardown.properties.TraceText;
import teardown.properties.VariantResult;

/**
 * A matrix run as text, answer first: the generated summary (what was checked, what holds
 * everything, each violated property with its shortest example), the matrix in 120 columns (or
 * the full one with {@code --wide}), one line for the skipped pairs, a line per witness not
 * reached, what is incomplete, and then, for {@code check}, each violation's trace (and each example
 * of a user's sometimes property that was reached).
 */
final class MatrixText {

    private MatrixText() {
    }

    static String render(Selection sel, List<VariantResult> results, List<String> skipped) {
        return render(sel, results, skipped, Detail.DEFAULT);
    }

    static String render(Selection sel, List<VariantResult> results, List<String> skipped, Detail detail) {
        return overview(sel, results, skipped, detail) + (detail.traces() ? traces(results) : "");
    }

    /** Everything but the traces (the report holds those). */
    static String overview(Selection sel, List<VariantResult> results, List<String> skipped, Detail detail) {
        StringBuilder out = new StringBuilder(SummaryText.render(results, sel.columns())).append('\n');
        out.append(detail.wide() ? WideMatrix.render(sel, results) : CompactMatrix.render(results, sel.columns()));
        if (detail.notes() && !skipped.isEmpty()) {
            out.append('\n');
            skipped.forEach(s -> out.append(Wrap.text("note: " + s, "", "  ")));
        } else if (!skipped.isEmpty()) {
            out.append('\n').append(Wrap.text("note: " + skipped.size() + " pair(s) skipped, a hazard or a toolstack that does not apply to the driver"
                    + " (--notes lists them with their reasons)", "", "  "));
        }
        out.append(WitnessText.render(results.reject(VerdictsSoFar::isUnsettled), detail.witnesses()));
        List<VariantResult> incomplete = results.filter(r -> !r.statistics().complete() && !VerdictsSoFar.isUnsettled(r));
        if (!incomplete.isEmpty()) {
            out.append('\n').append(Wrap.text("INCOMPLETE: the search was cut short for "
                    + incomplete.map(r -> r.configuration().label() + " (" + stopped(r.statistics()) + ")").mkString(", ")
                    + "; no verdict there says 'holds'.", "", "  "));
        }
        List<VariantResult> unsettled = results.filter(VerdictsSoFar::isUnsettled);
        if (!unsettled.isEmpty()) {
            out.append('\n').append(Wrap.text("INCOMPLETE: no search finished (out of memory or interrupted) for "
                    + unsettled.map(r -> r.configuration().label()).mkString(", ") + "; every verdict there is incomplete.", "", "  "));
        }
        return out.toString();
    }

    /** Why and where a search stopped: the limit it hit, and how far it got. */
    private static String stopped(teardown.checker.Statistics s) {
        return String.format("%s after %,d states, depth %d", s.stopReason().equals("memory")
                ? "the heap was nearly full" : "--max-states reached", s.states(), s.depth());
    }

    static String traces(List<VariantResult> results) {
        StringBuilder out = new StringBuilder();
        for (VariantResult r : results) {
            for (Outcome<TeardownState, Step> o : teardown.diagrams.ReportDiagrams.traced(r)) {
                boolean reached = o.verdict() == Verdict.HOLDS; // a sometimes property's example
                o.trace().forEach(path -> {
                    out.append(String.format("%n== %s %s %s: %s, %s%s ==%n", o.property().name(), reached ? "reached in" : "violated by",
                            r.configuration().label(), reached ? "shortest example" : path.cycleStart().isDefined() ? "lasso"
                                    : o.property() instanceof teardown.checker.Property.LeadsTo ? "stuck where nothing fair can move"
                                    : "shortest counterexample",
                            path.length() + (path.length() == 1 ? " step" : " steps"), path.cycleStart().map(k -> ", cycle from state " + k).getOrElse("")));
                    out.append(TraceText.render(path));
                    if (o.property() instanceof teardown.checker.Property.LeadsTo && path.cycleStart().isEmpty()) {
                        out.append("     stuck here for ever: ")
                                .append(teardown.properties.Blockage.describe(r.configuration(), path.last())).append('\n');
                    }
                });
            }
        }
        return out.toString();
    }

    private static String pad(String s, int width) {
        return String.format("%-" + width + "s", s);
    }
}
