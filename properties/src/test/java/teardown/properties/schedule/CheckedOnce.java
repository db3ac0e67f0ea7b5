package teardown.properties.schedule;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import teardown.model.Configuration;
import teardown.properties.VariantCheck;
import teardown.properties.VariantResult;

/**
 * One exhaustive check per variant, every property at once, shared by the expectations that read
 * it: a schedule suite asks for seven properties of its variant, and the shrinker and seed tests
 * ask again for the same variants. A memo of a pure function, kept to the schedule tests, which
 * mutation testing leaves out: a mutant must never be judged on a search made without it.
 */
final class CheckedOnce {

    private static final ConcurrentMap<Configuration, VariantResult> CHECKED = new ConcurrentHashMap<>();

    private CheckedOnce() {
    }

    static VariantResult of(Configuration c) {
        return CHECKED.computeIfAbsent(c, VariantCheck::run);
    }
}
