package teardown.model.blkback;

/**
 * The driver's per-device backend_info. {@code refcnt} is the vendor tree's be->refcnt (one for
 * the xenbus device, one held by the running xenblkd); the other drivers keep it at 1.
 * {@code dev} says whether be->dev still points at the xenbus device.
 * See docs/model/actors.md#backend-info.
 */
public record BackendInfo(int refcnt, boolean dev, boolean freed) {

    public BackendInfo release() {
        return new BackendInfo(refcnt - 1, dev, freed);
    }

    public BackendInfo withoutDev() {
        return new BackendInfo(refcnt, false, freed);
    }

    public BackendInfo free() {
        return new BackendInfo(refcnt, dev, true);
    }
}
