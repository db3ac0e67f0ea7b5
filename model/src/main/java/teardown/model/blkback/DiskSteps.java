package teardown.model.blkback;

import io.vavr.collection.List;
import teardown.model.Actor;
import teardown.model.Configuration;
import teardown.model.DeviceView;
import teardown.model.Mutant;
import teardown.model.Step;
import teardown.model.Successor;
import teardown.model.kernel.Module;

/**
 * The disk completes one submitted request of the ring in focus: the bio's end_io writes the
 * response on the ring, frees the request, and drops the request's blkif reference (the last one
 * schedules the deferred free where the driver defers it). A hung or dead disk never completes.
 * See docs/model/drivers.md#completion.
 */
public final class DiskSteps {

    private DiskSteps() {
    }

    public static List<Successor> steps(Configuration c, DeviceView s) {
        if (s.requests().inFlight() == 0 || !s.disk(c).completes()) {
            return List.empty();
        }
        Step step = new Step(Actor.DISK, "end_block_io_op: make_response, blkif_put, free_req",
                c.driver().tree() + "blkback.c end_block_io_op, __end_block_io_op");
        Blkif b = c.has(Mutant.COMPLETION_KEEPS_REFERENCE) ? s.blkif() : s.blkif().put(); // MUTANT completion-keeps-reference
        if (c.driver().lastPutDefersFree() && b.refcnt() == 0) {
            b = b.scheduleFree();
        }
        // The source's write reaches the shared disk: lost if the target has already written that block again.
        DeviceView next = s.with(s.requests().completeOne()).with(b).with(s.history().sourceWriteLands());
        if (s.blkif().freed() || !s.ring().mapped()) {
            next = next.withFault("a completion writes its response on a freed or unmapped blkif ring");
        } else if (s.shared().module() == Module.UNLOADED) {
            next = next.withFault("a completion runs blkback's end_io after the module was unloaded");
        }
        return List.of(new Successor(step, next));
    }
}
