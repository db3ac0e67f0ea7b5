package teardown.checker;

import java.util.Arrays;

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

    long get(int i) {
        return data[i];
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
