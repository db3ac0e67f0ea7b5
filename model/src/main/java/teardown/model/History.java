package teardown.model;

import io.vavr.collection.List;
import teardown.model.blkback.StockBlkback;
import teardown.model.blkback.XenBlkback;
import teardown.model.blkback.XenBlkback.Fix;

/**
 * The driver variants of blkback's history (docs/model/history.md): the code of xen-blkback right
 * before and right after each fix the history cases name, as the releases that carried them, and
 * the 2.6.18 tree before and after its reconnect fix.
 */
final class History {

    static final Driver LINUX_3_0 = XenBlkback.release("linux-3.0",
            "xen-blkback of Linux 3.0: frontend Closing disconnects; disconnect waits on xenwatch for the last reference", null);
    static final Driver LINUX_3_1 = XenBlkback.release("linux-3.1",
            "xen-blkback of Linux 3.1 (6f5986bce558): disconnect on frontend Closed, not Closing", Fix.DISCONNECT_ON_CLOSED);
    static final Driver LINUX_3_16 = XenBlkback.release("linux-3.16",
            "xen-blkback of Linux 3.16: the last reference schedules the free; remove never waits (but frees be at once)", Fix.DEFER_FREE);
    static final Driver LINUX_4_11 = XenBlkback.release("linux-4.11",
            "xen-blkback of Linux 4.6-4.11: several rings; each ring and each xenblkd holds a blkif reference; -EBUSY at the first busy ring",
            Fix.MULTI_QUEUE);
    static final Driver LINUX_4_12 = XenBlkback.release("linux-4.12",
            "xen-blkback of Linux 4.12: xenblkd holds no reference, every ring is visited, be freed with the blkif", Fix.BE_FREED_WITH_BLKIF);
    static final Driver LINUX_5_5_RC1 = XenBlkback.release("linux-5.5-rc1",
            "xen-blkback of Linux 5.5-rc1 (14855954f636): the module can be unloaded, with no reference held by the blkifs", Fix.MODULE_EXIT);
    static final Driver LINUX_5_5 = XenBlkback.release("linux-5.5",
            "xen-blkback of Linux 5.5 (fa2ac657f978): each blkif holds a module reference until it is freed", Fix.XENBUS_CLOSED_ONLY_AFTER_CLOSING);
    static final Driver LINUX_5_10 = LINUX_5_5 instanceof XenBlkback x ? new XenBlkback("linux-5.10",
            "xen-blkback of Linux 5.10: before XSA-349 and XSA-350", x.fixes()) : null;
    static final Driver LINUX_5_11 = XenBlkback.release("linux-5.11",
            "xen-blkback of Linux 5.11: XSA-349 (no pending frontend-state events queued) and XSA-350 (xenblkd = NULL after kthread_stop)", Fix.XSA_350);
    static final Driver STOCK_2010 = new StockBlkback(true);

    static final List<Driver> DRIVERS = List.of(LINUX_3_0, LINUX_3_1, LINUX_3_16, LINUX_4_11, LINUX_4_12, LINUX_5_5_RC1, LINUX_5_5,
            LINUX_5_10, LINUX_5_11, STOCK_2010);

    private History() {
    }
}
