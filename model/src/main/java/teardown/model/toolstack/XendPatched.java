package teardown.model.toolstack;

import io.vavr.collection.List;
import teardown.model.Configuration;
import teardown.model.Step;
import teardown.model.Successor;
import teardown.model.TeardownState;
import teardown.model.toolstack.ToolstackProgress.Phase;
import teardown.model.xenbus.WatchEvent;

/**
 * The post's xend (tools/python/xen/xend/XendCheckpoint.py save): force-release the devices (which deletes the backend directory
 * it then lists devices from), poll for shutdown-done, unleash, then destroyDomain.
 */
public final class XendPatched extends XendFamily {

    @Override
    public String id() {
        return "xendpatched";
    }

    @Override
    public String description() {
        return "the post's xend: force-release devices, poll for shutdown-done, unleash, then destroyDomain";
    }

    @Override
    public List<Successor> steps(Configuration c, TeardownState s, boolean nothingElseEnabled) {
        ToolstackProgress t = s.toolstack();
        return switch (t.phase()) {
            case Phase.STATE_SENT -> List.of(ToolstackSteps.next(s, "_releaseDevices(force=True): online=0, state=Closing, remove backend and frontend paths",
                    Xend31.DOMAIN_INFO + "_releaseDevices; tools/python/xen/xend/server/DevController.py destroyDevice",
                    s.withEveryVisibility(v -> v.closing().backendDirDeletedByToolstack().frontendDirRemoved())
                            .with(ToolstackSteps.enqueueEach(c, s, WatchEvent.BACKEND_GONE, WatchEvent.FRONTEND_GONE))
                            .with(t.withPhase(Phase.POLLING_SHUTDOWN_DONE))));
            // A device is listed while its backend directory exists; a listed one is pending without shutdown-done.
            case Phase.POLLING_SHUTDOWN_DONE -> s.someVbd(d -> d.visibility().backendDir() && !d.visibility().shutdownDone()) ? List.empty()
                    : List.of(ToolstackSteps.next(s, "testDeviceComplete(io_done=True): no listed device lacks shutdown-done",
                    Xend31.DOMAIN_INFO + "testDeviceComplete", s.with(t.withPhase(Phase.UNLEASHING))));
            default -> afterShutdownDone(c, s, nothingElseEnabled);
        };
    }

    /** The post's tail, shared with xendintent: unleash, destroyDomain, and the old testDeviceComplete. */
    static List<Successor> afterShutdownDone(Configuration c, TeardownState s, boolean nothingElseEnabled) {
        ToolstackProgress t = s.toolstack();
        return switch (t.phase()) {
            case Phase.UNLEASHING -> List.of(ToolstackSteps.next(s, "sock.shutdown(2): the target is unleashed", Xend31.CHECKPOINT,
                    s.with(t.withPhase(Phase.DESTROYING)).with(ToolstackSteps.unleash(s))));
            case Phase.DESTROYING -> List.of(ToolstackSteps.next(s, "destroyDomain: domain_destroy; no frontend left to release",
                    Xend31.DOMAIN_INFO + "destroyDomain", s.with(t.withPhase(Phase.POLLING_AFTER_DESTROY))));
            case Phase.POLLING_AFTER_DESTROY -> Xend31.pollHotplugStatus(c, s, Phase.DONE, nothingElseEnabled);
            default -> List.empty();
        };
    }

    /** Outside a migration the post's xend is xend: its own change is in the migration's save. */
    @Override
    public io.vavr.control.Option<String> cannotRun(teardown.model.Scenario s) {
        return s == teardown.model.Scenario.MIGRATE ? io.vavr.control.Option.none()
                : io.vavr.control.Option.some("toolstack " + id() + " differs from xend31 only in a migration's save: scenario " + s.id() + " runs xend31");
    }
}
