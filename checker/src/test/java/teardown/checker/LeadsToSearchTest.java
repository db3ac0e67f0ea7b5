package teardown.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Leads-to under weak fairness, on small hand-drawn graphs (states are numbers, steps name their process). */
class LeadsToSearchTest {

    /** A step of a named process. */
    record Step(String process, int from, int to) {
        @Override
        public String toString() {
            return process + ":" + from + "->" + to;
        }
    }

    /** A transition system written down edge by edge; state 0 is the only initial state unless told. */
    static final class Explicit implements TransitionSystem<Integer, Step> {
        private List<Integer> init = List.of(0);
        private Map<Integer, List<Transition<Integer, Step>>> out = LinkedHashMap.empty();

        Explicit init(Integer... states) {
            init = List.of(states);
            return this;
        }

        Explicit edge(String process, int from, int to) {
            out = out.put(from, successors(from).append(new Transition<>(new Step(process, from, to), to)));
            return this;
        }

        @Override
        public List<Integer> initialStates() {
            return init;
        }

        @Override
        public List<Transition<Integer, Step>> successors(Integer state) {
            return out.get(state).getOrElse(List.empty());
        }
    }

    static Outcome<Integer, Step> check(Explicit sys, Predicate<Integer> trigger, Predicate<Integer> response,
                                        Set<Object> fair) {
        Property<Integer, Step> p = Property.leadsTo("p", trigger, response, Step::process, fair);
        Outcome<Integer, Step> o = Checker.of(sys).property(p).check().outcome("p").get();
        if (o.verdict() == Verdict.VIOLATED) {
            assertValidCounterexample(sys, o.trace().get(), trigger, response, fair);
        } else {
            assertTrue(o.trace().isEmpty());
        }
        return o;
    }

    /**
     * Checks a counterexample independently of the search: it is a real behaviour of the system,
     * from some triggered state on it never responds, and it ends in a state where no fair process
     * can step (the behaviour may stutter there for ever) or a weakly fair cycle that returns to the
     * state at cycleStart.
     */
    static <S, A> void assertValidCounterexample(TransitionSystem<S, A> sys, Path<S, A> path, Predicate<S> trigger,
                                                 Predicate<S> response, Set<Object> fair,
                                                 java.util.function.Function<A, Object> processOf) {
        assertTrue(sys.initialStates().contains(path.initial()), "starts in an initial state");
        List<S> states = path.states();
        for (int i = 0; i < path.length(); i++) {
            assertTrue(sys.successors(states.get(i)).contains(path.steps().get(i)), "step " + i + " is a real step");
        }
        int end = path.cycleStart().getOrElse(path.length());
        int triggerAt = -1;
        for (int i = 0; i <= end; i++) {
            if (trigger.test(states.get(i)) && states.drop(i).forAll(response.negate())) {
                triggerAt = i;
                break;
            }
        }
        assertTrue(triggerAt >= 0, "a triggered state is never followed by a response: " + states);
        if (path.cycleStart().isEmpty()) {
            assertTrue(sys.successors(path.last()).forAll(t -> !fair.contains(processOf.apply(t.step()))),
                    "a lasso-free counterexample ends where no fair process can step (stuttering there is fair)");
            return;
        }
        int k = path.cycleStart().get();
        assertTrue(k < path.length(), "the cycle has at least one step");
        assertEquals(states.get(k), path.last(), "the cycle returns to its entry state");
        List<Transition<S, A>> cycleSteps = path.steps().drop(k);
        List<S> cycleStates = states.drop(k);
        for (Object q : fair) {
            boolean steps = cycleSteps.exists(t -> q.equals(processOf.apply(t.step())));
            boolean pauses = cycleStates.exists(s -> !sys.successors(s).exists(t -> q.equals(processOf.apply(t.step()))));
            if (!steps && !pauses) {
                fail("fair process " + q + " is enabled throughout the cycle but never steps: " + path);
            }
        }
    }

    static void assertValidCounterexample(Explicit sys, Path<Integer, Step> path, Predicate<Integer> trigger,
                                          Predicate<Integer> response, Set<Object> fair) {
        assertValidCounterexample(sys, path, trigger, response, fair, Step::process);
    }

    static Set<Object> fair(String... processes) {
        return HashSet.of((Object[]) processes);
    }

    @Test
    void fairCycleWithoutResponseIsALasso() {
        Explicit sys = new Explicit().edge("w", 0, 1).edge("w", 1, 2).edge("w", 2, 1).edge("w", 2, 3);
        Outcome<Integer, Step> o = check(sys, s -> s == 0, s -> s == 3, fair("w"));
        assertEquals(Verdict.VIOLATED, o.verdict());
        Path<Integer, Step> path = o.trace().get();
        assertEquals(List.of(0, 1, 2, 1), path.states());
        assertEquals(Option.some(1), path.cycleStart());
        assertEquals(path.states().get(path.cycleStart().get()), path.steps().last().target());
    }

    @Test
    void unfairCycleIsExcusedByWeakFairness() {
        // env can bounce 0 <-> 1 forever, but worker is enabled all along, so it must eventually step.
        Explicit sys = new Explicit().edge("env", 0, 1).edge("env", 1, 0).edge("worker", 0, 2).edge("worker", 1, 2);
        assertEquals(Verdict.HOLDS, check(sys, s -> s == 0, s -> s == 2, fair("worker")).verdict());
        // Without fairness the same bouncing is a counterexample.
        Outcome<Integer, Step> unfair = check(sys, s -> s == 0, s -> s == 2, fair());
        assertEquals(Verdict.VIOLATED, unfair.verdict());
        assertEquals(List.of(0, 1, 0), unfair.trace().get().states());
        assertEquals(Option.some(0), unfair.trace().get().cycleStart());
    }

    @Test
    void fairProcessDisabledOnceInTheCycleIsNotForced() {
        // worker can finish from 0 and 1 but not from 2; going round 0 -> 1 -> 2 -> 0 is weakly fair.
        Explicit sys = new Explicit().edge("env", 0, 1).edge("env", 1, 2).edge("env", 2, 0)
                .edge("worker", 0, 9).edge("worker", 1, 9);
        Outcome<Integer, Step> o = check(sys, s -> s == 0, s -> s == 9, fair("worker"));
        assertEquals(Verdict.VIOLATED, o.verdict());
        assertEquals(List.of(0, 1, 2, 0), o.trace().get().states());
        assertEquals(Option.some(0), o.trace().get().cycleStart());

        // Once worker can also finish from 2 it is enabled throughout, and the property holds.
        sys.edge("worker", 2, 9);
        assertEquals(Verdict.HOLDS, check(sys, s -> s == 0, s -> s == 9, fair("worker")).verdict());
    }

    @Test
    void deadEndWithoutResponseIsViolatedWithoutCycle() {
        Explicit sys = new Explicit().edge("a", 0, 2).edge("a", 0, 1);
        Outcome<Integer, Step> o = check(sys, s -> s == 0, s -> s == 2, fair("a"));
        assertEquals(Verdict.VIOLATED, o.verdict());
        assertEquals(List.of(0, 1), o.trace().get().states());
        assertTrue(o.trace().get().cycleStart().isEmpty());
    }

    @Test
    void triggeredDeadEndIsItsOwnCounterexample() {
        Explicit sys = new Explicit().edge("a", 0, 1);
        Outcome<Integer, Step> o = check(sys, s -> s == 1, s -> false, fair("a"));
        assertEquals(Verdict.VIOLATED, o.verdict());
        assertEquals(List.of(0, 1), o.trace().get().states());
        assertTrue(o.trace().get().cycleStart().isEmpty());
    }

    @Test
    void responseOnEveryPathHolds() {
        // Two routes from the trigger to 3, and a loop at 3 after the response.
        Explicit sys = new Explicit().edge("a", 0, 1).edge("a", 0, 2).edge("b", 1, 3).edge("b", 2, 3)
                .edge("a", 3, 3).edge("a", 3, 4).edge("a", 4, 0);
        assertEquals(Verdict.HOLDS, check(sys, s -> s == 0, s -> s == 3, fair("a", "b")).verdict());
        // Without any fairness the behaviour may stutter at the trigger for ever, as in TLA+.
        Outcome<Integer, Step> unfair = check(sys, s -> s == 0, s -> s == 3, fair());
        assertEquals(Verdict.VIOLATED, unfair.verdict());
        assertEquals(List.of(0), unfair.trace().get().states());
    }

    @Test
    void selfLoopOfAnUnfairProcessIsViolatedWhenTheFairOneIsDisabled() {
        Explicit sys = new Explicit().edge("worker", 0, 1).edge("worker", 0, 2).edge("tick", 1, 1);
        Outcome<Integer, Step> o = check(sys, s -> s == 0, s -> s == 2, fair("worker"));
        assertEquals(Verdict.VIOLATED, o.verdict());
        // State 1 offers only the unfair tick: the behaviour may stay there, ticking or stuttering.
        assertEquals(List.of(0, 1), o.trace().get().states());
        assertTrue(o.trace().get().cycleStart().isEmpty());

        // If worker can leave the loop, weak fairness makes it do so.
        sys.edge("worker", 1, 2);
        assertEquals(Verdict.HOLDS, check(sys, s -> s == 0, s -> s == 2, fair("worker")).verdict());
    }

    @Test
    void responseOnTheWayDischargesTheTrigger() {
        // 0 (trigger) -> 1 (response) -> 2 (dead end): the trigger at 0 was answered at 1.
        Explicit sys = new Explicit().edge("a", 0, 1).edge("a", 1, 2);
        assertEquals(Verdict.HOLDS, check(sys, s -> s == 0, s -> s == 1, fair("a")).verdict());
        // A state where trigger and response hold together is answered at once.
        assertEquals(Verdict.HOLDS, check(sys, s -> s == 0, s -> s == 0, fair("a")).verdict());
    }

    @Test
    void prefixGoesToTheShallowestTriggerThatCanFail() {
        // Triggers at 1 (depth 1, always answered) and at 4 (depth 2) and 6 (depth 4); 4 and 6 reach the loop 5 <-> 7.
        Explicit sys = new Explicit()
                .edge("a", 0, 1).edge("a", 1, 9)
                .edge("a", 0, 3).edge("a", 3, 4).edge("a", 4, 5).edge("a", 5, 7).edge("a", 7, 5)
                .edge("a", 0, 10).edge("a", 10, 11).edge("a", 11, 12).edge("a", 12, 6).edge("a", 6, 5);
        Predicate<Integer> trigger = s -> s == 1 || s == 4 || s == 6;
        Outcome<Integer, Step> o = check(sys, trigger, s -> s == 9, fair("a"));
        assertEquals(Verdict.VIOLATED, o.verdict());
        assertEquals(List.of(0, 3, 4, 5, 7, 5), o.trace().get().states());
        assertEquals(Option.some(3), o.trace().get().cycleStart());
    }

    @Test
    void cycleTakesAStepOfEveryFairProcessEnabledThroughout() {
        // In the component {0, 1, 2} both p and q are always enabled; the cycle must step both.
        Explicit sys = new Explicit().edge("p", 0, 1).edge("p", 1, 0).edge("p", 2, 0)
                .edge("q", 0, 0).edge("q", 1, 2).edge("q", 2, 2);
        Outcome<Integer, Step> o = check(sys, s -> s == 0, s -> false, fair("p", "q"));
        assertEquals(Verdict.VIOLATED, o.verdict());
        Path<Integer, Step> path = o.trace().get();
        List<String> cycleProcesses = path.steps().drop(path.cycleStart().get()).map(t -> t.step().process());
        assertTrue(cycleProcesses.contains("p"), cycleProcesses::toString);
        assertTrue(cycleProcesses.contains("q"), cycleProcesses::toString);
    }

    @Test
    void leadsToIsIncompleteUnderAStateLimit() {
        Explicit sys = new Explicit().edge("a", 0, 1).edge("a", 1, 2).edge("a", 2, 0);
        Property<Integer, Step> p = Property.leadsTo("p", s -> s == 0, s -> s == 2, Step::process, fair("a"));
        Report<Integer, Step> r = Checker.of(sys).property(p).maxStates(2).check();
        assertFalse(r.statistics().complete());
        assertEquals(Verdict.INCOMPLETE, r.outcome("p").get().verdict());
    }

    @Test
    void longChainDoesNotOverflowTheStack() {
        // 200 000 states in one big cycle: a recursive Tarjan would overflow here.
        int n = 200_000;
        TransitionSystem<Integer, String> ring = CheckerTest.system(List.of(0),
                s -> List.of(new Transition<>("w", (s + 1) % n)));
        Property<Integer, String> p = Property.leadsTo("p", s -> s == 0, s -> false, step -> step, HashSet.of("w"));
        Outcome<Integer, String> o = Checker.of(ring).property(p).check().outcome("p").get();
        assertEquals(Verdict.VIOLATED, o.verdict());
        assertEquals(n, o.trace().get().length());
        assertEquals(Option.some(0), o.trace().get().cycleStart());
        assertEquals(0, o.trace().get().last());
    }
}
