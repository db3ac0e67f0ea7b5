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

/** Checks one configuration exhaustively: the chosen properties and every witness, in one search. */
public final class VariantCheck {

    /** Large enough for every default variant many times over, small enough for the default heap. */
    public static final long DEFAULT_MAX_STATES = 2_000_000;

    private VariantCheck() {
    }

    public static VariantResult run(Configuration c, List<PropertyId> properties, long maxStates,
                                    Consumer<Progress> progress) {
        List<teardown.checker.Property<TeardownState, Step>> props = properties.map(id -> TeardownProperties.of(id, c));
        Report<TeardownState, Step> report = Checker.of(new TeardownSystem(c))
                .properties(props)
                .properties(TeardownProperties.witnesses())
                .maxStates(maxStates)
                .onProgress(progress, 2.0)
                .check();
        List<Outcome<TeardownState, Step>> outcomes = report.outcomes();
        return new VariantResult(c, outcomes.take(props.size()), outcomes.drop(props.size()),
                report.statistics(), report.graph());
    }

    public static VariantResult run(Configuration c) {
        return run(c, PropertyId.all(), DEFAULT_MAX_STATES, p -> { });
    }
}
