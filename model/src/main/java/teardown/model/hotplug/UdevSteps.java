package teardown.model.hotplug;

import io.vavr.collection.List;
import teardown.model.Actor;
import teardown.model.Configuration;
import teardown.model.Mutant;
import teardown.model.Step;
import teardown.model.Successor;
import teardown.model.DeviceView;
import teardown.model.xenbus.WatchEvent;

/**
 * udev on the remove uevent that device_del emits once the driver's remove has returned. What its
 * rules do depends on the toolstack's hotplug set-up: xend's cleanup deletes the backend directory
 * (firing the backend bus watch) and the frontend path; xenopsd's block script deletes its hotplug
 * key; libxl runs its scripts itself, so udev has nothing to do.
 * See docs/model/toolstacks.md#udev-cleanup.
 */
public final class UdevSteps {

    private UdevSteps() {
    }

    public static List<Successor> steps(Configuration c, DeviceView s) {
        Visibility v = s.visibility();
        boolean early = c.has(Mutant.UDEV_CLEANUP_BEFORE_REMOVE_RETURNS) && v.uevent() == Visibility.Uevent.NONE && s.vbd().removes() > 0; // MUTANT udev-cleanup-before-remove-returns
        if (v.uevent() != Visibility.Uevent.PENDING && !early) {
            return List.of();
        }
        return List.of(switch (c.toolstack().hotplug()) {
            case XEND_CLEANUP -> {
                DeviceView next = s.with(v.backendDirRemoved().frontendDirRemoved().ueventHandled());
                if (v.backendDir()) {
                    next = next.with(next.xenwatch().enqueue(WatchEvent.BACKEND_GONE, s.index()));
                }
                yield new Successor(new Step(Actor.UDEV, "xen-hotplug-cleanup: xenstore-rm the backend directory and frontend path",
                        "tools/examples/xen-backend.rules; tools/examples/xen-hotplug-cleanup"), next);
            }
            case HOTPLUG_KEY -> new Successor(new Step(Actor.UDEV, "block remove script: xenstore-rm the hotplug key",
                    "xen-api scripts/block (udev remove event)"), s.with(v.hotplugKeyRemoved().ueventHandled()));
            case NONE -> new Successor(new Step(Actor.UDEV, "remove uevent: no xen-backend rule, libxl runs its hotplug scripts itself",
                    "tools/hotplug/Linux/ (xen-backend.rules removed by xen.git 2ba368d138, 'libxl: Remove linux udev rules', 2015)"),
                    s.with(v.ueventHandled()));
        });
    }
}
