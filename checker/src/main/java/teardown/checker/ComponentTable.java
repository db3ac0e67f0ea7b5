package teardown.checker;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The distinct values one state component has taken, each numbered once. Any thread may look a
 * value up; only the thread that merges search results adds values, in the order the sequential
 * search meets them, so the numbering (and every fingerprint built on it) is the same whatever
 * the number of threads.
 */
final class ComponentTable {

    /** Stands for a null component, which a concurrent map cannot hold. */
    private static final Object NULL = new Object();

    private final ConcurrentHashMap<Object, Integer> numbers = new ConcurrentHashMap<>();
    private volatile Object[] values = new Object[16];
    private int count;

    /** The number of {@code value}, or -1 if it has not been added yet. */
    int lookup(Object value) {
        Integer n = numbers.get(value == null ? NULL : value);
        return n == null ? -1 : n;
    }

    /** The number of {@code value}, adding it if new. Merging thread only. */
    int intern(Object value) {
        Object key = value == null ? NULL : value;
        Integer n = numbers.get(key);
        if (n != null) {
            return n;
        }
        Object[] v = values;
        if (count == v.length) {
            v = Arrays.copyOf(v, v.length * 2);
        }
        v[count] = value;
        values = v;
        numbers.put(key, count);
        return count++;
    }

    Object value(int number) {
        return values[number];
    }

    int size() {
        return count;
    }
}
