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
        try {
            return initialStates0(c);
        } catch (RuntimeException | StackOverflowError | LinkageError | AssertionError e) {
            throw StepFailure.initially(c, e);
        }
    }

    private static List<TeardownState> initialStates0(Configuration c) {
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

    /**
     * Every enabled step, in a fixed actor (then device, then ring) order so that results are
     * deterministic. Whatever a step function throws (a reviewer's design is ordinary Java) comes
     * out as a {@link StepFailure} naming the state and whose code was running.
     */
    public static List<Successor> successors(Configuration c, TeardownState s) {
        try {
            return successors0(c, s);
        } catch (RuntimeException | StackOverflowError | LinkageError | AssertionError e) {
            throw e instanceof StepFailure f ? f : StepFailure.at(c, s, blame(c, s), e);
        }
    }

    private static List<Successor> successors0(Configuration c, TeardownState s) {
        if (s.faulted()) {
            return List.empty();
        }
        List<Successor> xenwatch = XenwatchSteps.steps(c, s);
        List<Successor> teardown = xenwatch
                .appendAll(eachRing(c, s, XenblkdSteps::steps))
                .appendAll(eachRing(c, s, DiskSteps::steps))
                .appendAll(eachDevice(c, s, WorkqueueSteps::steps))
                .appendAll(eachDevice(c, s, UdevSteps::steps))
                .appendAll(eachDevice(c, s, c.frontend()::blkfront))
                .appendAll(TargetSteps.steps(c, s));
        // A bounded wait outlasts any CPU step: on a healthy disk it runs out only when nothing else can move.
        boolean nothingElseEnabled = teardown.isEmpty();
        if (xenwatch.isEmpty() && s.xenwatch().inCallback()) {
            teardown = teardown.appendAll(XenwatchSteps.timeouts(c, s, nothingElseEnabled));
        }
        return teardown
                .appendAll(c.frontend().atSuspend(c, s, nothingElseEnabled))
                .appendAll(toolstack(c, s, nothingElseEnabled))
                .appendAll(EnvironmentSteps.steps(c, s))
                .appendAll(eachDevice(c, s, FrontendWrites::steps))
                .appendAll(eachDevice(c, s, c.frontend()::workload))
                .appendAll(BystanderSteps.steps(c, s));
    }

    /**
     * Whose step function throws on {@code s}: each actor's steps are computed again, in the order
     * {@link #successors} computes them, until one throws. Only for reporting a failure.
     */
    static String blame(Configuration c, TeardownState s) {
        // The kernel side first, as successors runs it; its steps decide whether a bounded wait may run out.
        List<io.vavr.Tuple2<String, java.util.function.Supplier<List<Successor>>>> kernel = List.of(
                io.vavr.Tuple.of(xenwatchAt(c, s), () -> XenwatchSteps.steps(c, s)),
                io.vavr.Tuple.of("xenblkd (it asks driver " + c.driver().id() + "'s traits)", () -> eachRing(c, s, XenblkdSteps::steps)),
                io.vavr.Tuple.of("the disk", () -> eachRing(c, s, DiskSteps::steps)),
                io.vavr.Tuple.of("the work queue (driver " + c.driver().id() + "'s deferredFree)", () -> eachDevice(c, s, WorkqueueSteps::steps)),
                io.vavr.Tuple.of("udev (toolstack " + c.toolstack().id() + "'s hotplug)", () -> eachDevice(c, s, UdevSteps::steps)),
                io.vavr.Tuple.of("blkfront (frontend " + c.frontend().id() + "'s blkfront)", () -> eachDevice(c, s, c.frontend()::blkfront)),
                io.vavr.Tuple.of("the target (toolstack " + c.toolstack().id() + "'s unpause)", () -> TargetSteps.steps(c, s)));
        boolean nothingElseEnabled = true;
        for (io.vavr.Tuple2<String, java.util.function.Supplier<List<Successor>>> actor : kernel) {
            try {
                nothingElseEnabled &= actor._2.get().isEmpty();
            } catch (RuntimeException | StackOverflowError | LinkageError | AssertionError e) {
                return actor._1;
            }
        }
        boolean quiet = nothingElseEnabled;
        List<io.vavr.Tuple2<String, java.util.function.Supplier<List<Successor>>>> rest = List.of(
                io.vavr.Tuple.of(xenwatchAt(c, s) + ", its bounded wait running out (timedOut)", () -> XenwatchSteps.timeouts(c, s, quiet)),
                io.vavr.Tuple.of("the frontend " + c.frontend().id() + " at suspend (atSuspend)", () -> c.frontend().atSuspend(c, s, quiet)),
                io.vavr.Tuple.of("the toolstack " + c.toolstack().id() + " at phase '" + s.toolstack().phase() + "'", () -> toolstack(c, s, quiet)),
                io.vavr.Tuple.of("the frontend " + c.frontend().id() + "'s guest workload", () -> eachDevice(c, s, c.frontend()::workload)));
        for (io.vavr.Tuple2<String, java.util.function.Supplier<List<Successor>>> actor : rest) {
            try {
                actor._2.get();
            } catch (RuntimeException | StackOverflowError | LinkageError | AssertionError e) {
                return actor._1;
            }
        }
        return "one of the actors (it threw once, and not again)";
    }

    /** xenwatch's next step, in words: the driver's code it runs, or the event it delivers. */
    private static String xenwatchAt(Configuration c, TeardownState s) {
        Xenwatch w = s.xenwatch();
        String device = c.devices() == 1 ? "" : " for vbd " + w.device();
        if (w.inCallback()) {
            return "xenwatch, in driver " + c.driver().id() + "'s code" + device + " at '" + w.at() + "'";
        }
        return w.queue().isEmpty() ? "xenwatch (idle)" : "xenwatch, delivering " + w.queue().head() + " (driver " + c.driver().id() + "'s callback)";
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
