package teardown.checker;

import io.vavr.collection.List;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.function.Consumer;

/**
 * The exhaustive checker: breadth-first search over a {@link TransitionSystem}, with a visited set,
 * checking every property against the graph it builds. Use it through its small builder:
 *
 * <pre>
 *   Report r = Checker.of(system).property(p).maxStates(100_000).check();
 * </pre>
 *
 * It knows states, steps and predicates; what they mean is the model's business.
 */
public final class Checker<S, A> {

    private final TransitionSystem<S, A> system;
    private final List<Property<S, A>> properties;
    private final long maxStates;
    private final Consumer<Progress> progress;
    private final double progressEverySeconds;

    private Checker(TransitionSystem<S, A> system, List<Property<S, A>> properties, long maxStates,
                    Consumer<Progress> progress, double progressEverySeconds) {
        this.system = system;
        this.properties = properties;
        this.maxStates = maxStates;
        this.progress = progress;
        this.progressEverySeconds = progressEverySeconds;
    }

    public static <S, A> Checker<S, A> of(TransitionSystem<S, A> system) {
        return new Checker<>(system, List.empty(), Long.MAX_VALUE, p -> { }, 1.0);
    }

    public Checker<S, A> property(Property<S, A> property) {
        return new Checker<>(system, properties.append(property), maxStates, progress, progressEverySeconds);
    }

    public Checker<S, A> properties(Iterable<? extends Property<S, A>> more) {
        return new Checker<>(system, properties.appendAll(more), maxStates, progress, progressEverySeconds);
    }

    /** Stop after this many distinct states; every unsettled verdict is then INCOMPLETE. */
    public Checker<S, A> maxStates(long limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("maxStates must be at least 1, was " + limit);
        }
        return new Checker<>(system, properties, limit, progress, progressEverySeconds);
    }

    /** Called about once every {@code everySeconds} while the search runs. */
    public Checker<S, A> onProgress(Consumer<Progress> listener, double everySeconds) {
        return new Checker<>(system, properties, maxStates, listener, everySeconds);
    }

    /** Explores the reachable states, then judges every property on what was found. */
    public Report<S, A> check() {
        long start = System.nanoTime();
        StateGraph<S, A> graph = new StateGraph<>();
        ArrayDeque<Integer> frontier = new ArrayDeque<>();
        boolean complete = true;
        for (S init : system.initialStates()) {
            if (graph.size() >= maxStates) {
                complete = false;
                break;
            }
            int id = graph.addIfNew(init, -1, null);
            if (id >= 0) {
                frontier.add(id);
            }
        }
        long transitions = 0;
        int depth = 0;
        long nextReport = System.nanoTime() + (long) (progressEverySeconds * 1e9);
        while (complete && !frontier.isEmpty()) {
            int id = frontier.poll();
            S state = graph.state(id);
            depth = Math.max(depth, graph.depth(id));
            java.util.List<StateGraph.Edge<A>> out = new ArrayList<>();
            for (Transition<S, A> t : system.successors(state)) {
                transitions++;
                int known = graph.numberOf(t.target());
                if (known < 0) {
                    if (graph.size() >= maxStates) {
                        complete = false;
                        continue;
                    }
                    known = graph.addIfNew(t.target(), id, t.step());
                    frontier.add(known);
                }
                out.add(new StateGraph.Edge<>(t.step(), known));
            }
            if (!complete) {
                // A state with a successor we could not keep stays unexpanded: its edge list would lie.
                break;
            }
            graph.setEdges(id, out);
            if (System.nanoTime() > nextReport) {
                progress.accept(new Progress(graph.size(), transitions, depth, frontier.size(), seconds(start)));
                nextReport = System.nanoTime() + (long) (progressEverySeconds * 1e9);
            }
        }
        boolean finished = complete;
        List<Outcome<S, A>> outcomes = properties.map(p -> Judge.judge(graph, p, finished));
        return new Report<>(graph, outcomes,
                new Statistics(graph.size(), transitions, depth, seconds(start), complete));
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
