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
        return hotplugAdd(c, s).appendAll(onRemove(c, s));
    }

    /**
     * A device just probed: the hotplug script (run by udev for xend, by libxl itself for xl) writes
     * physical-device and hotplug-status, which fires blkback's physical-device watch.
     */
    private static List<Successor> hotplugAdd(Configuration c, DeviceView s) {
        Visibility v = s.visibility();
        if (!v.sysfsDevice() || !v.backendDir() || v.hotplugStatus() || s.vbd().removes() > 0) {
            return List.empty();
        }
        DeviceView next = s.with(v.hotplugged());
        if (s.be().live()) {
            next = next.with(next.xenwatch().enqueue(WatchEvent.PHYSICAL_DEVICE, s.index()));
        }
        return List.of(new Successor(new Step(Actor.UDEV, "block add script: write physical-device and hotplug-status",
                "tools/hotplug/Linux/block; tools/libs/light/libxl_device.c device_hotplug"), next));
    }

    private static List<Successor> onRemove(Configuration c, DeviceView s) {
        Visibility v = s.visibility();
        boolean early = c.has(Mutant.UDEV_CLEANUP_BEFORE_REMOVE_RETURNS) && v.uevent() == Visibility.Uevent.NONE && s.vbd().removes() > 0; // MUTANT udev-cleanup-before-remove-returns
        if (v.uevent() != Visibility.Uevent.PENDING && !early) {
            return List.of();
        }
        return List.of(switch (c.toolstack().hotplug()) {
            case XEND_CLEANUP -> {
                boolean keeps = c.has(Mutant.UDEV_CLEANUP_KEEPS_BACKEND_DIR); // MUTANT udev-cleanup-keeps-backend-dir
                DeviceView next = s.with((keeps ? v : v.backendDirRemoved()).frontendDirRemoved().ueventHandled());
                if (v.backendDir() && !keeps) {
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
