package teardown.checker;

import io.vavr.control.Option;

/** Turns an explored graph into a verdict for one property. */
final class Judge {

    private Judge() {
    }

    static <S, A> Outcome<S, A> judge(StateGraph<S, A> graph, Property<S, A> property, boolean complete) {
        // Java 17 has no pattern switch, so the four forms are told apart one by one.
        if (property instanceof Property.Always<S, A> p) {
            return firstOrElse(graph, p, graph.firstMatching(p.invariant().negate()),
                    Verdict.VIOLATED, complete ? Verdict.HOLDS : Verdict.INCOMPLETE);
        }
        if (property instanceof Property.Sometimes<S, A> p) {
            return firstOrElse(graph, p, graph.firstMatching(p.witness()),
                    Verdict.HOLDS, complete ? Verdict.VIOLATED : Verdict.INCOMPLETE);
        }
        if (property instanceof Property.NoDeadlock<S, A> p) {
            return firstOrElse(graph, p, firstDeadlock(graph, p),
                    Verdict.VIOLATED, complete ? Verdict.HOLDS : Verdict.INCOMPLETE);
        }
        Property.LeadsTo<S, A> p = (Property.LeadsTo<S, A>) property;
        return complete ? LeadsToSearch.judge(graph, p) : new Outcome<>(p, Verdict.INCOMPLETE, Option.none());
    }

    private static <S, A> Outcome<S, A> firstOrElse(StateGraph<S, A> graph, Property<S, A> p, int found,
                                                    Verdict whenFound, Verdict otherwise) {
        return found >= 0
                ? new Outcome<>(p, whenFound, Option.some(graph.shortestPathTo(found)))
                : new Outcome<>(p, otherwise, Option.none());
    }

    private static <S, A> int firstDeadlock(StateGraph<S, A> graph, Property.NoDeadlock<S, A> p) {
        for (int id = 0; id < graph.size(); id++) {
            if (graph.isExpanded(id) && graph.edges(id).isEmpty() && !p.legitimateEnd().test(graph.state(id))) {
                return id;
            }
        }
        return -1;
    }
}
