package teardown.checker;

import java.util.Arrays;

/**
 * A growable column of small non-negative ints stored in the fewest bytes that hold the largest
 * value so far (1, 2 or 4). Most state components have a handful of distinct values, so most
 * columns stay one byte a state; a column widens, once, when a value outgrows it.
 */
final class PackedColumn {

    private byte[] bytes = new byte[16];
    private short[] shorts;
    private int[] ints;
    private int size;

    int size() {
        return size;
    }

    int get(int i) {
        if (bytes != null) {
            return bytes[i] & 0xff;
        }
        return shorts != null ? shorts[i] & 0xffff : ints[i];
    }

    void add(int value) {
        widenFor(value);
        if (bytes != null) {
            if (size == bytes.length) {
                bytes = Arrays.copyOf(bytes, MemoryGuard.grownLength(bytes.length, 1));
            }
            bytes[size++] = (byte) value;
        } else if (shorts != null) {
            if (size == shorts.length) {
                shorts = Arrays.copyOf(shorts, MemoryGuard.grownLength(shorts.length, 2));
            }
            shorts[size++] = (short) value;
        } else {
            if (size == ints.length) {
                ints = Arrays.copyOf(ints, MemoryGuard.grownLength(ints.length, 4));
            }
            ints[size++] = value;
        }
    }

    /** Copies whole arrays, not just the used prefix: it happens at most twice, and cannot miss a value. */
    private void widenFor(int value) {
        if (bytes != null && value > 0xff) {
            if (value <= 0xffff) {
                shorts = new short[bytes.length];
                for (int i = 0; i < bytes.length; i++) {
                    shorts[i] = (short) (bytes[i] & 0xff);
                }
            } else {
                ints = new int[bytes.length];
                for (int i = 0; i < bytes.length; i++) {
                    ints[i] = bytes[i] & 0xff;
                }
            }
            bytes = null;
        }
        if (shorts != null && value > 0xffff) {
            ints = new int[shorts.length];
            for (int i = 0; i < shorts.length; i++) {
                ints[i] = shorts[i] & 0xffff;
            }
            shorts = null;
        }
    }

    long bytes() {
        return 16L + (bytes != null ? bytes.length : shorts != null ? 2L * shorts.length : 4L * ints.length);
    }
}
