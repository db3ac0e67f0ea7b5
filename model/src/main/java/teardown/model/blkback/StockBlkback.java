package teardown.model.blkback;

import io.vavr.collection.List;
import teardown.model.Configuration;
import teardown.model.Driver;
import teardown.model.kernel.Run;

/** Stock linux-2.6.18-xen blkback (drivers/xen/blkback/ of linux-2.6.18-xen): remove drains I/O on xenwatch. */
public final class StockBlkback implements Driver {

    @Override
    public String id() {
        return "stock";
    }

    @Override
    public String description() {
        return "stock linux-2.6.18-xen blkback: remove drains I/O on xenwatch";
    }

    @Override
    public Run remove(Configuration c, Run r) {
        return StockRemove.remove(c, r);
    }

    @Override
    public List<Run> resume(Configuration c, Run r) {
        return StockRemove.resume(c, r);
    }

    @Override
    public boolean kthreadHoldsBlkifRef() {
        return true;
    }

    @Override
    public String toString() {
        return id();
    }
}
