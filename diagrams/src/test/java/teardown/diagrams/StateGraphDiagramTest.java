package teardown.diagrams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import teardown.model.Disk;
import teardown.model.Driver;
import teardown.properties.VariantResult;

class StateGraphDiagramTest {

    @Test
    void aSmallGraphIsDrawnInFullWithViolationsAndTheShortestPathHighlighted() {
        VariantResult r = Fixtures.check(Driver.STOCK, Disk.HUNG, 1);
        assertTrue(r.graph().size() <= StateGraphDiagram.FULL_LIMIT, "fixture must be small: " + r.graph().size());
        Violations bad = Violations.of(r);
        assertFalse(bad.states().isEmpty(), "stock/xend31/hung lets the target run before I/O is done");
        String dot = StateGraphDiagram.of("g", "t", r.graph(), bad).dot();
        assertEquals(r.graph().size(), dot.lines().filter(l -> l.matches("  s\\d+ \\[label=.*")).count(), "one node per state");
        assertEquals(bad.states().size(), count(dot, "fillcolor=\"" + StateGraphDiagram.BAD + "\""), "every bad state filled");
        assertEquals(bad.shortestPath().size() - 1, count(dot, "color=\"" + StateGraphDiagram.PATH + "\", penwidth=2.5"),
                "every step of the shortest path drawn thick");
        assertEquals(bad.states().head(), bad.shortestPath().last(), "the path leads to the first bad state");
    }

    @Test
    void aLargeGraphIsCollapsedByPhases() {
        VariantResult r = Fixtures.check(Driver.UNPATCHED, Disk.SLOW);
        assertTrue(StateGraphDiagram.isSummary(r.graph()), "fixture must be large: " + r.graph().size());
        String dot = StateGraphDiagram.of("g", "t", r.graph(), Violations.of(r)).dot();
        long nodes = dot.lines().filter(l -> l.matches("  c\\d+ \\[label=.*")).count();
        assertTrue(nodes > 1 && nodes < r.graph().size() / 5, nodes + " summary nodes for " + r.graph().size() + " states");
        assertTrue(dot.contains("summary: " + r.graph().size() + " states"));
        assertTrue(dot.contains("fillcolor=\"" + StateGraphDiagram.BAD + "\""), "bad classes are filled");
    }

    private static long count(String text, String what) {
        return text.split(java.util.regex.Pattern.quote(what), -1).length - 1;
    }
}
