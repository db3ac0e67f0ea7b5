package teardown.checker;

import java.util.Arrays;
import java.util.Objects;

/** A growable long array: the fingerprint of every stored state, by number. */
final class LongArray {

    private long[] data;
    private int size;

    LongArray(int capacity) {
        data = new long[Math.max(4, capacity)];
    }

    int size() {
        return size;
    }

    /** Past {@link #size()} the array holds no value, only capacity: reading there is a bug, not a zero. */
    long get(int i) {
        return data[Objects.checkIndex(i, size)];
    }

    void add(long value) {
        if (size == data.length) {
            data = Arrays.copyOf(data, MemoryGuard.grownLength(data.length, 8));
        }
        data[size++] = value;
    }

    long bytes() {
        return 16L + 8L * data.length;
    }
}
