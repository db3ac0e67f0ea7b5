package teardown.cli;

import io.vavr.collection.List;
import teardown.checker.Outcome;
import teardown.checker.Verdict;
import teardown.model.Step;
import teardown.model.TeardownState;
import teardown.properties.MigrationEnd;
import teardown.properties.PropertyId;
import teardown.properties.TraceText;
import teardown.properties.VariantResult;

/** The verdict matrix as text: one row per variant, one column per property, then each violation's trace. */
final class MatrixText {

    private MatrixText() {
    }

    static String render(Selection sel, List<VariantResult> results, List<String> skipped) {
        return matrix(sel, results, skipped) + traces(results);
    }

    /** The matrix with its notes and warnings, without the traces (the report holds those). */
    static String matrix(Selection sel, List<VariantResult> results, List<String> skipped) {
        StringBuilder out = new StringBuilder();
        List<PropertyId> props = sel.properties();
        int labelWidth = Math.max(28, results.map(r -> r.configuration().label().length()).max().getOrElse(0) + 2);
        out.append(String.format("teardown check: %d variant(s), %d request(s) outstanding at suspend, max %,d states each%n%n",
                results.size(), sel.requests(), sel.maxStates()));
        out.append(pad("variant", labelWidth));
        props.forEach(p -> out.append(pad(p.id(), p.id().length() + 2)));
        out.append(String.format("%10s %11s %6s %8s  %s%n", "states", "transitions", "depth", "seconds", "ends"));
        for (VariantResult r : results) {
            out.append(pad(r.configuration().label(), labelWidth));
            for (int i = 0; i < props.size(); i++) {
                out.append(pad(r.properties().get(i).verdict().id(), props.get(i).id().length() + 2));
            }
            out.append(String.format("%,10d %,11d %6d %8.2f  %s%n", r.statistics().states(), r.statistics().transitions(),
                    r.statistics().depth(), r.statistics().seconds(), r.ends().map(MigrationEnd::id).mkString(", ")));
        }
        out.append("ends: how the runs can finish: ").append(List.of(MigrationEnd.values())
                .map(e -> e.id() + " = " + e.description()).mkString("; ")).append('\n');
        skipped.forEach(s -> out.append("note: ").append(s).append('\n'));
        List<String> unreached = results.reject(VerdictsSoFar::isUnsettled).flatMap(r -> r.witnesses()
                .filter(w -> w.verdict() != Verdict.HOLDS && w.verdict() != Verdict.INAPPLICABLE)
                .map(w -> r.configuration().label() + ": witness " + w.property().name() + " "
                        + (w.verdict() == Verdict.INCOMPLETE ? "not reached before the state limit" : "NEVER REACHED")));
        if (!unreached.isEmpty()) {
            out.append("\nWARNING: witnesses not reached (the model never enters these windows; see README, 'Witnesses'):\n");
            unreached.forEach(u -> out.append("  ").append(u).append('\n'));
        }
        List<VariantResult> incomplete = results.filter(r -> !r.statistics().complete() && !VerdictsSoFar.isUnsettled(r));
        if (!incomplete.isEmpty()) {
            out.append("\nINCOMPLETE: the search was cut short for ")
                    .append(incomplete.map(r -> r.configuration().label() + " (" + stopped(r.statistics()) + ")").mkString(", "))
                    .append("; no verdict there says 'holds'.\n");
        }
        List<VariantResult> unsettled = results.filter(VerdictsSoFar::isUnsettled);
        if (!unsettled.isEmpty()) {
            out.append("\nINCOMPLETE: no search finished (out of memory or interrupted) for ")
                    .append(unsettled.map(r -> r.configuration().label()).mkString(", "))
                    .append("; every verdict there is incomplete.\n");
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
            for (Outcome<TeardownState, Step> o : r.properties().filter(o -> o.verdict() == Verdict.VIOLATED)) {
                o.trace().forEach(path -> {
                    out.append(String.format("%n== %s violated by %s: %s, %s%s ==%n", o.property().name(),
                            r.configuration().label(), path.cycleStart().isDefined() ? "lasso"
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
