package teardown.model;

import teardown.model.blkback.BackendInfo;
import teardown.model.blkback.Blkif;
import teardown.model.blkback.Kthread;
import teardown.model.blkback.Requests;
import teardown.model.guest.GuestHistory;
import teardown.model.hotplug.Visibility;

/**
 * One virtual block device of the migrating guest, as blkback sees it: the guest's requests on
 * its ring, its xenblkd thread, its blkif and backend_info, what xenstore and sysfs show of it,
 * and the guest's history on its disk. {@code removes} counts the blkback_remove calls started on
 * it; {@code frontendReconnected} is the one-shot reconnect of hazard reconnect-during-remove.
 * Every device has its own; xenwatch, blkback_dev_sem and the toolstack are shared.
 * See docs/model/actors.md#actors.
 */
public record Vbd(Requests requests, Kthread xenblkd, Blkif blkif, BackendInfo be, Visibility visibility,
                  GuestHistory history, int removes, boolean frontendReconnected) {

    public Vbd with(Requests r) {
        return new Vbd(r, xenblkd, blkif, be, visibility, history, removes, frontendReconnected);
    }

    public Vbd with(Kthread k) {
        return new Vbd(requests, k, blkif, be, visibility, history, removes, frontendReconnected);
    }

    public Vbd with(Blkif b) {
        return new Vbd(requests, xenblkd, b, be, visibility, history, removes, frontendReconnected);
    }

    public Vbd with(BackendInfo b) {
        return new Vbd(requests, xenblkd, blkif, b, visibility, history, removes, frontendReconnected);
    }

    public Vbd with(Visibility v) {
        return new Vbd(requests, xenblkd, blkif, be, v, history, removes, frontendReconnected);
    }

    public Vbd with(GuestHistory h) {
        return new Vbd(requests, xenblkd, blkif, be, visibility, h, removes, frontendReconnected);
    }

    /** device_unregister ran the driver's remove on this device once more. */
    public Vbd removeStarted() {
        return new Vbd(requests, xenblkd, blkif, be, visibility, history, removes + 1, frontendReconnected);
    }

    public Vbd reconnected() {
        return new Vbd(requests, xenblkd, blkif, be, visibility, history, removes, true);
    }
}
