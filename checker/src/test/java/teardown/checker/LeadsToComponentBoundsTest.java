package teardown.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

/**
 * Leads-to must read exactly one component's own edges when it asks whether the component can
 * reach a bad one. Drawn so that the component emitted next (and the state numbered next) does
 * reach one: a look one member or one edge too far would blame the wrong triggered state.
 */
class LeadsToComponentBoundsTest {

    @Test
    void onlyTheTriggeredStateThatReachesTheDeadEndIsBlamed() {
        // 0 responds; 1 is a dead end that never responds; 2 is triggered and goes on to respond at 4;
        // 3 is triggered and falls into 1. Breadth-first numbering keeps these numbers, and Tarjan
        // emits {1}, then {2}, then {3}: the component after {2} and the state after 2 both reach {1}.
        LeadsToSearchTest.Explicit sys = new LeadsToSearchTest.Explicit()
                .edge("p", 0, 1).edge("p", 0, 2).edge("p", 0, 3)
                .edge("p", 2, 4)
                .edge("p", 3, 1);
        Outcome<Integer, LeadsToSearchTest.Step> o = LeadsToSearchTest.check(sys, s -> s == 2 || s == 3, s -> s == 0 || s == 4,
                HashSet.of("p"));
        assertEquals(Verdict.VIOLATED, o.verdict());
        assertEquals(List.of(0, 3, 1), o.trace().get().states(), "the trace starts at 3, the triggered state that can fail");
    }

    @Test
    void aRingWhoseEdgesExactlyFillTheirColumnIsReadWithinEachStatesOwnEdges() {
        // 512 states, one edge each: the graph's edge column is full to the last slot, so a look one
        // edge past the last state's own would find nothing there to read.
        int n = 512;
        TransitionSystem<Integer, String> ring = CheckerTest.system(List.of(0), s -> List.of(new Transition<>("w", (s + 1) % n)));
        Outcome<Integer, String> o = Checker.of(ring)
                .property(Property.leadsTo("never", s -> s == 0, s -> false, step -> step, HashSet.of("w")))
                .check().outcome("never").get();
        assertEquals(Verdict.VIOLATED, o.verdict());
        assertEquals(n, o.trace().get().length(), "once round the ring");
        assertEquals(io.vavr.control.Option.some(0), o.trace().get().cycleStart());
    }
}
