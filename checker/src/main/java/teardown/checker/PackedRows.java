package teardown.checker;

import java.util.Arrays;

/**
 * Encoded state vectors, one row of bytes per state, each component in the fewest bytes (1, 2
 * or 4) that hold its largest number so far. A row is contiguous, so comparing a stored state
 * with a candidate touches one cache line. When a component outgrows its width, every row is
 * repacked once; numbers only grow, so that happens at most twice per component.
 */
final class PackedRows {

    private final int width;
    private final int[] bytesOf;
    private final int[] offsetOf;
    private int rowBytes;
    private byte[] data = new byte[1 << 10];
    private int size;

    PackedRows(int width) {
        this.width = width;
        this.bytesOf = new int[width];
        this.offsetOf = new int[width];
        Arrays.fill(bytesOf, 1);
        layout();
    }

    int size() {
        return size;
    }

    int get(int row, int component) {
        int at = row * rowBytes + offsetOf[component];
        switch (bytesOf[component]) {
            case 1:
                return data[at] & 0xff;
            case 2:
                return (data[at] & 0xff) | (data[at + 1] & 0xff) << 8;
            default:
                return (data[at] & 0xff) | (data[at + 1] & 0xff) << 8 | (data[at + 2] & 0xff) << 16 | (data[at + 3] & 0xff) << 24;
        }
    }

    boolean rowEquals(int row, int[] vector, int from) {
        for (int i = 0; i < width; i++) {
            if (get(row, i) != vector[from + i]) {
                return false;
            }
        }
        return true;
    }

    void add(int[] vector, int from) {
        for (int i = 0; i < width; i++) {
            int need = vector[from + i] > 0xffff ? 4 : vector[from + i] > 0xff ? 2 : 1;
            if (need > bytesOf[i]) {
                widen(i, need);
            }
        }
        if ((long) (size + 1) * rowBytes > data.length) {
            data = Arrays.copyOf(data, MemoryGuard.grownLength(Math.max(data.length, (size + 1) * rowBytes), 1));
        }
        int at = size * rowBytes;
        for (int i = 0; i < width; i++) {
            int v = vector[from + i];
            int o = at + offsetOf[i];
            for (int b = 0; b < bytesOf[i]; b++) {
                data[o + b] = (byte) (v >>> (8 * b));
            }
        }
        size++;
    }

    void row(int row, int[] out, int at) {
        for (int i = 0; i < width; i++) {
            out[at + i] = get(row, i);
        }
    }

    long bytes() {
        return 16L + data.length;
    }

    private void widen(int component, int bytes) {
        int[] old = new int[size * width];
        for (int r = 0; r < size; r++) {
            row(r, old, r * width);
        }
        bytesOf[component] = bytes;
        layout();
        data = new byte[MemoryGuard.grownLength(Math.max(1 << 10, size * rowBytes), 1)];
        int n = size;
        size = 0;
        for (int r = 0; r < n; r++) {
            add(old, r * width);
        }
    }

    private void layout() {
        int o = 0;
        for (int i = 0; i < width; i++) {
            offsetOf[i] = o;
            o += bytesOf[i];
        }
        rowBytes = o;
    }
}
