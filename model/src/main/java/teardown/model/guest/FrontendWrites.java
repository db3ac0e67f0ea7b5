package teardown.model.guest;

import io.vavr.collection.List;
import teardown.model.Actor;
import teardown.model.Configuration;
import teardown.model.DeviceView;
import teardown.model.Scenario;
import teardown.model.Step;
import teardown.model.Successor;
import teardown.model.blkback.Ring;
import teardown.model.xenbus.WatchEvent;
import teardown.model.xenbus.XenbusState;

/**
 * The frontend-writes scenario's guest (docs/model/scenarios.md#frontend-writes): while it runs,
 * it may write any XenbusState into its frontend's state node, in any order, up to its budget of
 * writes (a reconnect, a kexec, a buggy or a hostile guest: the XSA threat model), and, once its
 * frontend is Connected and the backend reads Connected, put its requests on the rings. A state
 * of Initialised or Connected stands for a frontend that has published its rings first. None of
 * it is owed fairness.
 */
public final class FrontendWrites {

    private static final String WRITE = "the guest's xenstore write of <frontend>/state (xenbus_switch_state, or a raw write)";
    private static final String ISSUE = "drivers/block/xen-blkfront.c blkif_queue_request";

    private FrontendWrites() {
    }

    public static List<Successor> steps(Configuration c, DeviceView s) {
        if (c.scenario() != Scenario.FRONTEND_WRITES || !s.shared().guest().runs() || !s.visibility().frontendDir()) {
            return List.empty();
        }
        return writes(c, s).appendAll(issues(c, s));
    }

    private static List<Successor> writes(Configuration c, DeviceView s) {
        if (s.frontend().writesLeft() == 0) {
            return List.empty();
        }
        return List.of(XenbusState.values()).map(v -> {
            DeviceView next = s.with(s.frontend().wroteAtWill(v));
            next = next.with(next.xenwatch().otherendFires(WatchEvent.FRONTEND_STATE, s.index(), c.driver().otherendDropsPendingEvents()));
            return new Successor(new Step(Actor.FRONTEND, "write frontend state " + v.id() + " (" + v.number() + ")", WRITE), next);
        });
    }

    /** The guest issues a request on a ring, once its frontend is Connected to a Connected backend. */
    private static List<Successor> issues(Configuration c, DeviceView s) {
        boolean connected = s.frontend().state() == XenbusState.CONNECTED && s.visibility().backendState() == XenbusState.CONNECTED;
        if (!connected) {
            return List.empty();
        }
        return List.range(0, s.rings().size()).filter(r -> s.ring(r).requests().unsent() > 0).map(r -> {
            Ring ring = s.ring(r);
            return new Successor(new Step(Actor.FRONTEND, "blkif_queue_request: put a request on the ring" + (s.rings().size() == 1 ? "" : " " + r)
                    + ", notify", ISSUE), s.withRing(r, ring.with(ring.requests().issueOne())));
        });
    }
}
