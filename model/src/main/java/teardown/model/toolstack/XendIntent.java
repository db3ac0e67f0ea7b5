package teardown.model.toolstack;

import io.vavr.collection.List;
import teardown.model.Configuration;
import teardown.model.Driver;
import teardown.model.Step;
import teardown.model.Successor;
import teardown.model.TeardownState;
import teardown.model.toolstack.ToolstackProgress.Phase;
import teardown.model.xenbus.WatchEvent;

/**
 * The post's xend as its author meant it: release the devices without deleting their backend
 * paths first (online=0, Closing, frontend path removed so the backend's remove runs), then wait,
 * with no timeout, until each device it released shows shutdown-done; then the post's tail.
 * It remembers its own device list, so a vanished backend directory does not end the wait.
 */
public final class XendIntent extends XendFamily {

    @Override
    public String id() {
        return "xendintent";
    }

    @Override
    public String description() {
        return "the post's xend as meant: release devices keeping their backend paths, wait (no timeout) for each shutdown-done, unleash, destroyDomain";
    }

    @Override
    public List<Successor> steps(Configuration c, TeardownState s, boolean nothingElseEnabled) {
        ToolstackProgress t = s.toolstack();
        return switch (t.phase()) {
            case Phase.STATE_SENT -> List.of(ToolstackSteps.next(s, "_releaseDevices: online=0, state=Closing, remove the frontend path; backend path kept",
                    Xend31.DOMAIN_INFO + "_releaseDevices; tools/python/xen/xend/server/DevController.py destroyDevice",
                    s.withEveryVisibility(v -> v.closing().frontendDirRemoved()).with(ToolstackSteps.enqueueEach(c, s, WatchEvent.FRONTEND_GONE))
                            .with(t.withPhase(Phase.POLLING_SHUTDOWN_DONE))));
            case Phase.POLLING_SHUTDOWN_DONE -> !s.everyVbd(d -> d.visibility().shutdownDone()) ? List.empty()
                    : List.of(ToolstackSteps.next(s, "testDeviceComplete(io_done=True): every released device shows shutdown-done",
                    Xend31.DOMAIN_INFO + "testDeviceComplete", s.with(t.withPhase(Phase.UNLEASHING))));
            default -> XendPatched.afterShutdownDone(c, s, nothingElseEnabled);
        };
    }

    @Override
    public String reliesOn() {
        return "shutdown-done on every device it released, waited for with no timeout";
    }

    @Override
    public Driver usualDriver() {
        return Driver.PATCHED;
    }

    /** Outside a migration the post's xend is xend: its own change is in the migration's save. */
    @Override
    public io.vavr.control.Option<String> cannotRun(teardown.model.Scenario s) {
        return s == teardown.model.Scenario.MIGRATE ? io.vavr.control.Option.none()
                : io.vavr.control.Option.some("toolstack " + id() + " differs from xend31 only in a migration's save: scenario " + s.id() + " runs xend31");
    }
}
