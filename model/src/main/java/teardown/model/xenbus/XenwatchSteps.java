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

/**
 * xenwatch_thread: when idle it pops the next watch event and runs its callback under
 * xenwatch_mutex; inside blkback's remove it follows the driver's own steps. There is one
 * xenwatch for every device of every guest, so one callback that waits holds up all the others.
 * See docs/model/drivers.md#how-remove-starts.
 */
public final class XenwatchSteps {

    private static final String XENWATCH_THREAD = "drivers/xen/xenbus/xenbus_xs.c xenwatch_thread";

    private XenwatchSteps() {
    }

    public static List<Successor> steps(Configuration c, TeardownState s) {
        Xenwatch w = s.xenwatch();
        return switch (w.phase()) {
            case IDLE -> w.queue().isEmpty() ? List.empty() : List.of(deliver(c, s));
            case DEVICE_DEL -> List.of(Teardown.about(c, w.device(), deviceDel(c, s.view(w.device()))));
            default -> c.driver().remove(c, s.view(w.device())).map(x -> Teardown.about(c, w.device(), x));
        };
    }

    private static Successor deliver(Configuration c, TeardownState s) {
        QueuedEvent head = s.xenwatch().queue().head();
        TeardownState popped = s.with(s.xenwatch().pop());
        return switch (head.event()) {
            case OTHER_DEVICE -> new Successor(step("run another device's watch callback", XENWATCH_THREAD),
                    c.has(Mutant.OTHER_DEVICE_CALLBACK_REQUEUES) ? s : popped); // MUTANT other-device-callback-requeues
            case BYSTANDER_HOTPLUG, BYSTANDER_SHUTDOWN -> BystanderSteps.delivered(c, popped, head.index(), head.event());
            default -> Teardown.about(c, head.index(), deliverToVbd(c, popped.view(head.index()), head.event()));
        };
    }

    private static Successor deliverToVbd(Configuration c, DeviceView popped, WatchEvent event) {
        boolean registered = popped.vbd().removes() == 0;
        return switch (event) {
            case FRONTEND_GONE -> registered && !c.has(Mutant.OTHEREND_IGNORES_CLOSE) // MUTANT otherend-ignores-close
                    ? new Successor(step("otherend_changed: frontend reads Unknown, device_unregister",
                            "drivers/xen/xenbus/xenbus_probe.c otherend_changed; " + c.driver().tree() + "xenbus.c frontend_changed"),
                            startRemove(c, popped))
                    : secondRemove(c, popped, "otherend_changed");
            case BACKEND_GONE -> registered
                    ? new Successor(step("backend_changed: backend directory gone, xenbus_cleanup_devices unregisters it",
                            "drivers/xen/xenbus/xenbus_probe_backend.c backend_changed; drivers/xen/xenbus/xenbus_probe.c dev_changed"),
                            startRemove(c, popped))
                    : secondRemove(c, popped, "backend_changed");
            case FRONTEND_CONNECTED -> new Successor(step(c.driver().stopsConsumingOnStop() && popped.requests().inFlight() > 0
                            ? "frontend_changed(Connected): connect refused, pending I/O"
                            : "frontend_changed(Connected): already connected, nothing to do",
                    c.driver().tree() + "xenbus.c frontend_changed"), popped);
            case SHUTDOWN_REQUEST -> c.driver().shutdownRequest(c, popped);
            default -> throw new IllegalStateException(event + " is not a device event");
        };
    }

    /** device_unregister -> xenbus_dev_remove: the otherend watch is freed (dropping its queued events), then the driver's remove runs. */
    private static DeviceView startRemove(Configuration c, DeviceView s) {
        Xenwatch w = s.xenwatch().startRemove(s.index());
        if (!c.has(Hazard.DOUBLE_REMOVE)) {
            w = w.purge(WatchEvent.FRONTEND_GONE, s.index()).purge(WatchEvent.FRONTEND_CONNECTED, s.index());
        }
        return s.with(w).removeStarted();
    }

    /**
     * A second trigger for a device already removed finds nothing to do, unless the hazard lets it
     * run the driver's remove again: by then remove has returned and freed (or cleared) be.
     */
    private static Successor secondRemove(Configuration c, DeviceView s, String callback) {
        if (!c.has(Hazard.DOUBLE_REMOVE)) {
            return new Successor(step(callback + ": device already unregistered, nothing to do", XENWATCH_THREAD), s);
        }
        return new Successor(step(callback + ": device_unregister again, remove runs on the stale backend_info",
                "drivers/base/core.c device_unregister; drivers/xen/xenbus/xenbus_probe.c xenbus_dev_remove"),
                s.withFault("second remove dereferences backend_info after the first remove freed or cleared it"));
    }

    /** After the driver's remove: xenbus_dev_remove may write Closed, then device_del removes the sysfs device. */
    private static Successor deviceDel(Configuration c, DeviceView s) {
        boolean closed = c.driver().closedAfterRemove(s) && s.visibility().backendDir();
        return new Successor(step((closed ? "xenbus_dev_remove: state Closed; " : "")
                        + "device_del: sysfs device removed, remove uevent sent; callback returns",
                (closed ? "drivers/xen/xenbus/xenbus_probe.c xenbus_dev_remove; " : "") + "drivers/base/core.c device_del; " + XENWATCH_THREAD),
                s.with(s.xenwatch().withPhase(Xenwatch.Phase.IDLE)).with(closed ? s.visibility().closed().deviceDeleted() : s.visibility().deviceDeleted()));
    }

    static Step step(String name, String source) {
        return new Step(Actor.XENWATCH, name, source);
    }
}
