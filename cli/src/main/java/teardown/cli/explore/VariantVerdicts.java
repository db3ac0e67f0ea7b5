package teardown.cli.explore;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
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
    private final Map<Configuration, FutureTask<VariantResult>> kept = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Configuration, FutureTask<VariantResult>> eldest) {
            return size() > KEPT;
        }
    };

    VariantVerdicts(long maxStates) {
        this.maxStates = maxStates;
    }

    /**
     * The first request for a variant checks it; a second one for the same variant waits for that
     * check instead of repeating it, and requests for other variants are not held up meanwhile.
     */
    VariantResult of(Configuration c) {
        FutureTask<VariantResult> check;
        boolean first;
        synchronized (kept) {
            check = kept.get(c);
            first = check == null;
            if (first) {
                check = new FutureTask<>(() -> VariantCheck.run(c, PropertyId.all(), maxStates, p -> { }).withoutGraph());
                kept.put(c, check);
            }
        }
        if (first) {
            check.run();
        }
        try {
            return check.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking " + c.label(), e);
        } catch (ExecutionException e) {
            synchronized (kept) {
                kept.remove(c, check); // a failed check is not remembered: the next request tries again
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
