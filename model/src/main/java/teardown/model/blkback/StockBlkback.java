package teardown.model.blkback;

import io.vavr.collection.List;
import teardown.model.Configuration;
import teardown.model.Driver;
import teardown.model.Successor;
import teardown.model.DeviceView;

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
    public List<Successor> remove(Configuration c, DeviceView s) {
        return StockRemove.steps(c, s);
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
