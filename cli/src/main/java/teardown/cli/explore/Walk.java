package teardown.cli.explore;

import io.vavr.collection.List;
import io.vavr.control.Option;
import teardown.checker.Path;
import teardown.checker.Transition;
import teardown.model.Configuration;
import teardown.model.Step;
import teardown.model.TeardownState;
import teardown.properties.TeardownSystem;

/**
 * A walk through one variant as a link names it: which initial state, then, at each state, the
 * number of the step taken in that state's list of enabled steps. Replaying it is cheap (one
 * successor computation per step), so links stay short and survive a restart of the server.
 */
record Walk(TeardownSystem system, int init, List<Integer> choices, Path<TeardownState, Step> path) {

    /** A walk no longer than this is enough for any default variant; longer links are refused. */
    static final int MAX_STEPS = 10_000;

    static Walk replay(Configuration c, int init, List<Integer> choices) {
        TeardownSystem system = new TeardownSystem(c);
        List<TeardownState> initials = system.initialStates();
        if (init < 0 || init >= initials.size()) {
            throw new BadRequest("init " + init + " is not an initial state of " + c.label()
                    + " (valid: 0 to " + (initials.size() - 1) + ")");
        }
        TeardownState at = initials.get(init);
        List<Transition<TeardownState, Step>> steps = List.empty();
        int n = 1;
        for (int choice : choices) {
            List<Transition<TeardownState, Step>> enabled = system.successors(at);
            if (choice >= enabled.size()) {
                throw new BadRequest("step " + n + " of the path is " + choice + ", but "
                        + (enabled.isEmpty() ? "no step is enabled there (the run has ended)"
                                : "only steps 0 to " + (enabled.size() - 1) + " are enabled there"));
            }
            Transition<TeardownState, Step> t = enabled.get(choice);
            steps = steps.append(t);
            at = t.target();
            n++;
        }
        return new Walk(system, init, choices, Path.of(initials.get(init), steps));
    }

    /** Parses {@code 0.3.1}: step numbers separated by dots; the empty string is the empty walk. */
    static List<Integer> parseChoices(String path) {
        if (path.isEmpty()) {
            return List.empty();
        }
        if (!path.matches("[0-9]{1,6}(\\.[0-9]{1,6})*")) {
            throw new BadRequest("malformed path '" + abbreviate(path)
                    + "': expected step numbers separated by dots, like 0.3.1");
        }
        List<Integer> choices = List.of(path.split("\\.")).map(Integer::parseInt);
        if (choices.size() > MAX_STEPS) {
            throw new BadRequest("the path has " + choices.size() + " steps; at most " + MAX_STEPS + " are accepted");
        }
        return choices;
    }

    static int parseInit(String init) {
        if (!init.matches("[0-9]{1,6}")) {
            throw new BadRequest("malformed init '" + abbreviate(init) + "': expected the number of an initial state, like 0");
        }
        return Integer.parseInt(init);
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "...";
    }

    TeardownState current() {
        return path.last();
    }

    List<Transition<TeardownState, Step>> enabled() {
        return system.successors(current());
    }

    /**
     * The choices that retrace a checker's path from the same variant, or none if the path does
     * not start at an initial state or takes a step the model does not list (it always does).
     */
    static Option<Walk> of(TeardownSystem system, Path<TeardownState, Step> path) {
        int init = system.initialStates().indexOf(path.initial());
        if (init < 0) {
            return Option.none();
        }
        return choicesFrom(system, path.initial(), path.steps())
                .map(choices -> new Walk(system, init, choices, path));
    }

    /** This walk followed by {@code more}, a path that starts at this walk's current state. */
    Option<Walk> extendedBy(Path<TeardownState, Step> more) {
        return choicesFrom(system, current(), more.steps())
                .map(extra -> new Walk(system, init, choices.appendAll(extra),
                        Path.of(path.initial(), path.steps().appendAll(more.steps()))));
    }

    private static Option<List<Integer>> choicesFrom(TeardownSystem system, TeardownState from,
                                                     List<Transition<TeardownState, Step>> steps) {
        List<Integer> out = List.empty();
        TeardownState at = from;
        for (Transition<TeardownState, Step> t : steps) {
            int index = system.successors(at).indexOf(t);
            if (index < 0) {
                return Option.none();
            }
            out = out.append(index);
            at = t.target();
        }
        return Option.some(out);
    }
}
