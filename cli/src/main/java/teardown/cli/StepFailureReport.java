package teardown.cli;

import io.vavr.collection.List;
import io.vavr.control.Option;
import teardown.checker.Checker;
import teardown.checker.Outcome;
import teardown.checker.Path;
import teardown.checker.Property;
import teardown.checker.Transition;
import teardown.checker.TransitionSystem;
import teardown.checker.Verdict;
import teardown.model.Configuration;
import teardown.model.Step;
import teardown.model.StepFailure;
import teardown.model.TeardownState;
import teardown.properties.TeardownSystem;
import teardown.properties.TraceText;

/**
 * A step function that threw during a search, reported to the reviewer: whose fault it is (a
 * design's code, or the model's own), the exception with the design's own frames only, whose step
 * was being computed, and a shortest path from an initial state to the state where it threw, found
 * by searching again with that state as the target. Never the engine's stack trace.
 */
final class StepFailureReport {

    /** How many states the search for the path may visit: the failing search got there, so this is plenty. */
    static final long PATH_SEARCH_STATES = 2_000_000;

    private StepFailureReport() {
    }

    /** The failure in {@code t}'s chain of causes, if there is one (a search thread wraps what it throws). */
    static Option<StepFailure> in(Throwable t) {
        for (Throwable x = t; x != null; x = x.getCause()) {
            if (x instanceof StepFailure f) {
                return Option.some(f);
            }
        }
        return Option.none();
    }

    static String render(StepFailure f) {
        Configuration c = f.configuration();
        Throwable cause = f.getCause();
        List<StackTraceElement> frames = Designs.designFrames(cause);
        List<String> guilty = List.of(c.driver(), c.toolstack(), c.frontend())
                .filter(v -> v.getClass().getClassLoader() instanceof Designs.Origin o && frames.exists(fr -> o.defines(fr.getClassName())))
                .map(v -> Designs.origin(v).get() + " (" + kind(v) + " " + id(v) + ")");
        StringBuilder out = new StringBuilder();
        if (frames.isEmpty()) {
            out.append("teardown: the model itself threw in ").append(c.label()).append(" (a bug in teardown, not in a design; please report it):\n");
        } else {
            out.append("teardown: the design ").append(guilty.isEmpty() ? "code" : guilty.mkString(" and "))
                    .append(" threw in ").append(c.label()).append(":\n");
        }
        out.append("  ").append(describe(cause)).append('\n');
        List<StackTraceElement> shown = frames.isEmpty() ? List.of(cause.getStackTrace()).take(1) : frames.take(8);
        shown.forEach(fr -> out.append("    at ").append(fr.getClassName()).append('.').append(fr.getMethodName())
                .append('(').append(fr.getFileName()).append(':').append(fr.getLineNumber()).append(")\n"));
        if (f.state().isEmpty()) {
            out.append("  while ").append(f.where()).append(": there is no path, the search had not started\n");
            return out.toString();
        }
        out.append("  while computing the next step of ").append(f.where()).append('\n');
        Option<Path<TeardownState, Step>> path = pathTo(c);
        if (path.isEmpty()) {
            out.append("  (no path found within ").append(String.format("%,d", PATH_SEARCH_STATES)).append(" states of the initial ones)\n");
        } else if (path.get().length() == 0) {
            out.append("  in an initial state, before any step\n");
        } else {
            out.append("  reached by this shortest path of ").append(path.get().length()).append(" step(s) from an initial state:\n");
            TraceText.stepLines(path.get()).forEach(l -> out.append("    ").append(l).append('\n'));
        }
        out.append("The search stopped there. A design must not throw: see docs/extending.md#when-a-design-throws\n");
        return out.toString();
    }

    private static String describe(Throwable t) {
        String message = t.getMessage();
        return t.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static String kind(Object v) {
        return v instanceof teardown.model.Driver ? "driver" : v instanceof teardown.model.toolstack.Toolstack ? "toolstack" : "frontend";
    }

    private static String id(Object v) {
        return v instanceof teardown.model.Driver d ? d.id() : v instanceof teardown.model.toolstack.Toolstack t ? t.id()
                : ((teardown.model.guest.Frontend) v).id();
    }

    /**
     * A shortest path to a state whose steps throw: the same model, searched breadth first with
     * "its steps can be computed" as the invariant; a state whose steps throw has none here.
     */
    static Option<Path<TeardownState, Step>> pathTo(Configuration c) {
        TeardownSystem model = new TeardownSystem(c);
        TransitionSystem<TeardownState, Step> system = new TransitionSystem<>() {
            @Override
            public List<TeardownState> initialStates() {
                return model.initialStates();
            }

            @Override
            public List<Transition<TeardownState, Step>> successors(TeardownState s) {
                return throwsAt(model, s) ? List.empty() : model.successors(s);
            }
        };
        Outcome<TeardownState, Step> o = Checker.of(system)
                .property(Property.<TeardownState, Step>always("steps-computable", s -> !throwsAt(model, s)))
                .maxStates(PATH_SEARCH_STATES).threads(1).check().outcomes().head();
        return o.verdict() == Verdict.VIOLATED ? o.trace() : Option.none();
    }

    private static boolean throwsAt(TeardownSystem model, TeardownState s) {
        try {
            model.successors(s);
            return false;
        } catch (StepFailure e) {
            return true;
        }
    }
}
