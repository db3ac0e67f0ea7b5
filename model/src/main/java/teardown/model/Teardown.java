package teardown.model;

import io.vavr.collection.List;
import io.vavr.collection.Array;
import io.vavr.control.Option;
import java.util.function.BiFunction;
import teardown.model.blkback.BackendInfo;
import teardown.model.blkback.Blkif;
import teardown.model.blkback.DevSem;
import teardown.model.blkback.DiskSteps;
import teardown.model.blkback.Kthread;
import teardown.model.blkback.Requests;
import teardown.model.blkback.WorkqueueSteps;
import teardown.model.blkback.XenblkdSteps;
import teardown.model.bystander.Bystander;
import teardown.model.bystander.BystanderSteps;
import teardown.model.guest.GuestHistory;
import teardown.model.hotplug.UdevSteps;
import teardown.model.hotplug.Visibility;
import teardown.model.xenbus.Environment;
import teardown.model.xenbus.EnvironmentSteps;
import teardown.model.xenbus.Xenwatch;
import teardown.model.xenbus.XenwatchSteps;
import teardown.model.toolstack.Target;
import teardown.model.toolstack.TargetSteps;

/**
 * The teardown model: its initial states and, for any state, every enabled step of every actor.
 * Pure functions of the configuration and the state; how the states are searched is not its
 * business.
 */
public final class Teardown {

    private Teardown() {
    }

    /**
     * One initial state per way of splitting each device's outstanding requests between "still on
     * the ring" and "submitted to the disk", at the moment the source toolstack has sent the final state.
     */
    public static List<TeardownState> initialStates(Configuration c) {
        List<Array<Vbd>> splits = List.of(Array.empty());
        for (int i = 0; i < c.devices(); i++) {
            splits = splits.flatMap(vbds -> List.rangeClosed(0, c.requests())
                    .map(onRing -> vbds.append(initialVbd(c, onRing, c.requests() - onRing))));
        }
        return splits.map(vbds -> initial(c, vbds));
    }

    static TeardownState initial(Configuration c, int onRing, int inFlight) {
        return initial(c, Array.fill(c.devices(), () -> initialVbd(c, onRing, inFlight)));
    }

    private static TeardownState initial(Configuration c, Array<Vbd> vbds) {
        return new TeardownState(vbds, DevSem.FREE, Xenwatch.idle(), c.frontend().initialToolstack(),
                Target.WAITING_FOR_STREAM, Environment.quiet(), Array.fill(c.bystanders(), () -> Bystander.QUIET), Option.none());
    }

    private static Vbd initialVbd(Configuration c, int onRing, int inFlight) {
        // Each submitted request holds a blkif reference; the stock xenblkd holds one more for itself.
        int blkifRefs = 1 + (c.driver().kthreadHoldsBlkifRef() ? 1 : 0) + inFlight;
        int beRefs = c.driver().isVendor() ? 2 : 1;
        return new Vbd(new Requests(onRing, inFlight, 0), Kthread.running(), new Blkif(blkifRefs, true, true, false, false),
                new BackendInfo(beRefs, true, false), Visibility.connected(), GuestHistory.clean(), 0, false);
    }

    /** Every enabled step, in a fixed actor (then device) order so that results are deterministic. */
    public static List<Successor> successors(Configuration c, TeardownState s) {
        if (s.faulted()) {
            return List.empty();
        }
        List<Successor> teardown = XenwatchSteps.steps(c, s)
                .appendAll(eachDevice(c, s, XenblkdSteps::steps))
                .appendAll(eachDevice(c, s, DiskSteps::steps))
                .appendAll(eachDevice(c, s, WorkqueueSteps::steps))
                .appendAll(eachDevice(c, s, UdevSteps::steps))
                .appendAll(TargetSteps.steps(c, s));
        // A toolstack's or frontend's bounded wait outlasts any CPU step: on a healthy disk it runs out only when nothing else can move.
        return teardown
                .appendAll(c.frontend().atSuspend(c, s, teardown.isEmpty()))
                .appendAll(c.toolstack().steps(c, s, teardown.isEmpty()))
                .appendAll(EnvironmentSteps.steps(c, s))
                .appendAll(BystanderSteps.steps(c, s));
    }

    /** A per-device actor's steps on every device; with several devices each step names its device. */
    public static List<Successor> eachDevice(Configuration c, TeardownState s, BiFunction<Configuration, DeviceView, List<Successor>> actor) {
        if (c.devices() == 1) {
            return actor.apply(c, s.view(0));
        }
        return List.range(0, c.devices()).flatMap(i -> actor.apply(c, s.view(i)).map(x -> x.at(i)));
    }

    /** A shared actor's step about device {@code i}, labelled with it when there are several. */
    public static Successor about(Configuration c, int i, Successor x) {
        return c.devices() == 1 ? x : x.at(i);
    }
}
