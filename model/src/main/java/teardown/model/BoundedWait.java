package teardown.model;

/**
 * When a bounded wait (xend's 30 s, libxl's 10 s, xenopsd's 30 s, FreeBSD blkfront's 30 s, the
 * proposed sender's) may run out. The bound outlasts any CPU step and a healthy disk's service
 * time: with only healthy disks it runs out only when nothing else can move. With a slow, hung or
 * dead disk among them it may run out at any time, but not before every healthy device's I/O is
 * done, which that disk finishes well inside the bound.
 */
@Api
public final class BoundedWait {

    private BoundedWait() {
    }

    public static boolean mayRunOut(Configuration c, TeardownState s, boolean nothingElseEnabled) {
        return nothingElseEnabled
                || (!c.allHealthy() && s.views().forAll(v -> v.disk(c) != Disk.HEALTHY || v.vbd().ioDone(c.driver())));
    }
}
