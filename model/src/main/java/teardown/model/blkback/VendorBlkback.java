package teardown.model.blkback;

import io.vavr.collection.List;
import teardown.model.Configuration;
import teardown.model.Driver;
import teardown.model.kernel.Run;

/** The post's Xen 3.1.0 vendor blkback, unpatched (xen-devel, August 2008, 'blkback teardown') or with the post's patch. */
public record VendorBlkback(boolean patched) implements Driver {

    @Override
    public String id() {
        return patched ? "patched" : "unpatched";
    }

    @Override
    public String description() {
        return patched ? "the post's patch: blkback_remove waits on be->wq until xenblkd has drained"
                : "the post's Xen 3.1.0 vendor blkback: remove returns while xenblkd still drains";
    }

    @Override
    public Run remove(Configuration c, Run r) {
        return VendorRemove.remove(c, r);
    }

    @Override
    public List<Run> resume(Configuration c, Run r) {
        return VendorRemove.resume(c, r);
    }

    @Override
    public Run shutdownRequest(Configuration c, Run r) {
        return VendorRemove.shutdownRequest(c, r);
    }

    @Override
    public boolean isVendor() {
        return true;
    }

    @Override
    public String toString() {
        return id();
    }
}
