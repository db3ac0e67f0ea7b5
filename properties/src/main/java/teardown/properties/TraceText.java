package teardown.properties;

import io.vavr.collection.List;
import teardown.checker.Path;
import teardown.checker.StateDiff;
import teardown.checker.Transition;
import teardown.model.Step;
import teardown.model.TeardownState;

/**
 * Prints a path the way TLC prints a counterexample: the initial state in full, then numbered
 * steps, each with its actor, step name and source, and only the fields that changed. A lasso's
 * repeating part is marked where it starts and where it loops back.
 */
public final class TraceText {

    private TraceText() {
    }

    public static String render(Path<TeardownState, Step> path) {
        StringBuilder out = new StringBuilder();
        out.append("  0. initial state\n");
        for (StateDiff.Change ch : StateDiff.describe(path.initial())) {
            out.append("       ").append(ch.path()).append(" = ").append(ch.after()).append('\n');
        }
        int cycle = path.cycleStart().getOrElse(-1);
        if (cycle == 0) {
            out.append("     -- cycle starts at state 0 --\n");
        }
        TeardownState before = path.initial();
        int n = 1;
        for (Transition<TeardownState, Step> t : path.steps()) {
            Step step = t.step();
            out.append(String.format("%3d. %-12s %s%n", n, step.who(), step.what()));
            out.append("       source: ").append(step.source()).append('\n');
            for (StateDiff.Change ch : StateDiff.between(before, t.target())) {
                out.append("       ").append(ch.path()).append(": ").append(ch.before()).append(" -> ").append(ch.after()).append('\n');
            }
            if (n == cycle) {
                out.append("     -- cycle starts at state ").append(n).append(" --\n");
            }
            before = t.target();
            n++;
        }
        if (cycle >= 0) {
            out.append("     -- back to state ").append(cycle).append(": the cycle repeats forever --\n");
        } else if (path.length() > 0) {
            out.append("     (end of trace)\n");
        }
        return out.toString();
    }

    /** Only the step lines, for compact listings. */
    public static List<String> stepLines(Path<TeardownState, Step> path) {
        return path.steps().zipWithIndex().map(t -> String.format("%d. [%s] %s (%s)", t._2 + 1,
                t._1.step().who(), t._1.step().what(), t._1.step().source()));
    }
}
