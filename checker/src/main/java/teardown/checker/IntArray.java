package teardown.checker;

import java.util.Arrays;
import java.util.Objects;

/** A growable int array: the engine's per-state and per-edge columns, without boxing. */
final class IntArray {

    private int[] data;
    private int size;

    IntArray(int capacity) {
        data = new int[Math.max(4, capacity)];
    }

    int size() {
        return size;
    }

    /** Past {@link #size()} the array holds no value, only capacity: reading there is a bug, not a zero. */
    int get(int i) {
        return data[Objects.checkIndex(i, size)];
    }

    void add(int value) {
        if (size == data.length) {
            data = Arrays.copyOf(data, MemoryGuard.grownLength(data.length, 4));
        }
        data[size++] = value;
    }

    long bytes() {
        return 16L + 4L * data.length;
    }
}
