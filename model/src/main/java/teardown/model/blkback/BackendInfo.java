package teardown.model.blkback;

/**
 * The driver's per-device backend_info. {@code refcnt} is the vendor tree's be->refcnt (one for
 * the xenbus device, one held by the running xenblkd); the other drivers keep it at 1.
 * {@code dev} says whether be->dev still points at the xenbus device; {@code allocated}: probe
 * has allocated it; {@code freed}: it is gone.
 * See docs/model/actors.md#backend-info.
 */
@teardown.model.Api
public record BackendInfo(int refcnt, boolean dev, boolean allocated, boolean freed) {

    public BackendInfo(int refcnt, boolean dev, boolean freed) {
        this(refcnt, dev, true, freed);
    }

    /** Before probe. */
    public static BackendInfo none() {
        return new BackendInfo(0, false, false, false);
    }

    public BackendInfo release() {
        return new BackendInfo(refcnt - 1, dev, allocated, freed);
    }

    public BackendInfo withoutDev() {
        return new BackendInfo(refcnt, false, allocated, freed);
    }

    public BackendInfo free() {
        return new BackendInfo(refcnt, dev, allocated, true);
    }

    public boolean live() {
        return allocated && !freed;
    }
}
