package teardown.model.toolstack;

import io.vavr.collection.List;
import teardown.model.Configuration;
import teardown.model.Successor;
import teardown.model.TeardownState;
import teardown.model.guest.Guest;
import teardown.model.toolstack.ToolstackProgress.Phase;
import teardown.model.xenbus.WatchEvent;

/**
 * xend outside a migration (tools/python/xen/xend/XendDomainInfo.py, server/DevController.py):
 * xm block-detach (destroyDevice without force: online=0, state=Closing, then waitForDevice_destroy
 * until the backend's hotplug-status is gone, at most DEVICE_DESTROY_TIMEOUT, after which it
 * raises "could not be disconnected" and leaves the device) and xm destroy (destroyDomain).
 * See docs/model/scenarios.md.
 */
final class Xm {

    private static final String DEV = "tools/python/xen/xend/server/DevController.py ";

    private Xm() {
    }

    static List<Successor> detach(Configuration c, TeardownState s, boolean nothingElseEnabled) {
        ToolstackProgress t = s.toolstack();
        return switch (t.phase()) {
            case Phase.GUEST_RUNNING -> List.of(ToolstackSteps.next(s, "xm block-detach: destroyDevice: online=0, state=Closing",
                    Xend31.DOMAIN_INFO + "destroyDevice; " + DEV + "destroyDevice",
                    s.withEveryVisibility(v -> v.closing()).with(t.withPhase(Phase.WAITING_FOR_HOTPLUG_STATUS_GONE))));
            case Phase.WAITING_FOR_HOTPLUG_STATUS_GONE -> s.everyVbd(v -> !v.visibility().backendDir() || !v.visibility().hotplugStatus())
                    ? List.of(ToolstackSteps.next(s, "waitForDevice_destroy: hotplug-status gone, the device is disconnected",
                    DEV + "waitForDevice_destroy, deviceDestroyCallback", s.with(t.withPhase(Phase.DONE))))
                    : !ToolstackSteps.timeoutCanFire(c, s, nothingElseEnabled) ? List.empty()
                    : List.of(ToolstackSteps.next(s, "DEVICE_DESTROY_TIMEOUT: VmError 'could not be disconnected'; the device is left",
                    DEV + "waitForDevice_destroy", s.with(t.timeout(Phase.DONE))));
            default -> List.empty();
        };
    }

    static List<Successor> destroy(Configuration c, TeardownState s, boolean nothingElseEnabled) {
        ToolstackProgress t = s.toolstack();
        if (!t.at(Phase.GUEST_RUNNING)) {
            return List.empty();
        }
        return List.of(ToolstackSteps.next(s, "xm destroy: destroyDomain: domain_destroy, _releaseDevices, _removeDom deletes the frontend directory",
                Xend31.DOMAIN_INFO + "destroyDomain",
                s.withEveryVisibility(v -> v.closing().frontendDirRemoved()).with(ToolstackSteps.enqueueEach(c, s, WatchEvent.FRONTEND_GONE))
                        .with(Guest.DESTROYED).with(t.withPhase(Phase.DONE))));
    }
}
