package teardown.model.toolstack;

import io.vavr.collection.List;
import teardown.model.Actor;
import teardown.model.Configuration;
import teardown.model.DeviceView;
import teardown.model.Mutant;
import teardown.model.Step;
import teardown.model.Successor;
import teardown.model.Teardown;
import teardown.model.TeardownState;

/**
 * The receiver on the target: once the source lets it (end of stream, 'permission to go', the
 * final handshake) it unpauses the guest, whose blkfront re-issues what it had outstanding; later
 * the guest writes again one of those blocks on each disk (what no-lost-update needs, and no more).
 * See docs/model/toolstacks.md#target.
 */
public final class TargetSteps {

    private TargetSteps() {
    }

    public static List<Successor> steps(Configuration c, TeardownState s) {
        boolean early = c.has(Mutant.TARGET_RUNS_BEFORE_STREAM_ENDS) && s.target() == Target.WAITING_FOR_STREAM; // MUTANT target-runs-before-stream-ends
        if (s.target() == Target.STREAM_ENDED || early) {
            // Each device whose source I/O is not done remembers that the target ran before it was.
            TeardownState running = s.with(Target.RUNNING);
            for (DeviceView d : s.views()) {
                if (!d.vbd().ioDone(c.driver())) {
                    running = running.withVbd(d.index(), d.vbd().with(d.history().ranEarly()));
                }
            }
            return List.of(new Successor(c.toolstack().unpause(), running));
        }
        if (s.target() == Target.RUNNING && c.requests() > 0) {
            return Teardown.eachDevice(c, s, TargetSteps::writeAgain);
        }
        return List.empty();
    }

    private static List<Successor> writeAgain(Configuration c, DeviceView s) {
        return s.history().targetWroteAgain() ? List.empty()
                : List.of(new Successor(new Step(Actor.TARGET, c.frontend().reissuesOnTarget()
                ? "the guest writes again a block whose request it re-issued"
                : "the guest writes again a block it wrote before the suspend (drained then)",
                "drivers/block/xen-blkfront.c blkif_queue_request (a later write to the same sector)"),
                s.with(s.history().wroteAgain())));
    }
}
