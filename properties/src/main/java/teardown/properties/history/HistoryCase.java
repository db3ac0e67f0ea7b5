package teardown.properties.history;

import io.vavr.collection.List;
import io.vavr.control.Option;
import teardown.model.Configuration;
import teardown.model.Disk;
import teardown.model.Driver;
import teardown.model.Scenario;
import teardown.model.guest.Frontend;
import teardown.model.toolstack.Toolstack;
import teardown.properties.PropertyId;

/**
 * One real bug of blkback's history (docs/model/history.md): the code right before its fix and
 * right after it, as two variants that differ only in the driver, the scenario that shows it, and
 * the property it breaks. Before the fix the property must be violated, with a shortest trace;
 * after it the same property must hold in the same scenario. {@code whyNot} says in one line why
 * the model cannot reach a case, where it cannot.
 */
public record HistoryCase(String id, String title, String source, Configuration before, Configuration after, PropertyId property,
                          Option<String> whyNot) {

    private static Configuration on(String driver, Toolstack t, Disk k, Scenario s) {
        return Configuration.of(Driver.byId(driver), t, k).withScenario(s);
    }

    private static HistoryCase of(String id, String title, String source, Configuration before, String afterDriver, PropertyId p) {
        return new HistoryCase(id, title, source, before, before.withDriver(Driver.byId(afterDriver)), p, Option.none());
    }

    /** The cases, in the order the fixes landed. */
    public static final List<HistoryCase> ALL = List.of(
            of("reconnect-leak", "a guest that re-enters Connected makes blkback start a second xenblkd over the first",
                    "linux-2.6.18-xen changeset ef9e715c419c (2010)",
                    on("stock", Toolstack.XEND31, Disk.HEALTHY, Scenario.FRONTEND_WRITES), "stock-2010", PropertyId.NO_LEAK),
            of("disconnect-on-closed", "xen-blkback: Don't disconnect backend until state switched to XenbusStateClosed",
                    "Linux 6f5986bce558 (3.1, 2011)",
                    on("linux-3.0", Toolstack.XEND31, Disk.HEALTHY, Scenario.DETACH).withFrontend(Frontend.LINUX_5_13), "linux-3.1",
                    PropertyId.NO_REQUEST_LOST),
            of("defer-free", "xen-blkback: defer freeing blkif to avoid blocking xenwatch",
                    "Linux 3.16 (2014)",
                    on("upstream-blocking", Toolstack.XL, Disk.HUNG, Scenario.DETACH).withFrontend(Frontend.LINUX_5_13), "linux-3.16",
                    PropertyId.XENWATCH_PROGRESS),
            of("kthread-ref", "xen/blkback: don't use xen_blkif_get() in xen-blkback kthread (with its series)",
                    "Linux a24fa22ce22a (4.12, 2017)",
                    on("linux-4.11", Toolstack.XL, Disk.HEALTHY, Scenario.DESTROY).withRings(2).withRequests(1), "linux-4.12", PropertyId.NO_LEAK),
            of("module-unload", "xen-blkback: prevent premature module unload",
                    "Linux fa2ac657f978 (5.5, 2019)",
                    on("linux-5.5-rc1", Toolstack.XL, Disk.HEALTHY, Scenario.DETACH).withRequests(1), "linux-5.5", PropertyId.NO_USE_AFTER_FREE),
            of("xsa-349", "xenbus/xenbus_backend: Disallow pending watch messages (XSA-349)",
                    "Linux 9996bd494794 and its series (5.11, 2020)",
                    on("linux-5.10", Toolstack.XL, Disk.HEALTHY, Scenario.FRONTEND_WRITES).withRequests(0).withWatchQueueBound(5), "linux-5.11",
                    PropertyId.WATCH_QUEUE_BOUNDED));
}
