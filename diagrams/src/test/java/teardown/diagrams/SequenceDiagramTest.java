package teardown.diagrams;

import teardown.model.toolstack.Toolstack;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import teardown.checker.Path;
import teardown.model.Actor;
import teardown.model.Disk;
import teardown.model.Driver;
import teardown.model.Step;
import teardown.model.TeardownState;
import teardown.properties.PropertyId;
import teardown.properties.VariantCheck;

class SequenceDiagramTest {

    private static final Path<TeardownState, Step> SEED_RACE = Fixtures.violation(
            Fixtures.check(Driver.UNPATCHED, Disk.HEALTHY), PropertyId.NO_VANISH_BEFORE_IO_DONE).trace().get();

    private static final Path<TeardownState, Step> STALL = Fixtures.violation(
            Fixtures.check(Driver.PATCHED, Disk.HUNG), PropertyId.XENWATCH_PROGRESS).trace().get();

    /** A deadlock runs until nothing at all can move, so another device's watch fires in it too. */
    private static final Path<TeardownState, Step> DEADLOCK = Fixtures.violation(
            Fixtures.check(Driver.PATCHED, Disk.HEALTHY, teardown.model.Hazard.CLOSE_UNREGISTERS_WATCH),
            PropertyId.NO_DEADLOCK).trace().get();

    @Test
    void oneLanePerActorPresentWithTheCoreSixAlwaysThere() {
        assertEquals(List.of(Actor.XENWATCH, Actor.XENBLKD, Actor.DISK, Actor.UDEV, Actor.TOOLSTACK, Actor.TARGET),
                SequenceDiagram.lanes(STALL), "the core six even when udev takes no step");
        List<Actor> stallLanes = SequenceDiagram.lanes(DEADLOCK);
        assertTrue(DEADLOCK.steps().exists(t -> t.step().actor() == Actor.OTHER_DEVICE), "the deadlock trace should involve another device");
        assertEquals(List.of(Actor.XENWATCH, Actor.XENBLKD, Actor.DISK, Actor.UDEV, Actor.TOOLSTACK, Actor.TARGET, Actor.OTHER_DEVICE),
                stallLanes);
        String dot = SequenceDiagram.of("s", "t", DEADLOCK, true).dot();
        for (int lane = 0; lane < stallLanes.size(); lane++) {
            assertTrue(dot.contains(SequenceDiagram.node(lane, 0) + " [shape=box, style=\"filled,bold\", fillcolor=\"#e8e8e8\", label=\""
                    + stallLanes.get(lane).id() + "\"]"), "lane head for " + stallLanes.get(lane).id());
        }
        assertFalse(dot.contains(SequenceDiagram.node(stallLanes.size(), 0)), "no lane beyond the actors present");
    }

    @Test
    void everyStepIsABoxInItsActorsLaneOnItsOwnRow() {
        String dot = SequenceDiagram.of("s", "t", SEED_RACE, false).dot();
        List<Actor> lanes = SequenceDiagram.lanes(SEED_RACE);
        for (int row = 1; row <= SEED_RACE.length(); row++) {
            Step step = SEED_RACE.steps().get(row - 1).step();
            String node = SequenceDiagram.node(lanes.indexOf(step.actor()), row);
            assertTrue(dot.contains(node + " [shape=box"), "step " + row + " is a box in the " + step.actor().id() + " lane");
        }
    }

    @Test
    void theDecisiveStepIsTheLastAndMarkedOnce() {
        String dot = SequenceDiagram.of("s", "t", SEED_RACE, false).dot();
        int last = SequenceDiagram.decisiveRow(SEED_RACE);
        Actor actor = SEED_RACE.steps().last().step().actor();
        String node = SequenceDiagram.node(SequenceDiagram.lanes(SEED_RACE).indexOf(actor), last);
        Matcher m = Pattern.compile(Pattern.quote(node) + " \\[[^\\]]*\\(decisive step\\)").matcher(dot);
        assertTrue(m.find(), "the last step's box says it is decisive");
        assertEquals(1, dot.split(Pattern.quote("(decisive step)"), -1).length - 1, "exactly one decisive step");
        assertTrue(dot.contains("color=\"" + SequenceDiagram.DECISIVE + "\""));
    }

    @Test
    void aBlockedActorsLaneIsDashedAndSaysWhatItWaitsFor() {
        String dot = SequenceDiagram.of("s", "t", STALL, true).dot();
        assertTrue(dot.contains("style=dashed"), "some lane waits");
        assertTrue(dot.contains("waits: be->wq:"), "xenwatch waits for xenblkd on the patch's wait queue");
        assertTrue(dot.contains("stuck here forever"), "a liveness trace without a cycle ends stuck");
    }

    @Test
    void aThreadStuckInSubmitBioOnADeadDiskIsDrawnWaiting() {
        Path<TeardownState, Step> dead = Fixtures.violation(
                VariantCheck.run(teardown.model.Configuration.of(Driver.UPSTREAM, teardown.model.toolstack.Toolstack.XEND31, Disk.DEAD)),
                PropertyId.XENWATCH_PROGRESS).trace().get();
        String dot = SequenceDiagram.of("s", "t", dead, true).dot();
        // Lane labels wrap at 22 characters, so look for their first words.
        assertTrue(dot.contains("waits: submit_bio"), "xenblkd's lane shows the dead disk holding it");
        assertTrue(dot.contains("waits: kthread_stop:"), "and xenwatch waiting behind it");
    }

    @Test
    void aLassoLoopsFromItsLastStepBackToTheFirstStepOfItsCycle() {
        Path<TeardownState, Step> lasso = SEED_RACE.withCycleStart(2);
        String dot = SequenceDiagram.of("s", "t", lasso, true).dot();
        List<Actor> lanes = SequenceDiagram.lanes(lasso);
        String from = SequenceDiagram.node(lanes.indexOf(lasso.steps().last().step().actor()), lasso.length());
        String to = SequenceDiagram.node(lanes.indexOf(lasso.steps().get(2).step().actor()), 3);
        assertTrue(dot.contains("  " + from + " -> " + to + " [constraint=false"), "loop edge " + from + " -> " + to);
        assertTrue(dot.contains("loop: back to state 2"));
        assertFalse(dot.contains("stuck here forever"), "a lasso is not stuck");
        assertFalse(SequenceDiagram.of("s", "t", SEED_RACE, false).dot().contains("loop:"), "no loop without a cycle");
    }
}
