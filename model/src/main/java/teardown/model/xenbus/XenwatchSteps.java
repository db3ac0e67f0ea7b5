package teardown.model.xenbus;

import io.vavr.collection.List;
import teardown.model.Actor;
import teardown.model.BoundedWait;
import teardown.model.Configuration;
import teardown.model.DeviceView;
import teardown.model.Hazard;
import teardown.model.Mutant;
import teardown.model.Step;
import teardown.model.Successor;
import teardown.model.Teardown;
import teardown.model.TeardownState;
import teardown.model.bystander.BystanderSteps;
import teardown.model.kernel.Run;

/**
 * xenwatch_thread and the xenbus core's callbacks: when idle it pops the next watch event and runs
 * its callback under xenwatch_mutex; inside a callback it goes on from where the callback stopped
 * (the top {@link teardown.model.kernel.Frame} of its stack), running the driver's own code until
 * that code waits or returns. There is one xenwatch for every device of every guest, so one
 * callback that waits holds up all the others. See docs/model/drivers.md#how-remove-starts.
 */
public final class XenwatchSteps {

    private static final String XENWATCH_THREAD = "drivers/xen/xenbus/xenbus_xs.c xenwatch_thread";
    private static final String PROBE = "drivers/xen/xenbus/xenbus_probe.c ";
    /** xenbus_dev_remove is about to call the driver's remove. */
    public static final String REMOVE = "xenbus_dev_remove: calls the driver's remove";
    /** The driver's remove has returned; xenbus_dev_remove goes on (device_del). */
    public static final String DEVICE_DEL = "xenbus_dev_remove: the driver's remove returned";
    /** A callback's code may go on without waiting this many times in one step; more is a loop in the model. */
    private static final int MAX_STRETCH = 1_000;

    private XenwatchSteps() {
    }

    public static List<Successor> steps(Configuration c, TeardownState s) {
        Xenwatch w = s.xenwatch();
        if (!w.inCallback()) {
            return w.queue().isEmpty() ? List.empty() : deliver(c, s);
        }
        DeviceView v = s.view(w.device());
        return finish(c, drive(c, List.of(Run.on(v, w.stack()))));
    }

    /**
     * A bounded wait in the driver's code runs out ({@link teardown.model.Driver#timedOut}): asked
     * only while xenwatch waits inside a callback, its wait not over, and {@link BoundedWait} lets
     * a bound run out; every built-in driver's waits are unbounded, so it gives them nothing.
     */
    public static List<Successor> timeouts(Configuration c, TeardownState s, boolean nothingElseEnabled) {
        Xenwatch w = s.xenwatch();
        if (!w.inCallback() || !w.stack().head().waits() || !BoundedWait.mayRunOut(c, s, nothingElseEnabled)) {
            return List.empty();
        }
        return finish(c, drive(c, c.driver().timedOut(c, Run.on(s.view(w.device()), w.stack()))));
    }

    /** Runs each stretch of code on until it waits or returns; a wait that is not over yet gives no step. */
    public static List<Run> drive(Configuration c, List<Run> runs) {
        List<Run> done = List.empty();
        List<Run> going = runs;
        for (int i = 0; !going.isEmpty(); i++) {
            if (i > MAX_STRETCH) {
                throw new IllegalStateException("the code on xenwatch goes on at " + going.head().top() + " for ever without waiting");
            }
            done = done.appendAll(going.filter(r -> r.next() != Run.Next.CONTINUE));
            going = going.filter(r -> r.next() == Run.Next.CONTINUE).flatMap(r -> resume(c, r));
        }
        return done;
    }

    private static List<Run> resume(Configuration c, Run r) {
        return switch (r.top().at()) {
            case REMOVE -> List.of(c.driver().remove(c, r.resumed()));
            case DEVICE_DEL -> List.of(deviceDel(c, r.resumed()));
            default -> c.driver().resume(c, r);
        };
    }

    /** The step each finished stretch of code makes: its name and sources, and xenwatch left where the code stopped. */
    private static List<Successor> finish(Configuration c, List<Run> runs) {
        return runs.map(r -> {
            DeviceView s = r.state();
            Successor x = new Successor(step(r.name(), r.source()), s.with(s.xenwatch().at(r.stack(), s.index())));
            return Teardown.about(c, s.index(), x);
        });
    }

    private static List<Successor> deliver(Configuration c, TeardownState s) {
        QueuedEvent head = s.xenwatch().queue().head();
        TeardownState popped = s.with(s.xenwatch().pop());
        return switch (head.event()) {
            case OTHER_DEVICE -> List.of(new Successor(step("run another device's watch callback", XENWATCH_THREAD),
                    c.has(Mutant.OTHER_DEVICE_CALLBACK_REQUEUES) ? s : popped)); // MUTANT other-device-callback-requeues
            case BYSTANDER_HOTPLUG, BYSTANDER_SHUTDOWN -> List.of(BystanderSteps.delivered(c, popped, head.index(), head.event()));
            default -> finish(c, drive(c, deliverToVbd(c, Run.on(popped.view(head.index()), List.empty()), head.event())));
        };
    }

    private static List<Run> deliverToVbd(Configuration c, Run r, WatchEvent event) {
        DeviceView popped = r.state();
        boolean registered = popped.visibility().sysfsDevice() && popped.vbd().removes() == 0;
        return switch (event) {
            case FRONTEND_GONE, FRONTEND_CONNECTED, FRONTEND_STATE -> registered && !c.has(Mutant.OTHEREND_IGNORES_CLOSE) // MUTANT otherend-ignores-close
                    ? c.driver().frontendChanged(c, r, frontendState(popped))
                    : List.of(secondRemove(c, r, "otherend_changed"));
            case BACKEND_GONE -> List.of(registered
                    ? deviceUnregister(c, r.did("backend_changed: backend directory gone, xenbus_cleanup_devices unregisters it",
                            "drivers/xen/xenbus/xenbus_probe_backend.c backend_changed; drivers/xen/xenbus/xenbus_probe.c dev_changed"))
                    : secondRemove(c, r, "backend_changed"));
            case BACKEND_CREATED -> probe(c, r);
            case PHYSICAL_DEVICE -> popped.be().live() && popped.vbd().removes() == 0 ? c.driver().backendChanged(c, r)
                    : List.of(r.did("physical-device watch already unregistered, nothing to do", XENWATCH_THREAD).ret());
            case SHUTDOWN_REQUEST -> List.of(c.driver().shutdownRequest(c, r));
            case DRAIN_CANCEL -> List.of(c.driver().drainCancel(c, r));
            default -> throw new IllegalStateException(event + " is not a device event");
        };
    }

    /** What the frontend's state node reads now: xenbus_read_driver_state gives Unknown once the directory is gone. */
    public static XenbusState frontendState(DeviceView s) {
        return s.visibility().frontendDir() ? s.frontend().state() : XenbusState.UNKNOWN;
    }

    /**
     * The backend bus watch saw a new device directory: xenbus_probe_node registers a device for a
     * backend state of Initialising, xenbus_dev_probe calls the driver's probe and then watches the
     * frontend's state node, which fires once at once.
     */
    private static List<Run> probe(Configuration c, Run r) {
        DeviceView s = r.state();
        if (s.visibility().sysfsDevice() || s.visibility().backendState() != XenbusState.INITIALISING) {
            return List.of(r.did("backend_changed: no new device to probe", "drivers/xen/xenbus/xenbus_probe_backend.c backend_changed").ret());
        }
        Run registered = r.did("backend_changed: new device, xenbus_probe_node, device_register, xenbus_dev_probe",
                "drivers/xen/xenbus/xenbus_probe_backend.c backend_changed; " + PROBE + "xenbus_probe_node, xenbus_dev_probe")
                .with(s.with(s.visibility().deviceAdded()));
        return c.driver().probe(c, registered).map(p -> p.did("watch_otherend: watch the frontend's state (fires once)", PROBE + "watch_otherend")
                .map(v -> v.with(v.xenwatch().otherendFires(WatchEvent.FRONTEND_STATE, v.index(), c.driver().otherendDropsPendingEvents()))));
    }

    /**
     * device_unregister -> xenbus_dev_remove: the otherend watch is freed (dropping its queued
     * events), then, at the next step, the driver's remove runs; device_del follows the step after
     * it returns. The callback that unregistered the device returns with it.
     */
    @teardown.model.Api
    public static Run deviceUnregister(Configuration c, Run r) {
        DeviceView s = r.state();
        Xenwatch w = s.xenwatch();
        if (!c.has(Hazard.DOUBLE_REMOVE)) {
            w = w.purge(WatchEvent.FRONTEND_GONE, s.index()).purge(WatchEvent.FRONTEND_CONNECTED, s.index())
                    .purge(WatchEvent.FRONTEND_STATE, s.index());
        }
        return r.with(s.with(w).removeStarted()).returnFromCallback().callThenYield(DEVICE_DEL).yieldTo(REMOVE);
    }

    /**
     * A second trigger for a device already removed finds nothing to do, unless the hazard lets it
     * run the driver's remove again: by then remove has returned and freed (or cleared) be.
     */
    private static Run secondRemove(Configuration c, Run r, String callback) {
        if (!c.has(Hazard.DOUBLE_REMOVE) || r.state().vbd().removes() == 0) {
            return r.did(callback + ": device already unregistered, nothing to do", XENWATCH_THREAD).ret();
        }
        return r.did(callback + ": device_unregister again, remove runs on the stale backend_info",
                "drivers/base/core.c device_unregister; drivers/xen/xenbus/xenbus_probe.c xenbus_dev_remove")
                .map(s -> s.withFault("second remove dereferences backend_info after the first remove freed or cleared it")).ret();
    }

    /** After the driver's remove: xenbus_dev_remove may write Closed, then device_del removes the sysfs device. */
    private static Run deviceDel(Configuration c, Run r) {
        DeviceView s = r.state();
        boolean closed = c.driver().closedAfterRemove(s) && s.visibility().backendDir();
        return r.did((closed ? "xenbus_dev_remove: state Closed; " : "") + "device_del: sysfs device removed, remove uevent sent; callback returns",
                        (closed ? PROBE + "xenbus_dev_remove; " : "") + "drivers/base/core.c device_del; " + XENWATCH_THREAD)
                .with(s.with(closed ? s.visibility().closed().deviceDeleted() : s.visibility().deviceDeleted()))
                .returnFromCallback();
    }

    static Step step(String name, String source) {
        return new Step(Actor.XENWATCH, name, source);
    }
}
