package teardown.model.xend;

import io.vavr.collection.List;
import teardown.model.Actor;
import teardown.model.Configuration;
import teardown.model.Disk;
import teardown.model.Step;
import teardown.model.Successor;
import teardown.model.TeardownState;
import teardown.model.hotplug.Visibility;
import teardown.model.xend.Toolstack.Phase;
import teardown.model.xenbus.WatchEvent;

/**
 * The source toolstack after the final suspend and state transfer (docs/model/toolstacks.md#toolstacks). Its
 * polls read only what xenstore shows: a device is listed while its backend directory exists.
 */
public final class XendSteps {

    private static final String DOMAIN_INFO = "tools/python/xen/xend/XendDomainInfo.py ";
    private static final String CHECKPOINT = "tools/python/xen/xend/XendCheckpoint.py save";

    private XendSteps() {
    }

    /** @param nothingElseEnabled no other teardown actor can move, so a healthy disk's 30 s timeout may fire */
    public static List<Successor> steps(Configuration c, TeardownState s, boolean nothingElseEnabled) {
        Toolstack t = s.toolstack();
        Visibility v = s.visibility();
        return switch (t.phase()) {
            case STATE_SENT -> List.of(switch (c.xend()) {
                case XEND31 -> next(s, "destroyDomain: domain_destroy, _releaseDevices, _removeDom deletes the frontend directory",
                        DOMAIN_INFO + "destroyDomain",
                        s.with(v.frontendDirRemoved()).with(s.xenwatch().enqueue(WatchEvent.FRONTEND_GONE))
                                .with(t.withPhase(Phase.POLLING_HOTPLUG_STATUS)));
                case XENDPATCHED -> next(s, "_releaseDevices(force=True): online=0, state=Closing, remove backend and frontend paths",
                        DOMAIN_INFO + "_releaseDevices; tools/python/xen/xend/server/DevController.py destroyDevice",
                        s.with(v.backendDirDeletedByToolstack().frontendDirRemoved())
                                .with(s.xenwatch().enqueue(WatchEvent.BACKEND_GONE).enqueue(WatchEvent.FRONTEND_GONE))
                                .with(t.withPhase(Phase.POLLING_SHUTDOWN_DONE)));
            });
            case POLLING_HOTPLUG_STATUS -> pollHotplugStatus(c, s, Phase.CLOSING_SOCKET, nothingElseEnabled);
            case CLOSING_SOCKET -> List.of(next(s, "save returns; sock.close() ends the stream",
                    CHECKPOINT + "; tools/python/xen/xend/XendDomain.py domain_migrate",
                    s.with(t.withPhase(Phase.DONE)).with(unleash(s))));
            case POLLING_SHUTDOWN_DONE -> v.backendDir() && !v.shutdownDone() ? List.empty()
                    : List.of(next(s, "testDeviceComplete(io_done=True): no listed device lacks shutdown-done",
                    DOMAIN_INFO + "testDeviceComplete", s.with(t.withPhase(Phase.UNLEASHING))));
            case UNLEASHING -> List.of(next(s, "sock.shutdown(2): the target is unleashed", CHECKPOINT,
                    s.with(t.withPhase(Phase.DESTROYING)).with(unleash(s))));
            case DESTROYING -> List.of(next(s, "destroyDomain: domain_destroy; no frontend left to release",
                    DOMAIN_INFO + "destroyDomain", s.with(t.withPhase(Phase.POLLING_AFTER_DESTROY))));
            case POLLING_AFTER_DESTROY -> pollHotplugStatus(c, s, Phase.DONE, nothingElseEnabled);
            case DONE -> List.empty();
        };
    }

    /** testDeviceComplete(): a listed device is pending while its backend directory still has hotplug-status. */
    private static List<Successor> pollHotplugStatus(Configuration c, TeardownState s, Phase next, boolean nothingElseEnabled) {
        Visibility v = s.visibility();
        Toolstack t = s.toolstack();
        boolean pending = v.backendDir() && v.hotplugStatus();
        if (!pending) {
            return List.of(next(s, "testDeviceComplete: no listed device has hotplug-status", DOMAIN_INFO + "testDeviceComplete",
                    s.with(t.withPhase(next))));
        }
        boolean timeoutCanFire = c.disk() != Disk.HEALTHY || nothingElseEnabled;
        return !timeoutCanFire ? List.empty()
                : List.of(next(s, "testDeviceComplete: 30 s timeout, logs and carries on", DOMAIN_INFO + "testDeviceComplete",
                s.with(t.timeout(next))));
    }

    private static Target unleash(TeardownState s) {
        return s.target() == Target.WAITING_FOR_STREAM ? Target.STREAM_ENDED : s.target();
    }

    private static Successor next(TeardownState s, String name, String source, TeardownState next) {
        return new Successor(new Step(Actor.TOOLSTACK, name, source), next);
    }
}
