package teardown.model.xenbus;

import io.vavr.collection.List;
import teardown.model.Actor;
import teardown.model.Configuration;
import teardown.model.Hazard;
import teardown.model.Step;
import teardown.model.Successor;
import teardown.model.TeardownState;
import teardown.model.xend.Toolstack;

/**
 * Watch events from outside the teardown: another device's, and the frontend reconnecting.
 * See docs/model/toolstacks.md#outside-events.
 */
public final class EnvironmentSteps {

    private EnvironmentSteps() {
    }

    public static List<Successor> steps(Configuration c, TeardownState s) {
        List<Successor> out = List.empty();
        Environment e = s.environment();
        if (!e.otherDeviceFired()) {
            out = out.append(new Successor(
                    new Step(Actor.OTHER_DEVICE, "another device's xenstore watch fires",
                            "drivers/xen/xenbus/xenbus_xs.c process_msg (watch event queued)"),
                    s.with(new Environment(true, e.frontendReconnected()))
                            .with(s.xenwatch().enqueue(WatchEvent.OTHER_DEVICE))));
        }
        // Only while the otherend watch is still registered can the frontend's write reach blkback.
        boolean teardownBegun = s.toolstack().phase() != Toolstack.Phase.STATE_SENT
                && s.toolstack().phase() != Toolstack.Phase.GUEST_SUSPENDING;
        if (c.has(Hazard.RECONNECT_DURING_REMOVE) && !e.frontendReconnected() && teardownBegun
                && s.xenwatch().removes() == 0) {
            out = out.append(new Successor(
                    new Step(Actor.FRONTEND, "frontend switches to Connected",
                            "drivers/xen/blkfront/blkfront.c connect (xenbus_switch_state Connected)"),
                    s.with(new Environment(e.otherDeviceFired(), true))
                            .with(s.xenwatch().enqueue(WatchEvent.FRONTEND_CONNECTED))));
        }
        return out;
    }
}
