package teardown.model.toolstack;

import io.vavr.collection.List;
import teardown.model.Actor;
import teardown.model.Configuration;
import teardown.model.DeviceView;
import teardown.model.Step;
import teardown.model.Successor;
import teardown.model.TeardownState;
import teardown.model.toolstack.Toolstack;
import teardown.model.hotplug.Visibility;
import teardown.model.toolstack.ToolstackProgress.Phase;
import teardown.model.xenbus.WatchEvent;

/**
 * xl live migration (tools/xl/xl_migrate.c) and libxl's forced domain destroy (tools/libs/light/libxl_domain.c, libxl_device.c): the sender writes
 * 'permission to go' right after the final state, the receiver unpauses the target, and only once
 * the report says the target runs does libxl_domain_destroy begin the source's disk teardown: force
 * removal (frontend gone, online=0, Closing), a 10 s wait for Closed that carries on, the hotplug
 * remove and the path deletion, then xc_domain_destroy.
 */
@teardown.model.Api
public class Xl implements Toolstack {

    static final String MIGRATE = "tools/xl/xl_migrate.c ";
    static final String DEVICE = "tools/libs/light/libxl_device.c ";
    static final String DOMAIN = "tools/libs/light/libxl_domain.c ";

    @Override
    public String id() {
        return "xl";
    }

    @Override
    public String description() {
        return "xl migrate: 'permission to go' first, then libxl_domain_destroy: force-remove vbds, 10 s wait for Closed (carries on), xc_domain_destroy";
    }

    @Override
    public List<Successor> steps(Configuration c, TeardownState s, boolean nothingElseEnabled) {
        ToolstackProgress t = s.toolstack();
        return switch (t.phase()) {
            case Phase.STATE_SENT -> List.of(ToolstackSteps.next(s, "read 'ready'; rename the source; write 'permission to go'",
                    MIGRATE + "migrate_domain", s.with(t.withPhase(Phase.AWAITING_REPORT)).with(ToolstackSteps.unleash(s))));
            case Phase.AWAITING_REPORT -> s.target() != Target.RUNNING ? List.empty()
                    : List.of(ToolstackSteps.next(s, "report: target running; libxl_domain_destroy: pause, destroy dm; vbd force remove: rm frontend, online=0, state=Closing",
                    MIGRATE + "migrate_domain; " + DOMAIN + "libxl__destroy_domid, dm_destroy_cb; " + DEVICE + "libxl__initiate_device_generic_remove",
                    forceRemove(c, s).with(t.withPhase(Phase.WAITING_FOR_CLOSED))));
            case Phase.WAITING_FOR_CLOSED -> waitForClosed(c, s, nothingElseEnabled, Phase.DESTROYING_DOMAIN);
            case Phase.DESTROYING_DOMAIN -> List.of(ToolstackSteps.next(s, "xc_domain_destroy", DOMAIN + "devices_destroy_cb, domain_destroy_domid_cb",
                    s.with(t.withPhase(Phase.DONE))));
            default -> List.empty();
        };
    }

    /** One xenstore transaction per vbd: delete the frontend directory, backend online=0, backend state=Closing. */
    @teardown.model.Api
    public static TeardownState forceRemove(Configuration c, TeardownState s) {
        return s.withEveryVisibility(v -> v.frontendDirRemoved().closing()).with(ToolstackSteps.enqueueEach(c, s, WatchEvent.FRONTEND_GONE));
    }

    /**
     * libxl's wait for backend state 6, at most LIBXL_DESTROY_TIMEOUT; on timeout it logs, skips the
     * script and carries on. The vbds' waits run side by side, so they are one wait for all of them.
     */
    @teardown.model.Api
    public static List<Successor> waitForClosed(Configuration c, TeardownState s, boolean nothingElseEnabled, String next) {
        ToolstackProgress t = s.toolstack();
        if (s.everyVbd(teardown.model.Vbd::backendClosed)) {
            return List.of(ToolstackSteps.next(s, "backend state Closed: hotplug remove; rm frontend, libxl and backend paths",
                    DEVICE + "device_backend_callback, device_hotplug_done", Libxl.backendWatchFires(c, s).withEveryVisibility(Visibility::backendDirDeletedByToolstack).with(t.withPhase(next))));
        }
        return !ToolstackSteps.timeoutCanFire(c, s, nothingElseEnabled) ? List.empty()
                : List.of(ToolstackSteps.next(s, "10 s timeout (LIBXL_DESTROY_TIMEOUT): log error, skip hotplug script, rm paths anyway",
                DEVICE + "device_backend_callback", Libxl.backendWatchFires(c, s).withEveryVisibility(Visibility::backendDirDeletedByToolstack).with(ToolstackSteps.timedOut(s, next))));
    }

    @Override
    public Hotplug hotplug() {
        return Hotplug.NONE;
    }

    @Override
    public Step unpause() {
        return new Step(Actor.TARGET, "receiver: 'permission to go' read; unpause the target; blkfront re-issues its requests",
                MIGRATE + "migrate_receive; drivers/block/xen-blkfront.c blkfront_resume, blkif_recover");
    }

    @Override
    public String reliesOn() {
        return "nothing: 'permission to go' is written before the source's backends are even asked to close;"
                + " libxl's later 10 s wait for Closed only guards the cleanup, and Closed is written by xenbus_dev_remove while bios may still be in flight";
    }

    @Override
    public List<Successor> detach(Configuration c, TeardownState s, boolean nothingElseEnabled) {
        return Libxl.detach(c, s, nothingElseEnabled);
    }

    @Override
    public List<Successor> destroy(Configuration c, TeardownState s, boolean nothingElseEnabled) {
        return Libxl.destroy(c, s, nothingElseEnabled);
    }

    @Override
    public io.vavr.control.Option<String> cannotRun(teardown.model.Scenario s) {
        return io.vavr.control.Option.none();
    }

    @Override
    public String toString() {
        return id();
    }
}
