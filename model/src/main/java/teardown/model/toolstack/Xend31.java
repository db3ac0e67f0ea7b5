package teardown.model.toolstack;

import io.vavr.collection.List;
import teardown.model.Configuration;
import teardown.model.Mutant;
import teardown.model.Step;
import teardown.model.Successor;
import teardown.model.TeardownState;
import teardown.model.toolstack.ToolstackProgress.Phase;
import teardown.model.xenbus.WatchEvent;

/**
 * xend 3.1 as in the post's tree (tools/python/xen/xend/XendCheckpoint.py save): destroyDomain, then poll until no listed device
 * has hotplug-status (30 s timeout that carries on), then close the socket, which unleashes the target.
 */
public final class Xend31 extends XendFamily {

    static final String DOMAIN_INFO = "tools/python/xen/xend/XendDomainInfo.py ";
    static final String CHECKPOINT = "tools/python/xen/xend/XendCheckpoint.py save";

    @Override
    public String id() {
        return "xend31";
    }

    @Override
    public String description() {
        return "xend 3.1 as in the post's tree: destroyDomain, then poll until no listed device has hotplug-status (30 s timeout), then unleash";
    }

    @Override
    public List<Successor> steps(Configuration c, TeardownState s, boolean nothingElseEnabled) {
        ToolstackProgress t = s.toolstack();
        return switch (t.phase()) {
            case Phase.STATE_SENT -> List.of(ToolstackSteps.next(s, "destroyDomain: domain_destroy, _releaseDevices, _removeDom deletes the frontend directory",
                    DOMAIN_INFO + "destroyDomain",
                    s.withEveryVisibility(v -> v.closing().frontendDirRemoved()).with(ToolstackSteps.enqueueEach(c, s, WatchEvent.FRONTEND_GONE))
                            .with(t.withPhase(c.has(Mutant.UNLEASH_BEFORE_POLL) ? Phase.CLOSING_SOCKET : Phase.POLLING_HOTPLUG_STATUS)))); // MUTANT unleash-before-poll
            case Phase.POLLING_HOTPLUG_STATUS -> pollHotplugStatus(c, s, Phase.CLOSING_SOCKET, nothingElseEnabled);
            case Phase.CLOSING_SOCKET -> List.of(ToolstackSteps.next(s, "save returns; sock.close() ends the stream",
                    CHECKPOINT + "; tools/python/xen/xend/XendDomain.py domain_migrate",
                    s.with(t.withPhase(Phase.DONE)).with(ToolstackSteps.unleash(s))));
            default -> List.empty();
        };
    }

    /** testDeviceComplete(): a listed device is pending while its backend directory still has hotplug-status. */
    static List<Successor> pollHotplugStatus(Configuration c, TeardownState s, String next, boolean nothingElseEnabled) {
        ToolstackProgress t = s.toolstack();
        boolean pending = s.someVbd(d -> d.visibility().backendDir() && d.visibility().hotplugStatus());
        if (!pending) {
            return List.of(ToolstackSteps.next(s, "testDeviceComplete: no listed device has hotplug-status", DOMAIN_INFO + "testDeviceComplete",
                    s.with(t.withPhase(next))));
        }
        boolean timeoutCanFire = ToolstackSteps.timeoutCanFire(c, s, nothingElseEnabled) && !c.has(Mutant.TIMEOUT_NEVER_FIRES); // MUTANT timeout-never-fires
        return !timeoutCanFire ? List.empty()
                : List.of(ToolstackSteps.next(s, "testDeviceComplete: 30 s timeout, logs and carries on", DOMAIN_INFO + "testDeviceComplete",
                s.with(ToolstackSteps.timedOut(s, next))));
    }
}
