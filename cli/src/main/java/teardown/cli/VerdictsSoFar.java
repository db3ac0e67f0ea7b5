package teardown.cli;

import io.vavr.collection.List;
import io.vavr.collection.TreeSet;
import java.util.concurrent.atomic.AtomicReferenceArray;
import teardown.checker.Outcome;
import teardown.checker.Statistics;
import teardown.checker.Verdict;
import teardown.model.Configuration;
import teardown.properties.Column;
import teardown.properties.TeardownProperties;
import teardown.properties.VariantResult;

/**
 * The verdicts a matrix run has settled so far, in matrix order. What Ctrl-C and running out of
 * memory print: a variant whose search did not finish reads as incomplete, never as holds.
 */
final class VerdictsSoFar {

    private final List<Configuration> configurations;
    private final List<Column> properties;
    private final AtomicReferenceArray<VariantResult> settled;

    VerdictsSoFar(Selection sel) {
        this.configurations = sel.configurations();
        this.properties = sel.columns();
        this.settled = new AtomicReferenceArray<>(configurations.size());
    }

    /** For the Ctrl-C line: how much of the run is in. */
    String progressNote() {
        return settledCount() + " of " + configurations.size() + " variant(s) settled; the rest are incomplete";
    }

    List<Configuration> configurations() {
        return configurations;
    }

    void settle(int index, VariantResult result) {
        settled.set(index, result);
    }

    int settledCount() {
        return (int) java.util.stream.IntStream.range(0, settled.length()).filter(i -> settled.get(i) != null).count();
    }

    /** Every variant: its result where its search finished or was cut short, all incomplete where none ended. */
    List<VariantResult> results() {
        return configurations.zipWithIndex().map(t -> {
            VariantResult r = settled.get(t._2);
            return r != null ? r : unsettled(t._1);
        });
    }

    /** A variant no search settled (out of memory, or not started): zero states, every verdict incomplete. */
    VariantResult unsettled(Configuration c) {
        return new VariantResult(c,
                properties.map(id -> new Outcome<>(id.property(c), Verdict.INCOMPLETE, io.vavr.control.Option.none())),
                TeardownProperties.witnesses().map(w -> new Outcome<>(w, Verdict.INCOMPLETE, io.vavr.control.Option.none())),
                new Statistics(0, 0, 0, 0, false), TreeSet.empty(), io.vavr.control.Option.none());
    }

    /** A result of {@link #unsettled}: no search ended for it, as opposed to one cut short at its state limit. */
    static boolean isUnsettled(VariantResult r) {
        return !r.statistics().complete() && r.statistics().states() == 0;
    }
}
