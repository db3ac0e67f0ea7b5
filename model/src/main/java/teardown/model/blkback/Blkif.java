package teardown.model.blkback;

/**
 * The blkif: the shared ring and its reference count. {@code xenblkd} says whether
 * blkif->xenblkd still points at the thread; {@code freeScheduled} is upstream's deferred free
 * queued by the last xen_blkif_put.
 * See docs/model/actors.md#blkif.
 */
public record Blkif(int refcnt, boolean xenblkd, boolean ringMapped, boolean freed, boolean freeScheduled) {

    public Blkif get() {
        return new Blkif(refcnt + 1, xenblkd, ringMapped, freed, freeScheduled);
    }

    public Blkif put() {
        return new Blkif(refcnt - 1, xenblkd, ringMapped, freed, freeScheduled);
    }

    public Blkif withXenblkd(boolean b) {
        return new Blkif(refcnt, b, ringMapped, freed, freeScheduled);
    }

    public Blkif unmapRing() {
        return new Blkif(refcnt, xenblkd, false, freed, freeScheduled);
    }

    public Blkif free() {
        return new Blkif(refcnt, xenblkd, false, true, false);
    }

    public Blkif scheduleFree() {
        return new Blkif(refcnt, xenblkd, ringMapped, freed, true);
    }
}
