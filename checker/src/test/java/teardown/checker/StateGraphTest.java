package teardown.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

/**
 * Reading the explored graph, as the liveness search, the diagrams and the reports do. The graph:
 * 0..5, each state stepping "inc" to the next and "skip" to the one after, so breadth-first
 * numbering equals the value and every state past the first two has two parents.
 */
class StateGraphTest {

    static final TransitionSystem<Integer, String> LADDER = CheckerTest.system(List.of(0),
            s -> List.of(new Transition<>("inc", s + 1), new Transition<>("skip", s + 2)).filter(t -> t.target() <= 5));

    @Test
    void statesAreNumberedBreadthFirstWithTheirDepth() {
        StateGraph<Integer, String> g = Checker.of(LADDER).check().graph();
        assertEquals(6, g.size());
        assertEquals(1, g.initialCount());
        for (int s = 0; s <= 5; s++) {
            assertEquals(s, g.numberOf(s));
            assertEquals(s, g.state(s));
            assertEquals((s + 1) / 2, g.depth(s), "depth of " + s);
            assertTrue(g.isExpanded(s));
        }
        assertEquals(-1, g.numberOf(6), "never reached");
    }

    @Test
    void edgesAreReadInTheOrderTheModelGaveThem() {
        StateGraph<Integer, String> g = Checker.of(LADDER).check().graph();
        assertEquals(java.util.List.of(new StateGraph.Edge<>("inc", 2), new StateGraph.Edge<>("skip", 3)), g.edges(1));
        assertEquals(2, g.edgeCount(1));
        assertEquals(3, g.edgeTarget(1, 1));
        assertEquals("skip", g.edgeStep(1, 1));
        assertEquals("inc", g.edgeStep(4, 0));
        assertEquals(1, g.edgeCount(4), "4 can only step to 5");
        assertEquals(0, g.edgeCount(5), "5 has no enabled step");
        assertTrue(g.edges(5).isEmpty());
    }

    @Test
    void theShortestPathFollowsTheFirstParent() {
        Path<Integer, String> p = Checker.of(LADDER).check().graph().shortestPathTo(5);
        assertEquals(3, p.length());
        assertEquals(List.of("inc", "skip", "skip"), p.steps().map(Transition::step));
    }

    @Test
    void firstMatchingFindsTheShallowestStateOrNone() {
        StateGraph<Integer, String> g = Checker.of(LADDER).check().graph();
        assertEquals(0, g.firstMatching(s -> s == 0));
        assertEquals(3, g.firstMatching(s -> s >= 3));
        java.util.List<Integer> read = new java.util.ArrayList<>();
        assertEquals(-1, g.firstMatching(s -> read.add(s) && s > 5));
        assertEquals(java.util.List.of(0, 1, 2, 3, 4, 5), read, "every stored state is tried once, and nothing past them");
    }

    @Test
    void everyEdgeReadsTheSameThroughEachAccessor() {
        // Steps named after their source, so an edge read from the wrong state shows.
        TransitionSystem<Integer, String> named = CheckerTest.system(List.of(0), s -> LADDER.successors(s)
                .map(t -> new Transition<>(t.step() + " from " + s, t.target())));
        StateGraph<Integer, String> g = Checker.of(named).check().graph();
        for (int id = 0; id < g.size(); id++) {
            for (int i = 0; i < g.edgeCount(id); i++) {
                assertEquals(g.edges(id).get(i).step(), g.edgeStep(id, i));
                assertEquals(g.edges(id).get(i).target(), g.edgeTarget(id, i));
                assertTrue(g.edgeStep(id, i).endsWith(" from " + g.state(id)), g.edgeStep(id, i));
            }
        }
        assertEquals("skip from 2", g.edgeStep(2, 1));
    }

    @Test
    void aCutShortGraphHasUnexpandedStatesWithNoEdges() {
        // Expanding 1 finds 3 past the limit of three states, so 1 stays unexpanded (its edge list would lie).
        StateGraph<Integer, String> g = Checker.of(LADDER).maxStates(3).check().graph();
        assertEquals(3, g.size());
        assertTrue(g.isExpanded(0));
        assertFalse(g.isExpanded(1));
        assertFalse(g.isExpanded(2));
        assertEquals(0, g.edgeCount(1));
        assertTrue(g.edges(1).isEmpty());
        assertEquals(0, g.edgeCount(2));
        assertEquals(2, g.edgeCount(0));
    }

    /** Two components, so the store compares rows and not just hashes. */
    record Pair(int a, int b) {
    }

    @Test
    void aStoredStateIsFoundOnlyWhenItsRowMatchesNotJustItsHash() {
        GraphStore<Pair, String> store = new GraphStore<>(StateCodec.like(new Pair(0, 0)));
        int first = store.add(new int[] {0, 0}, 0, 42L, -1);
        assertEquals(first, store.find(new int[] {0, 0}, 0, 42L));
        assertEquals(-1, store.find(new int[] {0, 1}, 0, 42L), "same hash, another state");
        int second = store.add(new int[] {0, 1}, 0, 42L, first);
        assertEquals(second, store.find(new int[] {0, 1}, 0, 42L));
        assertEquals(first, store.parent(second));
        assertEquals(-1, store.parent(first));
        assertEquals(1, store.initialCount());
    }
}
