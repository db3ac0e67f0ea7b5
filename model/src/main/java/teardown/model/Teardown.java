package teardown.model;

import io.vavr.collection.Array;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.function.BiFunction;
import teardown.model.blkback.BackendInfo;
import teardown.model.blkback.Blkif;
import teardown.model.blkback.DevSem;
import teardown.model.blkback.DiskSteps;
import teardown.model.blkback.Requests;
import teardown.model.blkback.Ring;
import teardown.model.blkback.WorkqueueSteps;
import teardown.model.blkback.XenblkdSteps;
import teardown.model.bystander.Bystander;
import teardown.model.bystander.BystanderSteps;
import teardown.model.guest.Blkfront;
import teardown.model.guest.FrontendWrites;
import teardown.model.guest.Guest;
import teardown.model.guest.GuestHistory;
import teardown.model.hotplug.UdevSteps;
import teardown.model.hotplug.Visibility;
import teardown.model.kernel.Module;
import teardown.model.toolstack.Target;
import teardown.model.toolstack.TargetSteps;
import teardown.model.toolstack.ToolstackProgress;
import teardown.model.xenbus.Environment;
import teardown.model.xenbus.EnvironmentSteps;
import teardown.model.xenbus.WatchEvent;
import teardown.model.xenbus.XenbusState;
import teardown.model.xenbus.Xenwatch;
import teardown.model.xenbus.XenwatchSteps;

/**
 * The teardown model: its initial states and, for any state, every enabled step of every actor.
 * Pure functions of the configuration and the state; how the states are searched is not its
 * business.
 */
public final class Teardown {

    private Teardown() {
    }

    /**
     * The scenario's starting states (docs/model/scenarios.md). A migration, a detach and a
     * destroy start from a connected device, one state per way of splitting each ring's outstanding
     * requests between "still on the ring" and "submitted to the disk"; the frontend-writes
     * scenario starts from a device the toolstack has just created, whose guest has its requests
     * still to issue.
     */
    public static List<TeardownState> initialStates(Configuration c) {
        if (c.scenario() == Scenario.FRONTEND_WRITES) {
            Array<Vbd> fresh = Array.fill(c.devices(), () -> freshVbd(c));
            Xenwatch created = Xenwatch.idle();
            for (int i = 0; i < c.devices(); i++) {
                created = created.enqueue(WatchEvent.BACKEND_CREATED, i);
            }
            return List.of(initial(c, fresh, ToolstackProgress.guestRunning(), Guest.RUNNING).with(created));
        }
        List<Array<Ring>> ringSplits = List.of(Array.empty());
        for (int r = 0; r < c.rings(); r++) {
            ringSplits = ringSplits.flatMap(rings -> List.rangeClosed(0, c.requests())
                    .map(onRing -> rings.append(Ring.connected(new Requests(onRing, c.requests() - onRing, 0)))));
        }
        List<Array<Vbd>> splits = List.of(Array.empty());
        for (int i = 0; i < c.devices(); i++) {
            List<Array<Ring>> perDevice = ringSplits;
            splits = splits.flatMap(vbds -> perDevice.map(rings -> vbds.append(connectedVbd(c, rings))));
        }
        boolean migrating = c.scenario() == Scenario.MIGRATE;
        return splits.map(vbds -> initial(c, vbds, migrating ? c.frontend().initialToolstack() : ToolstackProgress.guestRunning(),
                migrating ? Guest.SUSPENDED : Guest.RUNNING));
    }

    static TeardownState initial(Configuration c, int onRing, int inFlight) {
        Array<Ring> rings = Array.fill(c.rings(), () -> Ring.connected(new Requests(onRing, inFlight, 0)));
        return initial(c, Array.fill(c.devices(), () -> connectedVbd(c, rings)), c.frontend().initialToolstack(), Guest.SUSPENDED);
    }

    private static TeardownState initial(Configuration c, Array<Vbd> vbds, ToolstackProgress toolstack, Guest guest) {
        return new TeardownState(vbds, DevSem.FREE, Xenwatch.idle(), toolstack, Target.WAITING_FOR_STREAM, guest, Module.LOADED,
                Environment.quiet(), Array.fill(c.bystanders(), () -> Bystander.QUIET), Option.none());
    }

    /**
     * A connected device: each submitted request holds a blkif reference, and so, where the
     * driver has them, do each running xenblkd and each ring (docs/model/actors.md#blkif).
     */
    private static Vbd connectedVbd(Configuration c, Array<Ring> rings) {
        int inFlight = rings.map(r -> r.requests().inFlight()).sum().intValue();
        int blkifRefs = 1 + inFlight + (c.driver().kthreadHoldsBlkifRef() ? rings.size() : 0) + (c.driver().ringHoldsBlkifRef() ? rings.size() : 0);
        int beRefs = c.driver().isVendor() ? 2 : 1;
        Blkfront frontend = c.scenario() == Scenario.DETACH ? Blkfront.connected().withInUse(true) : Blkfront.connected();
        return new Vbd(rings, Blkif.connected(blkifRefs), new BackendInfo(beRefs, true, false), Visibility.connected(), frontend,
                GuestHistory.clean(), 0, false);
    }

    /** A device the toolstack has just written into xenstore: nothing probed, the frontend Initialising. */
    private static Vbd freshVbd(Configuration c) {
        Array<Ring> rings = Array.fill(c.rings(), () -> Ring.none().with(Requests.toIssue(c.requests())));
        return new Vbd(rings, Blkif.none(), BackendInfo.none(), Visibility.created(),
                new Blkfront(XenbusState.INITIALISING, false, c.frontendWrites()), GuestHistory.clean(), 0, false);
    }

    /** Every enabled step, in a fixed actor (then device, then ring) order so that results are deterministic. */
    public static List<Successor> successors(Configuration c, TeardownState s) {
        if (s.faulted()) {
            return List.empty();
        }
        List<Successor> teardown = XenwatchSteps.steps(c, s)
                .appendAll(eachRing(c, s, XenblkdSteps::steps))
                .appendAll(eachRing(c, s, DiskSteps::steps))
                .appendAll(eachDevice(c, s, WorkqueueSteps::steps))
                .appendAll(eachDevice(c, s, UdevSteps::steps))
                .appendAll(eachDevice(c, s, c.frontend()::blkfront))
                .appendAll(TargetSteps.steps(c, s));
        // A toolstack's or frontend's bounded wait outlasts any CPU step: on a healthy disk it runs out only when nothing else can move.
        return teardown
                .appendAll(c.frontend().atSuspend(c, s, teardown.isEmpty()))
                .appendAll(toolstack(c, s, teardown.isEmpty()))
                .appendAll(EnvironmentSteps.steps(c, s))
                .appendAll(eachDevice(c, s, FrontendWrites::steps))
                .appendAll(eachDevice(c, s, c.frontend()::workload))
                .appendAll(BystanderSteps.steps(c, s));
    }

    /** The toolstack's part in the scenario. */
    private static List<Successor> toolstack(Configuration c, TeardownState s, boolean nothingElseEnabled) {
        return switch (c.scenario()) {
            case MIGRATE -> c.toolstack().steps(c, s, nothingElseEnabled);
            case DETACH -> c.toolstack().detach(c, s, nothingElseEnabled);
            case DESTROY, FRONTEND_WRITES -> c.toolstack().destroy(c, s, nothingElseEnabled);
        };
    }

    /** A per-device actor's steps on every device; with several devices each step names its device. */
    public static List<Successor> eachDevice(Configuration c, TeardownState s, BiFunction<Configuration, DeviceView, List<Successor>> actor) {
        if (c.devices() == 1) {
            return actor.apply(c, s.view(0));
        }
        return List.range(0, c.devices()).flatMap(i -> actor.apply(c, s.view(i)).map(x -> x.at(i)));
    }

    /** A per-ring actor's steps on every ring of every device; with several rings each step names its ring. */
    public static List<Successor> eachRing(Configuration c, TeardownState s, BiFunction<Configuration, DeviceView, List<Successor>> actor) {
        if (c.rings() == 1) {
            return eachDevice(c, s, actor);
        }
        return eachDevice(c, s, (config, view) -> List.range(0, config.rings()).flatMap(r -> actor.apply(config, view.onRing(r)).map(x -> x.onRing(r))));
    }

    /** A shared actor's step about device {@code i}, labelled with it when there are several. */
    public static Successor about(Configuration c, int i, Successor x) {
        return c.devices() == 1 ? x : x.at(i);
    }
}
