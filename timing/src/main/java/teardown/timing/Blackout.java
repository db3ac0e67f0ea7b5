package teardown.timing;

import io.vavr.collection.List;
import teardown.model.Configuration;

/**
 * What one variant costs the guest, for one guest memory size, over every run the model allows.
 * Times are seconds after the final suspend; {@link Double#POSITIVE_INFINITY} means never (a run
 * exists where the target never runs, or where xenwatch never returns from a callback).
 *
 * @param best          the shortest blackout of any run, with every step at its shortest
 * @param worst         the longest blackout of any run, with every step at its longest
 * @param xenwatchWorst the longest time xenwatch spends inside one callback, in any run
 * @param worstRun      the run behind {@code worst}, up to its end, critical path marked
 * @param complete      false when the search hit its limit: then best and worst are not settled
 * @param fallbacks     steps that only a fallback row timed ("actor: name -> key")
 */
public record Blackout(Configuration configuration, double memoryGib, double best, double worst, double xenwatchWorst,
                       List<TimedStep> worstRun, boolean complete, long timedStates, List<String> fallbacks) {

    public static boolean never(double t) {
        return Double.isInfinite(t);
    }
}
