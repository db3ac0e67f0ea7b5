package teardown.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

/**
 * States of several components with many successors each: a worker's buffer of successors,
 * sized for a few per state, must grow by whole encoded states.
 */
class WideFanOutTest {

    record Cell(int row, int column) {
    }

    @Test
    void aStateWithManySuccessorsOfSeveralComponentsKeepsThemAll() {
        TransitionSystem<Cell, String> grid = CheckerTest.system(List.of(new Cell(0, 0)), s -> s.row() == 0
                ? List.range(0, 40).map(k -> new Transition<>("to " + k, new Cell(1 + k / 8, k % 8)))
                : List.empty());
        Report<Cell, String> r = Checker.of(grid).property(Property.sometimes("far corner", s -> s.equals(new Cell(5, 7)))).check();
        assertEquals(41, r.statistics().states());
        assertEquals(40, r.statistics().transitions());
        assertEquals(List.range(0, 40).map(k -> new Cell(1 + k / 8, k % 8)), List.range(1, 41).map(r.graph()::state),
                "every successor stored whole and in order");
        assertEquals("to 39", r.outcome("far corner").get().trace().get().steps().head().step());
    }
}
