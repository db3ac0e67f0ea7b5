package teardown.model.toolstack;

import io.vavr.collection.List;
import teardown.model.Configuration;
import teardown.model.Successor;
import teardown.model.TeardownState;
import teardown.model.guest.Guest;
import teardown.model.hotplug.Visibility;
import teardown.model.toolstack.ToolstackProgress.Phase;
import teardown.model.xenbus.WatchEvent;

/**
 * libxl's device removal and domain destroy (tools/libs/light/libxl_device.c, libxl_domain.c), as
 * xl drives them outside a migration: xl block-detach (libxl_device_disk_remove: a removal that
 * turns forced when its 10 s wait for Closed runs out) and xl destroy (libxl__destroy_domid: pause,
 * every vbd removed forced, then xc_domain_destroy). See docs/model/scenarios.md.
 */
final class Libxl {

    private static final String DEVICE = "tools/libs/light/libxl_device.c ";
    private static final String DOMAIN = "tools/libs/light/libxl_domain.c ";

    private Libxl() {
    }

    /** xl block-detach with libxl_device_disk_remove (force automatic). */
    static List<Successor> detach(Configuration c, TeardownState s, boolean nothingElseEnabled) {
        return detach(c, s, nothingElseEnabled, false);
    }

    /**
     * {@code leavesDrainingBackend}: the proposed libxl, which never deletes the directory of a
     * feature-drain backend that has not written Closed (docs/model/proposed.md, patch 5).
     */
    static List<Successor> detach(Configuration c, TeardownState s, boolean nothingElseEnabled, boolean leavesDrainingBackend) {
        ToolstackProgress t = s.toolstack();
        return switch (t.phase()) {
            case Phase.GUEST_RUNNING -> List.of(ToolstackSteps.next(s, "xl block-detach: libxl__initiate_device_generic_remove: online=0, state=Closing",
                    DEVICE + "libxl__initiate_device_generic_remove", s.withEveryVisibility(Visibility::closing).with(t.withPhase(Phase.WAITING_FOR_CLOSED))));
            case Phase.WAITING_FOR_CLOSED -> waitForClosed(c, s, nothingElseEnabled, false, leavesDrainingBackend);
            case Phase.WAITING_FOR_CLOSED_FORCED -> waitForClosed(c, s, nothingElseEnabled, true, leavesDrainingBackend);
            default -> List.empty();
        };
    }

    /** xl destroy: libxl__destroy_domid. */
    static List<Successor> destroy(Configuration c, TeardownState s, boolean nothingElseEnabled) {
        return destroy(c, s, nothingElseEnabled, false);
    }

    static List<Successor> destroy(Configuration c, TeardownState s, boolean nothingElseEnabled, boolean leavesDrainingBackend) {
        ToolstackProgress t = s.toolstack();
        return switch (t.phase()) {
            case Phase.GUEST_RUNNING -> List.of(ToolstackSteps.next(s,
                    "xl destroy: xc_domain_pause; destroy the device model; libxl__devices_destroy: vbd force remove: rm frontend, online=0, state=Closing",
                    DOMAIN + "libxl__destroy_domid, dm_destroy_cb; " + DEVICE + "libxl__devices_destroy, libxl__initiate_device_generic_remove",
                    Xl.forceRemove(c, s).with(Guest.PAUSED).with(t.withPhase(Phase.WAITING_FOR_CLOSED_FORCED))));
            case Phase.WAITING_FOR_CLOSED_FORCED -> waitForClosed(c, s, nothingElseEnabled, true, leavesDrainingBackend);
            case Phase.DESTROYING_DOMAIN -> List.of(ToolstackSteps.next(s, "rm the domain's xenstore paths; xc_domain_destroy",
                    DOMAIN + "devices_destroy_cb, domain_destroy_domid_cb", s.with(Guest.DESTROYED).with(t.withPhase(Phase.DONE))));
            default -> List.empty();
        };
    }

    /**
     * The wait, at most LIBXL_DESTROY_TIMEOUT, for backend state Closed. On Closed: the hotplug
     * script's remove, then the frontend, libxl and backend paths go. On timeout: a removal that
     * was not forced goes on forced; a forced one skips the script and removes the paths anyway.
     */
    private static List<Successor> waitForClosed(Configuration c, TeardownState s, boolean nothingElseEnabled, boolean forced,
                                                 boolean leavesDrainingBackend) {
        ToolstackProgress t = s.toolstack();
        String after = s.guest() == Guest.PAUSED ? Phase.DESTROYING_DOMAIN : Phase.DONE;
        boolean drains = leavesDrainingBackend && c.driver().unregistersWhenDrained();
        if (s.everyVbd(v -> v.backendClosed() || drains && !v.visibility().backendDir())) {
            return List.of(ToolstackSteps.next(s, "backend state Closed: hotplug remove; rm frontend, libxl and backend paths",
                    DEVICE + "device_backend_callback, device_hotplug_done", removePaths(c, s).with(t.withPhase(after))));
        }
        if (!ToolstackSteps.timeoutCanFire(c, s, nothingElseEnabled)) {
            return List.empty();
        }
        if (forced && drains && s.vbds().exists(v -> v.visibility().sysfsDevice())) {
            // A backend that probed the device advertised feature-drain: its directory is left to it.
            TeardownState left = s.withEveryVisibility(v -> v.sysfsDevice() ? v.frontendDirRemoved() : v.frontendDirRemoved().backendDirDeletedByToolstack());
            return List.of(ToolstackSteps.next(s, "10 s timeout: log error; the backend still drains (feature-drain): rm frontend and libxl paths, leave the backend's to blkback",
                    DEVICE + "device_backend_callback (proposed)", left.with(ToolstackSteps.timedOut(s, after))));
        }
        return List.of(forced
                ? ToolstackSteps.next(s, "10 s timeout (LIBXL_DESTROY_TIMEOUT): log error, skip hotplug script, rm paths anyway",
                DEVICE + "device_backend_callback", removePaths(c, s).with(ToolstackSteps.timedOut(s, after)))
                : ToolstackSteps.next(s, "10 s timeout: 'initiating forced remove': rm frontend, online=0, state=Closing",
                DEVICE + "device_backend_callback, libxl__initiate_device_generic_remove",
                Xl.forceRemove(c, s).with(s.toolstack().timeout(Phase.WAITING_FOR_CLOSED_FORCED))));
    }

    /**
     * One transaction removes each vbd's frontend, libxl and backend paths. A frontend still
     * watched fires its watch. The backend bus watch fires too, but today's drivers have
     * unregistered the device by the time it could be delivered, so its event is left out; a
     * driver that unregisters only once drained may still have the device, and gets it.
     */
    static TeardownState removePaths(Configuration c, TeardownState s) {
        TeardownState out = s;
        for (int i = 0; i < s.vbds().size(); i++) {
            if (s.vbd(i).visibility().frontendDir() && ToolstackSteps.otherendWatched(s, i)) {
                out = out.with(out.xenwatch().otherendFires(WatchEvent.FRONTEND_GONE, i, c.driver().otherendDropsPendingEvents()));
            }
        }
        return backendWatchFires(c, out).withEveryVisibility(v -> v.frontendDirRemoved().backendDirDeletedByToolstack());
    }

    /** The backend bus watch's event for each device still registered, where the driver defers its unregister. */
    static TeardownState backendWatchFires(Configuration c, TeardownState s) {
        TeardownState out = s;
        for (int i = 0; i < s.vbds().size(); i++) {
            teardown.model.Vbd v = s.vbd(i);
            if (c.driver().unregistersWhenDrained() && v.visibility().backendDir() && v.visibility().sysfsDevice() && v.removes() == 0) {
                out = out.with(out.xenwatch().enqueue(WatchEvent.BACKEND_GONE, i));
            }
        }
        return out;
    }
}
