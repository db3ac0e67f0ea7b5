package teardown.model;

/** The blkback driver variants of docs/model/drivers.md#drivers. */
public enum Driver {
    STOCK("stock linux-2.6.18-xen blkback: remove drains I/O on xenwatch"),
    UNPATCHED("the post's Xen 3.1.0 vendor blkback: remove returns while xenblkd still drains"),
    PATCHED("the post's patch: blkback_remove waits on be->wq until xenblkd has drained"),
    UPSTREAM("upstream Linux xen-blkback: xenwatch never waits, the last request frees");

    private final String description;

    Driver(String description) {
        this.description = description;
    }

    public String id() {
        return name().toLowerCase();
    }

    public String description() {
        return description;
    }

    /** The vendor tree's close path (blkback_close on xenblkd, be->refcnt) exists only in these two. */
    public boolean isVendor() {
        return this == UNPATCHED || this == PATCHED;
    }
}
