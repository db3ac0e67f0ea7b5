package teardown.checker;

/**
 * An open-addressing hash table of state numbers (linear probing over an int[]), the visited
 * set of both storage modes. It holds no keys of its own: the caller says what a number's hash
 * is and whether a number matches what is being looked up, so a stored state costs 4 bytes here
 * at full load (5.3 to 10.7 at the load factors it keeps).
 */
final class IdTable {

    /** The hash of stored state {@code id}; needed again only when the table grows. */
    interface Hashes {
        long hashOf(int id);
    }

    /** Whether stored state {@code id} is the one being looked up. */
    interface Match {
        boolean matches(int id);
    }

    private static final int MAX_LOAD_PERCENT = 75;

    private final Hashes hashes;
    private int[] slots = new int[1 << 10];
    private int count;

    IdTable(Hashes hashes) {
        this.hashes = hashes;
    }

    /** The number stored under {@code hash} that {@code match} accepts, or -1. */
    int find(long hash, Match match) {
        int mask = slots.length - 1;
        for (int i = slot(hash, mask); ; i = (i + 1) & mask) {
            int entry = slots[i];
            if (entry == 0) {
                return -1;
            }
            if (match.matches(entry - 1)) {
                return entry - 1;
            }
        }
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
        return 16L + 4L * slots.length;
    }

    private void grow() {
        int[] bigger = new int[slots.length * 2];
        for (int entry : slots) {
            if (entry != 0) {
                put(bigger, hashes.hashOf(entry - 1), entry - 1);
            }
        }
        slots = bigger;
    }

    private static void put(int[] table, long hash, int id) {
        int mask = table.length - 1;
        int i = slot(hash, mask);
        while (table[i] != 0) {
            i = (i + 1) & mask;
        }
        table[i] = id + 1;
    }

    private static int slot(long hash, int mask) {
        return (int) (hash ^ (hash >>> 32)) & mask;
    }
}
