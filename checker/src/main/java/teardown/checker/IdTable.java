package teardown.checker;

/**
 * The exact visited set of the graph store: open addressing (linear probing) over state numbers,
 * each slot holding the state's 64-bit hash beside its number, so a probe compares hashes first
 * and reads the stored state only when they agree. 12 bytes a slot, 16 to 32 per stored state.
 */
final class IdTable {

    /** Whether stored state {@code id} is the one being looked up. */
    interface Match {
        boolean matches(int id);
    }

    private static final int MAX_LOAD_PERCENT = 75;

    private long[] hashes = new long[1 << 8];
    private int[] ids = new int[1 << 8];
    private int count;

    /** The number stored under {@code hash} that {@code match} accepts, or -1. */
    int find(long hash, Match match) {
        int mask = ids.length - 1;
        for (int i = slot(hash, mask); ; i = (i + 1) & mask) {
            int entry = ids[i];
            if (entry == 0) {
                return -1;
            }
            if (hashes[i] == hash && match.matches(entry - 1)) {
                return entry - 1;
            }
        }
    }

    /** Stores {@code id} under {@code hash}; the caller has checked it is not there yet. */
    void add(long hash, int id) {
        if ((count + 1) * 100L > (long) ids.length * MAX_LOAD_PERCENT) {
            grow();
        }
        put(hashes, ids, hash, id + 1);
        count++;
    }

    long bytes() {
        return 32L + 12L * ids.length;
    }

    private void grow() {
        long[] biggerHashes = new long[ids.length * 2];
        int[] biggerIds = new int[ids.length * 2];
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] != 0) {
                put(biggerHashes, biggerIds, hashes[i], ids[i]);
            }
        }
        hashes = biggerHashes;
        ids = biggerIds;
    }

    private static void put(long[] hashes, int[] ids, long hash, int entry) {
        int mask = ids.length - 1;
        int i = slot(hash, mask);
        while (ids[i] != 0) {
            i = (i + 1) & mask;
        }
        hashes[i] = hash;
        ids[i] = entry;
    }

    private static int slot(long hash, int mask) {
        return Long.hashCode(hash) & mask;
    }
}
