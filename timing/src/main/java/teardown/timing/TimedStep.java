package teardown.timing;

import teardown.model.Step;

/**
 * One step of a timed run: when it started and ended (seconds after the final suspend), the
 * timing row behind it, and whether it lies on the critical path that decides the blackout.
 */
public record TimedStep(int number, Step step, double start, double end, String key, boolean critical) {
}
