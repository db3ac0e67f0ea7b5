package teardown.checker;

/**
 * TLC's fingerprint set: 64-bit fingerprints in one open-addressing long[] (linear probing), so
 * a lookup is one random memory access plus a short scan. Zero marks an empty slot, so the
 * fingerprint 0 is stored as 1 (a bias of one value in 2^64).
 */
final class FingerprintSet {

    /** Grows at 80% full, so a slot costs 8 / 0.4 to 8 / 0.8 bytes per stored fingerprint. */
    private static final int MAX_LOAD_PERCENT = 80;

    private long[] slots = new long[1 << 8];
    private int count;
    /** Written by {@link #touch} so the read it makes cannot be optimised away. */
    private long touched;
    /**
     * The fingerprints met most recently, direct-mapped and small enough to stay in cache: most
     * known successors are the other side of a diamond just explored, and are found here without
     * a miss on the big table.
     */
    private final long[] recent = new long[1 << 12];

    /** Adds {@code fingerprint}; false if it was there already. */
    boolean add(long fingerprint) {
        long f = fingerprint == 0 ? 1 : fingerprint;
        int mask = slots.length - 1;
        for (int i = slot(f, mask); ; i = (i + 1) & mask) {
            long at = slots[i];
            if (at == f) {
                return false;
            }
            if (at == 0) {
                slots[i] = f;
                recent[(int) f & (recent.length - 1)] = f;
                if (++count * 100L > (long) slots.length * MAX_LOAD_PERCENT) {
                    grow();
                }
                return true;
            }
        }
    }

    boolean contains(long fingerprint) {
        long f = fingerprint == 0 ? 1 : fingerprint;
        int r = (int) f & (recent.length - 1);
        if (recent[r] == f) {
            return true;
        }
        int mask = slots.length - 1;
        for (int i = slot(f, mask); ; i = (i + 1) & mask) {
            long at = slots[i];
            if (at == f) {
                recent[r] = f;
                return true;
            }
            if (at == 0) {
                return false;
            }
        }
    }

    /** Reads the slot {@code fingerprint} starts at, so a batch of these fetches many cache lines at once (see {@link IdTable#touch}). */
    void touch(long fingerprint) {
        long f = fingerprint == 0 ? 1 : fingerprint;
        touched += slots[slot(f, slots.length - 1)];
    }

    long bytes() {
        return 32L + 8L * slots.length + 8L * recent.length;
    }

    private void grow() {
        long[] bigger = new long[slots.length * 2];
        int mask = bigger.length - 1;
        for (long f : slots) {
            if (f != 0) {
                int i = slot(f, mask);
                while (bigger[i] != 0) {
                    i = (i + 1) & mask;
                }
                bigger[i] = f;
            }
        }
        slots = bigger;
    }

    private static int slot(long f, int mask) {
        return Long.hashCode(f) & mask;
    }
}
