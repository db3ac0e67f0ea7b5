package teardown.model;

import io.vavr.collection.Set;
import io.vavr.collection.LinkedHashSet;

/**
 * Seeded faults: real ways the post's patch or its neighbours could go wrong (docs/model/hazards.md#hazards).
 * Each names the built-in drivers whose code has the path it changes; a driver says which apply to
 * it with {@link Driver#hazards()}, so a reviewer's design that runs a built-in's code can claim
 * that built-in's hazards (docs/extending.md#hazards).
 */
@Api
public enum Hazard {
    CLOSE_UNREGISTERS_WATCH("xenblkd's close path unregisters a xenbus watch (needs xenwatch_mutex) before it wakes xenwatch",
            Driver.UNPATCHED, Driver.PATCHED),
    WAIT_IGNORES_REMOVE_REQUEST("xenblkd's wait for work ignores remove_requested, so kthread_remove's wake-up can be lost",
            Driver.UNPATCHED, Driver.PATCHED),
    DEV_SEM_ACROSS_WAIT("blkback_remove takes blkback_dev_sem before its wait for xenblkd instead of after",
            Driver.PATCHED),
    SELF_STOP("blkif_disconnect on xenblkd's close path calls kthread_stop on xenblkd itself if the pointer is still set",
            Driver.UNPATCHED, Driver.PATCHED),
    DOUBLE_REMOVE("both xenwatch triggers (frontend gone, backend directory gone) run blkback_remove on the same device",
            Driver.STOCK, Driver.UNPATCHED, Driver.PATCHED, Driver.UPSTREAM),
    RECONNECT_DURING_REMOVE("the frontend switches to Connected while the device is being torn down",
            Driver.STOCK, Driver.UNPATCHED, Driver.PATCHED, Driver.UPSTREAM),
    EBUSY_REF_LEAK("upstream's historic fault: after an early -EBUSY from xen_blkif_disconnect a blkif reference is never dropped",
            Driver.UPSTREAM),
    DANGLING_XENBLKD("upstream's historic fault (XSA-350): xen_blkif_disconnect leaves ring->xenblkd set after kthread_stop",
            Driver.UPSTREAM);

    private final String description;
    private final Set<Driver> drivers;

    Hazard(String description, Driver... drivers) {
        this.description = description;
        this.drivers = LinkedHashSet.of(drivers);
    }

    public String id() {
        return name().toLowerCase().replace('_', '-');
    }

    public String description() {
        return description;
    }

    /** The driver's code has this hazard's path: it is among the driver's {@link Driver#hazards()}. */
    public boolean appliesTo(Driver driver) {
        return driver.hazards().contains(this);
    }

    /** The built-in drivers whose code has this hazard's path. */
    public Set<Driver> drivers() {
        return drivers;
    }

    /** The hazards whose built-in drivers include {@code driver}: what {@link Driver#hazards()} gives a built-in. */
    public static Set<Hazard> builtIn(Driver driver) {
        return io.vavr.collection.TreeSet.ofAll(java.util.Arrays.stream(values()).filter(h -> h.drivers.contains(driver)).toList());
    }
}
