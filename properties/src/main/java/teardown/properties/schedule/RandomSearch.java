package teardown.properties.schedule;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.SplittableRandom;
import teardown.model.Configuration;
import teardown.properties.PropertyId;

/**
 * The fuzz command's search: uniformly random schedules, played one after another and judged
 * against every property still unviolated. Deterministic for a seed: each configuration starts a
 * fresh generator from the seed, so a variant's result does not depend on what else was selected.
 */
public final class RandomSearch {

    /**
     * Raw choices are drawn below 840, a multiple of every count from 1 to 8, so that
     * {@code choice mod enabled} is uniform for any realistic number of enabled steps.
     */
    static final int CHOICE_BOUND = 840;

    private RandomSearch() {
    }

    /** Long enough to finish a run: each request needs a few steps, the teardown a few dozen more. */
    public static int defaultMaxSteps(Configuration c) {
        return 4 * c.requests() + 64;
    }

    public static List<Finding> search(Configuration c, List<PropertyId> properties, int tries, long seed, int maxSteps) {
        java.util.Map<PropertyId, Integer> firstTry = new java.util.EnumMap<>(PropertyId.class);
        java.util.Map<PropertyId, Interleaving> found = new java.util.EnumMap<>(PropertyId.class);
        SplittableRandom random = new SplittableRandom(seed);
        for (int attempt = 1; attempt <= tries && found.size() < properties.size(); attempt++) {
            Interleaving run = ScheduleRunner.play(c, draw(c, random.split(), maxSteps));
            for (PropertyId p : properties) {
                if (!found.containsKey(p) && ScheduleProperty.violation(p, c, run).isDefined()) {
                    found.put(p, run);
                    firstTry.put(p, attempt);
                }
            }
        }
        return properties.map(p -> {
            Option<Interleaving> hit = Option.of(found.get(p));
            Option<Interleaving> shrunk = hit.map(run -> ScheduleShrinker.shrink(c, p, run));
            return new Finding(c, p, seed, tries, firstTry.getOrDefault(p, tries), hit, shrunk,
                    shrunk.flatMap(s -> ScheduleProperty.violation(p, c, s)));
        });
    }

    private static Schedule draw(Configuration c, SplittableRandom r, int maxSteps) {
        int start = r.nextInt(c.requests() + 1);
        return Schedule.of(start, List.fill(maxSteps, () -> r.nextInt(CHOICE_BOUND)));
    }
}
