package teardown.model.blkback;

import io.vavr.collection.List;
import teardown.model.Configuration;
import teardown.model.kernel.Run;

/**
 * The post's Xen 3.1.0 vendor blkback, unpatched (xen-devel, August 2008, 'blkback teardown') or
 * with the post's patch: the 2.6.18 driver with the vendor tree's own remove and close path.
 * The post shows only those; the connect path is taken to be the stock 2.6.18 one
 * (docs/model/choices.md#20-the-vendor-trees-connect-path).
 */
@teardown.model.Api
public class VendorBlkback extends StockBlkback {

    private final boolean patched;

    public VendorBlkback(boolean patched) {
        super(false);
        this.patched = patched;
    }

    public boolean patched() {
        return patched;
    }

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

    /**
     * The patch's wait in blkback_remove, {@code wait_event(be->wq, be->blkif->xenblkd == NULL)}:
     * the one function a design of the patch with another wait replaces. It ends the step with a
     * wait at {@link VendorRemove#WAIT_XENBLKD}, which {@link #resume} ends once xenblkd has
     * signalled; {@link VendorRemove#afterWait} is the code that follows.
     */
    @teardown.model.Api
    protected Run waitForXenblkd(Configuration c, Run r) {
        return VendorRemove.waitForXenblkd(r);
    }

    @Override
    public List<Run> resume(Configuration c, Run r) {
        List<Run> own = VendorRemove.resume(c, r);
        return own.isEmpty() && !VendorRemove.isOwnPoint(r.top().at()) ? super.resume(c, r) : own;
    }

    @Override
    public Run shutdownRequest(Configuration c, Run r) {
        return VendorRemove.shutdownRequest(c, r);
    }

    @Override
    public boolean isVendor() {
        return true;
    }

    /** The vendor xenblkd holds a backend_info reference instead (docs/model/choices.md#3-the-vendor-xenblkd-holds-a-backend_info-reference-not-a-blkif-reference). */
    @Override
    public boolean kthreadHoldsBlkifRef() {
        return false;
    }
}
