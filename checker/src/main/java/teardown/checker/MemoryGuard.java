package teardown.checker;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Stops a search before the heap runs out, so that it ends as INCOMPLETE, saying how far it got,
 * instead of dying of OutOfMemoryError. It watches the heap's long-lived pool (where the visited
 * set ends up); when that pool passes the limit it collects once to tell garbage from live data,
 * and trips only if the live data still passes it.
 */
final class MemoryGuard {

    /** The default limit: this share of the maximum heap. */
    static final double DEFAULT_SHARE = 0.85;

    private static final long MIN_NANOS_BETWEEN_COLLECTIONS = 1_000_000_000L;
    /** Reading the pools is a management call: look at most this often (the heap cannot fill 15% in 20 ms). */
    private static final long NANOS_BETWEEN_LOOKS = 20_000_000L;

    /** The heap pools that keep long-lived data (those that support a usage threshold: old generations). */
    private static final MemoryPoolMXBean[] TENURED = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP && p.isUsageThresholdSupported())
            .toArray(MemoryPoolMXBean[]::new);

    private final long limitBytes;
    private final MemoryPoolMXBean[] tenured;
    private long lastCollection;
    private long lastLook;

    MemoryGuard(long limitBytes) {
        this(limitBytes, TENURED);
    }

    /** With no old-generation pools (some collectors have none), the guard reads the whole heap instead. */
    MemoryGuard(long limitBytes, MemoryPoolMXBean[] tenured) {
        this.limitBytes = limitBytes;
        this.tenured = tenured;
    }

    static long defaultLimit() {
        return (long) (Runtime.getRuntime().maxMemory() * DEFAULT_SHARE);
    }

    /** True when live data fills the heap up to the limit; then the search must stop. */
    boolean exhausted() {
        long look = System.nanoTime();
        if (look - lastLook < NANOS_BETWEEN_LOOKS) {
            return false;
        }
        lastLook = look;
        if (used() < limitBytes) {
            return false;
        }
        long now = System.nanoTime();
        if (now - lastCollection < MIN_NANOS_BETWEEN_COLLECTIONS) {
            return false;
        }
        lastCollection = now;
        // The pool also holds garbage; only a collection tells how much of it is live.
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory() >= limitBytes;
    }

    private long used() {
        if (tenured.length == 0) {
            Runtime rt = Runtime.getRuntime();
            return rt.totalMemory() - rt.freeMemory();
        }
        long sum = 0;
        for (MemoryPoolMXBean p : tenured) {
            sum += p.getUsage().getUsed();
        }
        return sum;
    }

    /**
     * The next length for a growing array: half as long again. An array that cannot grow any
     * more is reported like a full heap, and the search stops there.
     */
    static int grownLength(int length, int elementBytes) {
        long next = Math.max(16L, (long) length + (length >> 1)); // in long: past 1.4 billion, int arithmetic wraps
        if (next > Integer.MAX_VALUE - 16) {
            if (length >= Integer.MAX_VALUE - 16) {
                throw new OutOfMemoryError("an array of " + length + " elements of " + elementBytes + " bytes cannot grow");
            }
            next = Integer.MAX_VALUE - 16;
        }
        return (int) next;
    }
}
