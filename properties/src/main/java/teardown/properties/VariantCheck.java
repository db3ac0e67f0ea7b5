package teardown.properties;

import io.vavr.collection.List;
import java.util.function.Consumer;
import teardown.checker.Checker;
import teardown.checker.Outcome;
import teardown.checker.Progress;
import teardown.checker.Report;
import teardown.model.Configuration;
import teardown.model.Step;
import teardown.model.TeardownState;

/** Checks one configuration exhaustively: the chosen properties (built-in or a user's) and every witness, in one search. */
public final class VariantCheck {

    /**
     * Measured: a state of the explored graph costs under 700 bytes of heap (776,566 states fit in
     * -Xmx512m). Allowing 3,000 bytes per state keeps two searches at a time, plus the liveness
     * search's arrays, inside the heap with room to spare, so the default limit, not the heap,
     * stops a search that is too big: about 2.1 million states in the default 6 GB heap.
     */
    public static final long DEFAULT_MAX_STATES = Math.max(50_000, Runtime.getRuntime().maxMemory() / 3_000);

    private VariantCheck() {
    }

    public static VariantResult run(Configuration c, List<? extends Column> properties, long maxStates,
                                    Consumer<Progress> progress) {
        return run(c, properties, maxStates, progress, true);
    }

    /**
     * @param columns   the built-in properties and user assertions to judge, in the order the outcomes come back
     * @param symmetry store one state per renaming of the bystander guests ({@link BystanderSymmetry})
     */
    public static VariantResult run(Configuration c, List<? extends Column> columns, long maxStates,
                                    Consumer<Progress> progress, boolean symmetry) {
        List<Column> properties = List.narrow(columns);
        List<Column> applicable = properties.filter(id -> id.inapplicable(c).isEmpty());
        List<teardown.checker.Property<TeardownState, Step>> props = applicable.map(id -> id.property(c));
        Checker<TeardownState, Step> checker = Checker.of(new TeardownSystem(c))
                .properties(props)
                .properties(TeardownProperties.witnesses())
                .maxStates(maxStates)
                .onProgress(progress, 2.0);
        Report<TeardownState, Step> report = (symmetry && c.bystanders() > 1 ? checker.symmetry(new BystanderSymmetry()) : checker).check();
        List<Outcome<TeardownState, Step>> outcomes = report.outcomes();
        // Every asked property keeps its place; one that cannot apply is said so, not checked.
        List<Outcome<TeardownState, Step>> checked = outcomes.take(props.size());
        List<Outcome<TeardownState, Step>> inOrder = properties.map(id -> id.inapplicable(c).isDefined()
                ? new Outcome<>(id.property(c), teardown.checker.Verdict.INAPPLICABLE, io.vavr.control.Option.<teardown.checker.Path<TeardownState, Step>>none())
                : checked.get(applicable.indexOf(id)));
        List<Outcome<TeardownState, Step>> witnesses = List.of(Witness.values()).zip(outcomes.drop(props.size()))
                // A window that is reached keeps its verdict even where it was not expected to exist.
                .map(w -> w._1.inapplicable(c).isDefined() && w._2.verdict() != teardown.checker.Verdict.HOLDS
                        ? new Outcome<>(w._2.property(), teardown.checker.Verdict.INAPPLICABLE, io.vavr.control.Option.<teardown.checker.Path<TeardownState, Step>>none())
                        : w._2);
        return new VariantResult(c, inOrder, witnesses,
                report.statistics(), MigrationEnd.reachable(report.graph()), io.vavr.control.Option.some(report.graph()));
    }

    public static VariantResult run(Configuration c) {
        return run(c, PropertyId.all(), DEFAULT_MAX_STATES, p -> { });
    }
}
