package teardown.model.xend;

import io.vavr.collection.List;
import teardown.model.Actor;
import teardown.model.Configuration;
import teardown.model.Step;
import teardown.model.Successor;
import teardown.model.TeardownState;

/**
 * The receiver on the target: at end of stream it completes the restore and unpauses the guest.
 * See docs/model/toolstacks.md#target.
 */
public final class TargetSteps {

    private TargetSteps() {
    }

    public static List<Successor> steps(Configuration c, TeardownState s) {
        return s.target() != Target.STREAM_ENDED ? List.empty()
                : List.of(new Successor(new Step(Actor.TARGET, "restore completes, domain unpaused; blkfront re-issues its requests",
                "tools/python/xen/xend/XendCheckpoint.py restore; drivers/xen/blkfront/blkfront.c blkif_recover"),
                s.with(Target.RUNNING)));
    }
}
