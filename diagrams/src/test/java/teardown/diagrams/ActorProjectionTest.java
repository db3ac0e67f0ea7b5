package teardown.diagrams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import teardown.model.Actor;
import teardown.model.blkback.VendorRemove;
import teardown.model.Disk;
import teardown.model.Driver;
import teardown.properties.VariantResult;

class ActorProjectionTest {

    private static final VariantResult UNPATCHED = Fixtures.check(Driver.UNPATCHED, Disk.HEALTHY);
    private static final VariantResult PATCHED = Fixtures.check(Driver.PATCHED, Disk.HEALTHY);

    @Test
    void everyEdgeJoinsPhasesOfTheProjectionAndStartsFromTheInitialPhase() {
        for (ActorView view : ActorView.values()) {
            ActorProjection p = ActorProjection.of(PATCHED.graph(), view);
            assertTrue(p.edges().forAll(e -> p.phases().contains(e.from()) && p.phases().contains(e.to())), view.id());
            assertEquals(p.phases().head(), p.initialPhases().head(), "breadth-first order puts an initial phase first");
        }
    }

    @Test
    void otherActorsStepsThatLeaveThePhaseAloneAreDropped() {
        ActorProjection p = ActorProjection.of(PATCHED.graph(), ActorView.XENBLKD);
        assertTrue(p.edges().filter(e -> e.from().equals(e.to())).forAll(e -> e.actor().equals(Actor.XENBLKD.id())));
    }

    @Test
    void onlyThePatchedXenwatchWaitsForXenblkd() {
        assertTrue(ActorProjection.of(PATCHED.graph(), ActorView.XENWATCH).phases().contains(VendorRemove.WAIT_XENBLKD));
        assertFalse(ActorProjection.of(UNPATCHED.graph(), ActorView.XENWATCH).phases().contains(VendorRemove.WAIT_XENBLKD));
    }

    @Test
    void sideBySideHighlightsExactlyTheEdgesFoundOnOneSide() {
        ActorProjection left = ActorProjection.of(UNPATCHED.graph(), ActorView.XENWATCH);
        ActorProjection right = ActorProjection.of(PATCHED.graph(), ActorView.XENWATCH);
        String dot = ProjectionDiagram.sideBySide("c", "t", "unpatched", left, "patched", right).dot();
        long onlyLeft = left.edges().count(e -> !right.edges().contains(e));
        long onlyRight = right.edges().count(e -> !left.edges().contains(e));
        assertTrue(onlyLeft > 0 && onlyRight > 0, "the patch changes xenwatch's steps both ways");
        assertEquals(onlyLeft, count(dot, ", color=\"" + ProjectionDiagram.ONLY_LEFT + "\""));
        assertEquals(onlyRight, count(dot, ", color=\"" + ProjectionDiagram.ONLY_RIGHT + "\""));
        assertEquals(0, count(ProjectionDiagram.single("s", "t", right).dot(), "penwidth=2.5"), "nothing differs from itself");
    }

    private static long count(String text, String what) {
        return text.split(java.util.regex.Pattern.quote(what), -1).length - 1;
    }
}
