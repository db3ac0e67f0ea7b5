package teardown.model.xenbus;

import io.vavr.collection.List;
import teardown.model.Actor;
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
 * xenwatch_thread: when idle it pops the next watch event and runs its callback under
 * xenwatch_mutex; inside a callback it goes on from where the callback stopped (the top
 * {@link teardown.model.kernel.Frame} of its stack), running the driver's own code until that
 * code waits or returns. There is one xenwatch for every device of every guest, so one callback
 * that waits holds up all the others. See docs/model/drivers.md#how-remove-starts.
 */
public final class XenwatchSteps {

    private static final String XENWATCH_THREAD = "drivers/xen/xenbus/xenbus_xs.c xenwatch_thread";
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
            return w.queue().isEmpty() ? List.empty() : List.of(deliver(c, s));
        }
        DeviceView v = s.view(w.device());
        return finish(c, drive(c, List.of(Run.on(v, w.stack()))));
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

    private static Successor deliver(Configuration c, TeardownState s) {
        QueuedEvent head = s.xenwatch().queue().head();
        TeardownState popped = s.with(s.xenwatch().pop());
        return switch (head.event()) {
            case OTHER_DEVICE -> new Successor(step("run another device's watch callback", XENWATCH_THREAD),
                    c.has(Mutant.OTHER_DEVICE_CALLBACK_REQUEUES) ? s : popped); // MUTANT other-device-callback-requeues
            case BYSTANDER_HOTPLUG, BYSTANDER_SHUTDOWN -> BystanderSteps.delivered(c, popped, head.index(), head.event());
            default -> finish(c, drive(c, List.of(deliverToVbd(c, Run.on(popped.view(head.index()), List.empty()), head.event())))).head();
        };
    }

    private static Run deliverToVbd(Configuration c, Run r, WatchEvent event) {
        DeviceView popped = r.state();
        boolean registered = popped.vbd().removes() == 0;
        return switch (event) {
            case FRONTEND_GONE -> registered && !c.has(Mutant.OTHEREND_IGNORES_CLOSE) // MUTANT otherend-ignores-close
                    ? deviceUnregister(c, r.did("otherend_changed: frontend reads Unknown, device_unregister",
                            "drivers/xen/xenbus/xenbus_probe.c otherend_changed; " + c.driver().tree() + "xenbus.c frontend_changed"))
                    : secondRemove(c, r, "otherend_changed");
            case BACKEND_GONE -> registered
                    ? deviceUnregister(c, r.did("backend_changed: backend directory gone, xenbus_cleanup_devices unregisters it",
                            "drivers/xen/xenbus/xenbus_probe_backend.c backend_changed; drivers/xen/xenbus/xenbus_probe.c dev_changed"))
                    : secondRemove(c, r, "backend_changed");
            case FRONTEND_CONNECTED -> r.did(c.driver().stopsConsumingOnStop() && popped.requests().inFlight() > 0
                            ? "frontend_changed(Connected): connect refused, pending I/O"
                            : "frontend_changed(Connected): already connected, nothing to do",
                    c.driver().tree() + "xenbus.c frontend_changed").ret();
            case SHUTDOWN_REQUEST -> c.driver().shutdownRequest(c, r);
            default -> throw new IllegalStateException(event + " is not a device event");
        };
    }

    /**
     * device_unregister -> xenbus_dev_remove: the otherend watch is freed (dropping its queued
     * events), then, at the next step, the driver's remove runs; device_del follows the step after
     * it returns.
     */
    private static Run deviceUnregister(Configuration c, Run r) {
        DeviceView s = r.state();
        Xenwatch w = s.xenwatch();
        if (!c.has(Hazard.DOUBLE_REMOVE)) {
            w = w.purge(WatchEvent.FRONTEND_GONE, s.index()).purge(WatchEvent.FRONTEND_CONNECTED, s.index());
        }
        return r.with(s.with(w).removeStarted()).callThenYield(DEVICE_DEL).yieldTo(REMOVE);
    }

    /**
     * A second trigger for a device already removed finds nothing to do, unless the hazard lets it
     * run the driver's remove again: by then remove has returned and freed (or cleared) be.
     */
    private static Run secondRemove(Configuration c, Run r, String callback) {
        if (!c.has(Hazard.DOUBLE_REMOVE)) {
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
                        (closed ? "drivers/xen/xenbus/xenbus_probe.c xenbus_dev_remove; " : "") + "drivers/base/core.c device_del; " + XENWATCH_THREAD)
                .with(s.with(closed ? s.visibility().closed().deviceDeleted() : s.visibility().deviceDeleted()))
                .returnFromCallback();
    }

    static Step step(String name, String source) {
        return new Step(Actor.XENWATCH, name, source);
    }
}
