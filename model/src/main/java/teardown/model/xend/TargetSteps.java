package teardown.model.xend;

import io.vavr.collection.List;
import teardown.model.Actor;
import teardown.model.Configuration;
import teardown.model.Step;
import teardown.model.Successor;
import teardown.model.TeardownState;

/**
 * The receiver on the target: once the source lets it (end of stream, 'permission to go', the
 * final handshake) it unpauses the guest, whose blkfront re-issues what it had outstanding; later
 * the guest writes again one of those blocks (what no-lost-update needs, and no more).
 * See docs/model/toolstacks.md#target.
 */
public final class TargetSteps {

    private TargetSteps() {
    }

    public static List<Successor> steps(Configuration c, TeardownState s) {
        if (s.target() == Target.STREAM_ENDED) {
            TeardownState running = s.with(Target.RUNNING);
            return List.of(new Successor(c.xend().unpause(),
                    s.ioDone(c.driver()) ? running : running.with(s.history().ranEarly())));
        }
        if (s.target() == Target.RUNNING && c.requests() > 0 && !s.history().targetWroteAgain()) {
            return List.of(new Successor(new Step(Actor.TARGET, c.frontend().reissuesOnTarget()
                    ? "the guest writes again a block whose request it re-issued"
                    : "the guest writes again a block it wrote before the suspend (drained then)",
                    "drivers/block/xen-blkfront.c blkif_queue_request (a later write to the same sector)"),
                    s.with(s.history().wroteAgain())));
        }
        return List.empty();
    }
}
