package teardown.cli.explore;

import java.util.LinkedHashMap;
import java.util.Map;
import teardown.model.Configuration;
import teardown.properties.PropertyId;
import teardown.properties.VariantCheck;
import teardown.properties.VariantResult;

/**
 * The whole-variant verdicts (every property, with its shortest counterexample), checked once per
 * variant and kept for the few variants a review session visits. The explored graph is dropped:
 * the page needs the verdicts and traces only.
 */
final class VariantVerdicts {

    /** A review looks at a handful of variants; older ones are checked again if revisited. */
    private static final int KEPT = 8;

    private final long maxStates;
    private final Map<Configuration, VariantResult> kept = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Configuration, VariantResult> eldest) {
            return size() > KEPT;
        }
    };

    VariantVerdicts(long maxStates) {
        this.maxStates = maxStates;
    }

    /** Checking under the lock keeps two tabs that open the same variant from checking it twice. */
    synchronized VariantResult of(Configuration c) {
        return kept.computeIfAbsent(c, x -> VariantCheck.run(x, PropertyId.all(), maxStates, p -> { }).withoutGraph());
    }
}
