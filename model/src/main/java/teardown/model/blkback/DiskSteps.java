package teardown.model.blkback;

import io.vavr.collection.List;
import teardown.model.Actor;
import teardown.model.Configuration;
import teardown.model.Driver;
import teardown.model.Step;
import teardown.model.Successor;
import teardown.model.TeardownState;

/**
 * The disk completes one submitted request: the bio's end_io writes the response on the ring,
 * drops the request's blkif reference and frees the request. A hung disk never completes.
 * See docs/model/drivers.md#completion.
 */
public final class DiskSteps {

    private DiskSteps() {
    }

    public static List<Successor> steps(Configuration c, TeardownState s) {
        if (s.requests().inFlight() == 0 || !c.disk().completes()) {
            return List.empty();
        }
        boolean upstream = c.driver() == Driver.UPSTREAM;
        Step step = new Step(Actor.DISK, "end_block_io_op: make_response, blkif_put, free_req",
                upstream ? "drivers/block/xen-blkback/blkback.c end_block_io_op, __end_block_io_op"
                        : "drivers/xen/blkback/blkback.c end_block_io_op, __end_block_io_op");
        Blkif b = s.blkif().put();
        if (upstream && b.refcnt() == 0) {
            b = b.scheduleFree();
        }
        TeardownState next = s.with(s.requests().completeOne()).with(b);
        if (s.blkif().freed() || !s.blkif().ringMapped()) {
            next = next.withFault("a completion writes its response on a freed or unmapped blkif ring");
        }
        return List.of(new Successor(step, next));
    }
}
