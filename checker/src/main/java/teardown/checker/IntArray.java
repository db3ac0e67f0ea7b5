package teardown.checker;

import java.util.Arrays;

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

    int get(int i) {
        return data[i];
    }

    void set(int i, int value) {
        data[i] = value;
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
