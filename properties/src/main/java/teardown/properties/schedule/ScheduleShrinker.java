package teardown.properties.schedule;

import io.vavr.collection.List;
import io.vavr.control.Option;
import teardown.model.Configuration;
import teardown.properties.PropertyId;

/**
 * Shrinks a violating schedule deterministically, for the fuzz command (jqwik shrinks its own).
 * First cut the schedule at the violation, then delta debugging (ddmin) removes chunks of choices
 * while the property stays violated, then each choice and the start are lowered towards 0 (the
 * first enabled step in actor order). The result is 1-minimal: no single choice can be removed.
 */
public final class ScheduleShrinker {

    private ScheduleShrinker() {
    }

    /** @param violating a run that violates {@code property}; the result violates it too */
    public static Interleaving shrink(Configuration c, PropertyId property, Interleaving violating) {
        Interleaving best = cutAtViolation(c, property, violating).getOrElseThrow(
                () -> new IllegalArgumentException("the run does not violate " + property.id()));
        best = removeChunks(c, property, best);
        best = lowerChoices(c, property, best);
        return removeChunks(c, property, best);
    }

    /** Replays {@code candidate}; if it still violates, the run cut at the violation. */
    static Option<Interleaving> cutAtViolation(Configuration c, PropertyId property, Schedule candidate) {
        return cutAtViolation(c, property, ScheduleRunner.play(c, candidate));
    }

    private static Option<Interleaving> cutAtViolation(Configuration c, PropertyId property, Interleaving run) {
        return ScheduleProperty.violation(property, c, run).map(path -> path.length() == run.path().length() ? run
                : ScheduleRunner.play(c, run.played().withChoices(run.played().choices().take(path.length()))));
    }

    private static Interleaving removeChunks(Configuration c, PropertyId property, Interleaving start) {
        Interleaving best = start;
        int parts = 2;
        while (best.played().length() >= 2) {
            List<Integer> choices = best.played().choices();
            int size = choices.size();
            int chunk = (size + parts - 1) / parts;
            Option<Interleaving> smaller = Option.none();
            for (int from = 0; from < size && smaller.isEmpty(); from += chunk) {
                List<Integer> without = choices.take(from).appendAll(choices.drop(from + chunk));
                smaller = cutAtViolation(c, property, best.played().withChoices(without));
            }
            if (smaller.isDefined()) {
                best = smaller.get();
                parts = Math.max(parts - 1, 2);
            } else if (parts < size) {
                parts = Math.min(parts * 2, size);
            } else {
                break;
            }
        }
        return best;
    }

    private static Interleaving lowerChoices(Configuration c, PropertyId property, Interleaving start) {
        Interleaving best = start;
        for (int lower = 0; lower < best.played().start(); lower++) {
            Option<Interleaving> tried = cutAtViolation(c, property, best.played().withStart(lower));
            if (tried.isDefined()) {
                best = tried.get();
                break;
            }
        }
        for (int i = 0; i < best.played().length(); i++) {
            for (int lower = 0; lower < best.played().choices().get(i); lower++) {
                Option<Interleaving> tried = cutAtViolation(c, property,
                        best.played().withChoices(best.played().choices().update(i, lower)));
                if (tried.isDefined()) {
                    best = tried.get();
                    break;
                }
            }
        }
        return best;
    }
}
