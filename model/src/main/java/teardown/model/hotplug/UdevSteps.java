package teardown.model.hotplug;

import io.vavr.collection.List;
import teardown.model.Actor;
import teardown.model.Configuration;
import teardown.model.Step;
import teardown.model.Successor;
import teardown.model.TeardownState;
import teardown.model.xenbus.WatchEvent;

/**
 * udev's hotplug cleanup, run on the remove uevent that device_del emits once the driver's remove
 * has returned: it deletes the backend directory (firing the backend bus watch) and the frontend path.
 * See docs/model/toolstacks.md#udev-cleanup.
 */
public final class UdevSteps {

    private UdevSteps() {
    }

    public static List<Successor> steps(Configuration c, TeardownState s) {
        Visibility v = s.visibility();
        if (v.uevent() != Visibility.Uevent.PENDING) {
            return List.empty();
        }
        TeardownState next = s.with(v.backendDirRemoved().frontendDirRemoved().ueventHandled());
        if (v.backendDir()) {
            next = next.with(next.xenwatch().enqueue(WatchEvent.BACKEND_GONE));
        }
        return List.of(new Successor(new Step(Actor.UDEV, "xen-hotplug-cleanup: xenstore-rm the backend directory and frontend path",
                "tools/examples/xen-backend.rules; tools/examples/xen-hotplug-cleanup"), next));
    }
}
