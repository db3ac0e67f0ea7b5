package teardown.checker;

/**
 * The exact visited set of the graph store: open addressing (linear probing) over state numbers.
 * A slot is one long: the high half of the state's 64-bit hash beside its number, so a probe is
 * one memory access, compares the hash half first and reads the stored state only when it
 * agrees. 8 bytes a slot, 10.7 to 21.3 per stored state. The slot comes from the low half; when the
 * table grows, the stored states' hashes are computed again.
 */
final class IdTable {

    /** Whether stored state {@code id} is the one being looked up. */
    interface Match {
        boolean matches(int id);
    }

    /** The 64-bit hash of stored state {@code id}, for growing. */
    interface Rehash {
        long hashOf(int id);
    }

    private static final int MAX_LOAD_PERCENT = 75;

    private final Rehash rehash;
    private long[] slots = new long[1 << 8];
    private int count;
    /** Written by {@link #touch} so the read it makes cannot be optimised away. */
    private long touched;

    IdTable(Rehash rehash) {
        this.rehash = rehash;
    }

    /** The number stored under {@code hash} that {@code match} accepts, or -1. */
    int find(long hash, Match match) {
        int mask = slots.length - 1;
        int tag = tag(hash);
        for (int i = slot(hash, mask); ; i = (i + 1) & mask) {
            long entry = slots[i];
            if (entry == 0) {
                return -1;
            }
            if ((int) (entry >>> 32) == tag && match.matches((int) entry - 1)) {
                return (int) entry - 1;
            }
        }
    }

    /**
     * Reads the slot {@code hash} starts at: a batch of these, with nothing depending on them,
     * lets the processor fetch many missing cache lines at once before the real lookups.
     */
    void touch(long hash) {
        touched += slots[slot(hash, slots.length - 1)];
    }

    /** Stores {@code id} under {@code hash}; the caller has checked it is not there yet. */
    void add(long hash, int id) {
        if ((count + 1) * 100L > (long) slots.length * MAX_LOAD_PERCENT) {
            grow();
        }
        put(slots, hash, id);
        count++;
    }

    long bytes() {
        return 32L + 8L * slots.length;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        for (long entry : old) {
            if (entry != 0) {
                int id = (int) entry - 1;
                put(slots, rehash.hashOf(id), id);
            }
        }
    }

    private static void put(long[] slots, long hash, int id) {
        int mask = slots.length - 1;
        int i = slot(hash, mask);
        while (slots[i] != 0) {
            i = (i + 1) & mask;
        }
        slots[i] = (long) tag(hash) << 32 | (id + 1L);
    }

    private static int slot(long hash, int mask) {
        return (int) hash & mask;
    }

    private static int tag(long hash) {
        return (int) (hash >>> 32);
    }
}
