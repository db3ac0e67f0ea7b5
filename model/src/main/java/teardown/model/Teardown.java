package teardown.model;

import io.vavr.collection.List;
import io.vavr.control.Option;
import teardown.model.blkback.BackendInfo;
import teardown.model.blkback.Blkif;
import teardown.model.blkback.DevSem;
import teardown.model.blkback.DiskSteps;
import teardown.model.blkback.Kthread;
import teardown.model.blkback.Requests;
import teardown.model.blkback.WorkqueueSteps;
import teardown.model.blkback.XenblkdSteps;
import teardown.model.hotplug.UdevSteps;
import teardown.model.hotplug.Visibility;
import teardown.model.xenbus.Environment;
import teardown.model.xenbus.EnvironmentSteps;
import teardown.model.xenbus.Xenwatch;
import teardown.model.xenbus.XenwatchSteps;
import teardown.model.xend.Target;
import teardown.model.xend.TargetSteps;
import teardown.model.guest.GuestHistory;

/**
 * The teardown model: its initial states and, for any state, every enabled step of every actor.
 * Pure functions of the configuration and the state; how the states are searched is not its
 * business.
 */
public final class Teardown {

    private Teardown() {
    }

    /**
     * One initial state per way of splitting the outstanding requests between "still on the
     * ring" and "submitted to the disk", at the moment the source toolstack has sent the final state.
     */
    public static List<TeardownState> initialStates(Configuration c) {
        return List.rangeClosed(0, c.requests()).map(onRing -> initial(c, onRing, c.requests() - onRing));
    }

    static TeardownState initial(Configuration c, int onRing, int inFlight) {
        // Each submitted request holds a blkif reference; the stock xenblkd holds one more for itself.
        int blkifRefs = 1 + (c.driver().kthreadHoldsBlkifRef() ? 1 : 0) + inFlight;
        int beRefs = c.driver().isVendor() ? 2 : 1;
        return new TeardownState(
                new Requests(onRing, inFlight, 0),
                Kthread.running(),
                new Blkif(blkifRefs, true, true, false, false),
                new BackendInfo(beRefs, true, false),
                DevSem.FREE,
                Xenwatch.idle(),
                Visibility.connected(),
                c.frontend().initialToolstack(),
                Target.WAITING_FOR_STREAM,
                Environment.quiet(),
                GuestHistory.clean(),
                Option.none());
    }

    /** Every enabled step, in a fixed actor order so that results are deterministic. */
    public static List<Successor> successors(Configuration c, TeardownState s) {
        if (s.faulted()) {
            return List.empty();
        }
        List<Successor> teardown = XenwatchSteps.steps(c, s)
                .appendAll(XenblkdSteps.steps(c, s))
                .appendAll(DiskSteps.steps(c, s))
                .appendAll(WorkqueueSteps.steps(c, s))
                .appendAll(UdevSteps.steps(c, s))
                .appendAll(TargetSteps.steps(c, s));
        // A toolstack's or frontend's bounded wait outlasts any CPU step: on a healthy disk it runs out only when nothing else can move.
        return teardown
                .appendAll(c.frontend().atSuspend(c, s, teardown.isEmpty()))
                .appendAll(c.xend().steps(c, s, teardown.isEmpty()))
                .appendAll(EnvironmentSteps.steps(c, s));
    }
}
